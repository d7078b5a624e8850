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
      kg export --format node-link -o - | jq '.nodes | length'
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
@click.option("--wait", is_flag=True, help="If another build is writing the store, wait for it instead of failing.")
@click.option("--quiet", is_flag=True, help="No progress display (there is none when stderr is not a terminal).")
@json_option
def build(sources: tuple[str, ...], store_path: str, input_format: str | None, add: bool, model: str | None,
          no_extract: bool, no_infer: bool, min_score: float | None, wait: bool, quiet: bool, as_json: bool
          ) -> None:
    """Build the store from listing files (profile listing, arXiv listing, JSON Lines).

    The store is replaced only when the whole build succeeds; building twice changes nothing.

    \b
    Examples:
      kg build examples/profile_listing.txt examples/arxiv_listing.txt --store kg-store
      kg build more_papers.jsonl --add --json
    """
    from kg.api import build as build_store
    from kg.progress import PhaseDisplay

    display = None if quiet else PhaseDisplay()
    try:
        report = build_store(sources, store_path, fmt=input_format, add=add, model=model, extract=not no_extract,
                             infer=not no_infer, min_score=min_score, progress=display, wait=wait,
                             on_wait=lambda message: click.echo(message, err=True))
    finally:
        if display:
            display.close()
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
@click.option("--format", "fmt", type=click.Choice(["node-link", "graphml", "gexf", "neo4j-csv", "cypher"]),
              default="node-link", show_default=True, help="Export format.")
@click.option("-o", "--output", type=click.Path(), required=True,
              help="File to write, - for standard output (a directory for neo4j-csv).")
def export(store_path: str, fmt: str, output: str) -> None:
    """Export the stored graph to a file (neo4j-csv: a directory of neo4j-admin import files).

    \b
    Examples:
      kg export --format node-link -o graph.json
      kg export --format node-link -o - | jq '.nodes | length'
      kg export --format graphml -o graph.graphml
      kg export --format neo4j-csv -o import/ && sh import/import.sh neo4j
      kg export --format cypher -o graph.cypher && cypher-shell -f graph.cypher
    """
    from kg.api import export as export_store

    path = export_store(store_path, fmt, output)
    if path is not None:
        click.echo(f"Wrote {path}")


@cli.command()
@store_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="graph.html", show_default=True,
              help="HTML file to write.")
@click.option("--view", type=click.Choice(["full", "lineage", "collaboration", "ego"]), default="full",
              show_default=True, help="What to draw.")
@click.option("--focus", metavar="NAME", help="Node id, name or title to centre on (ego, lineage).")
@click.option("--depth", type=click.IntRange(min=0), default=2, show_default=True, help="Hops for the ego view.")
@click.option("--types", metavar="LABEL,...", help="Keep only these labels, e.g. Model,Paper.")
@click.option("--since", type=int, metavar="YEAR", help="Drop papers older than YEAR.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for communities and layouts.")
@click.option("--png", is_flag=True, help="Also write a PNG preview next to the HTML (needs chromium).")
def viz(store_path: str, output: str, view: str, focus: str | None, depth: int, types: str | None,
        since: int | None, seed: int, png: bool) -> None:
    """Write an interactive graph viewer: one offline, self-contained HTML file.

    \b
    Examples:
      kg viz -o graph.html
      kg viz --view lineage --focus GShard -o lineage.html --png
      kg viz --view ego --focus "Noam Shazeer" --depth 1 --types Author,Paper,Model
      kg viz --view collaboration --since 2020 -o collab.html
    """
    from kg.api import load_networkx
    from kg.viz import render_html, render_png

    path = render_html(load_networkx(store_path), output, view=view, focus=focus, depth=depth, seed=seed,
                       types=[t.strip() for t in types.split(",") if t.strip()] if types else None, since=since)
    click.echo(f"Wrote {path}")
    if png:
        click.echo(f"Wrote {render_png(path, path.with_suffix('.png'))}")


def _graph(store_path: str, reads: tuple[tuple[str, ...], tuple[str, ...]] | None = None) -> Any:
    """The stored graph, or only the labels and relationship types ``reads`` names."""
    from kg.api import load_networkx

    return load_networkx(store_path, *(reads or (None, None)))


@cli.command()
@click.argument("model")
@store_option
@click.option("--depth", type=click.IntRange(min=1), default=3, show_default=True, help="BUILDS_ON steps each way.")
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Hide inferred edges scoring below this.")
@json_option
def lineage(model: str, store_path: str, depth: int, min_score: float, as_json: bool) -> None:
    """Show what MODEL builds on and what builds on it, with dates, scores and evidence.

    \b
    Examples:
      kg lineage GSPMD
      kg lineage "Llama 2" --depth 1 --min-score 0.6 --json
    """
    from kg.analysis.lineage import LINEAGE_READS, format_lineage
    from kg.analysis.lineage import lineage as model_lineage

    tree = model_lineage(_graph(store_path, LINEAGE_READS), model, depth=depth, min_score=min_score)
    echo_json(tree) if as_json else click.echo(format_lineage(tree))


@cli.command("lineage-path")
@click.argument("model_a")
@click.argument("model_b")
@store_option
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Ignore inferred edges scoring below this.")
@json_option
def lineage_path(model_a: str, model_b: str, store_path: str, min_score: float, as_json: bool) -> None:
    """Show the BUILDS_ON chain between two models (either way round).

    \b
    Examples:
      kg lineage-path GSPMD GPipe
      kg lineage-path GPipe GSPMD --json
    """
    from kg.analysis.lineage import LINEAGE_READS, format_path
    from kg.analysis.lineage import lineage_path as find_path

    steps = find_path(_graph(store_path, LINEAGE_READS), model_a, model_b, min_score=min_score)
    if as_json:
        echo_json({"from": model_a, "to": model_b, "path": steps})
    else:
        click.echo(format_path(steps) if steps else f"No BUILDS_ON chain joins {model_a} and {model_b}.")


@cli.command()
@click.argument("name")
@store_option
@json_option
def coauthors(name: str, store_path: str, as_json: bool) -> None:
    """List the co-authors of NAME: shared papers (weight) and first/last year together.

    \b
    Examples:
      kg coauthors "Nan Du"
      kg coauthors "Yanping Huang" --json
    """
    from kg.analysis.collab import COLLAB_READS, format_coauthors
    from kg.analysis.collab import coauthors as find_coauthors

    result = find_coauthors(_graph(store_path, COLLAB_READS), name)
    echo_json(result) if as_json else click.echo(format_coauthors(result))


@cli.command()
@store_option
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Rows per list.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of community detection.")
@json_option
def collaboration(store_path: str, top: int, seed: int, as_json: bool) -> None:
    """Summarize the co-authorship network: central authors, communities, bridges, pairs, years.

    \b
    Examples:
      kg collaboration --top 5
      kg collaboration --json
    """
    from kg.analysis.collab import COLLAB_READS, format_collaboration
    from kg.analysis.collab import collaboration as summarize

    result = summarize(_graph(store_path, COLLAB_READS), top=top, seed=seed)
    echo_json(result) if as_json else click.echo(format_collaboration(result))


@cli.command()
@store_option
@click.option("--check", "name", metavar="NAME", help="Split this author's papers into likely people.")
@click.option("--check-listing", "listing", metavar="FILE", help="Split the papers of one listing file.")
@json_option
def authors(store_path: str, name: str | None, listing: str | None, as_json: bool) -> None:
    """Find namesakes: group one name's (or one listing's) papers by co-authors, orgs, topics and time.

    \b
    Examples:
      kg authors --check "Yanping Huang"
      kg authors --check-listing arxiv_listing.txt --json
    """
    from kg.analysis.namesakes import check_author, check_listing, format_check

    if bool(name) == bool(listing):
        raise click.UsageError("Give exactly one of --check NAME or --check-listing FILE.")
    g = _graph(store_path)
    result = check_author(g, name) if name else check_listing(g, str(listing))
    echo_json(result) if as_json else click.echo(format_check(result))


neo4j_option = click.option(
    "--neo4j", "neo4j_uri", metavar="URI", default=None,
    help="Run on Neo4j (or any Bolt server) at URI instead of the embedded store; credentials from "
         "NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.")
param_option = click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
                            help="A query parameter; repeat for more.")


@cli.command()
@click.argument("name", required=False)
@param_option
@click.option("--list", "list_queries", is_flag=True, help="List the queries with parameters and descriptions.")
@store_option
@neo4j_option
@json_option
def query(name: str | None, params: tuple[str, ...], list_queries: bool, store_path: str, neo4j_uri: str | None,
          as_json: bool) -> None:
    """Run a named Cypher query from queries/ (parameters are type-checked from its header).

    \b
    Examples:
      kg query --list
      kg query coauthors --param name="Nan Du"
      kg query lineage_path -p a=GSPMD -p b=GPipe --json
      kg query lineage --param name=GSPMD --neo4j bolt://localhost:7687
    """
    from kg import queries
    from kg.store import open_store

    if list_queries:
        echo_json([q.describe() for q in queries.load_all()]) if as_json else click.echo(queries.describe_all())
        return
    if not name:
        raise click.UsageError("Give a query NAME or --list.")
    with open_store(store_path, neo4j=neo4j_uri) as store:
        rows = queries.run_query(store, name, queries.parse_assignments(params))
    echo_json(rows) if as_json else click.echo(queries.format_rows(rows))


@cli.command()
@click.argument("statement")
@param_option
@store_option
@neo4j_option
@json_option
def cypher(statement: str, params: tuple[str, ...], store_path: str, neo4j_uri: str | None, as_json: bool) -> None:
    """Run one read-only Cypher STATEMENT (write clauses are refused); values as $parameters.

    A --param value that reads as JSON (3, true, ["a"]) is passed as that value, else as a string.

    \b
    Examples:
      kg cypher "MATCH (m:Model) RETURN m.name AS model ORDER BY model"
      kg cypher "MATCH (a:Author {name: \\$name})-[:AUTHORED]->(p) RETURN p.title" -p name="Nan Du" --json
    """
    from kg import queries
    from kg.store import open_store

    values = {k: queries.guess_value(v) for k, v in queries.parse_assignments(params).items()}
    with open_store(store_path, neo4j=neo4j_uri) as store:
        rows = queries.run_cypher(store, statement, values)
    echo_json(rows) if as_json else click.echo(queries.format_rows(rows))


@cli.command()
@store_option
@click.option("--neo4j", "neo4j_uri", metavar="URI", envvar="NEO4J_URI", required=True,
              help="Target Bolt URI (env NEO4J_URI); credentials from NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.")
@json_option
def push(store_path: str, neo4j_uri: str, as_json: bool) -> None:
    """Copy the embedded store into Neo4j (or any Bolt server); pushing twice duplicates nothing.

    \b
    Examples:
      kg push --neo4j bolt://localhost:7687
      NEO4J_URI=neo4j://db:7687 NEO4J_PASSWORD=secret kg push --store kg-store --json
    """
    from kg.api import push as push_store

    counts = push_store(store_path, neo4j_uri)
    if as_json:
        echo_json(counts)
    else:
        click.echo(f"Pushed {store_path} to {neo4j_uri}; it now holds:")
        _echo_counts(counts)


@cli.command()
@click.argument("text", required=False)
@click.option("--file", "path", type=click.Path(exists=True, dir_okay=False), help="Read the abstract from FILE.")
@click.option("--title", default="", help="The paper's title (a title 'X: ...' names what the paper introduces).")
@click.option("--model", default=None, help="An installed spaCy model to add its ORG entities.")
@json_option
def extract(text: str | None, path: str | None, title: str, model: str | None, as_json: bool) -> None:
    """Show the entities (with spans and rules) and relations found in one abstract.

    \b
    Examples:
      kg extract "We present GLaM, which outperforms GPT-3 on SuperGLUE."
      kg extract --file abstract.txt --title "GShard: Scaling Giant Models" --json
    """
    from pathlib import Path

    from kg.extract import extract_text, format_spans

    if (text is None) == (path is None):
        raise click.UsageError("give the abstract as TEXT or with --file FILE (one of them).")
    abstract = Path(path).read_text(encoding="utf-8") if path else str(text)
    result = extract_text(abstract, title, model)
    echo_json(result) if as_json else click.echo(format_spans(result))


@cli.command("eval")
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False),
              help="A corpus JSONL (id, title, abstract) that --labels labels by key.")
@click.option("--labels", type=click.Path(exists=True, dir_okay=False),
              help="Labels by key of --corpus (tests/data/real_labels.md).")
@click.option("--part", type=click.Choice(["dev", "heldout", "all"]), default="dev", show_default=True,
              help="The labelled part to score; a held-out score lists no per-name errors.")
@click.option("--misses", type=click.IntRange(min=0), default=20, show_default=True,
              help="Missed and spurious names to list per type.")
@json_option
def eval_(gold: str | None, corpus: str | None, labels: str | None, part: str, misses: int,
          as_json: bool) -> None:
    """Score extraction against GOLD.jsonl, or a labelled corpus: precision, recall and F1 per type.

    \b
    Examples:
      kg eval tests/data/gold_abstracts.jsonl
      kg eval --corpus ../shared/corpora/real_abstracts.jsonl --labels tests/data/real_labels.jsonl --part dev
    """
    from kg.extract.evaluate import evaluate, evaluate_corpus, format_corpus_report, format_report

    if (gold is None) == (corpus is None and labels is None) or (corpus is None) != (labels is None):
        raise click.UsageError("give GOLD, or both --corpus and --labels")
    if corpus and labels:
        creport = evaluate_corpus(corpus, labels, part)
        echo_json(creport.as_dict()) if as_json else click.echo(format_corpus_report(creport, misses))
        return
    report = evaluate(str(gold))
    echo_json(report.as_dict()) if as_json else click.echo(format_report(report, misses))
