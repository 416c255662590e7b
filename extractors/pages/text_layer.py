"""Text layer: words with font facts and rulings per page, via pdfplumber."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator, Optional

import pdfplumber

from models.pagedata import Mark, PageText, Ruling, Word

# "-Medi": the URW base-35 bold (NimbusRomNo9L-Medi, TeX's Times), "-Medium" weights
_BOLD = re.compile(r"bold|black|heavy|semibold|demi|-medi|,b\b|-b\b", re.I)
_ITALIC = re.compile(r"italic|oblique|,i\b|-i\b", re.I)
# rectangles thinner than this (points) count as rulings
RULE_THICKNESS = 2.5
# a drawn shape this small (points, both sides) with a near-square box may be
# a list bullet; dotted leaders and hairlines are smaller, shading larger
_MARK_MIN, _MARK_MAX, _MARK_ASPECT = 1.5, 12.0, 2.0


def font_is_bold(fontname: str) -> bool:
    base = fontname.split("+", 1)[-1]
    return bool(_BOLD.search(base))


def font_is_italic(fontname: str) -> bool:
    base = fontname.split("+", 1)[-1]
    return bool(_ITALIC.search(base))


# how characters join into words: one rule for every route that reads characters
# with boxes (pdfplumber's chars, pdfium's text page: extractors/pages/pdfium_layer.py)
WORD_OPTIONS = dict(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5, y_tolerance=2.5,
                    extra_attrs=["fontname", "size"])


def words_of(raw_words: list[dict]) -> list[Word]:
    """:class:`Word` objects from pdfplumber's word dicts (blank ones dropped)."""
    words = []
    for w in raw_words:
        text = w["text"]
        if not text.strip():
            continue
        fontname = w.get("fontname", "")
        words.append(
            Word(
                text=text,
                x0=round(float(w["x0"]), 2),
                top=round(float(w["top"]), 2),
                x1=round(float(w["x1"]), 2),
                bottom=round(float(w["bottom"]), 2),
                fontname=fontname,
                size=round(float(w.get("size", 0.0)), 2),
                bold=font_is_bold(fontname),
                italic=font_is_italic(fontname),
            )
        )
    return words


def words_from_chars(chars: list[dict]) -> list[Word]:
    """Words from character dicts in pdfplumber's shape (text, x0, x1, top,
    bottom, doctop, upright, fontname, size), in the order they are drawn."""
    return words_of(pdfplumber.utils.extract_words(chars, **WORD_OPTIONS))


def page_text(page: "pdfplumber.page.Page", number: int) -> PageText:
    """Extract one pdfplumber page into :class:`PageText`."""
    words = words_of(page.extract_words(**WORD_OPTIONS))
    return PageText(
        number=number,
        width=float(page.width),
        height=float(page.height),
        words=words,
        rulings=_rulings(page),
        source="pdf",
        marks=_marks(page),
    )


def _rulings(page: "pdfplumber.page.Page") -> list[Ruling]:
    out: list[Ruling] = []
    for ln in page.lines:
        out.append(Ruling(float(ln["x0"]), float(ln["top"]), float(ln["x1"]), float(ln["bottom"])))
    for r in page.rects:
        w = float(r["x1"]) - float(r["x0"])
        h = float(r["bottom"]) - float(r["top"])
        if min(w, h) <= RULE_THICKNESS:
            out.append(Ruling(float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])))
        elif r.get("stroke", False):
            # a stroked box: its four edges are rulings
            x0, t, x1, b = float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])
            out += [Ruling(x0, t, x1, t), Ruling(x0, b, x1, b), Ruling(x0, t, x0, b), Ruling(x1, t, x1, b)]
    return out


def small_mark(x0: float, top: float, x1: float, bottom: float, filled: bool) -> Mark | None:
    """A :class:`Mark` when the box is small and near-square, else None."""
    w, h = x1 - x0, bottom - top
    if not (_MARK_MIN <= w <= _MARK_MAX and _MARK_MIN <= h <= _MARK_MAX):
        return None
    if max(w, h) > _MARK_ASPECT * min(w, h):
        return None
    return Mark(round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2), filled)


def _marks(page: "pdfplumber.page.Page") -> list[Mark]:
    """Small closed shapes: filled or stroked curves (discs, rings) and
    rectangles (squares), and tiny images — candidates for list bullets."""
    out: list[Mark] = []
    for obj in list(page.curves) + list(page.rects):
        if not (obj.get("fill") or obj.get("stroke")):
            continue
        m = small_mark(float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]),
                       bool(obj.get("fill")))
        if m is not None:
            out.append(m)
    for img in page.images:
        m = small_mark(float(img["x0"]), float(img["top"]), float(img["x1"]), float(img["bottom"]), True)
        if m is not None:
            out.append(m)
    return sorted(out, key=lambda m: (m.top, m.x0))


def iter_pages(path: Path, password: Optional[str] = None) -> Iterator[PageText]:
    """Yield :class:`PageText` page by page (memory stays bounded)."""
    with pdfplumber.open(str(path), password=password or "") as pdf:
        for i, page in enumerate(pdf.pages, start=1):
            try:
                yield page_text(page, i)
            finally:
                page.close()


def extract_pages(path: Path, password: Optional[str] = None) -> list[PageText]:
    return list(iter_pages(path, password))
