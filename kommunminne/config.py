"""Settings: where data lives and which municipality the gazetteers describe.

The data directory is, in order: the ``--data-dir`` option, the ``KOMMUNMINNE_DATA``
environment variable, or ``$XDG_DATA_HOME/kommunminne`` (``~/.local/share/kommunminne``).
The municipality (whose district and council-body gazetteers are used) is
``KOMMUNMINNE_MUNICIPALITY`` or ``uppsala``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_ENV = "KOMMUNMINNE_DATA"
MUNICIPALITY_ENV = "KOMMUNMINNE_MUNICIPALITY"
DEFAULT_MUNICIPALITY = "uppsala"


def default_data_dir() -> Path:
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "kommunminne"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    municipality: str = DEFAULT_MUNICIPALITY

    @classmethod
    def load(cls, data_dir: str | os.PathLike[str] | None = None) -> Settings:
        path = Path(data_dir).expanduser() if data_dir else default_data_dir()
        municipality = os.environ.get(MUNICIPALITY_ENV, DEFAULT_MUNICIPALITY)
        return cls(data_dir=path.resolve(), municipality=municipality)

    # Layout of the data directory -------------------------------------------------
    @property
    def store_dir(self) -> Path:
        """Analysed documents (JSON) and the original PDFs by hash."""
        return self.data_dir / "store"

    @property
    def index_dir(self) -> Path:
        """The Whoosh index."""
        return self.data_dir / "index"

    @property
    def models_dir(self) -> Path:
        """Models fitted at index time (the topic model)."""
        return self.data_dir / "models"
