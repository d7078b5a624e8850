"""``kg lineage A --why B``: the evidence of an edge between two models, or what the graph holds about a pair
with none (papers naming both and their relations, shared authors) and what inference would need."""

from __future__ import annotations

import json
from typing import Any
import pytest
from click.testing import CliRunner

from kg.analysis.lineage import why as explain
from kg.cli import cli
from kg.store import open_store

PAPERS = [  # invented: a stated extension, a candidate from shared authors and text, a comparison, an unrelated model
    ("2101.00001", "OrcaNet: A Vision Model", "2021-01-10", ["Ada Lane", "Bo Chen"],
     "We introduce OrcaNet, a vision model for image tagging trained on ImageNet."),
    ("2203.00002", "PikeNet: Faster Tagging", "2022-03-10", ["Ada Lane", "Cy Dow"],
     "We introduce PikeNet, which extends OrcaNet with sparse attention for image tagging."),
    ("2204.00003", "SoleNet: Compact Tagging", "2022-04-10", ["Di Fox"],
     "We introduce SoleNet, a compact image tagger. SoleNet outperforms OrcaNet on ImageNet with half the compute."),
    ("2301.00004", "EelNet: Speech Recognition", "2023-01-10", ["Ed Gray"],
     "We introduce EelNet, a speech recognizer trained on LibriSpeech."),
    ("2302.00005", "RayNet: Image Tagging at Scale", "2023-02-10", ["Ada Lane", "Bo Chen"],
     "We introduce RayNet, a large vision model for image tagging trained on ImageNet at scale with sparse attention."),
    ("2303.00006", "TunaNet: Video Tagging", "2023-03-10", ["Fay Hu"],
     "We introduce TunaNet, which is fine-tuned from PikeNet for video tagging."),
]
REFERENCES = {"2301.00004": ["2204.00003"]}  # EelNet's paper cites SoleNet's
NEEDS = ("  inference would need, for {0} to build on {1}: a derivation signal (a citation that names the parent too, a stated base, a name "
         "relation), or for a candidate edge: {0} has no stated or name parent, {1}'s paper is {0}'s nearest "
         "earlier paper by text and {0}'s is {1}'s nearest later one (a later paper closer to {1}'s by text takes "
         "that place)\n")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("why")
    source = folder / "p.jsonl"
    source.write_text("".join(json.dumps({"id": i, "title": t, "date": d, "authors": a, "abstract": ab,
                                          "references": REFERENCES.get(i, [])}) + "\n" for i, t, d, a, ab in PAPERS))
    result = CliRunner().invoke(cli, ["build", str(source), "--store", str(folder / "s")])
    assert result.exit_code == 0, result.output
    return str(folder / "s")


def why(store: str, a: str, b: str, *more: str) -> str:
    result = CliRunner().invoke(cli, ["lineage", a, "--why", b, "--store", store, *more])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_stated_edge_is_shown_as_kg_lineage_shows_it_either_way_round(store: str) -> None:
    expected = ('PikeNet (2022-03-10) builds on OrcaNet (2021-01-10)  [stated 1.00, text-cue: "We introduce '
                'PikeNet, which extends OrcaNet with sparse attention for image tagging."]\n')
    assert why(store, "PikeNet", "OrcaNet") == expected
    assert why(store, "OrcaNet", "PikeNet") == expected


def test_a_candidate_edge_shows_its_score_and_reasons(store: str) -> None:
    assert why(store, "OrcaNet", "RayNet") == (
        "RayNet (2023-02-10) builds on OrcaNet (2021-01-10)  [candidate 0.24: 2 shared author(s): Ada Lane, "
        "Bo Chen; text similarity 0.57, the closest by text of the papers before it; shared terms: imagenet, image tagging, "
        "vision model, tagging trained; 761 days later]\n")


def test_a_pair_only_compared_names_the_sentence_and_the_relations_no_cue_read_as_lineage(store: str) -> None:
    assert why(store, "SoleNet", "OrcaNet") == (
        "No BUILDS_ON edge joins SoleNet (2022-04-10) and OrcaNet (2021-01-10).\n"
        "  named together in 'SoleNet: Compact Tagging' (2022-04-10): \"SoleNet outperforms OrcaNet on ImageNet "
        "with half the compute.\"\n"
        "    no stated cue fired: SoleNet INTRODUCES (title-name): the paper's own model; OrcaNet COMPARES_WITH "
        "(compare-cue): compared with, never lineage evidence\n"
        "  no citation: no paper naming one of them cites a paper naming the other\n"
        + NEEDS.format("SoleNet", "OrcaNet")
        + "  now OrcaNet's nearest later paper by text is 'RayNet: Image Tagging at Scale'\n")  # what takes the place
    data = json.loads(why(store, "OrcaNet", "SoleNet", "--json"))
    assert (data["later"], data["earlier"], data["papers"][0]["a"]["type"]) == ("SoleNet", "OrcaNet", "COMPARES_WITH")


def test_shared_authors_alone_are_named_as_a_weak_signal(store: str) -> None:
    assert why(store, "RayNet", "PikeNet") == (
        "No BUILDS_ON edge joins RayNet (2023-02-10) and PikeNet (2022-03-10).\n"
        "  shared authors of their introducing papers: Ada Lane (a weak signal: alone it never makes an edge)\n"
        "  no citation: no paper naming one of them cites a paper naming the other\n"
        + NEEDS.format("RayNet", "PikeNet")[:-1] + " (it would replace RayNet's one candidate edge, to OrcaNet)\n"
        "  now RayNet's nearest earlier paper by text is 'OrcaNet: A Vision Model'\n")


def test_a_pair_with_nothing_says_so_and_no_candidate_for_a_child_with_a_stated_parent(store: str) -> None:
    assert why(store, "OrcaNet", "TunaNet") == (  # nothing of their own; a chain through PikeNet joins them
        "No BUILDS_ON edge joins OrcaNet (2021-01-10) and TunaNet (2023-03-10).\n"
        "  a BUILDS_ON chain through other models joins them: TunaNet -> PikeNet -> OrcaNet (2 steps, each model "
        "building on the next; weakest link: stated 1.00 (TunaNet -> PikeNet)); kg lineage-path OrcaNet TunaNet "
        "shows each step's evidence\n"
        "  no evidence joins them directly in the graph\n"
        "  inference would need, for TunaNet to build on OrcaNet: a derivation signal (a citation that names the parent too, a stated base, a "
        "name relation); no candidate edge: TunaNet already has a parent (PikeNet, stated)\n")


def test_a_citation_is_named_with_its_direction_and_what_it_weighs(store: str) -> None:
    assert why(store, "SoleNet", "EelNet") == (
        "No BUILDS_ON edge joins SoleNet (2022-04-10) and EelNet (2023-01-10).\n"
        "  citation: 'EelNet: Speech Recognition' (introduces EelNet) cites 'SoleNet: Compact Tagging' (introduces "
        "SoleNet): the child's paper citing the parent's, a bare citation (no name relation, and the child's "
        "abstract names the parent only as used, compared with or evaluated on, if at all): a weak signal\n" + NEEDS.format("EelNet", "SoleNet")
        + "  now EelNet's nearest earlier paper by text is 'OrcaNet: A Vision Model'\n"
        "  now SoleNet's nearest later paper by text is 'RayNet: Image Tagging at Scale'\n")
    assert why(store, "OrcaNet", "EelNet") == (  # the cited paper names OrcaNet as a rival: no child's citation
        "No BUILDS_ON edge joins OrcaNet (2021-01-10) and EelNet (2023-01-10).\n"
        "  citation: 'EelNet: Speech Recognition' (introduces EelNet) cites 'SoleNet: Compact Tagging' (compares with "
        "OrcaNet)\n" + NEEDS.format("EelNet", "OrcaNet")
        + "  now OrcaNet's nearest later paper by text is 'RayNet: Image Tagging at Scale'\n")
    data = json.loads(why(store, "EelNet", "SoleNet", "--json"))
    assert [(c["citing_model"], c["cited_model"], c["child_to_parent"], c["derivation"]) for c in data["citations"]] == [
        ("EelNet", "SoleNet", True, False)]


def test_a_citation_with_the_parent_named_is_a_derivation_and_a_name_parent_bars_a_candidate() -> None:
    read = {"models": {"m:k": {"name": "Kelp", "date": "2023-05-01"}, "m:t": {"name": "Tern", "date": "2022-01-01"}},
            "edges": [], "authors": [],
            "papers": [{"id": "p:k", "title": "Kelp", "date": "2023-05-01", "a_type": "MENTIONS",
                        "b_type": "INTRODUCES", "a_evidence": "Tern is widely used.", "b_evidence": "We present Kelp."}],
            "parents": {"m:k": [{"id": "m:x", "name": "Xeno", "inferred": True, "candidate": True}], "m:t": []},
            "citations": [{"from": "m:k", "citing": "p:k", "citing_title": "Kelp", "citing_type": "INTRODUCES",
                           "cited": "p:t", "cited_title": "Tern", "cited_type": "INTRODUCES"}]}
    assert explain.format_why(explain.why(read, "m:t", "m:k")).splitlines()[3:] == [
        "  citation: 'Kelp' (introduces Kelp) cites 'Tern' (introduces Tern): the child's paper citing the parent's, a "
        "derivation signal",
        "  inference would need, for Kelp to build on Tern: a derivation signal (a citation that names the parent too, a stated base, a name "
        "relation), or for a candidate edge: Kelp has no stated or name parent, Tern's paper is Kelp's nearest "
        "earlier paper by text and Kelp's is Tern's nearest later one (a later paper closer to Tern's by text takes "
        "that place) (it would replace Kelp's one candidate edge, to Xeno)"]
    read["parents"]["m:k"].append({"id": "m:y", "name": "Yarrow", "rule": "name-version"})
    assert explain.format_why(explain.why(read, "m:t", "m:k")).splitlines()[-1] == (
        "  inference would need, for Kelp to build on Tern: a derivation signal (a citation that names the parent too, a stated base, a name "
        "relation); no candidate edge: Kelp already has a parent (Yarrow, name)")


def test_the_pair_read_touches_only_the_two_models(store: str) -> None:
    with open_store(store) as s:
        read = s.lineage_pair("model:solenet", "model:orcanet")
    assert sorted(read["models"]) == ["model:orcanet", "model:solenet"]
    assert (read["edges"], read["authors"], [p["id"] for p in read["papers"]]) == (
        [], [], ["paper:arxiv:2204.00003"])
    assert (read["parents"], read["citations"]) == ({"model:orcanet": [], "model:solenet": []}, [])
    with open_store(store) as s:
        read = s.lineage_pair("model:tunanet", "model:eelnet")
    assert [(p["id"], p["name"], p["rule"]) for p in read["parents"]["model:tunanet"]] == [
        ("model:pikenet", "PikeNet", "text-cue")]
    assert [(c["from"], c["citing"], c["citing_type"], c["cited_type"]) for c in
            citations_of(store, "model:eelnet", "model:solenet")] == [
        ("model:eelnet", "paper:arxiv:2301.00004", "INTRODUCES", "INTRODUCES")]


def citations_of(store: str, a: str, b: str) -> list[dict[str, object]]:
    with open_store(store) as s:
        return s.lineage_pair(a, b)["citations"]


def test_an_unknown_model_is_an_error_naming_it(store: str) -> None:
    result = CliRunner().invoke(cli, ["lineage", "OrcaNet", "--why", "NoSuchNet", "--store", store])
    assert result.exit_code != 0 and "NoSuchNet" in result.output



def test_the_time_order_decides_which_edge_inference_could_make() -> None:
    read = {"models": {"m:k": {"name": "Kelp", "date": "2023-05-01"},
                       "m:t": {"name": "Tern", "first_seen": "2022-01-01"},
                       "m:u": {"name": "Umber", "first_seen": "2024-01-01"}}, "edges": [], "papers": [], "authors": []}
    assert explain.format_why(explain.why(read, "m:t", "m:k")).splitlines()[-1] == (
        "  inference would need, for Kelp to build on Tern: a derivation signal (a citation that names the parent too, a stated base, a name "
        "relation); no candidate edge: no paper introduces Tern")
    assert explain.format_why(explain.why(read, "m:k", "m:u")).splitlines()[-1] == (
        "  no time order fits: inference would need a paper introducing one of them after the other's introducing "
        "paper or first sighting, then a derivation signal (a citation that names the parent too, a stated base, a name relation)")


def test_a_name_relation_and_a_stated_edge_the_build_left_out_are_named() -> None:
    read = {"models": {"m:w2": {"name": "Wren 2", "date": "2023-05-01",
                                "dropped_parents": ["Wren (introduced 2024-01-01, after this model's 2023-05-01)"]},
                       "m:w": {"name": "Wren", "date": "2024-01-01"}}, "edges": [], "papers": [], "authors": []}
    assert explain.format_why(explain.why(read, "m:w", "m:w2")).splitlines() == [
        "No BUILDS_ON edge joins Wren (2024-01-01) and Wren 2 (2023-05-01).",
        "  name relation: the name Wren 2 is a version of the name Wren, which says nothing of which came first "
        "(the build kept no edge on it)",
        "  left out by the build: Wren 2 builds on Wren (introduced 2024-01-01, after this model's 2023-05-01)",
        "  no citation: no paper naming one of them cites a paper naming the other",
        "  inference would need, for Wren to build on Wren 2: a derivation signal (a citation that names the parent too, a stated base, a name "
        "relation), or for a candidate edge: Wren has no stated or name parent, Wren 2's paper is Wren's nearest "
        "earlier paper by text and Wren's is Wren 2's nearest later one (a later paper closer to Wren 2's by text "
        "takes that place)"]


def test_two_models_no_paper_introduces_are_said_to_be_only_named_and_a_relation_takes_its_article() -> None:
    read = {"models": {"m:i": {"name": "Kestrel-Instruct", "first_seen": "2024-02-01"},
                       "m:k": {"name": "Kestrel", "first_seen": "2023-05-01"}}, "edges": [], "papers": [], "authors": []}
    lines = explain.format_why(explain.why(read, "m:i", "m:k")).splitlines()
    assert lines[1:] == [
        "  name relation: the name Kestrel-Instruct is a variant of the name Kestrel, which says nothing of which "
        "came first (the build kept no edge on it)",
        "  no citation: no paper naming one of them cites a paper naming the other",
        "  no paper in the graph introduces either of them (both are only named): inference gives a parent only to a "
        "model a paper introduces, dated after the parent's introduction or first sighting"]
    read["models"]["m:i"]["name"] = "Kestrel-Coder"
    assert explain.format_why(explain.why(read, "m:i", "m:k")).splitlines()[1] == (
        "  name relation: the name Kestrel-Coder is an extension of the name Kestrel, which says nothing of which "
        "came first (the build kept no edge on it)")


def test_a_version_two_steps_on_says_the_name_points_at_an_ancestor(tmp_path) -> None:
    source = tmp_path / "p.jsonl"
    source.write_text("".join(json.dumps({"id": i, "title": t, "date": d, "authors": a, "abstract": ab}) + "\n"
                              for i, t, d, a, ab in [
        ("2001.00001", "Kestrel 3: Detection", "2020-01-10", ["Ada Lane"], "We introduce Kestrel 3, an object detector."),
        ("2207.00002", "Kestrel 6: Faster Detection", "2022-07-06", ["Cy Dow"],
         "We introduce Kestrel 6, an object detector. Kestrel 6 outperforms Kestrel 3 on COCO.")]))
    assert CliRunner().invoke(cli, ["build", str(source), "--store", str(tmp_path / "s")]).exit_code == 0
    lines = why(str(tmp_path / "s"), "Kestrel 6", "Kestrel 3").splitlines()
    assert ("  name relation: the name Kestrel 6 is a version of the name Kestrel 3, which says nothing of which came "
            "first (the build kept no edge on it: a version lies between them, so the name points at an ancestor, "
            "not the parent)") in lines
    assert lines[-1].startswith("  inference would need, for Kestrel 6 to build on Kestrel 3: a derivation signal "
                                "(a citation that names the parent too, a stated base), or for a candidate edge")


def test_a_listings_owner_is_a_shared_author_as_inference_counts_them(tmp_path: Any) -> None:
    """Kim owns the profile listing (named on most of its papers); two papers whose lists are cut short
    ('et al.') introduce ZorbNet and QuillNet: Kim is a shared author of the two, as inference counts it."""
    entry = "LG{when}\n{title}{authors}\n{abstract}\n"
    study = "We study {} on accelerators and report what we measured."
    rows = [("Mar 3, 2021", "Expert Routing", "Kim Lee, Ann Roe", study.format("routing")),
            ("May 3, 2021", "Sharding Graphs", "Cy Ode, Kim Lee", study.format("sharding")),
            ("Jul 3, 2021", "Sparse Gates", "Kim Lee", study.format("gates")),
            ("Aug 3, 2021", "Token Drops", "Eve Ash, Kim Lee et al.", study.format("token drops")),
            ("Sep 3, 2021", "ZorbNet: Sparse Routing at Scale", "Bo Yu et al.", "We present ZorbNet, a router."),
            ("Oct 3, 2022", "QuillNet: Routing Without Tokens", "Dee Ng et al.",
             "We present QuillNet, a tagger. It is faster than ZorbNet.")]
    listing = tmp_path / "kim.txt"
    listing.write_text("".join(entry.format(when=w, title=t, authors=a, abstract=x) for w, t, a, x in rows),
                       encoding="utf-8")
    store = str(tmp_path / "s")
    assert CliRunner().invoke(cli, ["build", str(listing), "--store", store, "--quiet"]).exit_code == 0
    result = CliRunner().invoke(cli, ["lineage", "QuillNet", "--why", "ZorbNet", "--store", store])
    assert result.exit_code == 0, result.output
    assert ("  shared authors of their introducing papers: Kim Lee (the owner of a listing, counted on their own "
            "papers there) (a weak signal: alone it never makes an edge)") in result.output.splitlines()


@pytest.mark.parametrize(("shared", "rival"), [
    (["Ann", "Bob"], "takes that place, if it shares an author with it, as these two share a team)"),
    (["Ann"], "takes that place)"),
])
def test_what_takes_a_team_s_place_is_a_paper_of_the_team(shared: list[str], rival: str) -> None:
    answer = {"a": "Zeta", "b": "Alpa", "edges": [], "papers": [], "name_relation": None, "shared_authors": shared,
              "dropped": [], "later": "Zeta", "earlier": "Alpa", "parent_introduced": True,
              "dates": {"Zeta": "2024-01-02", "Alpa": "2022-01-02"}}
    assert explain.format_why(answer).endswith(f"nearest later one (a later paper closer to Alpa's by text {rival}")


def test_an_untitled_paper_naming_both_is_shown_by_its_name() -> None:
    paper = {"id": "paper:arxiv:2408.15151", "title": "", "name": "arXiv:2408.15151", "date": "2024-08-15",
             "a_type": "USES", "a_rule": "use-cue", "a_evidence": "Kelp uses Tern.", "b_type": "USES",
             "b_rule": "use-cue", "b_evidence": "Kelp uses Tern."}
    read = {"models": {"m:k": {"name": "Kelp"}, "m:t": {"name": "Tern"}}, "edges": [], "papers": [paper],
            "authors": []}
    assert explain.format_why(explain.why(read, "m:k", "m:t")).splitlines()[1] == (
        "  named together in 'arXiv:2408.15151' (2024-08-15): \"Kelp uses Tern.\"")
