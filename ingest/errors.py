"""The one error extraction raises for a file that cannot be read."""

from __future__ import annotations

from pathlib import Path


class ExtractionError(Exception):
    """A PDF that cannot be read: ``str(exc) == f"{path.name}: {reason}"`` (reason in Swedish).

    The arguments are kept in ``args`` so that the error pickles across worker processes.
    """

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(Path(path), reason)
        self.path = Path(path)
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path.name}: {self.reason}"
