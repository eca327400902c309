"""The Whoosh codec of the index: Whoosh's own ``W3Codec`` with one fix for speed.

Whoosh's per-document reader looks up the field-length column of a field every time
a length is asked for, and does not remember that a column is *absent*: for a field
without lengths (every ID, KEYWORD and NUMERIC field) each request is a ``stat`` of a
file that does not exist.  Flushing a segment asks for the length of every posting
(``FieldWriter.add_postings``) and merging asks for every field of every document
(``SegmentWriter.write_per_doc``), so on this schema about half of the indexing time
went into failed ``stat`` calls.  ``CachingPerDocReader`` remembers absent columns too.

The codec is recorded in the index's table of contents (Whoosh pickles the segments
with their codec), so this module must stay importable as ``search.codec`` for indexes
written with it; indexes written with the plain ``W3Codec`` still open and merge.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader


class CachingPerDocReader(W3PerDocReader):
    """``W3PerDocReader`` that also caches the absence of a column."""

    def _cached_reader(self, fieldname: str, column: Any) -> Any:
        try:
            return self._readers[fieldname]
        except KeyError:
            reader = super()._cached_reader(fieldname, column)
            self._readers[fieldname] = reader  # None: the segment has no such column
            return reader


class KommunminneCodec(W3Codec):
    """``W3Codec`` whose per-document readers cache absent columns."""

    def per_document_reader(self, storage: Any, segment: Any) -> CachingPerDocReader:
        return CachingPerDocReader(storage, segment)
