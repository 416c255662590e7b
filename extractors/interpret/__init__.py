"""Stage 4, interpret: cue matching (spaCy rules) and the classification of
blocks and tables into sections, goals, indicators, assignments, activities,
strategies and risks with their actions; symbol legends; document metadata."""
