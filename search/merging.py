"""When a commit merges segments: a tiered policy instead of Whoosh's ``MERGE_SMALL``.

Every query pays a fixed cost per segment (a matcher per term and segment, a collector
pass per segment), so the number of segments matters as much as their size.  Whoosh's
default policy only merges segments whose total is below a Fibonacci number of the
segment count: an index written in batches of 500 documents (about 5,000 records)
never merged at all and had 20 segments at 10,000 documents.

The tiered policy (as in Lucene's log-merge policy) groups segments by size: tier 0
holds segments of fewer than ``TIER_BASE`` live records, tier ``t`` those of up to
``TIER_BASE * MERGE_FACTOR ** t``.  A commit merges its new segment with the existing
segments of its own tier or below once they are ``MERGE_FACTOR`` together, and repeats
that for the tier the merged segment lands in.  So an index holds at most
``MERGE_FACTOR - 1`` segments per tier (a handful in all), each record is rewritten
about ``log_MERGE_FACTOR(records / TIER_BASE)`` times over the life of the index, and a
small incremental batch only merges small segments.  Segments with many deleted
records count by their live records, so they are merged (and compacted) sooner.

``MERGE_FACTOR`` is 8, not Lucene's 10 or a smaller 4: merging rewrites every posting
in Python (Whoosh), about as costly as indexing it, while with ``search.docsets`` a
query pays little per segment (on 10,000 documents, 20 segments cost about 20 % more
query time than one); 8 keeps merges rare and the segment count low.
"""

from __future__ import annotations

import math
from typing import Any

from whoosh.reading import SegmentReader

MERGE_FACTOR = 8  # segments of one tier merged into one
TIER_BASE = 2_000  # live records below which a segment is in tier 0


def tier(records: int) -> int:
    """The size tier of a segment of ``records`` live records."""
    if records < TIER_BASE:
        return 0
    return 1 + int(math.log(records / TIER_BASE, MERGE_FACTOR) + 1e-9)


def segments_to_merge(new_records: int, sizes: list[int]) -> list[int]:
    """Indexes (into ``sizes``) of the existing segments to merge into the new segment of
    ``new_records`` records."""
    chosen: list[int] = []
    remaining = sorted(range(len(sizes)), key=lambda i: sizes[i])
    merged = new_records
    while True:
        level = tier(merged)
        same = [i for i in remaining if tier(sizes[i]) <= level]
        if not same or len(same) + 1 < MERGE_FACTOR:
            return chosen
        chosen.extend(same)
        remaining = [i for i in remaining if i not in same]
        merged += sum(sizes[i] for i in same)


def tiered_merge(writer: Any, segments: list[Any]) -> list[Any]:
    """A Whoosh ``mergetype``: merges into ``writer``'s new segment the segments that
    ``segments_to_merge`` picks; returns the segments left as they are."""
    sizes = [segment.doc_count() for segment in segments]
    chosen = set(segments_to_merge(writer.docnum, sizes))
    for i in sorted(chosen):
        reader = SegmentReader(writer.storage, writer.schema, segments[i])
        writer.add_reader(reader)
        reader.close()
    return [segment for i, segment in enumerate(segments) if i not in chosen]
