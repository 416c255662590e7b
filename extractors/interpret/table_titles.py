"""Table titles that tell a document's tables apart (pure).

A table's title is its caption, else the heading above it
(:func:`extractors.tables.table_model.to_table`).  A plan's appendix prints the
same caption for every area ("Grupperade åtgärder" seven times, one under each
"Område …" heading): :func:`distinct_titles` adds to each repeated title the
nearest heading above the table that tells the repeats apart, "Grupperade
åtgärder – Område IT"; where no heading does, the section number, then the
page, then a running number.

:func:`section_chain` gives a table's heading and the headings it stands under
(a heading of a lower level before it), nearest first: the context the export
reads a year-only column's measure from (:func:`pipeline.qa.export.measures.parse_column`).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Optional, Sequence

from extractors.text.folding import fold_spaces
from models.contract import Section, Table

JOINER = " – "


def section_chain(sections: Sequence[Section], section_id: Optional[str]) -> list[Section]:
    """The section ``section_id`` and the sections it stands under, nearest first:
    walking back through the document's headings, each one of a lower level
    than the last kept."""
    index = next((k for k, s in enumerate(sections) if s.id == section_id), None)
    if index is None:
        return []
    chain = [sections[index]]
    for s in reversed(sections[:index]):
        if s.level < chain[-1].level:
            chain.append(s)
    return chain


def _key(text: Optional[str]) -> str:
    return fold_spaces(text or "").strip(" .:")


def _context(table: Table, sections: Sequence[Section]) -> list[str]:
    """The headings above ``table`` that are not its title, nearest first."""
    title = _key(table.title)
    return [s.title for s in section_chain(sections, table.section) if _key(s.title) not in ("", title)]


def distinct_titles(tables: Sequence[Table], sections: Sequence[Section]) -> None:
    """Gives every table of a document a title no other table has (in place; see
    the module docstring).  A table without a title keeps none."""
    groups: dict[str, list[Table]] = defaultdict(list)
    for t in tables:
        if t.title:
            groups[_key(t.title)].append(t)
    taken = {_key(t.title) for t in tables if t.title}
    for key, group in groups.items():
        if len(group) < 2:
            continue
        contexts = [_context(t, sections) for t in group]
        depth = max((len(c) for c in contexts), default=0)
        chosen: list[list[str]] = [[] for _ in group]
        # the nearest heading that tells repeats apart; a heading all of them share adds nothing
        for level in range(depth):
            labels = [_key(" ".join(c)) for c in chosen]
            for label in {lab for lab in labels if labels.count(lab) > 1}:
                members = [k for k, lab in enumerate(labels) if lab == label]
                here = {_key(contexts[k][level]) if level < len(contexts[k]) else "" for k in members}
                if len(here) > 1:
                    for k in members:
                        if level < len(contexts[k]):
                            chosen[k].append(contexts[k][level])
        titles = [JOINER.join([t.title or "", *c]) for t, c in zip(group, chosen)]
        keys = [_key(title) for title in titles]
        for k, t in enumerate(group):
            if keys.count(keys[k]) > 1 or (keys[k] in taken and keys[k] != key):
                section = next((s for s in sections if s.id == t.section), None)
                extra = f"avsnitt {section.number}" if section is not None and section.number else f"sida {t.page}"
                titles[k] = f"{titles[k]}{JOINER}{extra}"
        keys = [_key(title) for title in titles]
        for k, t in enumerate(group):
            title = titles[k]
            if keys.count(keys[k]) > 1:
                title = f"{title} ({keys[:k + 1].count(keys[k])})"
            t.title = title
            taken.add(_key(title))
