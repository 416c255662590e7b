"""OCR of scanned pages: render → preprocess → recognise (Tesseract) → recover (second pass) → quality."""
