"""The table finders' thresholds, in one place.

Ratios marked "× size" are relative to the font size of the lines involved;
"pt" are PDF points; "share" a fraction (0..1) of a width, a count or the
page height.  :func:`extractors.tables.find_tables` takes one
:class:`TableSettings` and passes it down to every step; the defaults are
what the samples and the producer test PDFs are tuned on.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TableSettings:
    """Tunables of table detection (see the module docstring for the units)."""

    # --- words → lines → chunks (lines.py, headers.py, text_tables.py)
    chunk_gap: float = 0.55  # × size: a gap wider than this splits a line into cells
    header_gap: float = 0.4  # × size: the (narrower) gap that separates header cells and text-table cells
    # --- how far an unruled table runs (aligned.py, text_tables.py)
    row_gap: float = 1.6  # × size: a vertical gap wider than this ends an unruled table
    text_row_gap: float = 1.3  # × size: ... or, before a line without values, wider than this
    spacer_rows: float = 1.5  # ... unless empty spacer rows (this × the row pitch at most) lead on to aligned rows
    padded_rows: float = 1.15  # ... or, in a table whose rows are padded apart, wider than this × its row gap
    head_gap: float = 1.5  # a header line may stand this × the body's own line gap above it (padded rows)
    # label-only lines an unruled table spans between value rows (rows without
    # values, labels wrapped in a narrow column)
    max_label_lines: int = 12
    spacer_gap: float = 0.3  # × size: the body's line gap assumed below a table of one row
    spacer_size: float = 0.1  # share of the size: the rows below a spacer are set in the body's size, within this
    heading_break: float = 1.25  # × the rows' size: a line set this much larger is a heading, it ends the table
    heading_size: float = 1.08  # × size: a line this much larger than a text table's header is not one of its rows ...
    set_apart_gap: float = 0.5  # × size: ... when it stands alone after a gap wider than this
    # a text table's rows padded apart: a gap up to this × size before a line that starts a
    # row in the first column and another column keeps the table going
    padded_row_gap: float = 3.5
    label_wrap_gap: float = 0.8  # × size: a trailing label line this close under the body is its wrapped label
    group_label_gap: float = 1.0  # pt beyond the body's widest line gap: a group label "Drift:" still belongs
    min_value_lines: int = 2  # value lines an unruled table needs (one will do under a header of two value cells)
    max_header_lines: int = 5  # header lines looked for above an unruled table
    # --- headings and captions above a table (aligned.py, lines.py)
    heading_above: float = 1.12  # × the table's size: a line above set this much larger is a heading (text layer)
    heading_above_ocr: float = 1.3  # × size: the same on an OCR'd page (OCR sizes scatter more)
    caption_gap: float = 1.8  # × size: a caption line stands at most this far above the table
    caption_max_words: int = 14  # a longer line above the table is text, not its caption
    caption_heading: float = 1.12  # × the page's body size: a larger line above is a heading, not a caption
    paragraph_pitch: float = 0.5  # × size: the most white space between two lines of one paragraph ...
    caption_size_tol: float = 0.5  # pt: ... set in the same size within this (a bold paragraph's last line is no caption)
    # --- unruled "tables" that are running text set in columns (detect.py)
    prose_cell_words: int = 4  # a value cell of this many words or more is wordy ...
    prose_wordy_share: float = 0.5  # ... and a table with at least this share of wordy value cells ...
    prose_max_number_share: float = 0.25  # ... and less than this share of numbers is prose
    # --- columns from whitespace (columns.py, aligned.py, hruled.py)
    label_align: float = 0.5  # × size: a label starts this close to the label column's left edge
    label_indent: float = 20.0  # pt: a label-only line starting this close to the label column widens it
    column_margin: float = 0.5  # × size: a header chunk this far beyond every column heads a column of its own
    column_join: float = 1.0  # pt: value chunks this close stack into one column
    align_tol: float = 0.35  # × size: value chunks whose edges agree within this are aligned ...
    align_tol_pt: float = 3.0  # pt: ... and at least within this
    aligned_share: float = 0.7  # share of a column's chunks that must align right (OCR misfits allowed)
    span_share: float = 0.3  # share of a chunk's width lying in a column for the chunk to span it
    header_edge_tol: float = 3.0  # pt: a header chunk ending this close to a value column's right edge sits in it
    # --- rows (rows.py, text_tables.py)
    row_wrap_gap: float = 0.9  # × size: a line this close under the one above may carry on its row
    solid_gap: float = 0.3  # × size: lines this close are set solid (one cell's wrapped lines)
    padded_gap: float = 0.3  # × size: rows are padded apart when the gap after a value line beats the solid gap by this
    padded_row_slack: float = 0.25  # × size: in padded tables, a gap within the solid gap plus this stays in the row
    word_space: float = 0.28  # × size: the width of a word space, for "would the next word have fitted"
    wrap_edge: float = 1.0  # pt: a label ending this close to the label column's right edge is the widest one
    short_label: float = 0.6  # share of the label column: a label shorter than this ended, it did not wrap
    text_row_pitch: float = 0.3  # × size: a text-table line this much beyond the usual pitch starts a row
    text_column_lead: float = 3.0  # pt: a text-table column starts this far left of its header name
    line_gap: float = 0.4  # × size: a cell's usual line gap is at most this ...
    paragraph_gap: float = 0.35  # × size: ... and a gap wider than the usual one by this parts its paragraphs
    word_space: float = 0.3  # × size: a word space, when asking whether a word would have fitted on a line
    right_slack: float = 0.5  # × size: ... kept clear of the cell's right edge (paragraphs set solid)
    cell_block_gap: float = 0.6  # × size: a gap wider than this starts a new block in a text-table column
    row_start_tol: float = 0.4  # × size: blocks starting this close are one text-table row
    # --- rulings (rulings.py, lattice.py, hruled.py, spans.py)
    ruling_join_gap: float = 3.0  # pt: collinear segments whose ends are this close are one ruling
    ruling_offset: float = 1.0  # pt: ... when they lie on one line within this
    ruling_touch: float = 2.5  # pt: rulings this close touch (one lattice)
    rule_cluster: float = 2.5  # pt: rules whose positions agree within this are one rule (band and column edges)
    lattice_cluster: float = 2.0  # pt: the same when counting a lattice's distinct rows and columns
    edge_margin: float = 3.0  # pt: a table box edge this far from the nearest rule is an open band or column;
    # rules this close to a row-ruled stack's end rules stay in it when empty end bands are trimmed
    phrase_across: float = 1.5  # pt: a word reaching this far over a vertical rule runs across it
    rule_inset: float = 0.3  # share of a column's width a rule may stop short of at each end and still cross it
    lattice_min_hrule: float = 10.0  # pt: shorter horizontal rulings take no part in a lattice
    lattice_min_vrule: float = 4.0  # pt: shorter vertical rulings take no part in a lattice
    # --- tables ruled between rows only (hruled.py)
    stack_max_gap: float = 90.0  # pt: rules of one stack are at most this far apart
    tall_row_most: float = 6.0  # ... or up to this × that when the lines between them fill one row
    stack_min_rule: float = 60.0  # pt: shorter horizontal rules are no table rules
    extent_tol: float = 4.0  # pt: rules whose ends agree within this have the same extent
    inside_tol: float = 3.0  # pt: a rule within this of a table already found belongs to it
    band_pad: float = 0.5  # pt: a table segment's edge this far beyond the line or rule that bounds it
    break_heading: float = 1.08  # × size: a one-chunk line this much larger inside a rule stack is a heading
    band_heading: float = 1.15  # × size: a first or last band with a line this much larger is a heading
    prose_width: float = 0.5  # share of the table's width: a sentence across more is running text
    same_size: float = 0.05  # share of the size: lines within this are in the table's type size
    extend_gap: float = 1.0  # × size: rows this close above or below the rules still belong to the table
    # --- tables continued over a page break (continuation.py)
    furniture_band: float = 0.12  # share of the page height: the header and footer bands
    end_band: float = 0.075  # share of the page height: what may lie below a table's end or above its rest
    continued_left: float = 15.0  # pt: a headerless continuation starts this close to the table's left edge ...
    continued_right: float = 30.0  # pt: ... and ends this close to its right edge
