"""Text rules every stage shares, each in one home:

* :mod:`.folding` — case and diacritics folded for comparison (``fold``), the
  length-keeping variant for OCR'd tokens (``fold_token``);
* :mod:`.joiners` — words after which a line-final hyphen is a compound
  hyphen, and what ends a sentence or a cell's text;
* :mod:`.dehyphenate` — lines joined into running text (``join_lines``) and a
  wrapped table cell's lines joined (``join_wrapped``, which also knows words
  a narrow column broke without a hyphen);
* :mod:`.wordlist` — the shipped Swedish word list, loaded once;
* :mod:`.lines` — words grouped into lines by vertical overlap;
* :mod:`.labels` — row labels reduced to what a check recognises
  (``label_meaning``) or to what identifies a row (``label_key``), and an
  item's wording for comparison across documents (``wording_key``);
* :mod:`.continuation` — whether a cell's text goes on in the next row.

Pure functions over strings and words; they import nothing of the stages.
"""
