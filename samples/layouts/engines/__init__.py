"""The engines a layout variant is printed by, and what each cannot express.

An engine module has ``NAME``, ``available()`` and ``render(layout, work,
stem) -> pdf``.  ``CANNOT`` lists the (dimension, value) pairs an engine
has no way to print; a style with one of them is never given to it
(:func:`expressible`), so the manifest and the pass tables show a blank
there, not a failure.
"""

from __future__ import annotations

import importlib

from samples.layouts.style import Style

ENGINES = ("reportlab", "chromium", "libreoffice", "tex")
_MODULES = {"reportlab": "samples.layouts.engines.pdf", "chromium": "samples.layouts.engines.html",
            "libreoffice": "samples.layouts.engines.docx", "tex": "samples.layouts.engines.tex"}

# Word's (and so LibreOffice's .docx) list bullets are always font glyphs: no drawn disc.
CANNOT: dict[str, set[tuple[str, str]]] = {
    "reportlab": set(),
    "chromium": set(),
    "libreoffice": {("marker", "shape")},
    "tex": set(),
}


def engine(name: str):
    return importlib.import_module(_MODULES[name])


def expressible(name: str, style: Style) -> bool:
    return not (set(style.as_dict().items()) & CANNOT[name])


def available(name: str) -> bool:
    try:
        return engine(name).available()
    except ImportError:
        return False
