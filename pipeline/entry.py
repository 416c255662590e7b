"""The ``plandigit`` console script's entry point, kept free of imports.

pip's generated script imports its entry point at module level, and
multiprocessing re-runs that script (as ``__mp_main__``) in every process it
starts by spawn or from a fork server: the OCR page workers
(:mod:`extractors.pages.page_source`).  Pointing the script at
``pipeline.cli:main`` made each worker import the whole command line
(pipeline.cli, the batch, the contract's pydantic models, pikepdf, rich):
0.16 s before its first page and ~50 MB more per worker.  Here the command
line is imported only when the command runs.
"""

from __future__ import annotations


def main() -> int:
    """Run the ``plandigit`` command (:func:`pipeline.cli.main`)."""
    from pipeline.cli import main as cli_main

    return cli_main()
