from __future__ import annotations

import unicodedata

from kommunminne.config import Settings
from kommunminne.textnorm import fold, normalise


def test_ligatures_spaces_and_nfc():
    decomposed = unicodedata.normalize("NFD", "Sävja")
    assert normalise(f"e\ufb00ektiv\u00a0{decomposed}\u00ad") == "effektiv Sävja"
    assert normalise("\ufb01nns") == "finns"


def test_fold_lowercases_swedish():
    assert fold("ÅTGÄRDER i Örebro") == "åtgärder i örebro"


def test_data_dir_resolution(tmp_path, monkeypatch):
    monkeypatch.setenv("KOMMUNMINNE_DATA", str(tmp_path / "env"))
    assert Settings.load().data_dir == (tmp_path / "env").resolve()
    assert Settings.load(tmp_path / "opt").data_dir == (tmp_path / "opt").resolve()
    monkeypatch.delenv("KOMMUNMINNE_DATA")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    settings = Settings.load()
    assert settings.data_dir == (tmp_path / "xdg" / "kommunminne").resolve()
    assert settings.index_dir == settings.data_dir / "index"
    assert settings.municipality == "uppsala"
