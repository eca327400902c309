"""The ingest manifest: which source file became which document.

``<data dir>/manifest.json`` maps each ingested file (its absolute, symlink-resolved
path) to the size, modification time and SHA-256 the file had when it was ingested and
to the id of its document in the store::

    {"version": 1,
     "files": {"/records/2019/svar.pdf": {"sha256": "…", "size": 48213,
                                          "mtime_ns": 1700000000000000000,
                                          "doc_id": "0b95906dd943127e"}}}

Several paths may share one ``doc_id`` (identical content at two places is one
document).  The file is written atomically and flushed to disk, and only after the
documents it names are in the store and the index, so it never names a document that
was not ingested.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from kommunminne.store import atomic_write_bytes

MANIFEST_NAME = "manifest.json"
MANIFEST_VERSION = 1


@dataclass(frozen=True)
class FileEntry:
    sha256: str
    size: int
    mtime_ns: int
    doc_id: str


class Manifest:
    def __init__(self, path: Path, files: dict[str, FileEntry] | None = None) -> None:
        self.path = Path(path)
        self.files: dict[str, FileEntry] = dict(files or {})
        #: Set when the file on disk could not be read and was put aside (see ``load``).
        self.recovered_from: Path | None = None

    @classmethod
    def load(cls, path: Path) -> Manifest:
        """Read the manifest; a missing file is an empty manifest.

        An unreadable manifest (hand-edited, or from an unknown version) is renamed to
        ``manifest.json.bad-<time>`` and an empty one is used: every file is then hashed
        again and matched to the store by content, so nothing is extracted twice.
        """
        path = Path(path)
        if not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != MANIFEST_VERSION:
                raise ValueError(f"unknown manifest version {data.get('version')!r}")
            files = {key: FileEntry(**entry) for key, entry in data["files"].items()}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            aside = path.with_name(f"{path.name}.bad-{time.strftime('%Y%m%dT%H%M%S')}")
            path.replace(aside)
            manifest = cls(path)
            manifest.recovered_from = aside
            return manifest
        return cls(path, files)

    def save(self) -> None:
        data = {
            "version": MANIFEST_VERSION,
            "files": {key: asdict(self.files[key]) for key in sorted(self.files)},
        }
        text = json.dumps(data, ensure_ascii=False, indent=1)
        atomic_write_bytes(self.path, text.encode("utf-8"), durable=True)

    def doc_ids(self) -> set[str]:
        return {entry.doc_id for entry in self.files.values()}
