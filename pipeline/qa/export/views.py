"""The SQL views of ``archive.duckdb`` (described in
:data:`pipeline.qa.export.dictionary.VIEW_DESCRIPTIONS`)."""

from __future__ import annotations

BUDGET_SERIES = """
CREATE VIEW budget_series AS
WITH figures AS (
    SELECT d.organisation, t.kind AS table_kind, t.title_key AS table_key, c.row_key, c.measure,
           c.sub_measure, c.period, c.year, c.value_mnkr, c.raw, c.original_value_mnkr, c.review_status,
           d.document_key, d.file, d.type AS document_type, d.year AS document_year,
           c.table_id, t.title AS table_title, c.row_label, c."column", c.page
    FROM cells c
    JOIN tables t USING (document_key, table_id)
    JOIN documents d USING (document_key)
    WHERE c.value_mnkr IS NOT NULL AND c.measure IS NOT NULL AND c.year IS NOT NULL
)
SELECT *,
       count(DISTINCT document_key) OVER series AS documents_stating,
       round(max(value_mnkr) OVER series - min(value_mnkr) OVER series, 6) AS spread_mnkr
FROM figures
WINDOW series AS (PARTITION BY organisation, table_kind, table_key, row_key, measure, sub_measure, period, year)
ORDER BY organisation NULLS FIRST, table_kind, table_key, row_key, measure, sub_measure NULLS FIRST,
         period NULLS FIRST, year, document_year NULLS FIRST, file, table_id, "column"
"""

GOAL_TREE = """
CREATE VIEW goal_tree AS
WITH up AS (
    SELECT g.document_key, g.item_id AS goal_id, p1.kind AS k1, p1.item_id AS id1, p1.text AS t1,
           p2.kind AS k2, p2.item_id AS id2, p2.text AS t2
    FROM items g
    LEFT JOIN items p1 ON p1.document_key = g.document_key AND p1.item_id = g.parent_id
    LEFT JOIN items p2 ON p2.document_key = p1.document_key AND p2.item_id = p1.parent_id
    WHERE g.kind = 'goal'
)
SELECT g.document_key, d.file, d.year AS document_year,
       CASE WHEN up.k1 = 'perspective' THEN up.id1 WHEN up.k2 = 'perspective' THEN up.id2 END AS perspective_id,
       CASE WHEN up.k1 = 'perspective' THEN up.t1 WHEN up.k2 = 'perspective' THEN up.t2 END AS perspective,
       CASE WHEN up.k1 = 'strategy_area' THEN up.id1 END AS strategy_area_id,
       CASE WHEN up.k1 = 'strategy_area' THEN up.t1 END AS strategy_area,
       g.item_id AS goal_id, g.cue AS goal_cue, g.number AS goal_number, g.text AS goal, g.section_id,
       s.title AS section_title, g.page AS goal_page,
       c.item_id AS child_id, c.kind AS child_kind, c.cue AS child_cue, c.text AS child_text,
       c.outcome, c.target, c.long_term_target, c.status, c.comment AS child_comment, c.page AS child_page
FROM items g
JOIN documents d USING (document_key)
JOIN up ON up.document_key = g.document_key AND up.goal_id = g.item_id
LEFT JOIN sections s ON s.document_key = g.document_key AND s.section_id = g.section_id
LEFT JOIN items c ON c.document_key = g.document_key AND c.parent_id = g.item_id
WHERE g.kind = 'goal'
ORDER BY d.file, g.item_index, c.item_index NULLS FIRST
"""

ITEM_SERIES = """
CREATE VIEW item_series AS
SELECT i.series_id, i.kind, d.year AS document_year, d.type AS document_type, d.file, i.document_key,
       i.item_id, i.text, i.target, i.long_term_target, i.outcome, i.status, i.trend, i.comment,
       p.kind AS parent_kind, p.text AS parent_text, i.series_confidence, i.series_review, i.page,
       count(*) OVER (PARTITION BY i.series_id) AS occurrences
FROM items i
JOIN documents d USING (document_key)
LEFT JOIN items p ON p.document_key = i.document_key AND p.item_id = i.parent_id
WHERE i.series_id IS NOT NULL
ORDER BY i.series_id, d.year NULLS FIRST, d.type, d.file
"""

VIEWS = {"budget_series": BUDGET_SERIES, "goal_tree": GOAL_TREE, "item_series": ITEM_SERIES}
