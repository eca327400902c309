"""How the project's worker pools start their processes.

The main process of a run has threads of its own while its pools start workers (the
writer's warm-up thread importing scikit-learn and spaCy, tqdm's monitor), and pebble
starts a new worker whenever one is killed for overrunning its time limit.  A child
*forked* from a process in which another thread holds a lock (an import lock, say)
inherits the lock held, with no thread left to release it, and hangs: seen as analysis
workers stuck in ``import requests`` for ever, and as extraction workers killed at the
time limit.  Workers are therefore forked from a *forkserver*: a separate process with
one thread, which imports the modules the workers need once, so that a new worker
starts in milliseconds and shares nothing but those imports with the main process.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import BaseContext

# What the workers of a pipeline run need: extraction, and the NLP pipeline built with
# its classifier trained (nlp/preload.py), so that each worker starts ready.
PIPELINE_PRELOAD = ("ingest.workers", "nlp.preload")


_preload: list[str] = []


def worker_context(*preload: str) -> BaseContext:
    """The multiprocessing context for worker pools.

    ``preload`` names modules for the forkserver to import before it forks any worker.
    Each call adds to the list until the forkserver starts (at the first pool's first
    worker); a module asked for later is imported by each worker instead (slower, never
    wrong).
    """
    context = multiprocessing.get_context("forkserver")
    added = [name for name in preload if name not in _preload]
    if added:
        _preload.extend(added)
        context.set_forkserver_preload(list(_preload))
    return context
