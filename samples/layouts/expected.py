"""The expected JSON of a layout variant: :mod:`samples.generator.expected`
over the variant's spec (texts, kinds, parents, risks with all their
actions, full column names, values in mnkr from the spec's own raw text),
with each money cell's ``raw`` replaced by the text the style prints
("(1 230,5)", "2.380", "−665"). Only the pages come from the PDF: where each
block's own text is found in its text layer (pypdfium2), never from the
pipeline.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from samples.generator.expected import expected
from samples.generator.looks import Look
from samples.generator.render import printable
from samples.layouts.build import Built
from samples.producers.common import locate_in_texts, page_texts

LOOK = Look(name="layouts", charset="unicode", heading_dot=False, justified=False)


def expected_json(built: Built, pdf: Path) -> dict:
    texts = page_texts(pdf)
    doc = expected(built.spec, locate_in_texts(built.spec, LOOK, texts),
                   sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(), look=LOOK)
    doc["source"]["file"] = pdf.name
    (table,) = [t for t in doc["tables"]]
    for row, printed in zip(table["rows"], built.printed):
        for cell in row["cells"]:
            cell["raw"] = printable(printed[table["columns"].index(cell["column"])], "unicode")
    return doc


def table_pages(doc: dict) -> list[int]:
    """The pages the variant's money table is printed on."""
    return doc["tables"][0]["pages"]
