"""Stated lineage that real abstracts write in constructions the cues did not reach (issue 16), one table per kind.

Every sentence is invented (HeronNet, MarlinNet, OrcaNet and the capitalized phrases are no real models): a row
stands for a construction, not for a paper. Each table holds the kind's wordings in several fields and its
negatives (a comparison, a baseline, a teacher or data maker, others' lineage, a clause closed before a new
subject), which must give no edge of ours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py
HM = {("HeronNet", "MarlinNet")}
OWN = "We present HeronNet. "

# Kind 1: "based on the X framework / algorithm": a parent of plain capitalized words named with its head noun.
FRAMEWORK: list[tuple[str, set[Pair]]] = [
    ("We present a fast structured pruning method named HeronNet based on the Optimal Brain Surgeon framework.",
     {("HeronNet", "Optimal Brain Surgeon")}),
    ("We present HeronNet, a tagger built on the Orca Net framework.", {("HeronNet", "Orca Net")}),
    ("We present HeronNet, a sampler based on the Tempered Glide Sampling algorithm.",
     {("HeronNet", "Tempered Glide Sampling")}),
    # negatives: no lineage cue, a baseline's base, a contrast, prior work, a topic, a library
    ("We present HeronNet, a tagger evaluated under the Orca Net framework.", set()),
    (OWN + "We compare it with baselines built on the Orca Net framework.", set()),
    (OWN + "Unlike methods based on the Optimal Brain Surgeon framework, HeronNet prunes whole heads.", set()),
    (OWN + "Prior pruning methods built on the Optimal Brain Surgeon framework are slow.", set()),
    ("We present HeronNet, a planner based on the Reinforcement Learning framework.", set()),
    ("We present HeronNet, a library built on the PyTorch framework.", set()),
]

# Kind 2: the parent set in apposition to a descriptive noun phrase after a cue ("a variant of the one-stage
# detector, X").
APPOSED: list[tuple[str, set[Pair]]] = [
    ("We present HeronNet, a variant of the single-stage detector, MarlinNet.", HM),
    ("We present HeronNet, an extension of a sampling-based motion planner, MarlinNet.", HM),
    ("HeronNet extends a recent speech recognizer, MarlinNet, with streaming attention.", HM),
    ("HeronNet builds on the graph-based dependency parser, MarlinNet, and adds a span head.", HM),
    ("Our tagger, HeronNet, is initialized from the multilingual encoder, MarlinNet.", HM),
    # others' lineage stated in the same way is theirs
    (OWN + "OrcaNet extends the detector, MarlinNet, with attention.", {("OrcaNet", "MarlinNet")}),
    # negatives: the comma closes a clause before a new subject; a comparison; a rival adjective; a baseline;
    # prior work; a teacher that labels data
    ("Unlike OrcaNet, which extends the detector, MarlinNet is trained from scratch.", set()),
    ("We present HeronNet, which extends the popular detector, MarlinNet.", set()),
    ("We present HeronNet, which improves upon the detector, MarlinNet, by 3 points.", set()),
    ("We present HeronNet, an extension of the detector, and compare it with MarlinNet.", set()),
    (OWN + "We compare it with the baseline detector, MarlinNet.", set()),
    (OWN + "Earlier work extended the one-stage detector, MarlinNet, to video.", set()),
    ("We present HeronNet, which extends the tracker to video, MarlinNet being too slow.", set()),
    ("We present HeronNet, and we use a teacher model, MarlinNet, to label data.", set()),
    # a list of models, each with its own appositive, states no lineage between them
    (OWN + "We evaluate OrcaNet, a smaller model, MarlinNet, a dense model, and PikeNet on three tasks.", set()),
    ("We present HeronNet, a sparse model, MarlinNet, a dense model, and OrcaNet, a hybrid.", set()),
    ("We present HeronNet, a lightweight detector, MarlinNet-S, and a large one, MarlinNet-L.", set()),
]

# Kind 3: "we adapt / fine-tune the X representations": X's features tuned are X tuned (used as they are, they
# are no base).
TUNED_PARTS: list[tuple[str, set[Pair]]] = [
    (OWN + "We adapt the MarlinNet representations to the pixel-level task.", HM),
    ("We adapt the MarlinNet embeddings to sign language. Our framework, namely HeronNet, leads on two sets.", HM),
    # negatives: features used, distilled or only compared; a loss adapted; others' tuning
    ("We present HeronNet, which distills the MarlinNet representations into a small student.", set()),
    (OWN + "We feed the MarlinNet features to a linear head.", set()),
    ("We present HeronNet, and compare it with methods that fine-tune the MarlinNet features.", set()),
    (OWN + "We adapt the MarlinNet loss to the pixel-level task.", set()),
    (OWN + "Unlike OrcaNet, which adapts the MarlinNet features to detection, HeronNet trains from scratch.",
     set()),
]

# Kind 4: "we ..., while also adapting X": a participle adjunct of the clause whose subject is "we" acts for the
# paper's one model, also when that model is named sentences later.
ADJUNCT: list[tuple[str, set[Pair]]] = [
    ("To address these issues, we relate regions to classes, while also adapting the MarlinNet representations "
     "to the pixel-level task. However, naive tuning hurts. Our framework, namely HeronNet, leads on ADE20K.", HM),
    ("We aim to relate regions to classes, while also adapting MarlinNet to the pixel-level task. "
     "Our framework, namely HeronNet, leads on ADE20K.", HM),
    (OWN + "We align prosody with text, thereby extending MarlinNet to expressive speech.", HM),
    # negatives: a comparison, data made by X, others acting, a rival's cost, a method applied to X
    (OWN + "We evaluate it on COCO, comparing it with MarlinNet.", set()),
    (OWN + "We train it on COCO, using labels made by MarlinNet.", set()),
    (OWN + "We study open-vocabulary segmentation, while prior work kept extending MarlinNet.", set()),
    (OWN + "We outperform prior methods, while adapting MarlinNet would need more data.", set()),
    (OWN + "We relate regions to classes, while others adapt MarlinNet to the task.", set()),
    ("We present HeronNet, a light tuning method. We test it on COCO, while also fine-tuning MarlinNet with it.",
     set()),
]

# Kind 5: "we prune / compress / quantize X by N. The resulting model, Y": Y is X compressed.
COMPRESSED: list[tuple[str, set[Pair]]] = [
    ("We prune MarlinNet by 50%. The resulting model, HeronNet, keeps its accuracy.", HM),
    ("We quantize MarlinNet to 4 bits. The resulting model, HeronNet, runs on phones.", HM),
    ("We compress MarlinNet by a factor of 3. The resulting reader, named HeronNet, runs on phones.", HM),
    # negatives: ours is the pruning method applied to X; a pruned rival; no named result
    ("We present HeronNet, a pruning method. We prune MarlinNet by 50% with HeronNet. "
     "The resulting model keeps its accuracy.", set()),
    ("We prune MarlinNet by 50% and compare it with OrcaNet. We present HeronNet, a new pruning method.", set()),
]

# Kind 6: "built with X's weights", "made from the X checkpoint": the weights name the base.
WEIGHTS: list[tuple[str, set[Pair]]] = [
    ("We present HeronNet, our speech model built with MarlinNet's weights.", HM),
    ("We present HeronNet, a speech model built with the MarlinNet weights.", HM),
    (OWN + "HeronNet is built from the MarlinNet checkpoints.", HM),
    ("Our HeronNet model, built with MarlinNet weights, runs on phones.", HM),
    ("We present HeronNet, a tagger made from the released MarlinNet checkpoint.", HM),
    # negatives: a rival, a baseline, a helper network, prior work, data
    (OWN + "We compare it with a tagger built from the MarlinNet checkpoint.", set()),
    (OWN + "Our baseline is built with the MarlinNet weights.", set()),
    (OWN + "The reward model is built from the MarlinNet checkpoint.", set()),
    (OWN + "Prior taggers were built from the MarlinNet checkpoints.", set()),
    (OWN + "We build a dataset from the MarlinNet outputs.", set()),
]

# Kind 7: growing a model: "upcycles X into", "expands X to 40 layers", "deepens X".
GROWN: list[tuple[str, set[Pair]]] = [
    ("We present HeronNet, a model that upcycles MarlinNet into a mixture of experts.", HM),
    ("We present HeronNet, which expands MarlinNet to 40 layers.", HM),
    (OWN + "HeronNet deepens MarlinNet with eight extra blocks.", HM),
    ("We present HeronNet, made by expanding MarlinNet's vocabulary to 200 languages.", HM),
    # negatives: a dataset expanded, a comparison widened, prior work, others' growth
    (OWN + "We expand the MarlinBench suite with new tasks.", set()),
    (OWN + "We expand the comparison to MarlinNet and OrcaNet.", set()),
    (OWN + "Prior work expanded MarlinNet to 40 layers.", set()),
    (OWN + "Unlike OrcaNet, which upcycles MarlinNet, HeronNet is trained from scratch.", set()),
]

# Kind 8: more wordings of derivation: a copula with a head noun ("Ours is a X model fine-tuned on ..."), a shared
# architecture, "initialized using X", a parenthesis ("Ours (a fine-tuned X)"), "continued training of X".
DERIVED: list[tuple[str, set[Pair]]] = [
    (OWN + "HeronNet is a MarlinNet model fine-tuned on medical text.", HM),
    (OWN + "HeronNet is a MarlinNet checkpoint further trained on legal text.", HM),
    (OWN + "HeronNet shares the architecture of MarlinNet.", HM),
    (OWN + "HeronNet is initialized using MarlinNet.", HM),
    ("We present HeronNet (a fine-tuned MarlinNet) for legal text.", HM),
    (OWN + "HeronNet is obtained by continued training of MarlinNet on code.", HM),
    # negatives: a baseline's or a rival's derivation, rivals that share it, a tokenizer alone, an avoided stage
    (OWN + "Our baseline is a MarlinNet model fine-tuned on medical text.", set()),
    (OWN + "OrcaNet, our rival, is a MarlinNet model fine-tuned on medical text, and HeronNet beats it.", set()),
    (OWN + "We compare HeronNet with models that share the architecture of MarlinNet.", set()),
    (OWN + "We compare HeronNet with recent models built on MarlinNet.", set()),
    (OWN + "The two encoders share the tokenizer of MarlinNet.", set()),
    ("We present HeronNet and compare it with OrcaNet (a fine-tuned MarlinNet baseline).", set()),
    (OWN + "HeronNet avoids the continued training of MarlinNet.", set()),
    (OWN + "HeronNet is a MarlinNet-style model trained on medical text.", set()),
]

# Kind 9: "we build Ours upon X", "we fine-tune Ours from X": the paper's model between the verb and its base.
BUILT: list[tuple[str, set[Pair]]] = [
    ("We build HeronNet upon MarlinNet and OrcaNet.", {("HeronNet", "MarlinNet"), ("HeronNet", "OrcaNet")}),
    ("We build our tagger, HeronNet, on top of the pretrained MarlinNet.", HM),
    ("We present HeronNet, which we fine-tune from MarlinNet on 2M dialogues.", HM),
    # negatives: data or outputs of X, a library, others' detectors, baselines, no model
    (OWN + "We build HeronNet upon data from MarlinNet.", set()),
    (OWN + "We build our index upon MarlinNet embeddings.", set()),
    (OWN + "We build HeronNet on top of PyTorch.", set()),
    (OWN + "Others build detectors upon MarlinNet.", set()),
    (OWN + "We build baselines upon MarlinNet and compare them with HeronNet.", set()),
    (OWN + "We fine-tune from scratch and compare with MarlinNet.", set()),
]

# Kind 10: "we pre-train X models on ...": the paper's one model is new models of X's kind.
TRAINED_KIND: list[tuple[str, set[Pair]]] = [
    (OWN + "We pre-train MarlinNet models on 2M clinical notes.", HM),
    ("We introduce HeronNet, a speech model family. We built pre-trained MarlinNet models covering 1,406 languages.", HM),
    # negatives: from scratch, for comparison or as baselines, a list compared with ours, a dataset paper,
    # prior work, workloads of a method or optimizer, ours named after them
    (OWN + "We train new MarlinNet models from scratch on legal text.", set()),
    (OWN + "We train MarlinNet models on legal text from scratch.", set()),
    (OWN + "We also train MarlinNet models for comparison.", set()),
    (OWN + "We train MarlinNet models on the same data as baselines.", set()),
    (OWN + "We train MarlinNet and OrcaNet models on our corpus and compare them with HeronNet.", set()),
    ("We release HeronBench, a new benchmark. We train MarlinNet models on HeronBench.", set()),
    (OWN + "Prior work trained MarlinNet models on clinical notes.", set()),
    ("We present HeronNet, a probing method. We train MarlinNet models on synthetic data and probe them with "
     "HeronNet.", set()),
    ("We present HeronNet, a new optimizer. We train MarlinNet models on ImageNet with HeronNet.", set()),
    (OWN + "We train MarlinNet models on ImageNet with HeronNet.", set()),
]

# Kind 11: more derivation verbs and nouns: "leverages X's pretrained weights", "bootstrapped from X", "a fine-tune
# of X", "a X fine-tune", "re-trains X on ...", "initializes from X", "X is used to initialize Ours".
VERBS: list[tuple[str, set[Pair]]] = [
    ("We present HeronNet, which leverages MarlinNet's pretrained weights.", HM),
    ("We present HeronNet, whose weights are bootstrapped from MarlinNet.", HM),
    ("We present HeronNet, a fine-tune of MarlinNet for legal text.", HM),
    ("We present HeronNet, a MarlinNet fine-tune for legal text.", HM),
    ("We present HeronNet, which re-trains MarlinNet on legal text.", HM),
    ("We present HeronNet, which initializes from MarlinNet.", HM),
    # negatives: outputs used as labels, data bootstrapped from X, a baseline, a rival, prior work, a helper
    ("We present HeronNet, which leverages MarlinNet's outputs as labels.", set()),
    (OWN + "Its labels are bootstrapped from MarlinNet outputs.", set()),
    (OWN + "We retrain MarlinNet as a baseline.", set()),
    (OWN + "We retrain MarlinNet on our data and compare it with HeronNet.", set()),
    (OWN + "Prior work retrains MarlinNet every week.", set()),
    (OWN + "We compare it with a fine-tune of MarlinNet.", set()),
    ("We present HeronNet, and we evaluate it against a MarlinNet fine-tune.", set()),
    (OWN + "The reward model is a fine-tune of MarlinNet.", set()),
    (OWN + "We select examples on the basis of MarlinNet predictions.", set()),
    # the parent named first: "X is used to initialize Ours" (not another model, a baseline or a helper of ours)
    (OWN + "MarlinNet is used to initialize HeronNet.", HM),
    (OWN + "The MarlinNet weights are used to initialize HeronNet.", HM),
    (OWN + "MarlinNet's pretrained weights were used to warm-start HeronNet.", HM),
    (OWN + "MarlinNet is used to initialize the baseline.", set()),
    (OWN + "MarlinNet is used to initialize the reward model of HeronNet.", set()),
]

TABLE = (FRAMEWORK + APPOSED + TUNED_PARTS + ADJUNCT + COMPRESSED + WEIGHTS + GROWN + DERIVED + BUILT + TRAINED_KIND
         + VERBS)


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[t[:70] for t, _ in TABLE])
def test_stated_lineage_constructions(builds_on: Pairs, text: str, expected: set[Pair]) -> None:
    assert builds_on(text) == expected
