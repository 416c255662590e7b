"""A "%" Tesseract misread (issue 9, class 8): "Resultat %." read "Resultat 96."
on the scanned 2021 report; "/o", "KC" … after a number.  Boxes below are the
ones Tesseract gave for that page (pixels at 400 and 300 dpi)."""

from __future__ import annotations

import pytest

from extractors.ocr.percent import Token, digit_width, percent_reading

LABEL_400 = Token("Resultat", 430, 186, 42, 96)
LABEL_300 = Token("Resultat", 322, 140, 31, 95)


def tok(text, left, width, height=39, conf=77.0):
    return Token(text, left, width, height, conf)


@pytest.mark.parametrize(
    "token, prev, dw, expected",
    [
        # the scanned report: "Resultat %." read "Resultat 96." (400 dpi) / "Resultat 26." (300 dpi)
        (tok("96.", 636, 57), LABEL_400, 30.0, "%."),
        (tok("26.", 477, 43, 30, 63), LABEL_300, 23.75, "%."),
        # no digits on the page: the width of a digit from the token's own height
        (tok("96.", 636, 57), LABEL_400, None, "%."),
        (tok("96", 636, 44), LABEL_400, 30.0, "%"),
        (tok("%6", 636, 44), LABEL_400, 30.0, "%"),
        # a real 96: two digits wide …
        (tok("96.", 636, 74), LABEL_400, 30.0, None),
        (tok("96", 636, 58), LABEL_400, 30.0, None),
        (tok("9%", 636, 70), LABEL_400, 30.0, None),  # a real "9%"
        # … or read with confidence …
        (tok("96.", 636, 57, conf=93), LABEL_400, 30.0, None),
        # … or not at a word space from a label: a value in its own column
        (tok("96.", 900, 57), LABEL_400, 30.0, None),
        # after a number (two digits are no thousands group): "95 %", "-2 %,", "-0,30 %" on the scan
        (tok("26", 615, 45, 39, 74), Token("95", 540, 56, 39, 96), 28.0, "%"),
        (tok("26,", 615, 59, 44, 88), Token("-2", 560, 40, 39, 96), 28.0, "%,"),
        (tok("26", 615, 31, 26, 84), Token("0,30", 540, 63, 26, 96), 20.2, "%"),
        # … but two digits wide, sure, or in the next column stay numbers
        (tok("26", 615, 41, 29, 95), Token("429", 400, 60, 29, 96), 21.5, None),
        (tok("26", 615, 58, 39, 74), Token("95", 540, 56, 39, 96), 28.0, None),
        (tok("26", 800, 45, 39, 74), Token("95", 540, 56, 39, 96), 28.0, None),
        # a thousands group has three digits: "1 196" stays
        (tok("196", 636, 66), Token("1", 600, 20, 39, 96), 30.0, None),
        # after no word, or after a non-label
        (tok("96.", 636, 57), None, 30.0, None),
        (tok("96.", 636, 57), Token("(b)", 560, 60, 39, 96), 30.0, None),
        (tok("96", 636, 44), Token("Tabell-2", 430, 186, 42, 96), 30.0, None),
        # readings that are no word or number: after a number always …
        (tok("/o.", 1810, 70, 47, 20), Token("2", 1761, 31, 45, 92), 30.0, "%."),
        (tok("KC", 636, 50), Token("5,1", 560, 70, 39, 96), 30.0, "%"),
        (tok("Yo,", 636, 50), Token("90-100", 500, 120, 39, 96), 30.0, "%,"),
        (tok("Yo", 636, 50), Token("12", 560, 60, 39, 96), 30.0, "%"),
        # … after a label when Tesseract was unsure ("Förändring %" in a header)
        (tok("KC", 636, 50), Token("Förändring", 420, 200, 42, 96), 30.0, "%"),
        (tok("/o", 636, 50), Token("Förändring", 420, 200, 42, 96), 30.0, "%"),
        (tok("KC", 636, 50, conf=95), Token("Förändring", 420, 200, 42, 96), 30.0, None),
        # "Yo"/"Vo" may be a name after a word: only after numbers
        (tok("Yo", 636, 50), Token("Förändring", 420, 200, 42, 96), 30.0, None),
        # ordinary words and numbers stay
        (tok("och", 636, 60), LABEL_400, 30.0, None),
        (tok("2021", 636, 120), LABEL_400, 30.0, None),
    ],
)
def test_percent_reading(token, prev, dw, expected):
    assert percent_reading(token, prev, dw) == expected


def test_digit_width_is_the_median_of_confident_numbers():
    tokens = [Token("2021", 0, 126, 46, 96), Token("2020", 0, 120, 46, 95), Token("16", 0, 62, 46, 90),
              Token("7", 0, 31, 46, 99),  # one digit: its box says little about the advance
              Token("4711", 0, 60, 46, 40),  # unsure
              Token("5,1%", 0, 100, 46, 96), Token("Resultat", 0, 186, 42, 96)]
    assert digit_width(tokens) == 31.0  # of 31.5, 30, 31
    assert digit_width([Token("Resultat", 0, 186, 42, 96)]) is None


def test_fix_symbols_repairs_the_scanned_indicator_line():
    from extractors.ocr.recognise import _RawWord, fix_symbols

    key = (3, 1, 2)
    raw = [_RawWord("Kommentar", 399, 2103, 319, 47, 95.0, (3, 1, 1)), _RawWord("2021", 684, 2213, 126, 46, 96.0, (3, 1, 1)),
           _RawWord("2020", 850, 2213, 120, 46, 96.0, (3, 1, 1)),
           _RawWord("Resultat", 430, 2431, 186, 42, 96.0, key), _RawWord("96.", 636, 2433, 57, 39, 77.0, key),
           _RawWord("Andel", 430, 2531, 120, 42, 96.0, (3, 1, 3)), _RawWord("96", 2300, 2531, 60, 39, 95.0, (3, 1, 3))]
    assert [w.text for w in fix_symbols(raw)] == ["Kommentar", "2021", "2020", "Resultat", "%.", "Andel", "96"]
