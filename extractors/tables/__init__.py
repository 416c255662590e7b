"""Tables on a page: where they are and their grid of cells.

The public entry is :func:`find_tables` (one :class:`~models.pagedata.PageText`
→ its :class:`~models.pagedata.TableGrid`\\ s) and :func:`merge_continued`
(grids in reading order → tables joined over page breaks).  The stages, each
a chain of small pure steps named for what they return:

* :mod:`.lines` — words → lines → chunks → cells;
* :mod:`.lattice` — rulings → lattices → bands → cells (ruled grids);
* :mod:`.hruled` — horizontal rules only → rule stacks → segments → bands;
* :mod:`.aligned` / :mod:`.columns` / :mod:`.rows` — whitespace-aligned
  tables: value lines → columns → rows;
* :mod:`.text_tables` — unruled text tables under a header of known names;
* :mod:`.headers` — header rows: spanning group cells, wrapped cells joined;
* :mod:`.continuation` — tables continued over a page break;
* :mod:`.settings` — every threshold of the steps above in one
  :class:`TableSettings`, which :func:`find_tables` passes down.

Works on :class:`~models.pagedata.PageText` only, so text layer and OCR pages
are handled alike.
"""

from extractors.tables.continuation import ContinuedGrid, joined_over_furniture, merge_continued
from extractors.tables.detect import find_tables, looks_like_list, looks_like_toc, table_word_indexes
from extractors.tables.settings import TableSettings
from extractors.tables.vocab import is_number, is_value

__all__ = [
    "ContinuedGrid",
    "TableSettings",
    "find_tables",
    "is_number",
    "is_value",
    "joined_over_furniture",
    "looks_like_list",
    "looks_like_toc",
    "merge_continued",
    "table_word_indexes",
]
