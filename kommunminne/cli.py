"""The ``kommunminne`` command line.

Each command is thin: it parses options, calls the stage that does the work and prints
the result.  Messages to the user are in Swedish; errors are one line on stderr
(no traceback) with a non-zero exit status.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import click

from kommunminne.config import Settings

EXIT_OK = 0
EXIT_PARTIAL = 1  # ingest: some files were rejected
EXIT_UNREADABLE = 2  # extract: the file could not be read
EXIT_INTERRUPTED = 130  # Ctrl-C

_INTERRUPTED = (
    "avbrutet; de dokument som hann bli klara är sparade och sökbara. "
    "Kör samma kommando igen för att slutföra."
)


def _fail(message: str, status: int = EXIT_UNREADABLE) -> None:
    click.echo(f"kommunminne: {message}", err=True)
    sys.exit(status)


def _terminate_as_interrupt() -> None:
    """Treat ``kill`` (SIGTERM) like Ctrl-C, so a batch ends cleanly and keeps its work.

    Worker processes forked from this one inherit the handler; for them SIGTERM keeps
    its default meaning (the pool stops its workers with it).
    """
    main_pid = os.getpid()

    def interrupt(signum: int, frame: object) -> None:
        if os.getpid() != main_pid:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def _print_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


data_dir_option = click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Datakatalog (standard: $KOMMUNMINNE_DATA eller ~/.local/share/kommunminne).",
)


@click.group()
@click.version_option(package_name="kommunminne")
def main() -> None:
    """Kommunminne: sök och spåra löften i kommunala handlingar."""


# --------------------------------------------------------------------------- extract
@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Skriv ut dokumentet som JSON.")
@click.option("--no-nlp", is_flag=True, help="Hoppa över språkanalysen (entiteter, löften).")
def extract(file: Path, as_json: bool, no_nlp: bool) -> None:
    """Läs en PDF och skriv ut text och metadata."""
    from ingest import ExtractionError, extract_document

    try:
        document = extract_document(file)
    except ExtractionError as exc:
        _fail(str(exc))
        return
    for warning in document.warnings:
        click.echo(f"kommunminne: varning: {file.name}: {warning}", err=True)
    if not no_nlp:
        from nlp import analyse

        document = analyse([document])[0]
    if as_json:
        _print_json(document.to_dict())
        return
    from kommunminne.render import document_as_text

    click.echo(document_as_text(document))


# ---------------------------------------------------------------------------- ingest
@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@data_dir_option
@click.option("--prune", is_flag=True, help="Ta bort dokument vars filer inte längre finns.")
@click.option("--workers", type=int, default=None, help="Antal processer (standard: alla kärnor).")
def ingest(
    paths: tuple[Path, ...], data_dir: Path | None, prune: bool, workers: int | None
) -> None:
    """Läs in, analysera och indexera PDF-filer och mappar (rekursivt)."""
    from kommunminne.pipeline import PipelineError, ingest_paths

    settings = Settings.load(data_dir)
    _terminate_as_interrupt()
    try:
        report = ingest_paths(list(paths), settings, prune=prune, workers=workers, progress=True)
    except PipelineError as exc:
        _fail(str(exc))
        return
    except KeyboardInterrupt:
        _fail(_INTERRUPTED, EXIT_INTERRUPTED)
        return
    click.echo(report.summary())
    sys.exit(EXIT_PARTIAL if report.rejected else EXIT_OK)


@main.command()
@data_dir_option
@click.option("--workers", type=int, default=None, help="Antal processer (standard: alla kärnor).")
def reindex(data_dir: Path | None, workers: int | None) -> None:
    """Analysera om lagrade dokument och bygg om indexet utan att läsa PDF-filerna igen."""
    from kommunminne.pipeline import PipelineError
    from kommunminne.pipeline import reindex as run_reindex

    settings = Settings.load(data_dir)
    _terminate_as_interrupt()
    try:
        report = run_reindex(settings, workers=workers, progress=True)
    except PipelineError as exc:
        _fail(str(exc))
        return
    except KeyboardInterrupt:
        _fail("avbrutet; det gamla indexet används fortfarande", EXIT_INTERRUPTED)
        return
    click.echo(report.summary())


# ---------------------------------------------------------------------------- search
@main.command()
@click.argument("query")
@data_dir_option
@click.option("--json", "as_json", is_flag=True, help="Skriv ut resultatet som JSON.")
@click.option("--type", "doc_type", default=None, help="Dokumenttyp, t.ex. interpellation.")
@click.option("--from", "date_from", default=None, help="Från datum (ÅÅÅÅ-MM-DD).")
@click.option("--to", "date_to", default=None, help="Till datum (ÅÅÅÅ-MM-DD).")
@click.option("--entity", default=None, help="Kanoniskt namn på en entitet, t.ex. Gottsunda.")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance")
@click.option("--limit", type=click.IntRange(1, 1000), default=10)
def search(
    query: str,
    data_dir: Path | None,
    as_json: bool,
    doc_type: str | None,
    date_from: str | None,
    date_to: str | None,
    entity: str | None,
    sort: str,
    limit: int,
) -> None:
    """Sök i indexet."""
    from search import IndexMissingError, SearchIndex, SearchRequest

    settings = Settings.load(data_dir)
    try:
        index = SearchIndex.open(settings.index_dir)
    except IndexMissingError as exc:
        _fail(str(exc))
        return
    request = SearchRequest(
        query=query,
        doc_type=doc_type,
        date_from=date_from,
        date_to=date_to,
        entity=entity,
        sort=sort,
        limit=limit,
    )
    response = index.search(request)
    if as_json:
        _print_json(response.to_dict())
        return
    from kommunminne.render import search_response_as_text

    click.echo(search_response_as_text(response))


@main.command()
@click.argument("query")
@data_dir_option
@click.option("--json", "as_json", is_flag=True, help="Skriv ut händelserna som JSON.")
def trace(query: str, data_dir: Path | None, as_json: bool) -> None:
    """Följ ett ärende över tid: frågor, löften, avslag och omnämnanden, äldst först."""
    from search import IndexMissingError, SearchIndex

    settings = Settings.load(data_dir)
    try:
        index = SearchIndex.open(settings.index_dir)
    except IndexMissingError as exc:
        _fail(str(exc))
        return
    result = index.trace(query)
    if as_json:
        _print_json(result.to_dict())
        return
    from kommunminne.render import trace_as_text

    click.echo(trace_as_text(result))


# ----------------------------------------------------------------------------- serve
@main.command()
@data_dir_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8000, show_default=True)
@click.option(
    "--workers", type=int, default=None, help="Antal serverprocesser (standard: alla kärnor)."
)
def serve(data_dir: Path | None, host: str, port: int, workers: int | None) -> None:
    """Starta webbgränssnittet med en produktionsserver."""
    from webapp.server import serve as run_server

    run_server(Settings.load(data_dir), host=host, port=port, workers=workers)


# -------------------------------------------------------------------------- evaluate
@main.group()
def evaluate() -> None:
    """Mät kvalitet mot det annoterade underlaget i repot."""


@evaluate.command("extraction")
@click.option("--json", "as_json", is_flag=True)
@click.option(
    "--set",
    "which",
    type=click.Choice(["corpus", "office", "office2", "all"]),
    default="all",
    show_default=True,
    help="Exempelkorpusen, kontorsdokumenten (Word via LibreOffice, två omgångar) eller alla.",
)
def evaluate_extraction(as_json: bool, which: str) -> None:
    """Textlikhet och metadata per fält på de annoterade PDF:erna."""
    from ingest.evaluate import SETS, run

    run(as_json=as_json, sets=tuple(SETS) if which == "all" else (which,))


@evaluate.command("nlp")
@click.option("--json", "as_json", is_flag=True)
def evaluate_nlp(as_json: bool) -> None:
    """Precision, täckning och F1 för entiteter och löften."""
    from nlp.evaluate import run

    run(as_json=as_json)


@evaluate.command("search")
@data_dir_option
@click.option("--json", "as_json", is_flag=True)
def evaluate_search(data_dir: Path | None, as_json: bool) -> None:
    """MRR och recall@5 för bedömda sökfrågor på exempelkorpusen."""
    from search.evaluate import run

    run(Settings.load(data_dir) if data_dir else None, as_json=as_json)


if __name__ == "__main__":  # pragma: no cover
    main()
