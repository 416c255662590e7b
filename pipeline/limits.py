"""Resource limits: stop decompression bombs before the parsers meet them.

pdfminer (under pdfplumber) inflates every content stream whole and builds a
Python object per operand; pdfium decodes whole images to render a page.
Neither has a cap, so a content stream that inflates to 1 GiB or a
100 000 × 100 000 px image costs minutes and gigabytes before anything fails.
:func:`check_resources` looks at every page through qpdf first (pikepdf,
already open for ingest) and raises :class:`models.errors.ResourceLimitError`
naming the page when

* its content streams (forms drawn on it included) inflate beyond
  ``options.max_content_bytes`` — Flate is inflated here with a bounded
  ``zlib`` output, so a bomb costs at most the cap;
* its content holds more than ``options.max_page_operators`` operators
  (counted only when the content is large enough to hold that many: an
  operator takes at least two bytes);
* it draws an image (directly or in a form) whose ``/Width`` × ``/Height``
  exceed ``options.max_image_pixels`` — read from the image dictionary, the
  data is not decoded.

The address-space limit of a batch worker (:data:`DEFAULT_MAX_MEMORY_MB`,
``--max-memory-mb``) is the backstop for anything these checks do not see.
"""

from __future__ import annotations

import re
import zlib
from typing import Iterator, Optional

import pikepdf

from models.errors import ResourceLimitError
from models.options import ConvertOptions

DEFAULT_MAX_MEMORY_MB = 2048  # address-space limit per batch worker; 0 lifts it
MAX_FORM_DEPTH = 16  # forms drawn inside forms, followed this deep
_CHUNK = 1 << 20
# an operator: a keyword outside strings, names and comments (strings and
# names are matched first so that their contents are not counted)
_TOKEN = re.compile(rb"\((?:[^()\\]|\\.)*\)|<[^<>]*>|/[^\s()<>\[\]{}/%]*|%[^\r\n]*|([A-Za-z'\"][^\s()<>\[\]{}/%]*)")
_NOT_OPERATORS = {b"true", b"false", b"null"}


def check_resources(pdf: pikepdf.Pdf, options: ConvertOptions, name: str, skip: frozenset[int] = frozenset()) -> None:
    """Raise :class:`ResourceLimitError` for the first page over a limit (1-based
    numbers in ``skip`` are not looked at)."""
    for number, page in enumerate(pdf.pages, start=1):
        if number not in skip:
            _check_page(page.obj, number, options, name)


def _check_page(page: pikepdf.Dictionary, number: int, options: ConvertOptions, name: str) -> None:
    budget = options.max_content_bytes
    content: list[bytes] = []
    for stream, where in _content_streams(page):
        data = bounded_decode(stream, budget - sum(map(len, content)) + 1)
        content.append(data)
        if sum(map(len, content)) > budget:
            raise ResourceLimitError(
                f"{name}: page {number}: {where} inflates beyond the limit of {budget >> 20} MiB of content "
                f"per page (a decompression bomb?)")
    total = sum(map(len, content))
    if total > 2 * options.max_page_operators:
        operators = count_operators(b"\n".join(content), options.max_page_operators + 1)
        if operators > options.max_page_operators:
            raise ResourceLimitError(
                f"{name}: page {number}: more than {options.max_page_operators:,} content operators "
                f"(the limit per page)")
    for image, where in _images(page):
        width, height = _int(image.get("/Width")), _int(image.get("/Height"))
        if width * height > options.max_image_pixels:
            raise ResourceLimitError(
                f"{name}: page {number}: {where} is {width:,} × {height:,} px, {width * height / 1e6:,.0f} megapixels, "
                f"beyond the limit of {options.max_image_pixels / 1e6:,.0f} megapixels per image")


def _content_streams(page: pikepdf.Dictionary) -> Iterator[tuple[pikepdf.Object, str]]:
    """The page's content streams, then those of the forms it draws."""
    contents = page.get("/Contents")
    if isinstance(contents, pikepdf.Array):
        for part in contents:
            if isinstance(part, pikepdf.Stream):
                yield part, "the content stream"
    elif isinstance(contents, pikepdf.Stream):
        yield contents, "the content stream"
    for form, where in _xobjects(page, "/Form"):
        yield form, where


def _images(page: pikepdf.Dictionary) -> Iterator[tuple[pikepdf.Object, str]]:
    return _xobjects(page, "/Image")


def _xobjects(page: pikepdf.Dictionary, subtype: str) -> Iterator[tuple[pikepdf.Object, str]]:
    """XObjects of ``subtype`` in the page's resources and, recursively, in its
    forms' (each object once, at most :data:`MAX_FORM_DEPTH` forms deep)."""
    seen: set[tuple[int, int]] = set()
    todo: list[tuple[pikepdf.Object, int]] = [(page, 0)]
    while todo:
        holder, depth = todo.pop()
        resources = holder.get("/Resources")
        xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
        if not isinstance(xobjects, pikepdf.Dictionary):
            continue
        for key in list(xobjects.keys()):
            obj = xobjects.get(key)
            if not isinstance(obj, pikepdf.Stream):
                continue
            ident = obj.objgen
            if ident != (0, 0):
                if ident in seen:
                    continue
                seen.add(ident)
            kind = obj.get("/Subtype")
            if kind == subtype:
                yield obj, f"{'form' if subtype == '/Form' else 'image'} {key}"
            if kind == "/Form" and depth < MAX_FORM_DEPTH:
                todo.append((obj, depth + 1))


def bounded_decode(stream: pikepdf.Object, limit: int) -> bytes:
    """The stream's decoded bytes, at most ``limit`` of them (enough to tell
    that it is over a cap).  Chains of Flate, ASCII85 and ASCIIHex (what PDF
    writers use for content) are decoded here, Flate with a bounded output;
    other chains are left to qpdf.  Undecodable data yields what could be decoded."""
    filters = stream.get("/Filter")
    names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else ([str(filters)] if filters else [])
    try:
        data = bytes(stream.read_raw_bytes())
    except pikepdf.PdfError:
        return b""
    if all(n in _STAGES for n in names):
        for name in names:
            data = _STAGES[name](data, limit)
        return data[:limit]
    try:
        return bytes(stream.read_bytes())[:limit]
    except (pikepdf.PdfError, RuntimeError, ValueError):
        return b""


def _ascii_stage(name: str):
    """A decoder for an ASCII filter stage, run by qpdf on a scratch stream
    (these filters shrink their input, so the output is bounded by it)."""

    def decode(data: bytes, limit: int) -> bytes:
        scratch = pikepdf.new()
        try:
            stream = pikepdf.Stream(scratch, data)
            stream.Filter = pikepdf.Name(name)
            return bytes(stream.read_bytes())
        except (pikepdf.PdfError, RuntimeError, ValueError):
            return b""
        finally:
            scratch.close()

    return decode


def bounded_inflate(data: bytes, limit: int) -> bytes:
    """Inflate zlib ``data`` up to ``limit`` bytes of output (damaged data: as
    far as it inflates)."""
    inflater = zlib.decompressobj()
    out: list[bytes] = []
    produced = 0
    pending = data
    try:
        while pending and produced < limit and not inflater.eof:
            chunk = inflater.decompress(pending, min(_CHUNK, limit - produced))
            out.append(chunk)
            produced += len(chunk)
            pending = inflater.unconsumed_tail
            if not chunk and not pending:
                break
    except zlib.error:
        pass
    return b"".join(out)


_STAGES = {"/FlateDecode": bounded_inflate, "/Fl": bounded_inflate,
           "/ASCII85Decode": _ascii_stage("/ASCII85Decode"), "/A85": _ascii_stage("/ASCII85Decode"),
           "/ASCIIHexDecode": _ascii_stage("/ASCIIHexDecode"), "/AHx": _ascii_stage("/ASCIIHexDecode")}


def count_operators(content: bytes, stop: Optional[int] = None) -> int:
    """Operators in a content stream (keywords outside strings, names and
    comments; inline image data may add a few), counting stops at ``stop``."""
    count = 0
    for match in _TOKEN.finditer(content):
        word = match.group(1)
        if word is not None and word not in _NOT_OPERATORS:
            count += 1
            if stop is not None and count >= stop:
                break
    return count


def _int(value: Optional[pikepdf.Object]) -> int:
    try:
        return max(0, int(value)) if value is not None else 0
    except (TypeError, ValueError):
        return 0
