"""Data-directory housekeeping for the pipeline: the run lock, the interrupted-run
marker and the index generations that ``reindex`` swaps in atomically.

Index layout::

    <data dir>/index            -> index-<n>   (a relative symbolic link)
    <data dir>/index-<n>/       the Whoosh index searched now
    <data dir>/index-<n-1>/     the previous generation, kept until the next swap so
                                that a searcher opened on it before the swap keeps working

Readers open ``Settings.index_dir`` (the link) and must not resolve it once and keep the
result: each open, or each Whoosh ``refresh``, follows the link again.  An index
directory created by someone else as a plain directory is used as it is; the first
``reindex`` moves it aside to ``index-<n>`` (the only moment, a few microseconds, at
which ``index`` does not exist).
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
from pathlib import Path
from types import TracebackType

LOCK_NAME = ".kommunminne.lock"
RUN_MARKER_NAME = ".ingest-incomplete"
_GENERATION_RE = re.compile(r"^index-(\d+)$")


class PipelineError(Exception):
    """A problem that stops a pipeline run before it starts; the message is in Swedish."""


class DataDirLock:
    """An exclusive lock on the data directory: one ingest or reindex at a time.

    A POSIX record lock (``lockf``), not ``flock``: it belongs to this process only, so
    worker processes forked during the run do not inherit it, and the operating system
    releases it as soon as this process ends in any way (also ``kill -9``), even while
    orphaned workers are still finishing.  POSIX locks do not exclude a second lock
    from the same process, so that case is refused by ``_held``.  A stale lock file is
    harmless.
    """

    _held: set[str] = set()

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._fd: int | None = None

    def _busy(self) -> PipelineError:
        return PipelineError(
            f"en annan inläsning eller omindexering pågår redan i {self.data_dir}; "
            "försök igen när den är klar"
        )

    def __enter__(self) -> DataDirLock:
        key = str(self.data_dir.resolve())
        if key in self._held:
            raise self._busy()
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.data_dir / LOCK_NAME, os.O_CREAT | os.O_RDWR | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise PipelineError(
                f"datakatalogen {self.data_dir} kan inte användas: {exc.strerror}"
            ) from exc
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise self._busy() from None
        self._fd = fd
        self._held.add(key)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fd is not None:
            os.close(self._fd)  # releases the lock
            self._fd = None
            self._held.discard(str(self.data_dir.resolve()))


# ------------------------------------------------------------------ run marker
def mark_run_started(data_dir: Path) -> bool:
    """Create the interrupted-run marker; return True if it was already there."""
    marker = Path(data_dir) / RUN_MARKER_NAME
    existed = marker.exists()
    marker.touch()
    return existed


def mark_run_finished(data_dir: Path) -> None:
    (Path(data_dir) / RUN_MARKER_NAME).unlink(missing_ok=True)


# ---------------------------------------------------------------- index layout
def _generations(data_dir: Path) -> list[tuple[int, Path]]:
    found = []
    for child in Path(data_dir).iterdir():
        match = _GENERATION_RE.match(child.name)
        if match and child.is_dir() and not child.is_symlink():
            found.append((int(match.group(1)), child))
    return sorted(found)


def new_index_dir(data_dir: Path) -> Path:
    """A fresh, empty directory for the next index generation."""
    generations = _generations(data_dir)
    number = generations[-1][0] + 1 if generations else 1
    path = Path(data_dir) / f"index-{number}"
    path.mkdir(parents=True)
    return path


def _point_link(link: Path, target: Path) -> None:
    tmp = link.with_name(f".{link.name}.link-tmp")
    tmp.unlink(missing_ok=True)
    os.symlink(target.name, tmp)
    os.replace(tmp, link)  # atomic: readers see the old or the new generation


def swap_in(index_link: Path, new_dir: Path) -> None:
    """Make ``index_link`` point at ``new_dir`` atomically; keep one older generation."""
    index_link = Path(index_link)
    data_dir = index_link.parent
    previous: Path | None = None
    if index_link.is_symlink():
        previous = (data_dir / os.readlink(index_link)).resolve()
    elif index_link.is_dir():  # a plain directory made by someone else: move it aside
        previous = new_index_dir(data_dir)
        previous.rmdir()
        index_link.rename(previous)
    _point_link(index_link, new_dir)
    keep = {Path(new_dir).resolve(), previous}
    for _number, path in _generations(data_dir):
        if path.resolve() not in keep:
            shutil.rmtree(path, ignore_errors=True)


def ensure_index_dir(index_link: Path) -> Path:
    """Return the index directory, creating the first generation and its link if needed."""
    index_link = Path(index_link)
    if index_link.exists():
        return index_link
    if index_link.is_symlink():  # a dangling link (its generation was removed by hand)
        index_link.unlink()
    index_link.parent.mkdir(parents=True, exist_ok=True)
    _point_link(index_link, new_index_dir(index_link.parent))
    return index_link
