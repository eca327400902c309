"""Imported by the worker forkserver (``kommunminne.processes``) before it forks any
worker: builds the default pipeline and trains its commitment classifier once, so that
every analysis worker starts with both ready (about 6 s of start-up saved per worker and
run, and the memory shared copy-on-write).

A failure is left for the workers to meet and report: the forkserver must start.
"""

from __future__ import annotations

import contextlib

from nlp.pipeline import load_pipeline

with contextlib.suppress(Exception):  # the workers build it again and report the error
    _nlp = load_pipeline()
    if "km_commitments" in _nlp.pipe_names:
        _nlp.get_pipe("km_commitments").classifier()
