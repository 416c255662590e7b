"""Stage 3, layout: lines in reading order, page furniture (running headers,
footers, page numbers) removed, de-hyphenation, the table of contents,
headings, paragraphs and list items as blocks."""
