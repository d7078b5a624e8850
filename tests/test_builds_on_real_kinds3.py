"""Stated lineage on real text by mechanism, not by cue words (issue 16), one table per kind.

Every sentence is invented (HeronNet, MarlinNet, Quorra, Pellam and the others are no real models): a row stands
for a construction, not for a paper. Each table holds the kind's wordings in several fields and its negatives.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.extract import Extractor

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py
OWN = "We present HeronNet. "

# Kind 1: a name relation inside one abstract is stated lineage only when the abstract introduces the child;
# between two names it only compares with, or names in passing, it is a signal for inference across papers.
NAMES: list[tuple[str, set[Pair]]] = [
    ("We present Quorra 2, a speech recognizer trained on more hours. Quorra 2 beats Quorra on every test set.",
     {("Quorra 2", "Quorra")}),
    ("We introduce Pellam-Chat, a dialogue model. It answers better than Pellam.", {("Pellam-Chat", "Pellam")}),
    ("We propose Flan-SorrelLM, tuned on many tasks. SorrelLM alone is weaker.", {("Flan-SorrelLM", "SorrelLM")}),
    # a participle on others' child states its base whatever the clause does with the child
    (OWN + "It beats PellamLM-Chat, tuned from PellamLM, on dialogue.", {("PellamLM-Chat", "PellamLM")}),
    # negatives: others' versions and extensions the paper compares with or names in passing
    (OWN + "It transcribes faster than Quorra-v3 and Quorra.", set()),
    (OWN + "We compare it with Pellam v3.1 and Pellam on protein folding.", set()),
    (OWN + "Unlike Sorrel-Adapter and Sorrel, HeronNet needs no labels.", set()),
    (OWN + "Gannet-V2 quantizes weights to four bits. Earlier, Gannet quantized activations.", set()),
    ("We study scheduling on clusters. Tessel-XL and Tessel are two popular schedulers.", set()),
]

# Kind 2: a role noun after a possessive ("its teacher X", "its base model X", "its backbone X") names the
# possessor's parent, even inside a comparison clause.
ROLES: list[tuple[str, set[Pair]]] = [
    ("We present TinyVex, a one-step upscaler. TinyVex is 5x faster compared to its teacher HeronNet.",
     {("TinyVex", "HeronNet")}),
    ("We present TinyVex, a small recognizer, which matches its base model HeronNet at a third of the cost.",
     {("TinyVex", "HeronNet")}),
    ("We present Quillo, a compact tagger. Quillo outperforms its backbone MarlinNet by 3 points.",
     {("Quillo", "MarlinNet")}),
    (OWN + "It beats OrcaNet, which is faster than its teacher MarlinNet.", {("OrcaNet", "MarlinNet")}),
    # negatives: a comparison with no role noun; "its" after a list of rivals is theirs
    ("We present Quillo, a compact tagger. Quillo is 5x faster compared to MarlinNet.", set()),
    (OWN + "We compare it with OrcaNet and its teacher MarlinNet.", set()),
]

# Kind 3: a part the paper adds to another model is no child of what "we" do to that model.
PARTS: list[tuple[str, set[Pair]]] = [
    ("We fine-tune HeronNet for streaming speech recognition. We introduce an additional QRX decoder to cut latency.",
     set()),
    ("We fine-tune HeronNet for protein folding. We propose a new ZOLT attention module that halves memory.", set()),
    ("We fine-tune HeronNet for speech translation. We add an extra Rapid Token Alignment (RTA) decoder trained with "
     "causal masks.", set()),
    # the part as the clause's subject, or the paper's model, still states its parent
    ("We propose the QRX decoder. It is initialized from HeronNet.", {("QRX", "HeronNet")}),
    ("We present QRX, a protein folding model. We fine-tune HeronNet on folding data to initialize it.",
     {("QRX", "HeronNet")}),
]

# Kind 4: a fronted adjunct names the backbone before the model it is the backbone of.
FRONTED: list[tuple[str, set[Pair]]] = [
    ("With HeronNet backbones pre-trained on web images, our detector, named Vexdet, reaches 60 AP on COCO.",
     {("Vexdet", "HeronNet")}),
    ("Using PikeNet encoders, our new parser, named Vexdet, sets a record on treebanks.", {("Vexdet", "PikeNet")}),
    # negatives: no model of ours is the subject
    ("With HeronNet backbones, all detectors improve by 2 AP.", set()),
    (OWN + "With MarlinNet backbones, prior detectors reach 50 AP.", set()),
]

# Kind 5: a name two or more whole versions on (the unnumbered name is version 1) points at an ancestor: a version
# came between, and that one is the parent; only a stated base makes the older one a parent.
VERSION_GAPS: list[tuple[str, set[Pair]]] = [
    ("We present Quorra 7, a real-time detector. Quorra 7 outperforms Quorra 5 and DETR in speed and accuracy.",
     set()),
    ("We introduce Pellam 3, trained on more tokens. Pellam 3 beats Pellam on every benchmark.", set()),
    ("We present Sorrel 4, a speech recognizer. Sorrel 2 needs twice its memory.", set()),
    # the next version, a minor one, the nearest of several named, or a stated base
    ("We present Quorra 6, a faster detector. Quorra 6 outperforms Quorra 5 in speed.", {("Quorra 6", "Quorra 5")}),
    ("We present Sorrel 2.5, a speech recognizer. It beats Sorrel 1.5 on every test set.",
     {("Sorrel 2.5", "Sorrel 1.5")}),
    ("We introduce Pellam 3. Pellam 3 beats Pellam 2 and Pellam on reasoning.", {("Pellam 3", "Pellam 2")}),
    ("We present Quorra 7, a detector built on Quorra 5 with a new neck.", {("Quorra 7", "Quorra 5")}),
    ("We present Quorra 5, the newest member of the Quorra family.", {("Quorra 5", "Quorra")}),
]

# Kind 7: "tuned from X" (no "fine-", or "instruction-tuned") states X as the base, as "fine-tuned from X" does.
TUNED_FROM: list[tuple[str, set[Pair]]] = [
    ("We release KiteBot, an assistant tuned from Orca on dialogues.", {("KiteBot", "Orca")}),
    ("We present KiteBot, a dialogue model instruction-tuned from Orca.", {("KiteBot", "Orca")}),
    ("We release Lumo-Chat, an assistant tuned from Lumo with human feedback.", {("Lumo-Chat", "Lumo")}),
    # a name after ", and" that a verb follows opens a clause of its own, no parent of the one before
    ("KiteBot is fine-tuned from Orca, and PikeLM is fine-tuned from Lumo.", {("KiteBot", "Orca"), ("PikeLM", "Lumo")}),
    ("We introduce KiteBot and PikeLM. KiteBot is fine-tuned from Orca and PikeLM is trained from scratch.",
     {("KiteBot", "Orca")}),  # without the comma too
    ("We introduce KiteBot and PikeLM. KiteBot is tuned from Orca and PikeLM was distilled from Lumo.",
     {("KiteBot", "Orca"), ("PikeLM", "Lumo")}),
    # ", and" after the one parent of an apposition closes it: the name after it goes on the child's list
    (OWN + "It beats KiteBot, fine-tuned from Orca, and PikeLM on dialogue.", {("KiteBot", "Orca")}),
    (OWN + "It beats KiteBot, which is fine-tuned from Orca, and PikeLM on dialogue.", {("KiteBot", "Orca")}),
    # a list of three after the participle, or two joined by "and" alone, are all parents
    ("We introduce KiteBot, fine-tuned from Orca, Lumo, and Pellam.",
     {("KiteBot", "Orca"), ("KiteBot", "Lumo"), ("KiteBot", "Pellam")}),
    ("We introduce KiteBot, fine-tuned from Orca and Lumo.", {("KiteBot", "Orca"), ("KiteBot", "Lumo")}),
    # negatives: no model after "from"
    ("We present KiteBot, tuned from scratch on dialogues.", set()),
    ("We present KiteBot, whose hyperparameters are tuned from validation runs on Orca.", set()),
]

TABLE = NAMES + ROLES + PARTS + FRONTED + VERSION_GAPS + TUNED_FROM


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[t[:70] for t, _ in TABLE])
def test_stated_lineage_by_mechanism(builds_on: Pairs, text: str, expected: set[Pair]) -> None:
    assert builds_on(text) == expected


# Kind 6: architectures a model adopts are its parents only when they came before it: one its own paper introduces
# beside it, and no earlier paper does, is a part of it (rule adopted-part, judged by date when the graph is built).
ORCA = {"id": "2305.00001", "title": "Orca-3: A Strong Language Model", "date": "2023-05-07", "authors": ["Ann Li"],
        "abstract": "We present Orca-3, a strong language model. Orca-3 adopts innovative architectures including Gated "
                    "Pellam Attention (GPA) and SorrelMoE. GPA compresses the cache into a latent vector, while "
                    "SorrelMoE cuts the cost of training."}
SORREL = {"id": "2105.00001", "title": "SorrelMoE: Cheap Sparse Experts", "date": "2021-05-03", "authors": ["Bo Chen"],
          "abstract": "We present SorrelMoE, a mixture-of-experts layer that routes each token to two experts."}


@pytest.mark.parametrize(("records", "parents"), [
    ([ORCA], set()),  # GPA and SorrelMoE both first introduced here: parts of Orca-3
    ([SORREL, ORCA], {("SorrelMoE", "adopted-part")}),  # SorrelMoE came two years before: a parent; GPA still a part
])
def test_an_adopted_architecture_is_a_parent_only_when_it_came_first(tmp_path: Path, ex: Extractor,
                                                                     records: list[dict[str, object]],
                                                                     parents: set[tuple[str, str]]) -> None:
    from kg.analysis.common import node_name
    from kg.model import BUILDS_ON
    from kg.pipeline import assemble, read_sources

    path = tmp_path / "papers.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    g = assemble(read_sources([path]), extractor=ex).to_networkx()
    assert {(node_name(g, t), a["rule"]) for s, t, a in g.edges(data=True)
            if a.get("type") == BUILDS_ON and node_name(g, s) == "Orca-3"} == parents
