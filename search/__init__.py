"""Index and queries: Whoosh with Swedish analysis, facets, linking and tracing.

The public interface (see docs/ARCHITECTURE.md, "search"); nothing else of this
package is meant to be used by the web layer or the CLI::

    from search import SearchIndex, SearchRequest, SearchResponse, TraceResult
    index = SearchIndex.open(settings.index_dir)       # IndexMissingError (Swedish)
    index.add_documents(docs); index.delete_documents(ids); index.document_ids()
    index.search(SearchRequest(query="kameror stadsdel:Gottsunda")).to_dict()
    index.trace("trygghetsvakter").to_dict()
    index.linked_documents(doc_id); index.entities("DISTRICT")
    index.entity_overview("DISTRICT", "Gottsunda")
"""

from search.index import SearchIndex
from search.records import (
    EVENT_KINDS,
    FACET_NAMES,
    Author,
    EntityCommitment,
    EntityCount,
    EntityDocument,
    EntityOverview,
    FacetValue,
    IndexBusyError,
    IndexFormatError,
    IndexMissingError,
    LinkedDocument,
    SearchHit,
    SearchRequest,
    SearchResponse,
    TraceEvent,
    TraceResult,
)

__all__ = [
    "EVENT_KINDS",
    "FACET_NAMES",
    "Author",
    "EntityCommitment",
    "EntityCount",
    "EntityDocument",
    "EntityOverview",
    "FacetValue",
    "IndexBusyError",
    "IndexFormatError",
    "IndexMissingError",
    "LinkedDocument",
    "SearchHit",
    "SearchIndex",
    "SearchRequest",
    "SearchResponse",
    "TraceEvent",
    "TraceResult",
]
