"""The shared text rules (extractors/text/): examples and properties."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings, strategies as st

from extractors.text.continuation import cell_continues, text_goes_on
from extractors.text.dehyphenate import join_lines, join_wrapped
from extractors.text.folding import fold, fold_spaces, fold_token, strip_diacritics
from extractors.text.joiners import CELL_TEXT_END, COMPOUND_JOINERS, SENTENCE_END
from extractors.text.labels import label_key, recognisable_label
from extractors.text.lines import envelope_extent, group_by_overlap, median_extent
from extractors.text.wordlist import listed_words, wordlist
from models.pagedata import Word

SWEDISH = st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäöéüABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉ0123456789 -:,.()*\u00ad\u2212–", max_size=40)
WORDS = st.lists(st.text(alphabet="abcdefghijklmnopqrsåäöASTUVÅÄÖ", min_size=1, max_size=10), min_size=1, max_size=6)


# ---------------------------------------------------------------- folding

def test_fold_examples():
    assert fold("Intäkter") == "intakter"
    assert fold("ÅTGÄRD") == "atgard"
    assert strip_diacritics("Område") == "Omrade"
    assert fold_spaces("  Övriga   intäkter ") == "ovriga intakter"
    assert fold_token("Må1") == "ma1"  # a digit at the end of a word is not between letters
    assert fold_token("Ma1l") == "mall" and fold_token("0mråde") == "omrade" and fold_token("2024") == "2024"


@given(SWEDISH)
def test_fold_is_idempotent_caseless_and_without_marks(text):
    f = fold(text)
    assert fold(f) == f
    assert fold(text.upper()) == fold(text.lower()) == f
    assert not any(unicodedata.combining(c) for c in f)
    assert fold(strip_diacritics(text)) == f


@given(SWEDISH)
def test_fold_token_only_changes_digits_inside_words(text):
    f, t = fold(text), fold_token(text)
    assert len(f) == len(t)
    for a, b in zip(f, t):
        assert a == b or (a, b) in (("0", "o"), ("1", "l"))
    if not re.search(r"[01]", f):
        assert t == f


# ---------------------------------------------------------------- labels

def test_label_behaviours_differ_on_purpose():
    assert label_key("Verksamhetens netto-\nkostnader") == label_key("verksamhetens nettokostnader")
    assert label_key("Resultat *)") == label_key("RESULTAT") == "resultat"
    assert label_key("Övriga  intäkter:") == "ovriga intakter"
    # only the checks' reading undoes OCR confusions
    assert recognisable_label("Surnma k0stnader") == "summa kostnader"
    assert label_key("Surnma k0stnader") == "surnma k0stnader"


@given(SWEDISH)
def test_label_key_is_idempotent_and_caseless(label):
    k = label_key(label)
    assert label_key(k) == k
    assert label_key(label.upper()) == label_key(label.lower())
    assert k == k.strip() and "  " not in k and not k.endswith(":")


@given(SWEDISH)
def test_recognisable_label_is_folded_words(label):
    r = recognisable_label(label)
    assert r == " ".join(r.split())
    assert r == fold(r)
    assert recognisable_label(label.upper()) == recognisable_label(label.lower())
    assert all(re.fullmatch(r"\w+", w) for w in r.split())


# ---------------------------------------------------------------- joiners and dehyphenation

def test_joiners():
    assert {"och", "eller", "samt"} <= COMPOUND_JOINERS
    assert SENTENCE_END.search("Slut.") and SENTENCE_END.search("Slut.)") and not SENTENCE_END.search("(se bilaga)")
    assert CELL_TEXT_END.search("(se bilaga)") and CELL_TEXT_END.search("Klart. ") and not CELL_TEXT_END.search("och")


def test_join_lines_examples():
    assert join_lines(["Regionser-", "vice växer"]) == "Regionservice växer"
    assert join_lines(["ekonomi-", "och inköpssystem"]) == "ekonomi- och inköpssystem"
    assert join_lines(["IT-", "Stöd"]) == "IT-Stöd"
    assert join_lines(["", "  a  b ", "c"]) == "a b c"


def test_join_wrapped_examples():
    assert join_wrapped(["Omsätt-", "ning"]) == "Omsättning"
    assert join_wrapped(["Hälso-", "och sjukvård"]) == "Hälso- och sjukvård"
    assert join_wrapped(["Utfallsavvik", "else"], mid_word=True) == "Utfallsavvikelse"


@given(WORDS)
def test_lines_without_hyphens_join_with_spaces(words):
    assert join_lines(words) == " ".join(words)
    assert join_wrapped(words) == " ".join(words)


@given(WORDS)
def test_joining_loses_no_letter(words):
    lines = [w + "-" if i < len(words) - 1 and i % 2 == 0 else w for i, w in enumerate(words)]
    letters = re.sub(r"[^\w]", "", "".join(words))
    assert re.sub(r"[^\w]", "", join_lines(lines)) == letters
    assert re.sub(r"[^\w]", "", join_wrapped(lines)) == letters


# ---------------------------------------------------------------- continuation

@given(st.text(min_size=1, max_size=20), st.text(alphabet="abcdefgh", min_size=1, max_size=10))
def test_lower_case_start_goes_on(before, after):
    assert text_goes_on(before, after)


def test_cell_continuation_examples():
    assert cell_continues("Åtgärden pågår och", "Ny rad", True, True)
    assert not cell_continues("Åtgärden är klar.", "Ny åtgärd. Kommentar: bra", True, True)
    assert cell_continues("Åtgärden är klar.", "fortsättning", True, True)
    assert not cell_continues("Åtgärden pågår och", "fortsättning", False, True)


# ---------------------------------------------------------------- word list

def test_one_word_list():
    assert len(listed_words()) > 1000
    assert "verksamhet" in wordlist() and all(w == w.lower() for w in list(wordlist())[:500])


# ---------------------------------------------------------------- lines

def _word(i, top, height=10.0):
    return Word(text=f"w{i}", x0=10.0 * i, top=top, x1=10.0 * i + 8, bottom=top + height, size=height)


@settings(max_examples=60)
@given(st.lists(st.tuples(st.integers(0, 40), st.floats(0, 300)), min_size=1, max_size=30))
def test_grouping_keeps_every_word_once(spec):
    words = [_word(i, top) for i, (_, top) in enumerate(spec)]
    for extent, lookback in ((median_extent, 3), (envelope_extent, 4)):
        lines = group_by_overlap(words, order=lambda w: (w.top, w.x0), extent=extent, lookback=lookback)
        assert sorted(id(w) for ln in lines for w in ln) == sorted(id(w) for w in words)


@settings(max_examples=60)
@given(st.lists(st.integers(0, 20), min_size=1, max_size=30))
def test_grouping_of_level_lines_does_not_depend_on_the_extent(rows):
    # words on separate baselines 20 pt apart, all 10 pt high: both measures give the same lines
    words = [_word(i, 20.0 * r) for i, r in enumerate(rows)]
    by = [sorted(sorted(w.text for w in ln) for ln in group_by_overlap(words, order=lambda w: (w.top, w.x0),
                                                                         extent=e, lookback=4))
          for e in (median_extent, envelope_extent)]
    assert by[0] == by[1]
    assert len(by[0]) == len(set(rows))


def test_median_extent_ignores_one_tall_glyph():
    line = [_word(0, 100), _word(1, 100), _word(2, 80, height=40)]
    assert median_extent(line) == (100.0, 110.0)
    assert envelope_extent(line) == (80.0, 120.0)
