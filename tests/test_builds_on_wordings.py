"""Stated derivation in wordings the phrasing tables did not yet read (issue 16): initialized with the weights of
X, bootstrapped from X, further pretrained from X, pruned or quantized from X, revisiting X, adopting or reusing
X's architecture, encoder or weights, transferring weights from X, improving over our previous X, a fork, port,
rewrite, clone, evolution or hybrid of X, grafting onto or transplanting from X, post-training or aligning X into
ours, leveraging X's weights, an RLHF-tuned X, extending X's context; and the wordings that look alike but state
no derivation.

Every sentence is invented (Corvid, Talpa, Wrenlet, Pikelet, ... are no real models) and stands for a kind; each
kind has negatives that must give no edge: a model that prunes or quantizes another is a method, a paper that
follows or reuses a model's recipe or tokenizer does not build on it, a pruned or pre-trained X stays one phrase.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py

# Kind 1: the weights, checkpoint or parameters of X as the start of ours.
WEIGHTS: list[tuple[str, set[Pair]]] = [
    ("We present Corvid, a tabular model. We initialize Corvid with the weights of Talpa-3B and train it on "
     "spreadsheets.", {("Corvid", "Talpa")}),
    ("We present Wrenlet, a speech recognizer. Wrenlet is initialised from the Pikelet checkpoint and tuned on "
     "Welsh.", {("Wrenlet", "Pikelet")}),
    ("We introduce Sorrel, a code model bootstrapped from Gannet-7B and refined on its own test results.",
     {("Sorrel", "Gannet")}),
    ("We release Basalt, a legal model further pretrained from Ormer-2 on court rulings.", {("Basalt", "Ormer-2")}),
    ("We describe Loam, which reuses the encoder of Quarry-L and adds a layout decoder.",
     {("Loam", "Quarry")}),  # -L: a size
    ("We present Fennet, a weather model that adopts the architecture of Skua-1 with fewer layers.",
     {("Fennet", "Skua-1")}),
    # negatives: weights of another model, a recipe or tokenizer taken over, a model's name as a data source
    ("We present Corvid, a tabular model, and compare it with the weights of Talpa-3B frozen.", set()),
    ("We present Fennet, a weather model that adopts the training recipe of Skua-1.", set()),
    ("We describe Loam, which reuses Quarry-L's tokenizer and trains a new network from scratch.", set()),
    ("We present Wrenlet, a speech recognizer trained on transcripts that Pikelet produced.", set()),
]

# Kind 2: pruning, quantizing and revisiting: ours is the result; another model doing it is a method.
COMPRESSED: list[tuple[str, set[Pair]]] = [
    ("We prune Halyard-13B into Halyard-Lite, a 3B model for phones.", {("Halyard-Lite", "Halyard")}),
    ("We present Tern-4bit, a chat model quantized from Tern-70B with no loss on reading tasks.",
     {("Tern-4bit", "Tern")}),
    ("We present Pipit, obtained by quantizing Stoat-8B to three bits.", {("Pipit", "Stoat")}),
    ("Revisiting Marten-2, we propose Vole-2, a leaner detector without the mask head.", {("Vole-2", "Marten-2")}),
    ("We revisit Ibex-2 and propose Oryx, which drops its decoder.", {("Oryx", "Ibex-2")}),
    # negatives: a method that prunes or quantizes a model; a pruned X as one phrase; a study revisiting X
    ("We present Shearling, a method that prunes Halyard-13B to 3B parameters.", set()),
    ("Shearling quantizes Stoat-8B to three bits, and we present Pipit, a new chat model.", set()),
    ("We present Pipit, a chat model, and compare it with a pruned Stoat-8B.", set()),
    ("We revisit Ibex-2 and find that its decoder is redundant.", set()),
]

# Kind 3: follow, adopt, borrow, inherit, reuse: lineage only with the model's own parts as object.
OWNED: list[tuple[str, set[Pair]]] = [
    ("We present Dunlin, which follows the design of Plover-2 but widens its layers.", {("Dunlin", "Plover-2")}),
    ("We present Dunlin, which inherits Plover-2's decoder and adds a retrieval head.", {("Dunlin", "Plover-2")}),
    ("We present Dunlin, which borrows the backbone of Plover-2 for its image branch.", {("Dunlin", "Plover-2")}),
    # negatives: following a model's setup or a model itself, adopting its loss, inheriting its tokenizer
    ("We present Dunlin, which follows Plover-2 in using rotary embeddings.", set()),
    ("We present Dunlin. Following Plover-2, we train Dunlin with a contrastive loss.", set()),
    ("We present Dunlin, which adopts the loss of Plover-2 and a new architecture.", set()),
    ("We present Dunlin, which inherits the tokenizer of Plover-2 but not its weights.", set()),
]

# Kind 4: a participle that modifies a name stays inside the phrase; the base after it is still the parent.
PARTICIPLES: list[tuple[str, set[Pair]]] = [
    ("We present Kestrel-Med, fine-tuned from a pre-trained Osprey-7B checkpoint on clinical notes.",
     {("Kestrel-Med", "Osprey")}),
    ("We present Kestrel-Med, initialized with a pruned Osprey-7B and tuned on clinical notes.",
     {("Kestrel-Med", "Osprey")}),
]

# Kind 5: the authors' own earlier model, named as such, is the predecessor of the new one and not introduced
# again; outperforming it is a comparison only.
PREVIOUS: list[tuple[str, set[Pair], set[str]]] = [
    ("The proposed \u2018Gullwing3\u2019 parser clearly improves over our previous Gullwing versions on treebanks.",
     {("Gullwing3", "Gullwing")}, {"Gullwing3"}),
    ("We present Skerry, which improves upon our earlier model Tidewater-2 with a longer memory.",
     {("Skerry", "Tidewater-2")}, {"Skerry"}),
    ("We present Skerry, which extends our prior work, Tidewater-2, to streaming audio.",
     {("Skerry", "Tidewater-2")}, {"Skerry"}),
    # negatives: a comparison with our earlier model; our earlier model named in passing
    ("We present Skerry, which outperforms our previous model Tidewater-2 on every benchmark.", set(), {"Skerry"}),
    ("We present Skerry. Our earlier tagger, Tidewater-2, was slow on long inputs.", set(), {"Skerry"}),
]

# Kind 6: weights transferred from a model: it is the parent; a model of another paper doing it is no child of ours.
TRANSFER: list[tuple[str, set[Pair]]] = [
    ("We propose Brackish, a segmentation network transferring weights from the classification net Reedbed-16.",
     {("Brackish", "Reedbed-16")}),
    ("We present Brackish, which transfers the pre-trained weights of Reedbed-16 into a dilated network.",
     {("Brackish", "Reedbed-16")}),
    # negatives: another model transfers weights; methods that do
    ("We present Brackish, which beats Marram-2, a model transferring weights from Reedbed-16.",
     {("Marram-2", "Reedbed-16")}),
    ("We present Brackish and compare it with methods transferring weights from Reedbed-16.", set()),
]

# Kind 7: a noun of derivation: fork, port, rewrite, clone, evolution, hybrid of X.
NOUNS: list[tuple[str, set[Pair]]] = [
    ("We present Hartsease, a fork of Wychwood-2 with a faster scheduler.", {("Hartsease", "Wychwood-2")}),
    ("We present Hartsease. Hartsease is a port of Wychwood-2 to TPUs.", {("Hartsease", "Wychwood-2")}),
    ("We present Hartsease, a rewrite of Wychwood-2 in Rust.", {("Hartsease", "Wychwood-2")}),
    ("We present Hartsease. Hartsease is an evolution of Wychwood-2 with sparse attention.",
     {("Hartsease", "Wychwood-2")}),
    ("We present Hartsease, a Wychwood-2 clone trained on open data.", {("Hartsease", "Wychwood-2")}),
    ("We present Hartsease, a hybrid of Wychwood-2 and Foxglove-3.",
     {("Hartsease", "Wychwood-2"), ("Hartsease", "Foxglove-3")}),
    # negatives: the noun with no model of ours before it; another model's fork; a hybrid of ideas
    ("We present Hartsease. We study the evolution of Wychwood-2 during training.", set()),
    ("We present Hartsease. Hartsease outperforms Foxglove-3, a fork of Wychwood-2.", {("Foxglove-3", "Wychwood-2")}),
    ("We present Hartsease, a hybrid of attention and recurrence, and compare it with Wychwood-2.", set()),
    ("We present Hartsease. Hartsease runs on the port of Wychwood-2 to ARM.", set()),
]

# Kind 8: parts grafted onto or transplanted from X, a scaled-down X: X is the parent.
PARTS: list[tuple[str, set[Pair]]] = [
    ("We present Hartsease, which grafts a retrieval head onto Wychwood-2.", {("Hartsease", "Wychwood-2")}),
    ("We present Hartsease, which transplants the encoder of Wychwood-2 into a new decoder.",
     {("Hartsease", "Wychwood-2")}),
    ("We present Hartsease. Hartsease is a scaled-down Wychwood-2 for phones.", {("Hartsease", "Wychwood-2")}),
    # negatives: grafting onto systems named as examples; transplanting a model's tokenizer
    ("We present Hartsease, which grafts onto existing systems such as Wychwood-2.", set()),
    ("We present Hartsease, which transplants the tokenizer of Wychwood-2 into a new model.", set()),
]

# Kind 9: post-training and alignment of X into ours; X's weights leveraged; an "<method>-tuned X"; X's context.
POST: list[tuple[str, set[Pair]]] = [
    ("We present Ouzel-7B. Ouzel-7B is post-trained from Linnet-2 on tool use.", {("Ouzel", "Linnet-2")}),
    ("We post-train Linnet-2 into Ouzel-7B, an agent for spreadsheets.", {("Ouzel", "Linnet-2")}),
    ("We present Ouzel-7B, obtained by post-training Linnet-2 on tool use.", {("Ouzel", "Linnet-2")}),
    ("We present Ouzel-7B. We align Linnet-2 with DPO, producing Ouzel-7B.", {("Ouzel", "Linnet-2")}),
    ("We present Ouzel-7B, which is aligned from Linnet-2 with human feedback.", {("Ouzel", "Linnet-2")}),
    ("We present Ouzel-7B, which leverages the pretrained weights of Linnet-2.", {("Ouzel", "Linnet-2")}),
    ("We present Ouzel-7B, an RLHF-tuned Linnet-2 for support chats.", {("Ouzel", "Linnet-2")}),
    ("We present Ouzel-7B. Ouzel-7B extends the context of Linnet-2 to 128K tokens.", {("Ouzel", "Linnet-2")}),
    ("We present Ouzel-7B. This model derives from Linnet-2 through continued pretraining.", {("Ouzel", "Linnet-2")}),
    # negatives: a model aligning another is a method; a judge leveraged; post-training ours alone; outputs
    ("We present Ouzel-7B. Ouzel-7B aligns Linnet-2 with human values at no cost.", set()),
    ("We present Ouzel-7B, which leverages Linnet-2 as a judge.", set()),
    ("We present Ouzel-7B, which leverages the outputs of Linnet-2.", set()),
    ("We present Ouzel-7B. We post-train Ouzel-7B on math with data from Linnet-2.", set()),
    ("We present Ouzel-7B, a DPO-tuned model that beats Linnet-2.", set()),
    ("We present Ouzel-7B. Our gain derives from Linnet-2's data.", set()),
]


KINDS = {"weights": WEIGHTS, "compressed": COMPRESSED, "owned parts": OWNED, "participles": PARTICIPLES,
         "transfer": TRANSFER, "nouns": NOUNS, "grafted parts": PARTS, "post-training": POST}
CASES = [(kind, sentence, expected) for kind, table in KINDS.items() for sentence, expected in table]


@pytest.mark.parametrize(("sentence", "expected"), [(s, e) for _, s, e in CASES],
                         ids=[f"{kind}: {s[:60]}" for kind, s, _ in CASES])
def test_each_wording_states_exactly_its_parents(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected", "new"), PREVIOUS, ids=[s[:70] for s, _, _ in PREVIOUS])
def test_our_previous_model_is_a_predecessor_not_introduced(builds_on: Pairs, introduced: Callable[..., set[str]],
                                                            sentence: str, expected: set[Pair], new: set[str]) -> None:
    assert (builds_on(sentence), introduced(sentence)) == (expected, new)
