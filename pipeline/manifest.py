"""``manifest.json``: one record per input of a batch, plus the run's totals.

The manifest is what makes a batch resumable: an input whose record says it
was converted (``ok`` or ``skipped``) from the same bytes (sha256), by the same
pipeline version, with the same options, and whose JSON still exists, is not
converted again.  Records are kept sorted by input path, then output path, so
the file is deterministic apart from timings.  It is written atomically.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from models.codes import INPUT_ERROR_CLASSES
from models.options import ConvertOptions
from pipeline.output import atomic_write_text

MANIFEST_NAME = "manifest.json"
MANIFEST_VERSION = "1"

Status = Literal["ok", "failed", "skipped"]

# options that do not change a successful output document (limits only make inputs fail)
_OPTIONS_NOT_IN_DIGEST = ("password", "jobs", "page_timeout", "max_pages", "max_page_pixels", "max_content_bytes",
                          "max_page_operators", "max_image_pixels", "verbose")


class ManifestRecord(BaseModel):
    """What happened to one input."""

    model_config = ConfigDict(extra="ignore")

    input: str  # path relative to its input root (posix), or the file name for a file argument
    input_root: str  # the folder or file as given on the command line
    output: str  # JSON path relative to the output folder (where it is, or would be)
    tables_csv: list[str] = Field(default_factory=list)
    sha256: Optional[str] = None
    size_bytes: Optional[int] = None
    pages: Optional[int] = None
    status: Status
    error_class: Optional[str] = None
    error: Optional[str] = None
    traceback: Optional[str] = None  # full traceback of an internal_error, for the developers
    warnings: int = 0
    text_sources: dict[str, int] = Field(default_factory=dict)  # pages per text source: {"pdf": 26, "ocr": 2}
    warning_codes: dict[str, int] = Field(default_factory=dict)  # warnings per code: {"repaired": 1, ...}
    seconds: float = 0.0  # time spent on this input in the run that last converted or tried it
    pipeline_version: str
    options_digest: str

    def is_done(self, sha256: str, pipeline_version: str, options_digest: str) -> bool:
        """True if this record is a finished conversion of exactly these bytes and settings."""
        return (self.status in ("ok", "skipped") and self.sha256 == sha256
                and self.pipeline_version == pipeline_version and self.options_digest == options_digest)

    def failed_for_good(self, sha256: str, pipeline_version: str, options_digest: str) -> bool:
        """True if these bytes failed with an input error class (``corrupt``, ``resource_limit``, …)
        under the same pipeline version and options: converting them again gives the same
        failure, so a rerun keeps this record instead.  Failures that may pass on another try
        (timeout, worker_crashed, out_of_memory, ocr_unavailable, unreadable, internal_error)
        are converted again."""
        return (self.status == "failed" and self.error_class in INPUT_ERROR_CLASSES
                and self.sha256 == sha256 and self.pipeline_version == pipeline_version
                and self.options_digest == options_digest)


class RunTotals(BaseModel):
    """Counts of the last run (inputs of that run only)."""

    model_config = ConfigDict(extra="ignore")

    files: int = 0
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    pending: int = 0
    pages: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    started_at: Optional[str] = None
    finished_at: Optional[str] = None


class Manifest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    manifest_version: str = MANIFEST_VERSION
    pipeline_version: str
    run: RunTotals = Field(default_factory=RunTotals)
    records: list[ManifestRecord] = Field(default_factory=list)

    def by_output(self) -> dict[str, ManifestRecord]:
        return {r.output: r for r in self.records}

    def to_json(self) -> str:
        return self.model_dump_json(indent=2) + "\n"


def sort_records(records: list[ManifestRecord]) -> list[ManifestRecord]:
    return sorted(records, key=lambda r: (r.input, r.output, r.input_root))


def options_digest(options: ConvertOptions, tables_csv: bool) -> str:
    """Short digest of the options that shape the output (not password or parallelism)."""
    data = {k: v for k, v in asdict(options).items() if k not in _OPTIONS_NOT_IN_DIGEST}
    data["tables_csv"] = tables_csv
    text = json.dumps(data, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def load_manifest(path: Path, pipeline_version: str) -> tuple[Manifest, Optional[str]]:
    """The manifest at ``path`` (empty if missing), and a problem message if it
    existed but could not be read (then the run starts from an empty one)."""
    path = Path(path)
    if not path.exists():
        return Manifest(pipeline_version=pipeline_version), None
    try:
        manifest = Manifest.model_validate_json(path.read_bytes())
    except (OSError, ValueError, ValidationError) as exc:
        return Manifest(pipeline_version=pipeline_version), f"{path}: unreadable manifest, starting afresh ({exc.__class__.__name__})"
    return manifest, None


def write_manifest(path: Path, manifest: Manifest) -> None:
    """Write ``manifest`` atomically, records sorted."""
    manifest = manifest.model_copy(update={"records": sort_records(manifest.records)})
    atomic_write_text(Path(path), manifest.to_json())
