"""What the sample PDFs can print, as reportlab paragraph markup.

Base-14 fonts use WinAnsi (≈ cp1252).  Characters outside it are mapped to a
printable neighbour or dropped; the expected JSON applies the same mapping
(:func:`printable`) so raw texts match what is printed.  Embedded TrueType
fonts (``charset="unicode"``) print every character, with a fallback font for
the glyphs a font lacks.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_CHAR_MAP = {
    "\u2212": "-",  # minus sign
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u00ad": "",  # soft hyphen
    "\u2192": "",  # → trend arrows (status icons)
    "\u2197": "",
    "\u2198": "",
    "\u25a0": "",  # ■
    "\u25c6": "",  # ◆
    "\u25cf": "",  # ●
    "\u2713": "",  # ✓
    "\u2714": "",  # ✔
    "\u26a0": "",  # ⚠
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",
}


_UNICODE_MAP = {"\u00ad": "", "\u202f": " ", "\u2009": " "}


def printable(text: str, charset: str = "winansi") -> str:
    """``text`` as it can be printed in a base-14 font (WinAnsi), spaces
    collapsed. The bullet "•" is kept (it is drawn from the Symbol font).
    ``charset="unicode"`` (embedded TrueType fonts): every character is
    printed as typed ("−", "■", "→"), only soft hyphens and thin spaces go."""
    if charset == "unicode":
        t = "".join(_UNICODE_MAP.get(ch, ch) for ch in text)
        return re.sub(r"[ \u00a0]+", " ", t).strip()
    out = []
    for ch in text:
        ch = _CHAR_MAP.get(ch, ch)
        for c in ch:
            if c == "•":
                out.append(c)
                continue
            try:
                c.encode("cp1252")
            except UnicodeEncodeError:
                continue
            out.append(c)
    return re.sub(r"[ \u00a0]+", " ", "".join(out)).strip()


_COMPOUND_HYPHEN = re.compile(r"(\w-) (och|eller|samt|resp\.|respektive)\b")


def markup(text: str, charset: str = "winansi") -> str:
    """Printable text as reportlab paragraph markup: XML-escaped, "•" from
    the Symbol font (base-14 fonts only), and a compound hyphen glued to the
    following "och"/"eller" by a no-break space so "ekonomi-" never ends a
    line before "och"."""
    t = escape(printable(text, charset))
    t = _COMPOUND_HYPHEN.sub(lambda m: f"{m.group(1)}\u00a0{m.group(2)}", t)
    if charset == "unicode":
        return t
    return t.replace("•", '<font name="Symbol">\u2022</font>')


_NUMBER_SPACE = re.compile(r"(?<=\d) (?=\d)| (?=%)")


def value_markup(text: str, charset: str = "winansi") -> str:
    """Markup for a table value cell: like :func:`markup`, but a number's
    thousands spaces (and the space before "%") are no-break spaces, so
    "1 192 778" never wraps inside a narrow column (Word users type them so)."""
    return _NUMBER_SPACE.sub("\u00a0", markup(text, charset))


FALLBACK_FONT = "DejaVuSans"  # what Word substitutes for a glyph the chosen font lacks (✓ ⚠ in DejaVu Serif)


def with_fallback_font(text: str, font_name: str) -> str:
    """Paragraph markup with every character ``font_name`` (an embedded TrueType font) has
    no glyph for set in :data:`FALLBACK_FONT` instead of printing an empty box."""
    if all(ord(ch) < 128 for ch in text):
        return text
    glyphs = pdfmetrics.getFont(font_name).face.charToGlyph
    if font_name == FALLBACK_FONT or all(ord(ch) < 128 or ord(ch) in glyphs for ch in text):
        return text
    if FALLBACK_FONT not in pdfmetrics.getRegisteredFontNames():
        from samples.generator.looks import DEJAVU_DIR
        pdfmetrics.registerFont(TTFont(FALLBACK_FONT, str(DEJAVU_DIR / f"{FALLBACK_FONT}.ttf")))
    return "".join(ch if ord(ch) < 128 or ord(ch) in glyphs else f'<font name="{FALLBACK_FONT}">{ch}</font>'
                   for ch in text)
