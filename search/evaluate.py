"""``kommunminne evaluate search``: MRR and recall@5 of the judged queries.

The sample corpus (``corpus/pdf``) is ingested through the real pipeline
(``kommunminne.pipeline.ingest_paths``: extraction, NLP, store, index) into a
temporary data directory (or the one given), then every query of
``corpus/queries.json`` (``[{"query", "relevant": [<stem>.pdf, …], "note"}]``) is run
and ranked by source file name.

* reciprocal rank: 1 / rank of the first relevant hit (0 when none is in the top 10);
* recall@5: the share of the relevant documents among the first five hits.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from kommunminne.config import Settings

REPO_ROOT = Path(__file__).resolve().parents[1]
CORPUS_PDF = REPO_ROOT / "corpus" / "pdf"
QUERIES = REPO_ROOT / "corpus" / "queries.json"
RANK_DEPTH = 10


def score_queries(index: Any, queries: list[dict[str, Any]]) -> dict[str, Any]:
    """MRR, mean recall@5 and the per-query figures for ``queries`` on ``index``."""
    from search import SearchRequest

    rows = []
    for item in queries:
        relevant = set(item.get("relevant") or [])
        response = index.search(SearchRequest(query=item["query"], limit=RANK_DEPTH))
        ranked = [hit.source for hit in response.hits]
        first = next((n for n, source in enumerate(ranked, 1) if source in relevant), None)
        found = len(relevant & set(ranked[:5]))
        rows.append(
            {
                "query": item["query"],
                "relevant": sorted(relevant),
                "rank": first,
                "reciprocal_rank": 1.0 / first if first else 0.0,
                "recall_at_5": found / len(relevant) if relevant else 1.0,
                "top5": ranked[:5],
                "note": response.note,
            }
        )
    count = len(rows) or 1
    return {
        "queries": len(rows),
        "mrr": sum(r["reciprocal_rank"] for r in rows) / count,
        "recall_at_5": sum(r["recall_at_5"] for r in rows) / count,
        "rows": rows,
    }


def _table(result: dict[str, Any]) -> str:
    lines = [f"{'fråga':<46} {'rang':>5} {'RR':>6} {'R@5':>6}"]
    for row in result["rows"]:
        rank = str(row["rank"]) if row["rank"] else "–"
        lines.append(
            f"{row['query'][:46]:<46} {rank:>5} {row['reciprocal_rank']:>6.3f} "
            f"{row['recall_at_5']:>6.3f}"
        )
    lines.append("")
    lines.append(
        f"{result['queries']} frågor: MRR {result['mrr']:.3f}, recall@5 {result['recall_at_5']:.3f}"
    )
    return "\n".join(lines)


def run(settings: Settings | None = None, as_json: bool = False) -> dict[str, Any]:
    """Ingest the sample corpus, run the judged queries, print and return the figures."""
    from kommunminne.pipeline import ingest_paths
    from search import SearchIndex

    if not QUERIES.is_file():
        result: dict[str, Any] = {"error": f"bedömda frågor saknas: {QUERIES}"}
        print(json.dumps(result, ensure_ascii=False) if as_json else result["error"])
        return result
    queries = json.loads(QUERIES.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="kommunminne-eval-") as tmp:
        settings = settings or Settings.load(Path(tmp) / "data")
        report = ingest_paths([CORPUS_PDF], settings, progress=False)
        index = SearchIndex.open(settings.index_dir)
        result = score_queries(index, queries)
        result["rejected"] = report.rejected
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(_table(result))
        for path, reason in result["rejected"]:
            print(f"avvisad: {path}: {reason}")
    return result
