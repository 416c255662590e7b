"""Sample spec: Servicenämnden, Verksamhetsplan med budget 2023 (seed 004).

The document is data: ``samples/generator/specs/vp-2023-servicenamnden.yaml``, whose header
holds the transcription notes (what was left out, source errors kept).  The
file format is described in :mod:`samples.generator.datafile`.
"""

from __future__ import annotations

from samples.generator.spec import DocSpec, load_spec


def spec() -> DocSpec:
    """The whole document as a :class:`DocSpec`, in reading order."""
    return load_spec("vp-2023-servicenamnden")
