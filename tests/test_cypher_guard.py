"""The read-only guard of `kg cypher`: the tokenizer's messages, and that no write reaches the store, embedded
or over Bolt, whatever the text (hypothesis over comments, strings, escapes, line ends, CALL, LOAD CSV, FOREACH)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_queries import hand_graph
from test_store_contract import PASSWORD, _snapshot, bolt_server  # noqa: F401  (the Bolt server fixture)

from kg.cli import cli
from kg.cypher_guard import READ_ONLY_PROCEDURES, check_read_only, tokenize
from kg.errors import KGError, StoreError
from kg.queries import run_cypher
from kg.store import EmbeddedStore, GraphStore, replace_store
from kg.store.neo4j_store import Neo4jStore

HINT = "\n  Write with kg build (or a Neo4j client for a Neo4j store)."
PREFIX = "kg cypher runs read-only queries; "

REFUSED = [
    ("RETURN 1 AS one //\rCREATE (x:Paper {id:'injected'}) RETURN 2 AS two", "this one has CREATE (offset 19)"),
    ("RETURN 1 AS one //\r\nMATCH (n) DETACH DELETE n", "this one has DETACH (offset 30)"),
    ("RETURN 1 AS one //\u2028CREATE (x)", "this one has CREATE (offset 19)"),
    ("RETURN 1 AS one //\u2029CREATE (x)", "this one has CREATE (offset 19)"),
    ("RETURN 1 AS one //\x85CREATE (x)", "this one has CREATE (offset 19)"),
    ("RETURN 1 AS one /* c */ CREATE (x)", "this one has CREATE (offset 24)"),
    ("INSERT (:Paper {id:'x'})", "this one has INSERT (offset 0)"),
    ("insert (:Paper {id:'x'})", "this one has INSERT (offset 0)"),
    ("MATCH (n) SET n.x = 1", "this one has SET (offset 10)"),
    ("MATCH (n:Paper) ſet n.x = 1", "this one has SET (offset 16)"),
    ("MATCH (n:Paper) ＳＥＴ n.x = 1", "this one has SET (offset 16)"),
    ("MATCH (n) REMOVE n.x", "this one has REMOVE (offset 10)"),
    ("MERGE (n:Paper {id: 'x'})", "this one has MERGE (offset 0)"),
    ("MATCH (n) DELETE n", "this one has DELETE (offset 10)"),
    ("UNWIND [1] AS x FOREACH (i IN [1] | CREATE (:Paper))", "this one has FOREACH (offset 16)"),
    ("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "this one has LOAD CSV (offset 0)"),
    ("CALL { CREATE (:Paper {id: 'w'}) } RETURN 1", "this one has CREATE (offset 7)"),
    ("UNWIND [1] AS x CALL (x) { MATCH (n) DETACH DELETE n } RETURN 1", "this one has DETACH (offset 37)"),
    ("MATCH (n) CALL { WITH n RETURN n AS m } IN TRANSACTIONS RETURN m", "this one has IN TRANSACTIONS (offset 43)"),
    ("MATCH (n) CALL { WITH n RETURN n AS m } IN 3 CONCURRENT TRANSACTIONS RETURN m",
     "this one has IN TRANSACTIONS (offset 56)"),
    ("USE system SHOW USERS", "this one has USE (offset 0)"),
    ("ALTER USER neo4j SET PASSWORD 'x'", "this one has ALTER (offset 0)"),
    ("DROP INDEX kg_paper_id", "this one has DROP (offset 0)"),
    ("GRANT ROLE admin TO bob", "this one has GRANT (offset 0)"),
    ("RETURN 1; CREATE (n)", "this one has CREATE (offset 10)"),
    ("WITH 1 AS x LIMIT 1LOAD CSV FROM 'file:///etc/hostname' AS r RETURN r", "this one has LOAD CSV (offset 19)"),
    ("RETURN 1.5e3CREATE (n)", "this one has CREATE (offset 12)"),
    ("RETURN 1 AS x\u200b CREATE (n)", "the character U+200B at offset 13 is outside any string or comment"),
    ("RETURN \\u0043REATE", "the character U+005C at offset 7 is outside any string or comment"),
    ("RETURN 'open", "a string is not closed"),
    ("RETURN 'it\\'s CREATE (n)", "a string is not closed"),
    ("RETURN 1 /* CREATE", "a /* comment is not closed"),
    ("RETURN `open", "a `name` is not closed"),
    ("CALL apoc.create.node(['Paper'], {id: 'x'})", "CALL apoc.create.node is not a known read-only procedure "
     "(offset 0)\n  Procedures kg cypher runs: " + ", ".join(sorted(READ_ONLY_PROCEDURES))),
    ("CALL dbms.security.createUser('x', 'y', false)", "CALL dbms.security.createUser is not a known read-only "
     "procedure (offset 0)\n  Procedures kg cypher runs: " + ", ".join(sorted(READ_ONLY_PROCEDURES))),
    ("CALL `db`.`labels`() YIELD label CALL db.create.setNodeVectorProperty(n, 'k', [1])",
     "CALL db.create.setNodeVectorProperty is not a known read-only procedure (offset 33)\n  Procedures kg cypher "
     "runs: " + ", ".join(sorted(READ_ONLY_PROCEDURES))),
]


@pytest.mark.parametrize(("cypher", "problem"), REFUSED, ids=[str(i) for i in range(len(REFUSED))])
def test_refused_with_a_clear_message(cypher: str, problem: str) -> None:
    with pytest.raises(KGError) as err:
        check_read_only(cypher)
    assert str(err.value) == PREFIX + problem + HINT


PASSING = [
    "MATCH (n:Model) RETURN n.name AS remove",
    "MATCH (n {name: 'CREATE \\' DELETE'}) // SET\nRETURN n.set AS `MERGE`, \"DROP\" AS x",
    "MATCH (n:Paper) WHERE n.title CONTAINS 'set' RETURN n {.set, .create} AS m, {delete: 1, merge: 2} AS k",
    "RETURN $set AS p, 'a\\\\' AS b // CREATE",
    "MATCH (n) WITH n AS create RETURN create.name AS insert",
    "CALL db.labels() YIELD label RETURN label",
    "CALL { MATCH (n:Paper) RETURN n } RETURN count(n) AS c",
    "MATCH (a)-[r:AUTHORED]->(p) RETURN type(r) AS t, [x IN p.categories WHERE x STARTS WITH 'cs'] AS c",
    "/* a comment */ RETURN `a``b` AS `CREATE`",
]


@pytest.mark.parametrize("cypher", PASSING)
def test_reads_pass(cypher: str) -> None:
    check_read_only(cypher)


def test_strings_are_read_as_the_engine_reads_them(tmp_path: Path) -> None:
    """The tokenizer's reading of escapes and comments is the engine's: same string values, same columns."""
    text = "RETURN 'a\\'b' AS x, \"c\\\"d\" AS y, 'e\\\\' AS z // tail\rRETURN 2"
    strings = [t.text for t in tokenize(text) if t.kind == "string"]
    assert strings == ["a\\'b", 'c\\"d', "e\\\\"]
    with EmbeddedStore(tmp_path / "s", create=True) as store:
        rows = store.run_read_only(text.split("//")[0])
    assert rows == [{"x": "a'b", "y": 'c"d', "z": "e\\"}]


# ---------------------------------------------------------------- no write reaches the store

WRITES = ["CREATE (n:Paper {id: 'injected'}) RETURN n", "MATCH (n) DETACH DELETE n", "INSERT (:Paper {id: 'y'})",
          "MATCH (n:Paper) SET n.title = 'changed' RETURN n", "MERGE (n:Paper {id: 'm'}) RETURN n",
          "CALL { CREATE (:Paper {id: 'w'}) } RETURN 1 AS one", "MATCH (n:Author) REMOVE n.name RETURN n",
          "UNWIND [1, 2] AS i CREATE (:Author {id: 'a' + toString(i)})",
          "FOREACH (i IN [1] | CREATE (:Paper {id: 'f'}))"]


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    path = tmp_path_factory.mktemp("guard") / "store"
    replace_store(path, hand_graph())
    with EmbeddedStore(path) as store:
        yield store


@pytest.fixture(scope="module")
def bolt(bolt_server: Any) -> Iterator[Neo4jStore]:  # noqa: F811
    bolt_server.create_database("guard")
    with Neo4jStore(bolt_server.uri, user="root", password=PASSWORD, database="guard") as store:
        store.write(hand_graph())
        yield store


def _stores(request: pytest.FixtureRequest) -> GraphStore:
    return request.getfixturevalue(request.param)  # type: ignore[no-any-return]


@pytest.fixture(params=["embedded", pytest.param("bolt", marks=pytest.mark.bolt)])
def guarded(request: pytest.FixtureRequest) -> GraphStore:
    return _stores(request)


@pytest.mark.parametrize("cypher", WRITES)
def test_the_store_itself_keeps_no_write_even_without_the_tokenizer(guarded: GraphStore, cypher: str) -> None:
    before = _snapshot(guarded.read())
    try:
        guarded.run_read_only(cypher)
    except StoreError:
        pass  # the embedded engine refuses statements that are not idempotent
    assert _snapshot(guarded.read()) == before


SEPARATORS = st.sampled_from(["", "//\r", "//\n", "//\r\n", "// x\u2028", "// x\u2029", "/* */", " ", "\r", ";",
                              "' ", "\\' ", "` ", "*/ ", "//", "'//'\r", '"\\"" ', "\t", "\x85"])
CLAUSES = st.sampled_from(WRITES + ["LOAD CSV FROM 'file:///etc/hostname' AS r RETURN r",
                                    "CALL apoc.create.node(['Paper'], {id: 'x'})", "DETACH DELETE n",
                                    "SET n.title = 'x'", "CALL { WITH 1 AS x RETURN x } IN TRANSACTIONS"])
PREFIXES = st.sampled_from(["RETURN 1 AS one ", "WITH 1 AS x LIMIT 1", "MATCH (n:Paper) ", "MATCH (n) WITH n ",
                            "RETURN 'a", "RETURN `a",
                            "CALL db.labels() YIELD label ", "UNWIND [1] AS x CALL { ", "MATCH (n {t: '\\'' }) "])
GUARD_FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@GUARD_FUZZ
@given(prefix=PREFIXES, sep=SEPARATORS, clause=CLAUSES, tail=st.sampled_from(["", " RETURN 2 AS two", "}", "'"]))
def test_fuzzed_injections_never_write(guarded: GraphStore, prefix: str, sep: str, clause: str, tail: str) -> None:
    cypher = prefix + sep + clause + tail
    before = _snapshot(guarded.read())
    try:
        rows = run_cypher(guarded, cypher)
    except KGError:
        rows = []
    assert _snapshot(guarded.read()) == before
    secret = Path("/etc/hostname").read_text(encoding="utf-8").strip() if Path("/etc/hostname").is_file() else ""
    assert not (secret and "LOAD" in clause and secret in str(rows)), (cypher, rows)  # no file read either


WORDS = st.sampled_from(["CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "INSERT", "FOREACH", "LOAD CSV",
                         "DROP", "CALL", "IN TRANSACTIONS", "USE", "x", "'", '"', "`", "\\", "\r", "\n", "\u2028",
                         "//", "/*", "*/", "{", "}"])


@GUARD_FUZZ
@given(words=st.lists(WORDS, max_size=6), quote=st.sampled_from(["'", '"']))
def test_keywords_inside_strings_and_comments_pass(words: list[str], quote: str) -> None:
    inner = " ".join(words).replace("\\", "\\\\").replace(quote, "\\" + quote)
    flat = " ".join(w for w in words if w not in ("\r", "\n", "\u2028")).replace("*/", "")
    check_read_only(f"RETURN {quote}{inner}{quote} AS s /* {flat} */ // {flat.replace('//', '')}\n")
    check_read_only("RETURN 1 AS `" + " ".join(words).replace("`", "``") + "`")


@GUARD_FUZZ
@given(text=st.text(alphabet=st.sampled_from(list("CREATEMRGSDLTHVINOPUXcreatsd (){}[]'\"`\\/*:.,;|$\r\n\u2028")),
                    max_size=40))
def test_arbitrary_text_never_writes_on_the_embedded_store(embedded: EmbeddedStore, text: str) -> None:
    before = _snapshot(embedded.read())
    try:
        run_cypher(embedded, text)
    except KGError:
        pass
    assert _snapshot(embedded.read()) == before


def test_cli_refuses_the_carriage_return_injection_over_bolt(bolt: Neo4jStore, bolt_server: Any,  # noqa: F811
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_USERNAME", "root")
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    monkeypatch.setenv("NEO4J_DATABASE", "guard")
    before = _snapshot(bolt.read())
    result = CliRunner().invoke(cli, ["cypher", "RETURN 1 AS one //\rCREATE (x:Paper {id:'injected'}) RETURN 2 AS two",
                                      "--store", bolt_server.uri])
    assert (result.exit_code, result.stderr) == (
        1, "Error: " + PREFIX + "this one has CREATE (offset 19)" + HINT + "\n")
    result = CliRunner().invoke(cli, ["cypher", "MATCH (n:Model) RETURN n.name AS remove ORDER BY remove LIMIT 1",
                                      "--store", bolt_server.uri])
    assert (result.exit_code, result.stdout) == (0, "remove\nFlan-PaLM\n(1 row)\n")
    assert _snapshot(bolt.read()) == before


@pytest.mark.parametrize("cypher", ["MATCH (n RETURN n", "RETURN 1 / 0 AS x", "RETURN toInteger('x') + [] AS y"])
def test_a_failing_read_is_a_store_error_and_the_store_stays(guarded: GraphStore, cypher: str) -> None:
    before = _snapshot(guarded.read())
    try:
        rows = run_cypher(guarded, cypher)
    except StoreError as exc:
        assert "query failed" in str(exc)
    else:
        assert isinstance(rows, list)  # an engine may answer null instead of failing
    assert _snapshot(guarded.read()) == before
    assert run_cypher(guarded, "RETURN 1 AS one") == [{"one": 1}]
