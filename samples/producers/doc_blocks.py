"""A small spec with every block type of :mod:`samples.generator.spec` once
or more, for checking that each renderer prints all of them.

The document is data: ``samples/generator/specs/blocks-servicenamnden.yaml``, whose header
holds the transcription notes (what was left out, source errors kept).  The
file format is described in :mod:`samples.generator.datafile`.
"""

from __future__ import annotations

from samples.generator.spec import DocSpec, load_spec


def spec() -> DocSpec:
    """The whole document as a :class:`DocSpec`, in reading order."""
    return load_spec("blocks-servicenamnden")
