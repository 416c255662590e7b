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


# ---------------------------------------------------------------- glued to its number
# boxes as Tesseract gave them for the scanned 2021 report (pixels; 300 and 400 dpi)

from extractors.ocr.percent import glued_reading  # noqa: E402

FRISK_300 = Token("53,85%", 1137, 134, 46, 0)  # the word before, after its own repair


@pytest.mark.parametrize(
    "token, prev, dw, expected",
    [
        # a tail no number has: always
        (Token("46,93Y0", 535, 137, 46, 0), None, 25.25, "46,93%"),
        (Token("53,85/0", 1137, 134, 46, 0), Token("62,62", 835, 134, 34, 0), 25.25, "53,85%"),
        (Token("43,639Y6", 1915, 178, 58, 18), None, 33.75, "43,63%"),
        (Token("5,1Yo,", 600, 90, 40, 96), None, 30.0, "5,1%,"),
        # digits, unsure, three decimals or more, the box no wider than halfway to them
        (Token("43,6346", 1436, 133, 33, 0), FRISK_300, 25.25, "43,63%"),
        (Token("55,0346", 1737, 134, 45, 8), None, 25.25, "55,03%"),
        (Token("48,5840", 2036, 133, 33, 0), Token("55,03%", 1737, 134, 45, 8), 25.25, "48,58%"),
        (Token("46,9340", 713, 181, 58, 12), None, 33.75, "46,93%"),
        (Token("55,03946", 2316, 178, 58, 0), None, 33.75, "55,03%"),
        (Token("4,840", 2306, 126, 61, 3), Token("i", 1887, 8, 39, 96), 33.75, "4,8%"),
        (Token("6,2240", 2276, 150, 44, 12), Token("minskat.", 1005, 191, 41, 96), None, "6,22%"),
        (Token("5,1940", 2306, 120, 44, 55), Token("6.", 635, 57, 41, 42), 30.5, "5,1%"),
        (Token("5,196", 1730, 89, 33, 20), Token("Resultat", 322, 139, 31, 96), 22.5, "5,1%"),
        # one digit: the box must be wider than halfway to a "%" (the scan's "Resultat %. 5,1% 2%")
        (Token("5,10", 1730, 89, 33, 1), Token("24.", 476, 43, 30, 65), 22.5, "5,1%"),
        (Token("5,10", 1730, 78, 33, 1), Token("24.", 476, 43, 30, 65), 22.5, None),  # as wide as "5,10"
        (Token("250,10", 1730, 150, 33, 1), None, 22.5, None),  # no percent above 100 from one digit
        # a real number stays: read with confidence …
        (Token("5,196", 1730, 89, 33, 95), Token("Resultat", 322, 139, 31, 96), 22.5, None),
        (Token("43,6346", 1436, 133, 33, 75), FRISK_300, 25.25, None),
        # … or in a row of amounts (a confidently read plain number before it) …
        (Token("5,196", 1730, 89, 33, 20), Token("-110,2", 1500, 110, 33, 96), 22.5, None),
        (Token("12,45", 1730, 110, 33, 20), Token("Summa", 1500, 110, 33, 96), 22.5, None),  # two decimals
        # … or wider than halfway to the digits read …
        (Token("5,196", 1730, 110, 33, 20), None, 22.5, None),
        # … or an amount with a thousands group, or no decimals before the tail
        (Token("2 627,96", 1730, 180, 33, 20), None, 22.5, None),
        (Token("627,96", 1730, 120, 33, 20), None, 22.5, None),
        (Token("1,96", 1730, 70, 33, 20), None, 22.5, None),
        # the scan's ordinary numbers
        (Token("108,5", 1350, 108, 39, 96), Token("är", 1288, 40, 34, 96), 22.5, None),
        (Token("-18,5", 1954, 103, 38, 92), Token("är", 1899, 39, 34, 93), 22.5, None),
        (Token("62,62", 835, 134, 34, 0), Token("46,93%", 535, 137, 46, 0), 25.25, None),  # "%" lost: left
        (Token("36,45", 608, 113, 40, 95), Token("på", 546, 46, 45, 96), 25.25, None),
    ],
)
def test_glued_reading(token, prev, dw, expected):
    assert glued_reading(token, prev, dw) == expected
    # percent_reading tries the glued case first
    assert percent_reading(token, prev, dw) == expected


def test_fix_symbols_repairs_a_row_of_glued_percents():
    from extractors.ocr.recognise import _RawWord, fix_symbols

    # the scanned report's Frisktal row at 300 dpi ("46,93% 62,62% 53,85% 43,63% 55,03% 48,58%"),
    # Tesseract's two lines of it, and a line of amounts and a year on the same page
    a, b, c = (3, 1, 1), (3, 1, 2), (3, 1, 3)
    raw = [_RawWord("46,93Y0", 535, 1000, 137, 46, 0.0, a), _RawWord("62,62", 835, 1008, 134, 34, 0.0, a),
           _RawWord("53,85/0", 1137, 1000, 134, 46, 0.0, a), _RawWord("43,6346", 1436, 1008, 133, 33, 0.0, a),
           _RawWord("55,0346", 1737, 1000, 134, 45, 8.0, b), _RawWord("48,5840", 2036, 1008, 133, 33, 0.0, b),
           _RawWord("Summa", 300, 1200, 120, 40, 96.0, c), _RawWord("108,5", 600, 1200, 108, 39, 96.0, c),
           _RawWord("5,196", 800, 1200, 100, 33, 95.0, c), _RawWord("2019", 1745, 1300, 101, 35, 96.0, c)]
    assert [w.text for w in fix_symbols(raw)] == ["46,93%", "62,62", "53,85%", "43,63%", "55,03%", "48,58%",
                                                  "Summa", "108,5", "5,196", "2019"]
