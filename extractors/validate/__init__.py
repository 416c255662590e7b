"""Stage 5, validate: table arithmetic checks, repairs of OCR-damaged numbers
that the arithmetic confirms, low-confidence cells and structural doubts about
tables, all as warnings."""
