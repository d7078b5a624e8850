"""The `kg` command: thin click wrappers over library functions; KGError becomes a click error here only."""

from __future__ import annotations

import json
from typing import Any

import click

from kg import __version__
from kg.errors import KGError


class KGGroup(click.Group):
    """Turns every KGError into a ClickException (exit 1) in one place."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as exc:
            raise click.ClickException(str(exc)) from exc


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


store_option = click.option(
    "--store", "store_path", type=click.Path(file_okay=False), envvar="KG_STORE", default="kg-store",
    show_default=True, help="Embedded store directory (env KG_STORE).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """paper-kg: build and ask a knowledge graph of research papers.

    \b
    Examples:
      kg build examples/profile_listing.txt examples/arxiv_listing.txt
      kg stats
      kg export --format node-link -o graph.json
    """


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@store_option
@click.option("--input-format", type=click.Choice(["profile", "arxiv", "jsonl"]), default=None,
              help="Format of every source (default: detected per file).")
@click.option("--add", is_flag=True, help="Add the sources to what the store was built from.")
@click.option("--model", default=None, help="An installed spaCy model to add its ORG entities.")
@click.option("--no-extract", is_flag=True, help="Skip entity extraction from abstracts.")
@click.option("--no-infer", is_flag=True, help="Skip inferred BUILDS_ON lineage.")
@click.option("--min-score", type=click.FloatRange(0, 1), default=None, help="Lineage inference threshold.")
@json_option
def build(sources: tuple[str, ...], store_path: str, input_format: str | None, add: bool, model: str | None,
          no_extract: bool, no_infer: bool, min_score: float | None, as_json: bool) -> None:
    """Build the store from listing files (profile listing, arXiv listing, JSON Lines).

    The store is replaced only when the whole build succeeds; building twice changes nothing.

    \b
    Examples:
      kg build examples/profile_listing.txt examples/arxiv_listing.txt --store kg-store
      kg build more_papers.jsonl --add --json
    """
    from kg.api import build as build_store

    with click.progressbar(length=1, label="Extracting", file=click.get_text_stream("stderr"),
                           show_pos=True) as bar:
        def progress(done: int, total: int) -> None:
            bar.length = total
            bar.update(done - bar.pos)

        report = build_store(sources, store_path, fmt=input_format, add=add, model=model, extract=not no_extract,
                             infer=not no_infer, min_score=min_score, progress=progress)
    if as_json:
        echo_json({"store": store_path, **report.__dict__})
    else:
        click.echo(f"Built {store_path}: {report.papers} papers from {report.records} records "
                   f"in {len(report.sources)} file(s).")
        _echo_counts(report.counts)


def _echo_counts(counts: dict[str, dict[str, int]]) -> None:
    for section, rows in counts.items():
        click.echo(f"{section}:")
        for name, count in rows.items():
            click.echo(f"  {name:<16}{count:>8}")


@cli.command()
@store_option
@json_option
def stats(store_path: str, as_json: bool) -> None:
    """Count nodes per label and relationships per type.

    \b
    Examples:
      kg stats --store kg-store
      kg stats --json
    """
    from kg.api import stats as store_stats

    counts = store_stats(store_path)
    echo_json(counts) if as_json else _echo_counts(counts)


@cli.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["node-link", "graphml", "gexf"]), default="node-link",
              show_default=True, help="Export format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="File to write.")
def export(store_path: str, fmt: str, output: str) -> None:
    """Export the stored graph to a file.

    \b
    Examples:
      kg export --format node-link -o graph.json
      kg export --format graphml -o graph.graphml
    """
    from kg.api import export as export_store

    click.echo(f"Wrote {export_store(store_path, fmt, output)}")
