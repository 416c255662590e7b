"""Stage 1, pages: each page's words, fonts and rulings from the PDF's text
layer, and the decision per page to keep that layer or OCR the page
(:mod:`extractors.ocr` reads the pages that need it)."""
