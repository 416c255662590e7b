"""Document facts from the title page and running headers: type, year,
organisation and title."""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional, Sequence

from extractors.text.folding import fold_token
from extractors.layout.blocks import group_lines
from models.contract import DocumentInfo
from models.pagedata import Line, PageText

_TYPES = [
    ("delarsrapport", re.compile(r"delarsrapport|delarsbokslut|tertialrapport")),
    ("verksamhetsberattelse", re.compile(r"verksamhetsberattelse|arsredovisning|arsberattelse")),
    ("verksamhetsplan", re.compile(r"verksamhetsplan")),
]
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-9]\d)\b")
_ORG = re.compile(
    r"\b([A-ZÅÄÖ][a-zåäö]+(?:nämnden|styrelsen|fullmäktige|förvaltningen)|Region [A-ZÅÄÖ][a-zåäö]+ län)\b"
)


def _title_lines(lines: Sequence[Line]) -> list[Line]:
    """The lines printed in the largest size on the page (the title)."""
    if not lines:
        return []
    top = max(ln.size for ln in lines)
    return [ln for ln in lines if ln.size >= top - 0.5]


def document_info(pages: Sequence[PageText]) -> DocumentInfo:
    """Type, year, organisation and title from the first pages."""
    if not pages:
        return DocumentInfo()
    first_lines = group_lines(pages[0].words, pages[0].number)
    title_lines = _title_lines(first_lines)
    title = " ".join(" ".join(ln.text for ln in title_lines).split()) or None
    # running headers carry the document name too: use the first 3 pages' text
    early_text = " ".join(w.text for p in pages[:3] for w in p.words)
    folded_title = fold_token(title or "")
    folded_all = fold_token(early_text)

    doc_type = "other"
    for name, rx in _TYPES:
        if rx.search(folded_title):
            doc_type = name
            break
    else:
        for name, rx in _TYPES:
            if rx.search(folded_all):
                doc_type = name
                break

    year: Optional[int] = None
    m = _YEAR.search(title or "")
    if m:
        year = int(m.group(1))
    else:
        page1 = " ".join(ln.text for ln in first_lines)
        years = Counter(int(y) for y in _YEAR.findall(page1))
        if years:
            year = years.most_common(1)[0][0]

    orgs = Counter(_ORG.findall(" ".join(ln.text for ln in first_lines)))
    if not orgs:
        orgs = Counter(_ORG.findall(early_text))
    # prefer a board (nämnd) over the region itself
    organisation = None
    for org, _ in orgs.most_common():
        if not org.startswith("Region "):
            organisation = org
            break
    if organisation is None and orgs:
        organisation = orgs.most_common(1)[0][0]
    return DocumentInfo(type=doc_type, year=year, organisation=organisation, title=title)
