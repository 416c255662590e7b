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
WITH placed AS (
    SELECT i.*,
           last_value(CASE WHEN kind = 'goal' THEN item_id END IGNORE NULLS) OVER (
               PARTITION BY document_key, section_id ORDER BY item_index
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS section_goal
    FROM items i
),
links AS (
    SELECT p.document_key, coalesce(p.parent_id, p.section_goal) AS goal_id,
           CASE WHEN p.parent_id IS NOT NULL THEN 'parent' ELSE 'section' END AS link,
           p.item_id AS child_id, p.item_index AS child_index
    FROM placed p
    WHERE p.kind IN ('indicator', 'assignment', 'activity')
      AND coalesce(p.parent_id, p.section_goal) IS NOT NULL
)
SELECT g.document_key, d.file, d.year AS document_year, g.item_id AS goal_id, g.cue AS goal_cue,
       g.number AS goal_number, g.text AS goal, g.section_id, s.title AS section_title, g.page AS goal_page,
       l.link, c.item_id AS child_id, c.kind AS child_kind, c.cue AS child_cue, c.text AS child_text,
       c.outcome, c.target, c.long_term_target, c.status, c.comment AS child_comment, c.page AS child_page
FROM items g
JOIN documents d USING (document_key)
LEFT JOIN sections s ON s.document_key = g.document_key AND s.section_id = g.section_id
LEFT JOIN links l ON l.document_key = g.document_key AND l.goal_id = g.item_id
LEFT JOIN items c ON c.document_key = l.document_key AND c.item_id = l.child_id
WHERE g.kind = 'goal'
ORDER BY d.file, g.item_index, l.child_index NULLS FIRST
"""

VIEWS = {"budget_series": BUDGET_SERIES, "goal_tree": GOAL_TREE}
