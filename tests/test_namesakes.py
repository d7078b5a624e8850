"""Namesakes: one name's papers split by co-authors, orgs, group authors, years and topic; listings too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.analysis.common import listing_owners, papers
from kg.analysis.summary import owners
from kg.analysis.namesakes import LIKELY, check_author, check_listing
from kg.cli import cli
from kg.errors import NodeNotFound
from kg.model import AFFILIATED_WITH, AUTHOR, AUTHORED, ORG, PAPER, Edge, Graph, Node

SEEDS = Path("../shared/seeds")
ML = ["Sparse expert models scale language models with conditional computation on accelerators.",
      "Pipeline parallelism trains giant neural networks on many accelerators.",
      "Mixture of experts language models route tokens to experts for efficient training.",
      "Automatic sharding of neural networks over accelerators with a compiler.",
      "Language models trained on many languages improve translation quality.",
      "Expert routing for efficient inference of large language models.",
      "Reasoning language models trained with reinforcement learning and mixture of experts."]
GEO = "Interdecadal oscillations of the length of day and polar motion restored with a time-frequency transform."


def add(g: Graph, pid: str, date: str, abstract: str, authors: list[str], orgs: tuple[str, ...] = (),
        listing: str = "profile.txt", truncated: bool = False) -> None:
    g.add_node(Node(pid, PAPER, {"title": f"Paper {pid}", "date": date, "year": int(date[:4]), "abstract": abstract,
                                 "listings": [listing], "authors_truncated": truncated}))
    for i, name in enumerate(authors):
        g.add_node(Node(f"author:{name.lower()}", AUTHOR, {"name": name}))
        g.add_edge(Edge(f"author:{name.lower()}", AUTHORED, pid, {"position": i}))
    for org in orgs:
        g.add_node(Node(f"org:{org}", ORG, {"name": org}))
        g.add_edge(Edge(pid, AFFILIATED_WITH, f"org:{org}"))


def mixed_profile() -> Graph:
    """Kim's list: four papers with Kim's group, three team reports by another lab whose lists, cut short
    ("et al."), do not show Kim."""
    g = Graph()
    add(g, "k1", "2018-01-05", ML[1], ["Kim Lee", "Ann"], ("acme",))
    add(g, "k2", "2019-03-05", ML[3], ["Ann", "Kim Lee", "Bob"])
    add(g, "k3", "2020-06-05", ML[0], ["Bob", "Kim Lee"])
    add(g, "k4", "2021-02-05", ML[4], ["Cy", "Dee", "Kim Lee"], ("acme",))
    add(g, "t1", "2024-05-01", ML[2], ["Zeta-AI", "Xu Wen", "Yao Li"], ("northlab",), truncated=True)
    add(g, "t2", "2024-12-01", ML[5], ["Zeta-AI", "Xu Wen"], ("northlab",), truncated=True)
    add(g, "t3", "2025-01-20", ML[6], ["Zeta-AI", "Yao Li"], truncated=True)
    return g


def test_listing_owner_is_the_author_on_many_of_its_papers() -> None:
    assert listing_owners(mixed_profile().to_networkx()) == {"profile.txt": "author:kim lee"}


def owners_of(path: Path) -> dict[str, str]:
    """``listing_owners`` of a store graph resolved from one written file (no extraction)."""
    from kg.pipeline import read_sources, resolved

    return listing_owners(resolved(read_sources([path])).to_networkx())


PROFILE_ENTRY = "LG{when}\n{title}{authors}\nWe study {topic} on accelerators and report what we measured.\n"
KIM = [("Mar 3, 2021", "Expert Routing", "Kim Lee, Ann Roe"), ("Apr 3, 2021", "Pipeline Stages", "Bo Yu et al."),
       ("May 3, 2021", "Sharding Graphs", "Cy Ode, Kim Lee"), ("Jun 3, 2021", "Reef Counts", "Dee Ng et al."),
       ("Jul 3, 2021", "Sparse Gates", "Kim Lee"), ("Aug 3, 2021", "Token Drops", "Eve Ash, Kim Lee et al.")]
"""Kim's profile listing: named on every full list and on none of the lists cut short."""


def kim_listing(path: Path) -> Path:
    """``KIM`` written as a profile listing at ``path``."""
    path.write_text("".join(PROFILE_ENTRY.format(when=w, title=t, authors=a, topic=t.lower()) for w, t, a in KIM),
                    encoding="utf-8")
    return path


def test_a_profile_listing_is_owned_by_the_person_on_every_paper(tmp_path: Path) -> None:
    """Kim is named on every full list and on none of the lists cut short: a profile's owner."""
    assert owners_of(kim_listing(tmp_path / "kim.txt")) == {"kim.txt": "author:kim lee"}


def test_a_copy_merged_from_another_file_leaves_a_profile_its_owner(tmp_path: Path) -> None:
    """A JSON Lines copy of one listed paper, with a full author list that leaves Kim out, merges with the listed
    paper: that list may be the other file's, so the profile stays Kim's (and the paper is not given to Kim)."""
    listing = kim_listing(tmp_path / "kim.txt")
    copy = tmp_path / "more.jsonl"
    copy.write_text(json.dumps({"title": "Reef Counts", "authors": ["Dee Ng", "Fay Hu", "Gil Ox"], "date": "2021-06-03",
                                "abstract": "We study reef counts on accelerators and report what we measured."}) + "\n",
                    encoding="utf-8")
    from kg.pipeline import read_sources, resolved

    g = resolved(read_sources([listing, copy])).to_networkx()
    assert listing_owners(g) == {"kim.txt": "author:kim lee"}
    ps = papers(g)
    reef = next(pid for pid, p in ps.items() if p.title == "Reef Counts")
    assert not ps[reef].truncated and len(ps[reef].listings) == 2
    assert reef not in owners(ps, {"author:kim lee": {"listings": ["kim.txt"], "clusters": [
        {"ids": sorted(ps), "core": True}]}}).get("author:kim lee", [])


def test_a_listing_with_no_full_author_list_of_its_own_has_no_owner(tmp_path: Path) -> None:
    """Every list cut short, Kim named on three of them: nothing shows one person on every paper (an arXiv
    listing whose full lists come only from copies merged from a reader's library), so no one owns it."""
    cut = [(w, t, a if a.endswith("et al.") else a + " et al.") for w, t, a in KIM]
    path = tmp_path / "cut.txt"
    path.write_text("".join(PROFILE_ENTRY.format(when=w, title=t, authors=a, topic=t.lower()) for w, t, a in cut),
                    encoding="utf-8")
    assert owners_of(path) == {}


@pytest.mark.parametrize(("kind", "on", "of", "owned"), [
    ("jsonl", 4, 14, False), ("bib", 4, 14, False), ("jsonl", 8, 10, False), ("jsonl", 2, 3, False),
    ("jsonl", 9, 10, True), ("bib", 10, 10, True), ("jsonl", 3, 3, True)])
def test_a_file_of_full_author_lists_has_an_owner_only_when_one_person_is_on_nearly_every_paper(
        tmp_path: Path, kind: str, on: int, of: int, owned: bool) -> None:
    """Mei is on ``on`` of ``of`` papers, each with its full author list: many groups' papers have no owner
    however often one name recurs; a file whose every paper (all but one in ten) names her is hers."""
    papers = [(f"24{i:02}.00{i:03}", f"Paper number {i}", ["Mei Lin", f"Tom{i} Berg"] if i < on else
               [f"Ana{i} Souza", f"Omar{i} Haddad"]) for i in range(of)]
    if kind == "jsonl":
        path = tmp_path / "mine.jsonl"
        path.write_text("".join(json.dumps({"id": pid, "title": title, "authors": authors, "date": "2024-01-10",
                                            "abstract": f"We study topic {title}."}) + "\n"
                                for pid, title, authors in papers), encoding="utf-8")
    else:
        path = tmp_path / "mine.bib"
        path.write_text("".join(f"@article{{k{pid},\n  title = {{{title}}},\n  author = {{{' and '.join(authors)}}},\n"
                                f"  year = {{2024}},\n  eprint = {{{pid}}},\n  archivePrefix = {{arXiv}}\n}}\n"
                                for pid, title, authors in papers), encoding="utf-8")
    assert owners_of(path) == ({path.name: "author:mei lin"} if owned else {})


@pytest.mark.parametrize(("cut_with_her", "owned"), [(False, False), (True, True)])
def test_a_bibtex_list_cut_with_and_others_hides_no_owner(tmp_path: Path, cut_with_her: bool, owned: bool) -> None:
    """A reading list: Mei on the four full lists, three long lists cut with "and others" without her (the
    writer's cut): no one's list. Her own file, naming her before "and others" too, stays hers."""
    rows = [(f"Paper number {i}", ["Mei Lin", f"Tom{i} Berg"], False) for i in range(4)]
    rows += [(f"Long paper {i}", [*(["Mei Lin"] if cut_with_her else []), f"Ana{i} Souza", f"Omar{i} Haddad"], True)
             for i in range(3)]
    path = tmp_path / "reading.bib"
    path.write_text("".join(f"@article{{k{n},\n  title = {{{title}}},\n  author = {{{' and '.join(people)}"
                            f"{' and others' if cut else ''}}},\n  year = {{2024}}\n}}\n"
                            for n, (title, people, cut) in enumerate(rows)), encoding="utf-8")
    assert owners_of(path) == ({"reading.bib": "author:mei lin"} if owned else {})


def test_team_reports_are_a_likely_namesake() -> None:
    result = check_author(mixed_profile().to_networkx(), "kim lee")
    assert result["listings"] == ["profile.txt"] and result["papers"] == 7
    core = [c for c in result["clusters"] if c["core"]]
    assert [p["id"] for c in core for p in c["papers"]] == ["k1", "k2", "k3", "k4"]
    (other,) = result["namesakes"]
    assert [p["id"] for p in other["papers"]] == ["t1", "t2", "t3"]
    assert other["verdict"] == LIKELY
    assert other["signals"] == ["organizations northlab never appear with the rest (acme)",
                                "led by group author(s) Zeta-AI",
                                "years 2024-2025 lie outside 2018-2021, the years of the core's papers whose author "
                                "lists print this name (not those a listing alone adds)"]


def test_off_topic_paper_stands_apart_in_a_listing() -> None:
    g = Graph()
    for i, text in enumerate(ML):
        add(g, f"a{i}", f"202{i % 3}-01-0{i + 1}", text, [], listing="arxiv.txt")
    add(g, "geo", "2021-07-12", GEO, [], listing="arxiv.txt")
    result = check_listing(g.to_networkx(), "some/dir/arxiv.txt")
    assert result["listing"] == "arxiv.txt"
    assert [len(c["papers"]) for c in result["clusters"]] == [7, 1]
    (apart,) = result["namesakes"]
    assert apart["papers"][0]["id"] == "geo" and apart["signals"][0].startswith("off topic")
    with pytest.raises(NodeNotFound, match="No paper came from a listing named 'nope.txt'. Listings: arxiv.txt."):
        check_listing(g.to_networkx(), "nope.txt")


def test_one_person_gives_no_namesake() -> None:
    g = Graph()
    for i, text in enumerate(ML[:5]):
        add(g, f"p{i}", f"201{i}-01-01", text, ["Kim Lee", "Ann" if i % 2 else "Bob"])
    result = check_author(g.to_networkx(), "Kim Lee")
    assert result["namesakes"] == [] and len(result["clusters"]) == 2
    assert all(c["core"] for c in result["clusters"])


@pytest.fixture
def stored(tmp_path: Path) -> str:
    """A real store of ``mixed_profile`` with the summaries kg build stores."""
    from kg.analysis.summary import with_summaries
    from kg.store import replace_store

    store = str(tmp_path / "store")
    replace_store(store, with_summaries(mixed_profile()))
    return store


def test_cli_authors(stored: str) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["authors", "--check", "Kim Lee", "--store", stored])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[:2] == ["Kim Lee: 7 papers in 2 group(s)",
                         "  (with every paper of profile.txt, taken as this author's list)"]
    assert "Group 2 [likely namesake] 3 paper(s) 2024-2025" in lines
    assert "  evidence: led by group author(s) Zeta-AI" in lines
    args = ["authors", "--check-listing", "profile.txt", "--json", "--store", stored]
    data = json.loads(runner.invoke(cli, args).output)
    assert data["listing"] == "profile.txt" and data["namesakes"][0]["verdict"] == LIKELY
    bad = runner.invoke(cli, ["authors", "--store", stored])
    assert bad.exit_code == 2 and "Give exactly one of --check NAME or --check-listing FILE." in bad.output


def test_coauthors_say_which_papers_of_the_listing_went_to_a_namesake(stored: str) -> None:
    """The team reports set apart as a likely namesake's are counted nowhere in ``kg coauthors``: it says how many
    and where to see why; an author with no grouping gets no such note."""
    lines = CliRunner().invoke(cli, ["coauthors", "Kim Lee", "--store", stored]).output.splitlines()
    assert lines[0].endswith("on 4 paper(s)")
    assert ("Note: 3 paper(s) of this author's listing judged another person's of this name (a likely or possible "
            "namesake) are not counted; kg authors --check 'Kim Lee' shows why.") in lines
    other = CliRunner().invoke(cli, ["coauthors", "Ann", "--store", stored])
    assert other.exit_code == 0 and "judged another person's" not in other.output


@pytest.fixture(scope="module")
def seeds_graph() -> Any:
    if not (SEEDS / "profile_listing.txt").exists():
        pytest.skip("the seed listings are not here")
    from kg.pipeline import assemble, read_sources

    records = read_sources([SEEDS / "profile_listing.txt", SEEDS / "arxiv_listing.txt"])
    return assemble(records, infer=False).to_networkx()


def test_seed_profile_separates_the_deepseek_reports(seeds_graph: Any) -> None:
    result = check_author(seeds_graph, "Yanping Huang")
    deepseek = [c for c in result["clusters"] if any(p["title"].startswith("DeepSeek") for p in c["papers"])]
    assert len(deepseek) == 1 and not deepseek[0]["core"] and deepseek[0]["verdict"] == LIKELY
    assert all(p["title"].startswith("DeepSeek") for p in deepseek[0]["papers"])


def test_seed_profile_listing_groups_as_its_owners_name(seeds_graph: Any) -> None:
    by_name, by_listing = check_author(seeds_graph, "Yanping Huang"), check_listing(seeds_graph, "profile_listing.txt")
    assert by_name["listings"] == ["profile_listing.txt"]
    same_grouping(by_name, by_listing)


def test_seed_arxiv_listing_sets_the_geophysics_paper_apart(seeds_graph: Any) -> None:
    result = check_listing(seeds_graph, "arxiv_listing.txt")
    (apart,) = result["namesakes"]
    assert [p["id"] for p in apart["papers"]] == ["paper:arxiv:2107.05449"]


def test_owner_papers_leave_out_a_likely_namesake() -> None:
    from kg.analysis.namesakes import owner_papers

    assert owner_papers(mixed_profile().to_networkx()) == {"profile.txt": {"k1", "k2", "k3", "k4"}}


def test_listing_owner_is_no_shared_author_with_a_namesake_paper() -> None:
    from kg.analysis.lineage import candidates
    from kg.model import CITES, INTRODUCES, MODEL

    g = mixed_profile()
    for pid, name in [("k3", "Kite"), ("k4", "Tern"), ("t1", "Wren")]:
        g.add_node(Node(f"model:{name.lower()}", MODEL, {"name": name}))
        g.add_edge(Edge(pid, INTRODUCES, f"model:{name.lower()}"))
    add(g, "k5", "2021-09-05", ML[5], ["Kim Lee", "Cy"])
    g.remove_edge(("author:kim lee", AUTHORED, "k3"))  # k3 printed cut short: only the listing names Kim
    g.nodes["k3"] = Node("k3", PAPER, {**g.nodes["k3"].props, "authors_truncated": True})
    g.add_edge(Edge("t1", CITES, "k4"))  # a citation gives each pair its evidence, shared authors included
    g.add_edge(Edge("k4", CITES, "k3"))
    found = {(e.source, e.target): e for e in candidates(g.to_networkx())}
    assert found[("model:wren", "model:tern")].shared_authors == []
    assert found[("model:tern", "model:kite")].via_listing == ["Kim Lee"]


# ---------------------------------------------------------------- one common name, two people

ROUTING = ["We route tokens to experts in sparse mixture models and balance the load across accelerators.",
           "Expert routing with learned gates trains sparse language models on many accelerators.",
           "Load balancing losses for sparse expert layers make token routing stable in large language models.",
           "Sparse expert language models route each token to two experts and drop overflowing tokens."]
REEF = ["We count reef fish along transects from divers' photographs and estimate coral cover.",
        "Coral bleaching surveys along reef transects show fish counts fall with water temperature."]


def listing(tmp_path: Path, rows: list[tuple[str, str, list[str], list[str], str, str]]) -> str:
    """A JSON Lines listing (id, title, authors, orgs, date, abstract per row) built into a store."""
    from kg import api

    source = tmp_path / "papers.jsonl"
    source.write_text("".join(json.dumps({"id": pid, "title": title, "authors": authors, "orgs": orgs, "date": date,
                                          "abstract": abstract, "categories": ["cs.LG"]}) + "\n"
                              for pid, title, authors, orgs, date, abstract in rows), encoding="utf-8")
    api.build([source], tmp_path / "store")
    return str(tmp_path / "store")


def test_a_common_name_written_by_two_people_is_split(tmp_path: Path) -> None:
    store = listing(tmp_path, [
        ("2003.00100", "Sparse Expert Routing 1", ["Jun Chen", "Ola Berg"], ["nordlab"], "2020-03-01", ROUTING[0]),
        ("2103.00101", "Sparse Expert Routing 2", ["Pia Holm", "Jun Chen"], ["nordlab"], "2021-03-01", ROUTING[1]),
        ("2203.00102", "Sparse Expert Routing 3", ["Jun Chen", "Ola Berg", "Pia Holm"], ["nordlab"], "2022-03-01",
         ROUTING[2]),
        ("2107.00200", "Reef Fish Census 1", ["Rui Sousa", "Jun Chen", "Tao Lima"], ["oceanlab"], "2021-07-01", REEF[0]),
        ("2207.00201", "Reef Fish Census 2", ["Rui Sousa", "Jun Chen", "Tao Lima"], ["oceanlab"], "2022-07-01", REEF[1]),
    ])
    result = CliRunner().invoke(cli, ["authors", "--check", "Jun Chen", "--store", store])
    assert result.exit_code == 0
    assert result.output == """\
Jun Chen: 5 papers in 2 group(s)
  (with every paper of papers.jsonl, taken as this author's list)
  [core]: prints the name; [same person]: no signal against; [possible namesake]: one; [likely namesake]: two or more
Group 1 [core] 3 paper(s) 2020-2022
  coauthors: Ola Berg, Pia Holm
  orgs: nordlab
  topics: Machine Learning, large language models, load balancing
  - 2020-03-01 Sparse Expert Routing 1
  - 2021-03-01 Sparse Expert Routing 2
  - 2022-03-01 Sparse Expert Routing 3
Group 2 [likely namesake] 2 paper(s) 2021-2022
  coauthors: Rui Sousa, Tao Lima
  orgs: oceanlab
  topics: Machine Learning
  evidence: organizations oceanlab never appear with the rest (nordlab)
  evidence: text unlike the rest (max similarity 0.00, typical 0.25)
  - 2021-07-01 Reef Fish Census 1
  - 2022-07-01 Reef Fish Census 2
"""


def test_one_person_with_two_circles_of_coauthors_is_not_split(tmp_path: Path) -> None:
    store = listing(tmp_path, [
        ("2101.00300", "Routing A", ["Ana Ruiz", "Bo Chen"], [], "2019-01-01", ROUTING[0]),
        ("2101.00301", "Routing B", ["Di Park", "Ana Ruiz"], [], "2020-01-01", ROUTING[1]),
        ("2101.00302", "Routing C", ["Ana Ruiz", "Bo Chen", "Cy Wu"], [], "2021-01-01", ROUTING[2]),
        ("2201.00303", "Routing D", ["Ana Ruiz", "Di Park", "Ed Kim"], [], "2022-01-01", ROUTING[3]),
    ])
    result = CliRunner().invoke(cli, ["authors", "--check", "Ana Ruiz", "--store", store])
    assert result.exit_code == 0
    assert result.output == """\
Ana Ruiz: 4 papers in 2 group(s)
  (with every paper of papers.jsonl, taken as this author's list)
  [core]: prints the name; [same person]: no signal against; [possible namesake]: one; [likely namesake]: two or more
Group 1 [core] 2 paper(s) 2019-2021
  coauthors: Bo Chen, Cy Wu
  topics: Machine Learning, large language models, load balancing
  - 2019-01-01 Routing A
  - 2021-01-01 Routing C
Group 2 [core] 2 paper(s) 2020-2022
  coauthors: Di Park, Ed Kim
  topics: Machine Learning
  - 2020-01-01 Routing B
  - 2022-01-01 Routing D
"""


PEOPLE = ["Kim Lee", "Ann", "Bob", "Cy", "Zeta-AI", "Xu Wen"]
paper_rows = st.lists(st.tuples(st.integers(0, len(ML)), st.sets(st.sampled_from(PEOPLE), min_size=1, max_size=3),
                                st.sets(st.sampled_from(["acme", "northlab"]), max_size=1), st.integers(2017, 2025)),
                      min_size=1, max_size=9)


@settings(max_examples=40, deadline=None)
@given(paper_rows, paper_rows)
def test_a_grouping_reads_only_its_authors_papers(rows: list, more: list) -> None:
    """Papers that do not name an author leave that author's grouping as it was (text weighed over the
    author's own papers, not the corpus): an ``--add`` groups again only the authors it touches, and reads
    the others' groupings from the cache the build kept."""
    from kg.analysis.common import papers
    from kg.analysis.summary import GroupingCache, _EntityTexts, author_groups

    def graph(rows: list, listing: str = "profile.txt", prefix: str = "p") -> Graph:
        g = Graph()
        for i, (text, people, orgs, year) in enumerate(rows):
            add(g, f"{prefix}{i}", f"{year}-0{1 + i % 9}-05", (ML + [GEO])[text], sorted(people), tuple(orgs),
                listing=listing)
        return g

    before, after = graph(rows), graph(rows)
    for node in graph(more, "more.txt", "q").nodes.values():
        after.add_node(node)
    for edge in graph(more, "more.txt", "q").edges.values():
        after.add_edge(edge)
    touched = {f"author:{name.lower()}" for _, people, _, _ in more for name in people}
    old, new = author_groups(before.to_networkx()), author_groups(after.to_networkx())
    assert {a: g for a, g in old.items() if a not in touched} == {a: g for a, g in new.items() if a not in touched}
    # so the groupings the build kept are read back for every author the added papers do not touch
    cache = GroupingCache()
    g = before.to_networkx()
    assert author_groups(g, papers(g), _EntityTexts(before), cache) == old
    cache.known, cache.kept = cache.kept, {}
    g = after.to_networkx()
    assert author_groups(g, papers(g), _EntityTexts(after), cache) == new
    assert cache.reused >= sum(1 for a in old if a not in touched)


# ---------------------------------------------------------------- one rule for a name and for its listing

def same_grouping(by_name: dict[str, Any], by_listing: dict[str, Any]) -> None:
    """The two answers hold the same groups, verdicts and evidence (all but their headings)."""
    assert {k: v for k, v in by_name.items() if k not in ("author", "listings")} == \
        {k: v for k, v in by_listing.items() if k != "listing"}


def test_a_library_of_several_people_s_papers_is_no_listing_to_split(tmp_path: Path) -> None:
    store = listing(tmp_path, [  # a reading list: each paper its own group's
        ("2003.00100", "Sparse Expert Routing 1", ["Jun Chen", "Ola Berg"], [], "2020-03-01", ROUTING[0]),
        ("2103.00101", "Sparse Expert Routing 2", ["Pia Holm", "Rui Sousa"], [], "2021-03-01", ROUTING[1]),
        ("2107.00200", "Reef Fish Census 1", ["Tao Lima", "Ana Ruiz"], [], "2021-07-01", REEF[0]),
    ])
    result = CliRunner().invoke(cli, ["authors", "--check-listing", "papers.jsonl", "--store", store])
    assert (result.exit_code, result.output) == (1, (
        "Error: papers.jsonl is a library of several people's papers (no author is on nearly every one), not one "
        "person's listing: there is no name to split its papers by.\n"
        "  Check an author of it instead: kg authors --check NAME.\n"))


def test_a_listing_groups_its_papers_as_its_owners_name_does(tmp_path: Path) -> None:
    """Ana's list, all of it printing her name, in two circles of co-authors: one person, whether asked by
    name or by the listing (the listing's owner is the person whose printed name decides the core)."""
    store = listing(tmp_path, [
        ("2101.00300", "Routing A", ["Ana Ruiz", "Bo Chen"], [], "2019-01-01", ROUTING[0]),
        ("2101.00301", "Routing B", ["Di Park", "Ana Ruiz"], ["eastlab"], "2020-01-01", ROUTING[1]),
        ("2101.00302", "Routing C", ["Ana Ruiz", "Bo Chen", "Cy Wu"], ["westlab"], "2021-01-01", ROUTING[2]),
        ("2201.00303", "Routing D", ["Ana Ruiz", "Di Park", "Ed Kim"], [], "2022-01-01", ROUTING[3]),
        ("2206.00304", "Routing E", ["Ana Ruiz", "Di Park"], [], "2022-06-01", ROUTING[2]),
    ])
    runner = CliRunner()
    by_name = runner.invoke(cli, ["authors", "--check", "Ana Ruiz", "--json", "--store", store])
    by_listing = runner.invoke(cli, ["authors", "--check-listing", "papers.jsonl", "--json", "--store", store])
    assert by_name.exit_code == 0 and by_listing.exit_code == 0
    by_name_data, by_listing_data = json.loads(by_name.output), json.loads(by_listing.output)
    assert [c["core"] for c in by_listing_data["clusters"]] == [True, True] and by_listing_data["namesakes"] == []
    same_grouping(by_name_data, by_listing_data)


listed_rows = st.lists(st.tuples(st.integers(0, len(ML)), st.sets(st.sampled_from(PEOPLE[1:]), max_size=3),
                                 st.sets(st.sampled_from(["acme", "northlab", "southlab"]), max_size=2),
                                 st.integers(2015, 2025), st.booleans()),
                       min_size=3, max_size=10)


@settings(max_examples=60, deadline=None)
@given(listed_rows)
def test_a_listing_and_its_owners_name_give_the_same_groups(rows: list) -> None:
    """Any listing whose owner's printed papers all lie in it: ``check_listing`` and ``check_author`` of
    the owner give the same groups, verdicts and evidence (cut author lists leave the owner unprinted)."""
    from hypothesis import assume

    g = Graph()
    for i, (text, others, orgs, year, cut) in enumerate(rows):
        authors = sorted(others) if cut else ["Kim Lee", *sorted(others)]
        add(g, f"p{i}", f"{year}-0{1 + i % 9}-05", (ML + [GEO])[text], authors, tuple(sorted(orgs)), truncated=cut)
    nx_graph = g.to_networkx()
    assume(listing_owners(nx_graph).get("profile.txt") == "author:kim lee")
    same_grouping(check_author(nx_graph, "Kim Lee"), check_listing(nx_graph, "profile.txt"))
