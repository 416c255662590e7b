"""The same item followed across documents and years (pure).

:func:`assign_series` gives every goal, indicator, assignment, activity,
strategy and risk of a set of documents — and the levels above them
(perspective, strategy area, risk area) — a ``series_id`` shared by its
occurrences in other documents: the 2021 report's "HME delindex Ledning ska
bibehållas eller öka." and the 2023 and 2024 plans' are one series.

Matching, document by document in the order of their year (then type and file),
kinds above before kinds below (a goal's series is known when its indicators
are matched):

* the wording is reduced by :func:`extractors.text.labels.wording_key`
  (folded, punctuation dropped);
* the similarity of two wordings is the mean of a character ratio (difflib's
  ``SequenceMatcher``) and a Dice overlap of their words weighted by how rare
  each word is among all items (a word every indicator has — "ska", "öka" —
  counts little; "Ledning" against "Motivation" counts much);
* hierarchy: only items of the same kind are compared, and a series takes at
  most one item of each document; an item whose parent is in the same series
  as a member's parent, worded alike (similarity ≥ ``SURE``: the same goal,
  strategy area or risk area in another year), scores ``PARENT_BONUS`` more
  against that member, and may also join the member's series when the rarer
  words of the shorter wording are ``SIBLING_LINK`` in the longer (weighted
  containment; a reworded item under the same goal: the
  2024 plan's "Hållbart medarbetarengagemang, HME, ska ligga … 77-80" and the
  2023 plan's "… ska öka i jämförelse med tidigare medarbetarenkät");
* pairs are linked best first, so an item takes its closest series and a
  look-alike (HME delindex Ledning / Motivation) loses to the real partner; a
  pair scoring ≥ ``LINK`` (or a sibling pair as above) joins the series, below ``SURE`` it is marked for review (``review``); an
  item that joins no series starts its own (confidence 1).

The thresholds were set on the three born-digital samples
(tests/test_series.py scores them against a hand-made link list).
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Optional, Sequence

from extractors.text.labels import wording_key
from models.contract import Item, OutputDocument

# kinds followed, parents first
SERIES_KINDS = ("perspective", "strategy_area", "risk_area", "goal", "indicator", "assignment", "activity",
                "strategy", "risk")
LINK = 0.60  # at least this similar: the same item
SIBLING_LINK = 0.35  # weighted containment enough for a reworded item under the same parent
SURE = 0.80  # below this a link is marked for review
PARENT_BONUS = 0.10


@dataclass(frozen=True)
class SeriesLink:
    series_id: str
    confidence: float  # the similarity the item joined its series with (1.0: it started it)
    review: bool  # joined with a similarity below SURE: a reviewer should confirm


@dataclass
class _Occurrence:
    doc: int
    item: Item
    key: str
    parent_series: Optional[str]
    parent_key: Optional[str] = None  # the parent's wording


@dataclass
class _Series:
    kind: str
    members: list[_Occurrence]
    id: str = ""


def _weights(keys: Sequence[str]) -> dict[str, float]:
    """Inverse document frequency of each word over all wordings."""
    df = Counter(w for k in keys for w in set(k.split()))
    n = max(len(keys), 1)
    return {w: math.log(1 + n / c) for w, c in df.items()}


def _overlap(a: str, b: str, weights: dict[str, float]) -> tuple[float, float, float]:
    """Weighted words in common, in ``a``, in ``b``."""
    wa, wb = Counter(a.split()), Counter(b.split())
    common = sum(weights.get(w, 1.0) * min(wa[w], wb[w]) for w in wa.keys() & wb.keys())
    return (common, sum(weights.get(w, 1.0) * c for w, c in wa.items()),
            sum(weights.get(w, 1.0) * c for w, c in wb.items()))


def similarity(a: str, b: str, weights: dict[str, float]) -> float:
    """How alike two wording keys are, 0..1 (see the module docstring)."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    common, ta, tb = _overlap(a, b, weights)
    dice = 2 * common / (ta + tb) if ta + tb else 0.0
    ratio = SequenceMatcher(None, a, b, autojunk=False).ratio()
    return (dice + ratio) / 2


def containment(a: str, b: str, weights: dict[str, float]) -> float:
    """The weighted share of the shorter wording's words found in the other, 0..1."""
    common, ta, tb = _overlap(a, b, weights)
    return common / min(ta, tb) if min(ta, tb) else 0.0


def _order(docs: Sequence[OutputDocument]) -> list[int]:
    return sorted(range(len(docs)), key=lambda k: (docs[k].document.year or 0, docs[k].document.type,
                                                   docs[k].source.file, docs[k].source.sha256))


def assign_series(docs: Sequence[OutputDocument]) -> list[dict[str, SeriesLink]]:
    """Per document (in the order given) its items' series: item id → :class:`SeriesLink`."""
    keys_all = [wording_key(i.text) for d in docs for i in d.items if i.kind in SERIES_KINDS]
    weights = _weights(keys_all)
    found: list[dict[str, SeriesLink]] = [{} for _ in docs]
    series_of: list[dict[str, _Series]] = [{} for _ in docs]  # item id → its series, per document
    all_series: list[_Series] = []
    for k in _order(docs):
        doc = docs[k]
        for kind in SERIES_KINDS:
            occs = [_Occurrence(k, i, wording_key(i.text), _parent_series(doc, i, series_of[k]),
                                _parent_key(doc, i))
                    for i in doc.items if i.kind == kind]
            pairs = []
            for oi, occ in enumerate(occs):
                for si, s in enumerate(all_series):
                    if s.kind != kind or any(m.doc == k for m in s.members):
                        continue
                    score, sibling = max(_score(occ, m, weights) for m in s.members)
                    if score >= LINK or sibling:
                        pairs.append((-score, oi, si))
            pairs.sort()
            taken_occ: set[int] = set()
            taken_series: set[int] = set()
            for neg, oi, si in pairs:
                if oi in taken_occ or si in taken_series:
                    continue
                taken_occ.add(oi)
                taken_series.add(si)
                s, occ = all_series[si], occs[oi]
                s.members.append(occ)
                score = round(min(-neg, 1.0), 3)
                series_of[k][occ.item.id] = s
                found[k][occ.item.id] = SeriesLink(s.id, score, score < SURE)
            for oi, occ in enumerate(occs):
                if oi in taken_occ:
                    continue
                s = _Series(kind, [occ], _series_id(kind, occ.key, {x.id for x in all_series}))
                all_series.append(s)
                series_of[k][occ.item.id] = s
                found[k][occ.item.id] = SeriesLink(s.id, 1.0, False)
    return found


def _parent_series(doc: OutputDocument, item: Item, series_of: dict[str, _Series]) -> Optional[str]:
    s = series_of.get(item.parent) if item.parent else None
    return s.id if s is not None else None


def _parent_key(doc: OutputDocument, item: Item) -> Optional[str]:
    parent = next((p for p in doc.items if p.id == item.parent), None) if item.parent else None
    return wording_key(parent.text) if parent is not None else None


def _score(occ: _Occurrence, member: _Occurrence, weights: dict[str, float]) -> tuple[float, bool]:
    """The similarity of ``occ`` to ``member`` (with the bonus of parents in one
    series), and whether the two may be linked as reworded siblings."""
    same_parent = occ.parent_series is not None and occ.parent_series == member.parent_series \
        and occ.parent_key is not None and member.parent_key is not None \
        and similarity(occ.parent_key, member.parent_key, weights) >= SURE
    score = similarity(occ.key, member.key, weights) + (PARENT_BONUS if same_parent else 0.0)
    sibling = same_parent and containment(occ.key, member.key, weights) >= SIBLING_LINK
    return score, sibling


def _series_id(kind: str, key: str, taken: set[str]) -> str:
    """A stable id: the kind and a digest of the first occurrence's wording."""
    base = f"{kind}:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}"
    sid, n = base, 2
    while sid in taken:
        sid, n = f"{base}-{n}", n + 1
    return sid
