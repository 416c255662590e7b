"""Sample spec: Servicenämnden, Verksamhetsberättelse helår 2021 (seed 001).

The document is data: ``samples/generator/specs/vb-2021-servicenamnden.yaml``, whose header
holds the transcription notes (what was left out, source errors kept).  The
file format is described in :mod:`samples.generator.datafile`.
"""

from __future__ import annotations

from samples.generator.spec import DocSpec, load_spec


def spec() -> DocSpec:
    """The whole document as a :class:`DocSpec`, in reading order."""
    return load_spec("vb-2021-servicenamnden")
