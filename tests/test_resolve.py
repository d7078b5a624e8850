"""Resolve: records from several sources become one Paper node per paper, with authors, orgs and topics."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.model import AFFILIATED_WITH, AUTHOR, AUTHORED, CITES, HAS_TOPIC, ORG, PAPER, TOPIC, Graph, node_id
from kg.resolve import category_topic, cluster_records, resolve, title_key
from kg.sources.records import PaperRecord

ABSTRACT_A = ("We route each token to a few experts chosen by a capacity-aware router and show that training "
              "converges faster than with top-1 gating on a large web corpus.")
ABSTRACT_B = ("A study of optimizer state compression: storing Adam moments in eight bits cuts optimizer "
              "memory by three quarters with no loss in perplexity.")


def profile(title: str, abstract: str, date: str = "2021-09-14", authors: list[str] | None = None,
            **kw: Any) -> PaperRecord:
    return PaperRecord(source="profile.txt", line=1, title=title, abstract=abstract, date=date,
                       authors=authors if authors is not None else ["Priya Raman", "Tomás Ferreira"], **kw)


def arxiv(arxiv_id: str, abstract: str, date: str = "2021-09-15") -> PaperRecord:
    return PaperRecord(source="arxiv.txt", line=1, abstract=abstract, arxiv_id=arxiv_id, date=date)


def papers(graph: Graph) -> dict[str, dict[str, Any]]:
    return {n.id: n.props for n in graph.by_label(PAPER)}


def test_untitled_arxiv_record_merges_into_the_profile_paper_by_abstract() -> None:
    g = resolve([profile("Routing Tokens by Capacity", ABSTRACT_A), profile("Compressed Optimizers", ABSTRACT_B),
                 arxiv("2109.06612", ABSTRACT_A.replace("a large web corpus", "C4"))])
    got = papers(g)
    assert set(got) == {"paper:arxiv:2109.06612", node_id(PAPER, "title:compressed optimizers")}
    merged = got["paper:arxiv:2109.06612"]
    assert (merged["title"], merged["arxiv_id"], merged["date"]) == ("Routing Tokens by Capacity", "2109.06612",
                                                                     "2021-09-14")
    assert merged["listings"] == ["arxiv.txt", "profile.txt"]


def test_unrelated_or_distant_abstracts_stay_separate() -> None:
    other = "Graph neural networks for molecules usually ignore geometry; we add learned distance features."
    g = resolve([profile("Routing Tokens by Capacity", ABSTRACT_A), arxiv("2206.01932", other),
                 arxiv("2405.00001", ABSTRACT_A, date="2024-05-01")])
    assert len(papers(g)) == 3


def test_records_merge_by_arxiv_id_doi_and_normalized_title() -> None:
    records = [
        PaperRecord(source="a.jsonl", line=1, title="Patch Dropout", arxiv_id="2206.04001"),
        arxiv("2206.04001", "Vision Transformers spend compute on patches."),
        PaperRecord(source="a.jsonl", line=2, title="Sparse Experts for Speech", doi="10.5555/x.1"),
        PaperRecord(source="b.jsonl", line=7, title="Other Title", doi="10.5555/x.1"),
        profile("AfriInstruct: Instruction Data, for Low-Resource Languages!", ABSTRACT_B),
        PaperRecord(source="b.jsonl", line=9, title="afriinstruct instruction data for low resource languages"),
    ]
    assert cluster_records(records) == [[0, 1], [2, 3], [4, 5]]
    assert set(papers(resolve(records))) == {"paper:arxiv:2206.04001", "paper:doi:10.5555/x.1",
                                             node_id(PAPER, "title:" + title_key(records[4].title))}


@pytest.mark.parametrize(("arxiv_id", "dates", "expected"), [
    ("2101.03961", ["2022"], "2021-01"),  # a BibTeX entry of the journal version: year = {2022}
    ("2101.03961", ["2022-04-01", "2021-01-11"], "2021-01-11"),  # the listing's first version beside it
    ("2101.03961", ["2021"], "2021-01"),  # a year alone, which the id's month says more of
    ("hep-th/9901001", ["2003"], "1999-01"),
    (None, ["2022"], "2022"),
])
def test_a_paper_is_dated_no_later_than_its_arxiv_id_s_month(arxiv_id: str | None, dates: list[str],
                                                             expected: str) -> None:
    records = [PaperRecord(source="lib.bib", line=i + 1, title="Sparse Switching of Experts", arxiv_id=arxiv_id,
                           date=date) for i, date in enumerate(dates)]
    assert [p["date"] for p in papers(resolve(records)).values()] == [expected]


@pytest.mark.parametrize(("second_year", "second_authors", "papers_made"), [
    ("2018", ["Zed Moe"], 1),  # a year apart: one paper, whoever wrote each copy
    ("2019", ["Noam Quill", "Zed Moe"], 1),  # a journal version two years on, by an author of the preprint
    ("2020", ["N. Quill"], 1),  # three years on, the same author spelled short
    ("2019", ["Zed Moe"], 2),  # two years apart with no author in common: two papers of one title
    ("2021", ["Noam Quill"], 2),  # four years on: two papers, even by one author
])
def test_one_title_years_apart_is_one_paper_when_an_author_says_so(second_year: str, second_authors: list[str],
                                                                   papers_made: int) -> None:
    records = [PaperRecord(source="pre.jsonl", line=1, title="Sparse Gates for Experts", abstract=ABSTRACT_A,
                           authors=["Noam Quill"], date="2017"),
               PaperRecord(source="journal.bib", line=3, title="Sparse gates for experts", abstract="Short.",
                           authors=second_authors, date=second_year)]
    found = papers(resolve(records))
    assert len(found) == papers_made
    first = found[node_id(PAPER, "title:" + title_key(records[0].title))]
    assert (first["date"], first["abstract"]) == ("2017", ABSTRACT_A)  # the earliest date, the longest abstract
    assert (len(first["sources"]), papers_made) in ((2, 1), (1, 2))  # the later paper, apart, has an id of its own


def test_different_arxiv_ids_never_merge_even_with_one_title() -> None:
    records = [PaperRecord(source="a.jsonl", line=i, title="Same Title", abstract=ABSTRACT_A, arxiv_id=ident)
               for i, ident in enumerate(["2101.00001", "2101.00002", "2101.00001"], 1)]
    records.append(profile("Same Title", ABSTRACT_A))
    groups = cluster_records(records)
    assert sorted(len(g) for g in groups) == [1, 3]
    assert set(papers(resolve(records))) == {"paper:arxiv:2101.00001", "paper:arxiv:2101.00002"}


def test_authors_orgs_topics_and_citations() -> None:
    records = [
        profile("Routing Tokens by Capacity", ABSTRACT_A, authors=["Zoë Adeyemi", "Tara N. Sainath", "Yu Zhang"],
                orgs=["nordlab"], categories=["LG"]),
        # a later file by name: where spellings differ, the first file's spelling names the author
        PaperRecord(source="z.jsonl", line=1, title="Follow-up", authors=["Zoe\u0308 Adeyemi", "Tara N Sainath", "Yu Zhong"],
                    categories=["cs.CL"], references=["Routing tokens by capacity", "2999.99999"]),
    ]
    g = resolve(records)
    authors = {n.id: n.props["name"] for n in g.by_label(AUTHOR)}
    assert authors == {"author:zoe adeyemi": "Zoë Adeyemi", "author:tara n sainath": "Tara N. Sainath",
                       "author:yu zhang": "Yu Zhang", "author:yu zhong": "Yu Zhong"}
    first = node_id(PAPER, "title:routing tokens by capacity")
    positions = {e.source: e.props["position"] for e in g.edges.values() if e.type == AUTHORED and e.target == first}
    assert positions == {"author:zoe adeyemi": 0, "author:tara n sainath": 1, "author:yu zhang": 2}
    assert [n.props["name"] for n in g.by_label(ORG)] == ["nordlab"]
    assert (first, AFFILIATED_WITH, "org:nordlab") in g.edges
    topics = {n.props["name"]: n.props["codes"] for n in g.by_label(TOPIC)}
    assert topics == {"Machine Learning": ["cs.LG"], "Computation and Language": ["cs.CL"]}
    assert (first, HAS_TOPIC, node_id(TOPIC, "Machine Learning")) in g.edges
    # the unknown arXiv id becomes a stub that a later import of that paper replaces
    stub = node_id(PAPER, "arxiv:2999.99999")
    assert sorted(e.key for e in g.edges.values() if e.type == CITES) == [
        (node_id(PAPER, "title:follow up"), CITES, stub), (node_id(PAPER, "title:follow up"), CITES, first)]
    assert (g.nodes[stub].props["stub"], g.nodes[stub].props["ids"]) == (True, ["arxiv:2999.99999"])


def test_unknown_category_codes_keep_their_code() -> None:
    assert category_topic("cs.CV") == ("cs.CV", "Computer Vision and Pattern Recognition")
    assert category_topic("ZZ") == ("ZZ", "ZZ")


# Hypothesis: records are views of distinct papers (as the three formats give them), in any order.
PAPER_POOL = [
    ("2109.06612", "Routing Tokens by Capacity", ABSTRACT_A, "2021-09-14"),
    ("2302.01234", "Compressed Optimizers", ABSTRACT_B, "2023-02-19"),
    (None, "Patch Dropout for Vision", "Vision Transformers spend most compute on patches we drop at random.",
     "2022-06-08"),
    ("2201.11408", "Can Small Models Reason?", "Small models fine-tuned on worked solutions learn arithmetic.",
     "2022-01-27"),
]
AUTHOR_POOL = ["Marta Okafor", "Liang Wu", "Ha Eun Seo", "Ji-ho Kang", "Björn Ångström"]


@st.composite
def views(draw: st.DrawFn) -> list[PaperRecord]:
    records = []
    for index, (ident, title, abstract, when) in enumerate(PAPER_POOL):
        authors = [AUTHOR_POOL[(index + k) % len(AUTHOR_POOL)] for k in range(1 + index % 3)]
        kinds = draw(st.lists(st.sampled_from(["profile", "arxiv", "jsonl"]), min_size=1, max_size=4))
        for kind in kinds:
            if kind == "profile" or (kind == "arxiv" and not ident):
                records.append(PaperRecord(source="p.txt", line=index, title=title, abstract=abstract, date=when,
                                           authors=authors, orgs=["nordlab"], categories=["LG"]))
            elif kind == "arxiv":
                records.append(PaperRecord(source="a.txt", line=index, abstract=abstract, arxiv_id=ident, date=when))
            else:
                records.append(PaperRecord(source="j.jsonl", line=index, title=title.upper(), arxiv_id=ident,
                                           authors=authors, categories=["cs.CL"]))
    return draw(st.permutations(records))


def canonical(g: Graph) -> tuple[Any, ...]:
    """The graph with list properties as sets (their order follows input order)."""
    def norm(props: dict[str, Any]) -> dict[str, Any]:
        return {k: frozenset(v) if isinstance(v, list) else v for k, v in props.items()}
    return ({n.id: (n.label, norm(n.props)) for n in g.nodes.values()},
            {k: norm(e.props) for k, e in g.edges.items()})


@settings(max_examples=60, deadline=None)
@given(views(), st.randoms())
def test_resolve_is_order_independent(records: list[PaperRecord], rnd: Any) -> None:
    shuffled = list(records)
    rnd.shuffle(shuffled)
    first = resolve(records)
    assert canonical(first) == canonical(resolve(shuffled))
    present = {r.title.casefold() for r in records if r.title} | {r.abstract for r in records if r.abstract}
    expected = [p for p in PAPER_POOL if p[1].casefold() in present or p[2] in present]
    assert len(papers(first)) == len(expected)


@settings(max_examples=60, deadline=None)
@given(views())
def test_resolve_is_idempotent(records: list[PaperRecord]) -> None:
    once = resolve(records)
    assert canonical(resolve(records + records)) == canonical(once)
    assert canonical(resolve(records)) == canonical(once)


# --- one author across sources; ids stay with their own author ------------------------------------------

def rec(source: str, title: str, authors: list[str], ids: list[str] | None = None, **kw: Any) -> PaperRecord:
    return PaperRecord(source=source, line=1, title=title, date="2021", authors=authors,
                       author_ids=ids if ids is not None else [""] * len(authors), **kw)


def authors_of(graph: Graph) -> dict[str, tuple[str, list[str] | None]]:
    return {n.id: (n.props["name"], n.props["ids"]) for n in graph.by_label(AUTHOR)}


@pytest.mark.parametrize(("second", "truncated", "expected"), [
    (["Ann Lee"], False, (["Ann Lee", "Bo Chen", "Cy Wu"], True)),  # a shorter copy is no whole list
    (["Ann Lee", "Bo Chen", "Cy Wu", "Dee Fox"], False, (["Ann Lee", "Bo Chen", "Cy Wu", "Dee Fox"], False)),
    (["Ann Lee", "Bo Chen", "Cy Wu"], False, (["Ann Lee", "Bo Chen", "Cy Wu"], False)),  # as long: the full one
])
def test_a_paper_takes_the_longest_author_list_of_its_copies(second: list[str], truncated: bool,
                                                              expected: tuple[list[str], bool]) -> None:
    first = rec("a.bib", "Sparse Routers", ["Ann Lee", "Bo Chen", "Cy Wu"], arxiv_id="2101.00001",
                authors_truncated=True)
    graph = resolve([first, rec("b.json", "Sparse Routers", second, arxiv_id="2101.00001",
                                authors_truncated=truncated)])
    paper = next(iter(graph.by_label(PAPER)))
    listed = sorted((e.props["position"], graph.nodes[e.source].props["name"]) for e in graph.edges.values()
                    if e.type == AUTHORED)
    assert ([name for _, name in listed], paper.props["authors_truncated"]) == expected


def test_one_author_spelled_two_ways_by_two_sources_is_one_node_holding_the_ids() -> None:
    graph = resolve([
        rec("a.atom", "Sparse Routers", ["Ann Lee", "Noam Shazeer", "Bo Chen"], arxiv_id="2101.00001"),
        rec("b.json", "Sparse Routers", ["A. Lee", "Noam M. Shazeer", "Bo Chen"], ["s2:1", "s2:2", "s2:3"],
            arxiv_id="2101.00001"),
        rec("c.json", "Dense Routers", ["Noam M. Shazeer", "Cy Wu"], ["s2:2", "s2:9"]),
    ])
    assert authors_of(graph) == {
        node_id(AUTHOR, "ann lee"): ("Ann Lee", ["s2:1"]),
        node_id(AUTHOR, "noam m shazeer"): ("Noam M. Shazeer", ["s2:2"]),  # one paper each: the fuller spelling
        node_id(AUTHOR, "bo chen"): ("Bo Chen", ["s2:3"]),
        node_id(AUTHOR, "cy wu"): ("Cy Wu", ["s2:9"]),
    }
    assert sorted(e[2] for e in graph.edges if e[0] == node_id(AUTHOR, "noam m shazeer")) == [
        node_id(PAPER, "arxiv:2101.00001"), node_id(PAPER, "title:dense routers")]


def test_the_spelling_on_most_papers_keys_the_author() -> None:
    graph = resolve([
        rec("a.json", "Paper One", ["Noam M. Shazeer"], ["s2:2"]), rec("b.json", "Paper Two", ["Noam M. Shazeer"]),
        rec("c.atom", "Paper Three", ["Noam Shazeer"], arxiv_id="2101.00003"),
        rec("d.json", "Paper Three", ["Noam M. Shazeer"], arxiv_id="2101.00003"),
    ])
    assert authors_of(graph) == {node_id(AUTHOR, "noam m shazeer"): ("Noam M. Shazeer", ["s2:2"])}


def test_spellings_that_cannot_name_one_person_stay_apart() -> None:
    graph = resolve([
        rec("a.bib", "Paper One", ["W. Wang"], arxiv_id="2101.00001"), rec("b.json", "Paper One", ["Wei Wang"],
                                                                           arxiv_id="2101.00001"),
        rec("c.bib", "Paper Two", ["W. Wang"], arxiv_id="2101.00002"), rec("d.json", "Paper Two", ["Wen Wang"],
                                                                           arxiv_id="2101.00002"),
        rec("e.json", "Paper Three", ["Ann Lee", "Bo Chen"], ["s2:7", "s2:8"], arxiv_id="2101.00003"),
        rec("f.json", "Paper Three", ["Bo Chen", "Ann Lee"], arxiv_id="2101.00003"),  # order differs: matched by name
    ])
    names = sorted(name for name, _ in authors_of(graph).values())
    assert names == ["Ann Lee", "Bo Chen", "Wei Wang", "Wen Wang"]  # W. Wang joins the first; Wen Wang is not Wei
    assert authors_of(graph)[node_id(AUTHOR, "ann lee")] == ("Ann Lee", ["s2:7"])


def test_dblp_namesakes_on_one_paper_keep_their_own_pids() -> None:
    both = ["dblp-homonym:00/1-1", "dblp-homonym:00/1-2"]
    graph = resolve([
        rec("dblp.xml", "Two Wangs", ["Wei Wang", "Wei Wang"], both, arxiv_id="2101.00001"),
        rec("s2.json", "Two Wangs", ["Wei Wang", "Wei Wang", "Ann Lee"], ["s2:11", "s2:12", "s2:13"],
            arxiv_id="2101.00001"),
    ])
    assert authors_of(graph) == {
        node_id(AUTHOR, "dblp:00/1-1"): ("Wei Wang", ["dblp:00/1-1", "s2:11"]),
        node_id(AUTHOR, "dblp:00/1-2"): ("Wei Wang", ["dblp:00/1-2", "s2:12"]),
        node_id(AUTHOR, "ann lee"): ("Ann Lee", ["s2:13"]),
    }


def test_accented_and_plain_spellings_of_a_name_are_one_author() -> None:
    graph = resolve([rec("a.json", "Paper One", ["Łukasz Kaiser", "Søren Ås"]),
                     rec("b.json", "Paper Two", ["Lukasz Kaiser", "Soren As"])])
    assert sorted(authors_of(graph)) == [node_id(AUTHOR, "lukasz kaiser"), node_id(AUTHOR, "soren as")]


props_values = st.one_of(st.none(), st.sampled_from(["x", "y", "", 0, 1]),
                         st.lists(st.sampled_from(["a", "b", "c"]), max_size=3))
prop_maps = st.dictionaries(st.sampled_from(["name", "ids", "codes", "ror"]), props_values, max_size=4)


@settings(max_examples=200, deadline=None)
@given(st.lists(prop_maps, min_size=1, max_size=5))
def test_adding_a_node_again_skips_only_what_would_change_nothing(maps: list[dict[str, Any]]) -> None:
    from kg.model import Node
    from kg.resolve import _add_node

    merged, skipped = Graph(), Graph()
    for props in maps:
        merged.add_node(Node("topic:t", TOPIC, dict(props)))
        _add_node(skipped, Node("topic:t", TOPIC, dict(props)))
    assert merged.nodes["topic:t"].props == skipped.nodes["topic:t"].props


@settings(max_examples=20, deadline=None)
@given(st.booleans())
def test_resolve_leaves_the_cyclic_collector_as_it_found_it(enabled: bool) -> None:
    import gc

    before = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        resolve([profile("GShard", ABSTRACT_A)])
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if before else gc.disable()
