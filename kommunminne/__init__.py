"""Kommunminne: document analysis and search over Swedish municipal council records.

This package holds what spans the pipeline stages: the typed document model
(:mod:`kommunminne.model`), settings (:mod:`kommunminne.config`), the shared text
normaliser (:mod:`kommunminne.textnorm`) and the command line (:mod:`kommunminne.cli`).
The stages themselves live in the top-level packages ``ingest``, ``nlp``, ``search``
and ``webapp``.
"""

__version__ = "0.1.0"
