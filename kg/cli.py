"""The `kg` command: each command parses its options, calls one ``kg.api`` function and prints the answer.

KGError becomes a click error here only. Choices (input and export formats, views) come from the library's
registries, re-exported by ``kg.api``.
"""

from __future__ import annotations

import json
import logging
import math
from typing import Any, TextIO

import click

from kg import api
from kg.errors import KGError


class KGGroup(click.Group):
    """Turns every KGError into a ClickException (exit 1) in one place; an option of a command written before the
    command's name is a usage error saying where it goes."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """The group's own options; "kg --store s lineage X" is refused (exit 2) with the order that works."""
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            name = next((a for a in args if a in self.commands), None)
            command = self.commands.get(name) if name else None
            if command is not None and any(exc.option_name in p.opts for p in command.params):
                exc.message = (f"No such option {exc.option_name!r} before the command; options go after the "
                               f"command's name, as in: kg {name} ... {exc.option_name} ...")
            raise

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; a KGError becomes a ClickException (exit 1) with its message."""
        try:
            return super().invoke(ctx)
        except KGError as exc:
            raise click.ClickException(str(exc)) from exc


class OneNameCommand(click.Command):
    """A command of one name argument: extra words are refused (exit 2) with the way to give a name of several
    words ("kg coauthors Noam Shazeer"), and for ``lineage`` the ways to ask about two models ("kg lineage GSPMD
    GShard")."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """The command's arguments; a usage error that names the fix for words past MODEL."""
        words = self._words(args)  # before parsing, which consumes ``args``
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            if exc.message.startswith("Got unexpected extra argument") and len(words) >= 2:
                a, b = words[0], words[1]
                exc.message += f"\n  A name of several words goes in quotes: kg {ctx.info_name} \"{' '.join(words)}\""
                exc.message += (f"; for two models: kg lineage {a} --why {b}, or kg lineage-path {a} {b}."
                                if ctx.info_name == "lineage" else ".")
            raise

    def _words(self, args: list[str]) -> list[str]:
        """The arguments that are no option nor an option's value."""
        takes_value = {o for p in self.params if isinstance(p, click.Option) and not p.is_flag for o in p.opts}
        words, skip = [], False
        for arg in args:
            if skip:
                skip = False
            elif arg.startswith("-"):
                skip = arg in takes_value
            else:
                words.append(arg)
        return words


def _finite(data: Any) -> Any:
    """``data`` with NaN and Infinity as null: JSON has no such numbers."""
    if isinstance(data, float) and not math.isfinite(data):
        return None
    if isinstance(data, dict):
        return {k: _finite(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [_finite(v) for v in data]
    return data


class ModelName(click.ParamType):
    """A model's name given to an option; a value that looks like an option is refused (exit 2): "--why --store s"
    read "--store" as the model."""

    name = "model"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """``value`` itself; a usage error when it opens with "--"."""
        if isinstance(value, str) and value.startswith("--"):
            opt = param.opts[0] if param is not None and param.opts else "the option"
            self.fail(f"{value!r} looks like an option; {opt} takes a model's name first, as in {opt} GShard.",
                      param, ctx)
        return value


class Score(click.FloatRange):
    """A score between 0 and 1; ``nan`` is refused (it compares false with every bound)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """``value`` as a float in [0, 1]; a usage error (exit 2) for ``nan`` or a value out of range."""
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value!r} is not a number between 0 and 1.", param, ctx)
        return number


SCORE = Score(0, 1)


class Registry(click.Choice):
    """A choice among the names of one of ``kg.api``'s registries (EXPORT_FORMATS, INPUT_FORMATS, VIEWS),
    read when the option is used or its help shown: a command that does not use it never loads them."""

    def __init__(self, name: str) -> None:
        self.registry = name
        super().__init__(())

    @property
    def choices(self) -> tuple[str, ...]:  # type: ignore[override]
        """The registry's names."""
        return tuple(getattr(api, self.registry))

    @choices.setter
    def choices(self, _: Any) -> None:
        """click.Choice sets its choices once; these come from the registry."""


def _print_version(ctx: click.Context, _: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        from kg import __version__

        click.echo(f"kg, version {__version__}")
        ctx.exit()


version_option = click.option("--version", is_flag=True, expose_value=False, is_eager=True,
                              callback=_print_version, help="Show the version and exit.")


def show(answer: api.Answer, as_json: bool = False) -> None:
    """Print an answer: its bytes, its data as JSON, or its text."""
    if answer.payload is not None:
        click.echo(answer.payload, nl=False)
    elif as_json:
        click.echo(json.dumps(_finite(answer.data), indent=2, ensure_ascii=False, default=str, allow_nan=False))
    elif answer.text:
        click.echo(answer.text)


def split_list(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    """``Model, paper`` as ``["Model", "Paper"]``: comma-separated labels, any case."""
    if value is None:
        return None
    from kg.model import LABELS

    by_fold = {label.casefold(): label for label in LABELS}
    return [by_fold.get(t.strip().casefold(), t.strip()) for t in value.split(",") if t.strip()]


def read_text(text: str | None, file: TextIO | None) -> str:
    """The abstract from TEXT (``-`` is standard input) or from --file (``-`` too)."""
    if (text is None) == (file is None):
        raise click.UsageError("give the abstract as TEXT or with --file FILE (one of them; - reads standard input).")
    if file is not None:
        content = file.read()
        if not content.strip():
            name = getattr(file, "name", "-")
            where = "standard input" if name in ("-", "<stdin>") else name
            raise KGError(f"nothing to extract: {where} is empty; give it the abstract's text")
        return content
    if text == "-":
        with click.open_file("-", encoding="utf-8") as stdin:
            return str(stdin.read())
    return str(text)


def assignments(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> dict[str, str]:
    """``-p key=value`` options as a dict."""
    from kg.queries import parse_assignments

    try:
        return parse_assignments(value)
    except KGError as exc:
        raise click.BadParameter(str(exc)) from exc


def json_assignments(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> dict[str, Any]:
    """``-p key=value`` options as a dict, each value read as JSON when it is JSON (``3``, ``["a"]``)."""
    from kg.queries import guess_value

    try:
        return {k: guess_value(v) for k, v in assignments(ctx, param, value).items()}
    except KGError as exc:
        raise click.BadParameter(str(exc)) from exc


store_option = click.option(
    "--store", "store", envvar="KG_STORE", default="kg-store", show_default=True, metavar="PATH|URL",
    help="Embedded store directory, or a bolt:// / neo4j:// URL (credentials from NEO4J_USERNAME, NEO4J_PASSWORD, "
         "NEO4J_DATABASE) (env KG_STORE).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
param_option = click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", callback=assignments,
                            help="A query parameter; repeat for more.")

EDGE_KINDS = """\b
Each edge shows its kind, score and evidence:
  stated     the child's abstract says it ("Y extends X"), 1.00
  name       the names relate (Llama 2 is a version of LLaMA): 1.00
             when one abstract names both (in any of its sentences,
             whatever they say of the two), below 1 when found across
             papers ("name version of X", with its other signals)
  inferred   a citation or a stated base across papers, weaker
             evidence added to its score
  candidate  weak evidence only (shared authors, similar text), at
             most 0.40: a lead to check, not an established link
"the Nth closest by text of the papers before it": of the papers
dated before the child's, the parent's reads the N-th most like it;
"whose own listing holds both papers": that shared author is the
owner of the listing both papers were read from."""  # the epilog of the lineage commands


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@version_option
def cli() -> None:
    """paper-kg: build and ask a knowledge graph of research papers.

    \b
    Examples:
      kg build examples/profile_listing.txt examples/arxiv_listing.txt
      kg stats
      kg lineage GSPMD --store bolt://localhost:7687
      kg export --format node-link -o - | jq '.nodes | length'
    """
    logging.getLogger("neo4j").setLevel(logging.ERROR)  # the driver's retry notices: the error says it all once


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@store_option
@click.option("--input-format", type=Registry("INPUT_FORMATS"), default=None,
              help="Format of every source (default: detected per file from its content).")
@click.option("--add", is_flag=True, help="Add the sources to what the store was built from.")
@click.option("--model", default=None, help="An installed spaCy model to add its ORG entities.")
@click.option("--no-extract", is_flag=True, help="Skip entity extraction from abstracts.")
@click.option("--no-infer", is_flag=True, help="Skip inferred BUILDS_ON lineage.")
@click.option("--min-score", type=SCORE, default=None, help="Lineage inference threshold.")
@click.option("--skip-bad", is_flag=True, help="Leave out bad records (each listed with FILE:LINE) instead of stopping.")
@click.option("--wait", is_flag=True, help="If another build is writing the store, wait for it instead of failing.")
@click.option("--quiet", is_flag=True, help="No progress display (there is none when stderr is not a terminal).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes: extraction workers, and with 2 or more the summaries beside inference and "
                   "the write (default: one per core, at most 4).")
@json_option
def build(sources: tuple[str, ...], store: str, input_format: str | None, add: bool, model: str | None,
          no_extract: bool, no_infer: bool, min_score: float | None, skip_bad: bool, wait: bool, quiet: bool,
          jobs: int | None, as_json: bool) -> None:
    """Build the store from paper files: BibTeX, RIS, Web of Science, arXiv Atom, OpenAlex, Semantic
    Scholar, Crossref, CSL-JSON, DBLP XML, arXiv listings, profile listings, JSON Lines.

    The store is replaced only when the whole build succeeds; building twice changes nothing.

    \b
    Examples:
      kg build examples/profile_listing.txt examples/arxiv_listing.txt --store kg-store
      kg build more_papers.jsonl --add --json
      kg build harvested.jsonl --skip-bad
    """
    from kg.progress import PhaseDisplay
    from kg.store.embedded import limit_engine_heap

    limit_engine_heap()  # this process only builds: its engine needs no more heap than the write's batches
    display = PhaseDisplay(enabled=not quiet, tick=1.0)
    try:
        answer = api.build(sources, store, fmt=input_format, add=add, model=model, extract=not no_extract,
                           infer=not no_infer, min_score=min_score, progress=display, skip_bad=skip_bad,
                           wait=wait, on_wait=lambda message: click.echo(message, err=True), jobs=jobs)
    finally:
        display.close()
    show(answer, as_json)


@cli.command()
@store_option
@json_option
def stats(store: str, as_json: bool) -> None:
    """Count nodes per label and relationships per type.

    \b
    Examples:
      kg stats --store kg-store
      kg stats --json
    """
    show(api.stats(store), as_json)


@cli.command()
@store_option
@click.option("--format", "fmt", type=Registry("EXPORT_FORMATS"), default="node-link", show_default=True,
              help="Export format.")
@click.option("-o", "--output", type=click.Path(), required=True,
              help="File to write, - for standard output (a directory for neo4j-csv).")
def export(store: str, fmt: str, output: str) -> None:
    """Export the stored graph to a file (neo4j-csv: a directory of neo4j-admin import files).

    \b
    Examples:
      kg export --format node-link -o graph.json
      kg export --format node-link -o - | jq '.nodes | length'
      kg export --format graphml -o graph.graphml
      kg export --format neo4j-csv -o import/ && sh import/import.sh neo4j
      kg export --format cypher -o graph.cypher && cypher-shell -f graph.cypher
    """
    show(api.export(store, fmt, output))


@cli.command()
@store_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="graph.html", show_default=True,
              help="HTML file to write.")
@click.option("--view", type=Registry("VIEWS"), default="full", show_default=True, help="What to draw.")
@click.option("--focus", metavar="NAME", help="Node id, name or title to centre on (ego, lineage).")
@click.option("--depth", type=click.IntRange(min=0), default=2, show_default=True, help="Hops for the ego view.")
@click.option("--types", metavar="LABEL,...", callback=split_list,
              help="Keep only these labels (any case), e.g. model,paper.")
@click.option("--since", type=int, metavar="YEAR", help="Drop papers older than YEAR.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for communities and layouts.")
@click.option("--png", is_flag=True, help="Also write a PNG preview next to the HTML (needs chromium).")
@click.option("--show-generic", is_flag=True, help="Lineage view: also draw edges to generic architectures.")
def viz(store: str, output: str, view: str, focus: str | None, depth: int, types: list[str] | None,
        since: int | None, seed: int, png: bool, show_generic: bool) -> None:
    """Write an interactive graph viewer: one offline, self-contained HTML file.

    \b
    Examples:
      kg viz -o graph.html
      kg viz --view lineage --focus GShard -o lineage.html --png
      kg viz --view ego --focus "Noam Shazeer" --depth 1 --types author,paper,model
      kg viz --view collaboration --since 2020 -o collab.html
    """
    if view == "ego" and focus is None:
        raise click.UsageError("the ego view needs --focus NAME: a person, paper or model of the store "
                               "(kg collaboration --top 10 names the best-linked authors).")
    show(api.viz(store, output, view=view, focus=focus, depth=depth, types=types, since=since, seed=seed, png=png,
                 show_generic=show_generic))


@cli.command(epilog=EDGE_KINDS, cls=OneNameCommand)
@click.argument("model")
@store_option
@click.option("--depth", type=click.IntRange(min=1), default=3, show_default=True, help="BUILDS_ON steps each way.")
@click.option("--min-score", type=SCORE, default=0.0, show_default=True,
              help="Hide inferred edges scoring below this.")
@click.option("--show-generic", is_flag=True, help="Also show edges to generic architectures (Transformer, LSTM).")
@click.option("--width", type=click.IntRange(min=1), default=api.LINEAGE_WIDTH, show_default=True,
              help="Steps shown from each model each way (newest descendants, oldest ancestors); the rest counted.")
@click.option("--all", "show_all", is_flag=True, help="Show every step (no --width).")
@click.option("--why", "other", metavar="MODEL_B", type=ModelName(),
              help="Instead: say why there is or is not a BUILDS_ON edge between MODEL and MODEL_B (either way), "
                   "and name a chain through other models that joins them.")
@json_option
def lineage(model: str, store: str, depth: int, min_score: float, show_generic: bool, width: int, show_all: bool,
            other: str | None, as_json: bool) -> None:
    """Show what MODEL builds on and what builds on it, with dates, scores and evidence.

    \b
    Examples:
      kg lineage GSPMD
      kg lineage "Llama 2" --depth 1 --min-score 0.6 --json
      kg lineage T5 --depth 2 --width 5
      kg lineage GLaM --why Flan-T5
    """
    show(api.lineage_why(store, model, other) if other is not None else api.lineage(
        store, model, depth=depth, min_score=min_score, show_generic=show_generic,
        width=None if show_all else width), as_json)


@cli.command("lineage-path", epilog=EDGE_KINDS)
@click.argument("model_a")
@click.argument("model_b")
@store_option
@click.option("--min-score", type=SCORE, default=0.0, show_default=True,
              help="Ignore inferred edges scoring below this.")
@click.option("--show-generic", is_flag=True, help="Also follow edges to generic architectures.")
@json_option
def lineage_path(model_a: str, model_b: str, store: str, min_score: float, show_generic: bool, as_json: bool) -> None:
    """Show the BUILDS_ON chain between two models (either way round), from MODEL_A to MODEL_B: A -> B where
    A builds on B, A <- B where B builds on A.

    \b
    Examples:
      kg lineage-path GSPMD GPipe
      kg lineage-path GPipe GSPMD --json
    """
    show(api.lineage_path(store, model_a, model_b, min_score=min_score, show_generic=show_generic), as_json)


@cli.command(cls=OneNameCommand)
@click.argument("name")
@store_option
@json_option
def coauthors(name: str, store: str, as_json: bool) -> None:
    """List the co-authors of NAME: shared papers (weight) and first/last year together.

    \b
    Examples:
      kg coauthors "Nan Du"
      kg coauthors "Yanping Huang" --json
    """
    show(api.coauthors(store, name), as_json)


@cli.command()
@store_option
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Rows per list.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of community detection.")
@json_option
def collaboration(store: str, top: int, seed: int, as_json: bool) -> None:
    """Summarize the co-authorship network: central authors, communities, bridges, pairs, years.

    \b
    Examples:
      kg collaboration --top 5
      kg collaboration --json
    """
    show(api.collaboration(store, top=top, seed=seed), as_json)


@cli.command()
@store_option
@click.option("--check", "name", metavar="NAME", help="Split this author's papers into likely people.")
@click.option("--check-listing", "listing", metavar="FILE", help="Split the papers of one listing file.")
@json_option
def authors(store: str, name: str | None, listing: str | None, as_json: bool) -> None:
    """Find namesakes: group one name's (or one listing's) papers by co-authors, orgs, topics and time.

    \b
    Examples:
      kg authors --check "Yanping Huang"
      kg authors --check-listing arxiv_listing.txt --json
    """
    if bool(name) == bool(listing):
        raise click.UsageError("Give exactly one of --check NAME or --check-listing FILE.")
    show(api.check_authors(store, name=name, listing=listing), as_json)


@cli.command()
@click.argument("name", required=False)
@param_option
@click.option("--list", "list_queries", is_flag=True, help="List the queries with parameters and descriptions.")
@store_option
@json_option
def query(name: str | None, params: dict[str, str], list_queries: bool, store: str, as_json: bool) -> None:
    """Run a named Cypher query from queries/ (parameters are type-checked from its header; names are looked
    up as `kg lineage` does).

    \b
    Examples:
      kg query --list
      kg query coauthors --param name="Nan Du"
      kg query lineage_path -p a=GSPMD -p b=GPipe --json
      kg query lineage --param name=gspmd --store bolt://localhost:7687
    """
    if not name and not list_queries:
        raise click.UsageError("Give a query NAME or --list.")
    show(api.list_queries() if list_queries else api.query(store, str(name), params), as_json)


@cli.command()
@click.argument("statement")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", callback=json_assignments,
              help="A query parameter, read as JSON when it is JSON; repeat for more.")
@store_option
@json_option
def cypher(statement: str, params: dict[str, Any], store: str, as_json: bool) -> None:
    """Run one read-only Cypher STATEMENT (write clauses are refused); values as $parameters.

    A --param value that reads as JSON (3, true, ["a"]) is passed as that value, else as a string.
    Nodes, relationships and paths print as cypher-shell prints them.

    \b
    Examples:
      kg cypher "MATCH (m:Model) RETURN m.name AS model ORDER BY model"
      kg cypher "MATCH (a:Author {name: \\$name})-[:AUTHORED]->(p) RETURN p.title" -p name="Nan Du" --json
    """
    show(api.cypher(store, statement, params), as_json)


@cli.command()
@store_option
@click.option("--neo4j", "neo4j_uri", metavar="URI", envvar="NEO4J_URI", required=True,
              help="Target Bolt URI (env NEO4J_URI); credentials from NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.")
@json_option
def push(store: str, neo4j_uri: str, as_json: bool) -> None:
    """Copy the embedded store into Neo4j (or any Bolt server); pushing twice duplicates nothing.

    \b
    Examples:
      kg push --neo4j bolt://localhost:7687
      NEO4J_URI=neo4j://db:7687 NEO4J_PASSWORD=secret kg push --store kg-store --json
    """
    show(api.push(store, neo4j_uri), as_json)


@cli.command()
@click.argument("text", required=False)
@click.option("--file", "file", type=click.File("r", encoding="utf-8"),
              help="Read the abstract from FILE (- for standard input).")
@click.option("--title", default="", help="The paper's title (a title 'X: ...' names what the paper introduces).")
@click.option("--model", default=None, help="An installed spaCy model to add its ORG entities.")
@click.option("--categories", default="", metavar="CODES",
              help="The paper's arXiv categories, comma-separated (astro-ph.SR,cs.LG): they decide whether it is "
                   "about ML; without them the text decides.")
@json_option
def extract(text: str | None, file: TextIO | None, title: str, model: str | None, categories: str,
            as_json: bool) -> None:
    """Show the entities (with spans and rules) and relations found in one abstract (TEXT, or - for stdin).

    \b
    Examples:
      kg extract "We present GLaM, which outperforms GPT-3 on SuperGLUE."
      kg extract --file abstract.txt --title "GShard: Scaling Giant Models" --json
      cat abstract.txt | kg extract - --categories q-bio.PE
    """
    codes = [c.strip() for c in categories.split(",") if c.strip()]
    show(api.extract(read_text(text, file), title, model, codes), as_json)


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
    if (gold is None) == (corpus is None and labels is None) or (corpus is None) != (labels is None):
        raise click.UsageError("give GOLD, or both --corpus and --labels")
    show(api.evaluate(gold, misses, corpus=corpus, labels=labels, part=part), as_json)


@cli.command()
@click.argument("source", type=click.Choice(["arxiv", "openalex", "s2"]))
@click.option("--query", help="arxiv: a search query (e.g. 'all:routing AND cat:cs.CL').")
@click.option("--author", metavar="NAME", help="arxiv, openalex: an author's name.")
@click.option("--search", help="openalex: words to search titles and abstracts for.")
@click.option("--paper", metavar="ID", help="s2: a paper id, arXiv:ID, DOI:... or CorpusId:N.")
@click.option("--max", "max_results", type=click.IntRange(min=1), default=None,
              help="Most records to fetch (arxiv 100, openalex 200 by default).")
@click.option("-o", "--out", type=click.Path(file_okay=False), default="fetched", show_default=True,
              help="Folder for the raw answers.")
def fetch(source: str, query: str | None, author: str | None, search: str | None, paper: str | None,
          max_results: int | None, out: str) -> None:
    """Fetch raw API answers into files that `kg build` reads: paged, paced, retried, resumable.

    The User-Agent names a contact from KG_CONTACT; API keys come from S2_API_KEY and OPENALEX_API_KEY.

    \b
    Examples:
      kg fetch arxiv --query "all:routing AND cat:cs.CL" --max 200 -o fetched
      kg fetch openalex --author "Marta Okafor" && kg build fetched/*
      kg fetch s2 --paper arXiv:2203.04567
    """
    paths = api.fetch(source, out, query=query, author=author, search=search, paper=paper,
                        max_results=max_results, log=lambda message: click.echo(message, err=True))
    click.echo(f"{len(paths)} file(s) in {out}; build with: kg build {' '.join(str(p) for p in paths)}")
