"""What a paper introduces, read from structure: an own-work verb or "our", an object phrase, and the link that
hands it to a name (issue 11). The parts lists, the "our ..., namely" phrases, the appositions after a long
modifier and the capitalized runs an own verb introduces are read by kg/extract/introduce.py, not by cue
strings with fixed gaps or closed lists of head nouns.

Every sentence is written for the test with invented names (well-known models and datasets in passing). Each
table stands for one kind, with positives and negatives: a parent named in the object phrase ("a variant of
X"), others' work in a list, "we use X", "we build on X", a comparison before a list.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.base import load_patterns
from kg.extract.introduce import Reach, introduced_name, owned_object, parts_reach
from kg.model import DATASET, INTRODUCES, MODEL

Case = tuple[str, set[str], set[str]]  # (abstract, names introduced, other names that must be found)


def found(ex: Extractor, abstract: str) -> tuple[dict[str, str], set[str]]:
    """The paper's Model and Dataset names with their labels, and the names it introduces."""
    nodes, edges = ex.paper("paper:t", "", abstract)
    names = {n.id: (n.props["name"], n.label) for n in nodes if n.label in (MODEL, DATASET)}
    return dict(names.values()), {names[e.target][0] for e in edges if e.type == INTRODUCES and e.target in names}


# A parts list: a count after a verb of having, or a word saying new, any head noun, a link, the items.
PARTS_LIST: list[Case] = [
    ("Helixa consists of two modules, Ridge Mixer and Tidal Norm, trained jointly on ImageNet.",
     {"Ridge Mixer", "Tidal Norm"}, {"ImageNet"}),
    ("Our tokenizer has three stages: Byte Folding (BF), Merge Pruning (MP) and Vocab Echo (VE).",
     {"BF", "MP", "VE"}, set()),
    ("The protein encoder comprises two key approaches, namely Gated Fold Attention (GFA) and Residue Mixing "
     "(RM).", {"GFA", "RM"}, set()),
    ("We split the retrieval loss into two parts, i.e., Anchor Alignment Loss (AAL) and Spread Penalty Loss "
     "(SPL).", {"AAL", "SPL"}, set()),
    ("Kestrel adopts new operators such as LatPool and HelixNorm.", {"LatPool", "HelixNorm"}, set()),
]

# Not parts of the paper's work: others' pipelines, the compared, examples of a class.
NOT_PARTS: list[Case] = [
    ("Existing trackers consist of two parts: Region Proposal Network (RPN) and a box head.", set(), {"RPN"}),
    ("We compare Zorbnet with three strong detectors, QuillDet, HexaDet and OrbDet.", set(),
     {"QuillDet", "HexaDet", "OrbDet"}),
    ("We study gradient boosting together with six neural approaches, including SAINT, TabNet and NODE.", set(),
     {"SAINT", "TabNet"}),
]

# "our" opens the phrase a naming link hands to a name; not a blocked head, nor a modifier's own noun.
OUR_NAMED: list[Case] = [
    ("Our learned clip features, namely V3X (Video 3D Echo), transfer to six tasks.", {"V3X"}, set()),
    ("Our distilled student, namely TinyQuill2, runs on phones.", {"TinyQuill2"}, set()),
    ("Our baseline, namely ZorbNet3, is a plain transformer. We propose Quillnet-2.", {"Quillnet-2"},
     {"ZorbNet3"}),
    ("Our results on two benchmarks, namely Zorbset-1 and Quillset-2, improve by 3 points.", set(),
     {"Zorbset-1", "Quillset-2"}),
]

# An apposition after a long modifier of the object names it; the head types it.
LONG_APPOSITION: list[Case] = [
    ("We also release our held-out test set of annotated radiology reports from three hospitals, RadTest-3, "
     "to the public.", {"RadTest-3"}, set()),
    ("We further introduce a small evaluation set for legal clause retrieval, Zorb-Eval, with 900 queries.",
     {"Zorb-Eval"}, set()),
]

# A run of capitalized words is introduced when an own verb coins it or a link hands it over.
CAPITALIZED_RUN: list[Case] = [
    ("We propose Batched Echo Pruning for fast compression of language models.", {"Batched Echo Pruning"}, set()),
    ("We collect two million dialogues and propose Turn Parity Loss, a training objective.", {"Turn Parity Loss"},
     set()),
    ("We introduce Quiet Anchor Prompts, which freeze a set of prompts after each task.", {"Quiet Anchor Prompts"},
     set()),
    ("We propose a new pooling operator, Keystone Pooling, that halves memory.", {"Keystone Pooling"}, set()),
    ("At the heart of our method is Echo Pooling, a cheap operator.", {"Echo Pooling"}, set()),
    ("The resulting model, called Gated Echo Pooling, beats BERT on GLUE.", {"Gated Echo Pooling"},
     {"BERT", "GLUE"}),
    ('Not only does this "Inner Echo" method help, it also speeds decoding.', {"Inner Echo"}, set()),
]

# Not introduced: a reporting verb, "we use X", "we build on X", a parent in the object phrase.
NOT_INTRODUCED: list[Case] = [
    ("We report Mean Average Precision on COCO.", set(), {"COCO"}),
    ("We present Zorbix: Echo Models for Dialog Agents. Zorbix is a family of chat models.", {"Zorbix"}, set()),
    ("We describe Related Work in the second section.", set(), set()),
    ("We use Batched Echo Pruning from prior work to compress BERT.", set(), {"BERT"}),
    ("We build on Gated Echo Pooling to design a faster tracker.", set(), set()),
    ("We propose a variant of RoBERTa with sparse attention.", set(), {"RoBERTa"}),
]

# The own models as members of a list the object phrase opens; not a list of baselines or of the compared.
LIST_MEMBERS: list[Case] = [
    ("We introduce two models, Zorbit and Quillan, for code search.", {"Zorbit", "Quillan"}, set()),
    ("We present three detectors, Vexa, Tarn and Opalis, that share one backbone.", {"Vexa", "Tarn", "Opalis"},
     set()),
    ("We compare two models, Zorbit and Quillan, on code search.", set(), {"Zorbit", "Quillan"}),
    ("We propose Helixor and evaluate it against three baselines, Vexa, Tarn and Opalis.", {"Helixor"},
     {"Vexa", "Tarn", "Opalis"}),
]

KIND_CASES = [(k, c) for k, t in (("parts", PARTS_LIST), ("not parts", NOT_PARTS), ("our named", OUR_NAMED),
                                  ("long apposition", LONG_APPOSITION), ("capitalized run", CAPITALIZED_RUN),
                                  ("not introduced", NOT_INTRODUCED), ("list members", LIST_MEMBERS)) for c in t]


@pytest.mark.parametrize(("kind", "case"), KIND_CASES, ids=[f"{k}: {c[0][:40]}" for k, c in KIND_CASES])
def test_the_structure_decides_what_a_paper_introduces(ex: Extractor, kind: str, case: Case) -> None:
    abstract, intro, others = case
    names, introduced = found(ex, abstract)
    assert introduced == intro
    assert intro | others <= set(names)


def test_a_long_apposition_after_a_data_head_is_a_dataset(ex: Extractor) -> None:
    for abstract, _, _ in LONG_APPOSITION:
        names, intro = found(ex, abstract)
        assert {names[n] for n in intro} == {DATASET}


@pytest.mark.parametrize(("lead", "reach"), [
    ("Orbix consists of two modules: ", Reach("modules", "named")),
    ("Orbix consists of two modules, Echo Mixer and ", Reach("modules", "named")),
    ("It has three stages, i.e., (i) ", Reach("stages", "named")),
    ("The flexibility of the design rests on two innovations: 1) ", None),  # no verb of having before the count
    ("Quillet adopts novel blocks including ", Reach("blocks", "named")),
    ("Quillet adopts six blocks including ", None),  # examples of a class: not parts unless new
    ("Earlier detectors have two heads: ", None),
    ("We compare it with two detectors, Zorb and ", None),
    ("We train it with two GPUs, and ", None),
    ("It has two heads for ", None),
])
def test_the_parts_reader_on_leads(lead: str, reach: Reach | None) -> None:
    assert parts_reach(load_patterns(), lead) == reach


@pytest.mark.parametrize(("lead", "reach"), [
    ("Our learned features, namely ", Reach("features", "named")),
    ("In short, our compact student model, called ", Reach("model", "named")),
    ("Our baseline, namely ", None),
    ("Our results on two benchmarks, namely ", None),
    ("Our model, ", None),  # no naming link
    ("Our approach is simple: we fine-tune ", None),
])
def test_the_our_phrase_reader_on_leads(lead: str, reach: Reach | None) -> None:
    assert owned_object(load_patterns(), lead) == reach


@pytest.mark.parametrize(("lead", "link"), [
    ("We propose ", "object"),
    ("We describe a benchmark for code review, ", "apposition"),
    ("At the core of our approach is ", "named"),
    ("We report ", None),  # a bare object only of a verb that coins
    ("We use ", None),
])
def test_a_capitalized_run_is_introduced_by_the_structure_before_it(lead: str, link: str | None) -> None:
    reach = introduced_name(load_patterns(), lead)
    assert (reach.link if reach else None) == link

