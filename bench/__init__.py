"""Benchmarks: one module per stage, one runner (``python -m bench.run``). See bench/README.md."""
