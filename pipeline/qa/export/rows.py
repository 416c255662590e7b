"""Flattening one converted document into the export's rows (pure).

:func:`document_rows` turns an :class:`OutputDocument` plus the review marks
:func:`pipeline.qa.corrections.load_outputs` took off its cells into one list
of row dicts per export table (:data:`pipeline.qa.export.dictionary.TABLE_DEFS`),
each dict holding exactly that table's columns, in the document's order.
"""

from __future__ import annotations

import json
from typing import Any, Mapping, Optional

from models.contract import BBox, Item, OutputDocument
from extractors.interpret.table_titles import section_chain
from extractors.text.labels import label_key
from pipeline.qa.corrections import CellReview
from pipeline.qa.export.dictionary import BY_NAME, ITEMS, TABLE_DEFS
from pipeline.qa.export.measures import parse_column, parse_value
from pipeline.qa.series import SeriesLink
from pipeline.qa.reconcile import title_key

Row = dict[str, Any]
INDICATOR_MEASURES = ("outcome", "target", "long_term_target", "status", "trend")


def _bbox(box: Optional[BBox]) -> Row:
    if box is None:
        return {"bbox_x0": None, "bbox_top": None, "bbox_x1": None, "bbox_bottom": None}
    return {"bbox_x0": box.x0, "bbox_top": box.top, "bbox_x1": box.x1, "bbox_bottom": box.bottom}


def _json_list(values: Optional[list]) -> Optional[str]:
    return None if values is None else json.dumps(values, ensure_ascii=False)


def empty_tables() -> dict[str, list[Row]]:
    return {t.name: [] for t in TABLE_DEFS}


def document_rows(doc: OutputDocument, output: str,
                  reviews: Mapping[tuple[str, int, int], CellReview] = {},
                  written_version: Optional[str] = None,
                  series: Mapping[str, SeriesLink] = {}) -> dict[str, list[Row]]:
    """Rows of every export table for one document (see the module docstring);
    ``written_version``: the schema version its JSON was written in, when it
    was converted from an earlier one on reading; ``series``: item id → its
    series (:func:`pipeline.qa.series.assign_series`)."""
    key = doc.source.sha256
    out = empty_tables()
    info = doc.document
    out["documents"].append({
        "document_key": key, "output": output, "file": doc.source.file, "sha256": doc.source.sha256,
        "size_bytes": doc.source.size_bytes, "pages": doc.source.pages, "type": info.type, "year": info.year,
        "organisation": info.organisation, "title": info.title, "schema_version": written_version or doc.schema_version,
        "pipeline_version": doc.pipeline_version,
    })
    for i, s in enumerate(doc.sections):
        out["sections"].append({"document_key": key, "section_id": s.id, "section_index": i, "number": s.number,
                                "title": s.title, "level": s.level, "page": s.page, **_bbox(s.bbox)})
    for i, item in enumerate(doc.items):
        out["items"].append(item_row(key, i, item, series.get(item.id)))
        out["indicator_values"].extend(indicator_rows(key, item, info.year))
        if item.kind == "risk":
            out["risks"].append({"document_key": key, "risk_id": item.id, "area": item.area, "risk": item.text,
                                 "actions": len(item.actions or []), "section_id": item.section, "page": item.page})
            out["risk_actions"].extend(action_rows(key, item))
    for ti, table in enumerate(doc.tables):
        # a year-only column ("2024") takes its measure from the caption or the headings above
        context = (table.title or "", *(s.title for s in section_chain(doc.sections, table.section)))
        out["tables"].append({
            "document_key": key, "table_id": table.id, "table_index": ti, "kind": table.kind, "title": table.title,
            "title_key": title_key(table.title), "unit": table.unit, "page": table.page, "pages": _json_list(table.pages), "section_id": table.section,
            "columns": _json_list(table.columns), "rows": len(table.rows), **_bbox(table.bbox)})
        for ri, row in enumerate(table.rows):
            row_key = label_key(row.label)
            out["table_rows"].append({
                "document_key": key, "table_id": table.id, "row_index": ri, "label": row.label, "row_key": row_key,
                "bold": row.bold, "cells": len(row.cells), "page": row.page, **_bbox(row.bbox)})
            for ci, cell in enumerate(row.cells):
                meaning = parse_column(cell.column, context)
                review = reviews.get((table.id, ri, ci))
                original = cell.original_value_mnkr
                if review is not None and original is None:
                    original = review.original_value_mnkr
                out["cells"].append({
                    "document_key": key, "table_id": table.id, "row_index": ri, "cell_index": ci,
                    "row_label": row.label, "row_key": row_key, "column": cell.column,
                    "measure": meaning.measure, "year": meaning.year, "sub_measure": meaning.sub_measure,
                    "period": meaning.period, "column_unit": meaning.unit, "raw": cell.raw,
                    "value_mnkr": cell.value_mnkr, "value": cell.value, "unit": cell.unit,
                    "comparator": cell.comparator, "original_value_mnkr": original,
                    "review_status": review.status if review else (cell.review.status if cell.review else None),
                    "reviewer": review.reviewer if review else (cell.review.reviewer if cell.review else None),
                    "reviewed_at": review.at if review else (cell.review.at if cell.review else None),
                    "review_note": review.note if review else (cell.review.note if cell.review else None),
                    "page": cell.page if cell.page is not None else row.page, **_bbox(cell.bbox)})
    for i, a in enumerate(doc.amounts):
        out["amounts"].append({"document_key": key, "amount_index": i, "raw": a.raw, "value_mnkr": a.value_mnkr,
                               "page": a.page, "context": a.context, **_bbox(a.bbox)})
    for i, w in enumerate(doc.warnings):
        out["warnings"].append({
            "document_key": key, "warning_index": i, "code": str(w.code), "message": w.message, "page": w.page,
            "table_id": w.table, "item_id": w.item, "row": w.row, "column": w.column, "expected": w.expected,
            "found": w.found, "original": w.original})
    for name, rows in out.items():
        names = BY_NAME[name].column_names
        for row in rows:
            if list(row) != names:  # every builder above fills exactly its table's columns
                row_keys = set(row)
                raise AssertionError(f"{name}: columns {sorted(row_keys ^ set(names))} do not match the dictionary")
    return out


def item_row(key: str, index: int, item: Item, series: Optional[SeriesLink] = None) -> Row:
    row: Row = {}
    data = item.model_dump()
    for column in ITEMS.columns:
        name = column.name
        if name == "document_key":
            value: Any = key
        elif name == "item_id":
            value = item.id
        elif name == "item_index":
            value = index
        elif name == "parent_id":
            value = item.parent
        elif name == "section_id":
            value = item.section
        elif name == "actions":
            value = None if item.actions is None and item.kind != "risk" else len(item.actions or [])
        elif name == "pages":
            value = _json_list(item.pages)
        elif name.startswith("bbox_"):
            value = _bbox(item.bbox)[name]
        elif name == "series_id":
            value = series.series_id if series else None
        elif name == "series_confidence":
            value = series.confidence if series else None
        elif name == "series_review":
            value = series.review if series else None
        else:
            value = data.get(name)
            if isinstance(value, (list, dict)):
                value = json.dumps(value, ensure_ascii=False)
        row[name] = value
    return row


def indicator_rows(key: str, item: Item, year: Optional[int]) -> list[Row]:
    rows = []
    for measure in INDICATOR_MEASURES:
        text = getattr(item, measure, None)
        if text is None or not str(text).strip():
            continue
        parsed = parse_value(text) if measure in ("outcome", "target", "long_term_target") else parse_value(None)
        rows.append({"document_key": key, "item_id": item.id, "measure": measure, "text": text,
                     "number": parsed.number, "unit": parsed.unit, "comparator": parsed.comparator,
                     "indicator": item.text, "goal_id": item.parent, "year": year})
    return rows


def action_rows(key: str, item: Item) -> list[Row]:
    return [{"document_key": key, "risk_id": item.id, "action_index": i, "area": item.area, "action": action.text,
             "status": action.status, "comment": action.comment}
            for i, action in enumerate(item.actions or [])]
