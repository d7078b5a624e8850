"""Name shapes of models and datasets that real abstracts write and the rules cut, split or typed wrongly
(issue 11), one table per kind.

Every sentence is written for the test; names are invented (ZetaNet, Quux, Tarn, ...) or well known. A row
stands for a kind of phrasing, not for one abstract; each table holds positives and negatives.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import DATASET, MODEL

Entity = tuple[str, str]
OWN = "We propose ZetaNet. "
Z = (MODEL, "ZetaNet")


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def entities(ex: Extractor, abstract: str, title: str = "") -> set[Entity]:
    """(label, name) of every Model and Dataset node the paper yields."""
    nodes, _ = ex.paper("paper:t", title, abstract, ())
    return {(n.label, n.name) for n in nodes if n.label in (MODEL, DATASET)}


def check(ex: Extractor, abstract: str, present: set[Entity], absent: set[Entity], title: str = "") -> None:
    found = entities(ex, abstract, title)
    assert present <= found, (present - found, found)
    assert not absent & found, (absent & found, found)


# Kind 1: one base written with a list of versions, joined by slashes or by "and": each version is a name.
VERSION_LISTS: list[tuple[str, set[Entity], set[Entity]]] = [
    (OWN + "It sets new records on Quux-100/200/300.",
     {(DATASET, "Quux-100"), (DATASET, "Quux-200"), (DATASET, "Quux-300")}, {(DATASET, "Quux-100/200/300")}),
    (OWN + "On Zorb-v1.0/1.5/2.0 it reaches 72.3%/64.7%/50.3% mAP.",
     {(DATASET, "Zorb-v1.0"), (DATASET, "Zorb-v1.5"), (DATASET, "Zorb-v2.0")}, {(DATASET, "Zorb-v1.0/1.5/2.0")}),
    (OWN + "ZetaNet is evaluated on Bloop V1/V2 and on Tarn-4.",
     {(DATASET, "Bloop V1"), (DATASET, "Bloop V2"), (DATASET, "Tarn-4")}, set()),
    (OWN + "ZetaNet is evaluated on Bloop V1 and V2.", {(DATASET, "Bloop V1"), (DATASET, "Bloop V2")}, set()),
    ("Our Quill V1, V2 and V3 models run on the Zed-10 cluster.",
     {(MODEL, "Quill V1"), (MODEL, "Quill V2"), (MODEL, "Quill V3")}, set()),
    # a known dataset's versions keep its type in any list
    (OWN + "It leads on the motion-heavy Something-Something V1/V2, and on Kinetics-400.",
     {(DATASET, "Something-Something V1"), (DATASET, "Something-Something V2")},
     {(MODEL, "Something-Something V1"), (MODEL, "Something-Something V2")}),
    # negatives: a patch size is no version, nor a count after "and", nor scores
    ("We fine-tune ViT-L/14 on Flowers-102 with our ZetaNet head.", {(DATASET, "Flowers-102")},
     {(MODEL, "ViT-14"), (MODEL, "ViT-L")}),
    ("We use ResNet-50 and 8 GPUs to train ZetaNet on ImageNet.", set(), {(MODEL, "ResNet-8")}),
    (OWN + "It is tested on the Osaka 24/7 and Pitts-250 benchmarks.", set(), {(DATASET, "Osaka 7")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), VERSION_LISTS, ids=[t[:40] for t, _, _ in VERSION_LISTS])
def test_version_lists_are_one_name_each(ex: Extractor, text: str, present: set[Entity], absent: set[Entity]) -> None:
    check(ex, text, present, absent)


def test_resnet_depths_after_a_slash_are_names() -> None:
    found = entities(Extractor(), "We train ZetaNet with ResNet-50/101 backbones on COCO.")
    assert {(MODEL, "ResNet-50"), (MODEL, "ResNet-101")} <= found


# Kind 2: a list of datasets with a bracketed score after each name, closed by "datasets".
SCORED_LISTS: list[tuple[str, set[Entity], set[Entity]]] = [
    (OWN + "It gains on Tarn-3D (+4.5), Quill-Room (+3.5), and ZZ3D (+20.5) datasets.",
     {(DATASET, "Tarn-3D"), (DATASET, "Quill-Room"), (DATASET, "ZZ3D")}, {(MODEL, "ZZ3D")}),
    (OWN + "It gains on Flurb-10 (+1.2%) and Dorm-7 (+0.8%) benchmarks.",
     {(DATASET, "Flurb-10"), (DATASET, "Dorm-7")}, set()),
    (OWN + "It gains 3 points on QL-9 (+3.0) datasets.", {(DATASET, "QL-9")}, {(MODEL, "QL-9")}),
    (OWN + "It leads on ScanNet V2 (+2.1) and ZZ3D (+7.7) datasets.", {(DATASET, "ScanNet V2"), (DATASET, "ZZ3D")},
     {(MODEL, "ZZ3D")}),
    (OWN + "It leads on Tarn V3 (+1.0), Quill-9 (+0.4), and QX5 (+2.2) benchmarks.",
     {(DATASET, "Tarn V3"), (DATASET, "QX5")}, {(MODEL, "QX5")}),
    # negative: scored models compared on a dataset stay models
    (OWN + "It beats QuasiNet (+1.2), Morf-3 (+0.8), and GridMix (+3.0) on ImageNet.",
     {(MODEL, "QuasiNet"), (MODEL, "Morf-3"), (MODEL, "GridMix")}, {(DATASET, "GridMix")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), SCORED_LISTS, ids=[t[:50] for t, _, _ in SCORED_LISTS])
def test_scored_dataset_lists(ex: Extractor, text: str, present: set[Entity], absent: set[Entity]) -> None:
    check(ex, text, present, absent)


# Kind 3: a dataset named after "namely" keeps the count glued to its name ("Texta30M"), and is a dataset.
NAMELY: list[tuple[str, set[Entity], set[Entity]]] = [
    ("We gather a new real dataset, namely Texta30M, of 30 million captioned photos.",
     {(DATASET, "Texta30M")}, {(MODEL, "Texta"), (MODEL, "Texta30M")}),
    ("We assemble a new speech corpus, namely Vox12K, with 12k hours of talks.",
     {(DATASET, "Vox12K")}, {(MODEL, "Vox12K")}),
    # negative: a model after "namely" stays a model
    ("We train a new model, namely Texta-7B, on web text.", {(MODEL, "Texta")}, {(DATASET, "Texta")}),  # size folds
]


@pytest.mark.parametrize(("text", "present", "absent"), NAMELY, ids=[t[:40] for t, _, _ in NAMELY])
def test_dataset_named_with_namely(ex: Extractor, text: str, present: set[Entity], absent: set[Entity]) -> None:
    check(ex, text, present, absent)


# Kind 4: a dataset of capitalized words with one lower-case word inside ("Whispers in Time"), in a list.
INNER_WORD: list[tuple[str, set[Entity], set[Entity]]] = [
    (OWN + "It leads on Kinetics-400 and Whispers in Time.", {(DATASET, "Whispers in Time")},
     {(DATASET, "Whispers")}),
    (OWN + "It leads on Kinetics-400 and Echoes of Venice, and it is fast.", {(DATASET, "Echoes of Venice")},
     {(DATASET, "Echoes")}),
    # negatives: a reference to a table or an appendix, a known dataset
    (OWN + "It leads on Kinetics and Cityscapes in Table 2.", {(DATASET, "Cityscapes")}, {(DATASET, "Cityscapes in Table")}),
    (OWN + "It leads on Kinetics and Cityscapes in Appendix.", {(DATASET, "Cityscapes")},
     {(DATASET, "Cityscapes in Appendix")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), INNER_WORD, ids=[t[:50] for t, _, _ in INNER_WORD])
def test_dataset_names_with_an_inner_word(ex: Extractor, text: str, present: set[Entity], absent: set[Entity]) -> None:
    check(ex, text, present, absent)


# Kind 5: a benchmark environment an agent is assessed in is a dataset, not a model.
ENVIRONMENTS: list[tuple[str, set[Entity], set[Entity]]] = [
    (OWN + "We test its reasoning in the multi-step task setting of GridTown.", {(DATASET, "GridTown")},
     {(MODEL, "GridTown")}),
    (OWN + "We study its exploration in the open-ended environment of CraftVille.", {(DATASET, "CraftVille")},
     {(MODEL, "CraftVille")}),
    # negative: a model an agent is built on stays a model
    (OWN + "ZetaNet extends GridNet with a planner.", {(MODEL, "GridNet")}, {(DATASET, "GridNet")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), ENVIRONMENTS, ids=[t[:60] for t, _, _ in ENVIRONMENTS])
def test_benchmark_environments(ex: Extractor, text: str, present: set[Entity], absent: set[Entity]) -> None:
    check(ex, text, present, absent)


# Kind 6: passes and parts of one dataset ("Cityscapes Coarse and Cityscapes Fine") and competitions named in
# the plural are no datasets of their own.
PARTS: list[tuple[str, set[Entity], set[Entity]]] = [
    ("Our FlowZ cuts the error on Sintel Clean by 20% and on Sintel Final by 9%.", {(DATASET, "Sintel")},
     {(DATASET, "Sintel Clean"), (DATASET, "Sintel Final")}),
    (OWN + "It improves Cityscapes Coarse by 2 points and Cityscapes Fine by 1 point.", {(DATASET, "Cityscapes")},
     {(DATASET, "Cityscapes Coarse"), (DATASET, "Cityscapes Fine")}),
    (OWN + "ZetaNet took first place in the Image Denoising and Image Dehazing Challenges.", set(),
     {(DATASET, "Image Dehazing Challenges"), (DATASET, "Image Dehazing Challenge")}),
    # negatives: a one-off challenge is still named; a library's capitalized tail still extends it
    (OWN + "We evaluate ZetaNet on the Zorb Challenge.", {(DATASET, "Zorb Challenge")}, set()),
    ("We train ZetaNet with PyTorch Geometric on Cora.", {(MODEL, "PyTorch Geometric")}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), PARTS, ids=[t[:50] for t, _, _ in PARTS])
def test_dataset_parts_and_challenges(ex: Extractor, text: str, present: set[Entity], absent: set[Entity]) -> None:
    check(ex, text, present, absent)


# Kind 7: sentence adverbs and metrics are no models.
NOT_MODELS: list[tuple[str, set[Entity], set[Entity]]] = [
    ("We present TrackZ. Firstly, a route planner (RoutePlan) is introduced for the robot.",
     {(MODEL, "TrackZ")}, {(MODEL, "Firstly")}),
    ("We present TrackZ. Secondly, a light re-identification network is used.", {(MODEL, "TrackZ")},
     {(MODEL, "Secondly")}),
    ("We present TrackZ. TrackZ reaches new IDF1 and HOTA records on DanceTrack.", {(MODEL, "TrackZ")},
     {(MODEL, "IDF1"), (MODEL, "HOTA")}),
    ("We present TrackZ, which sets a new MOTA record on DanceTrack.", {(MODEL, "TrackZ")}, {(MODEL, "MOTA")}),
    ("We present TrackZ. It ranks first on MOT20 by the IDF1 and HOTA metrics.", {(DATASET, "MOT20")},
     {(MODEL, "IDF1"), (MODEL, "HOTA")}),
    # negative: a benchmark's record names the benchmark
    ("We present TrackZ, which sets a new Zorb-Bench record.", {(DATASET, "Zorb-Bench")}, {(MODEL, "Zorb-Bench")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), NOT_MODELS, ids=[t[:60] for t, _, _ in NOT_MODELS])
def test_adverbs_and_metrics_are_no_models(ex: Extractor, text: str, present: set[Entity], absent: set[Entity]) -> None:
    check(ex, text, present, absent)


# Kind 8: a title capitalizes plain words; a known name that is a plain word elsewhere ("Pathways") inside a
# run of title words, never written in the abstract, is a title word.
TITLES: list[tuple[str, str, set[Entity], set[Entity]]] = [
    ("Routing in Networks: Design Choices and Future Pathways", "We review routing protocols for sensor networks.",
     set(), {(MODEL, "Pathways")}),
    ("Detecting Wild Chinchilla Colonies in Drone Images", "We train a detector on aerial images of rodents.",
     set(), {(MODEL, "Chinchilla")}),
    # negatives: the abstract writes the name; the title opens with it
    ("Scaling Pathways to Many Chips", "We train a sparse model with Pathways on 6144 chips.", {(MODEL, "Pathways")},
     set()),
    ("Pathways: Asynchronous Dataflow for Accelerators", "We present the design of a new orchestration layer.",
     {(MODEL, "Pathways")}, set()),
]


@pytest.mark.parametrize(("title", "text", "present", "absent"), TITLES, ids=[t[:40] for t, _, _, _ in TITLES])
def test_title_words_that_are_known_names(ex: Extractor, title: str, text: str, present: set[Entity],
                                          absent: set[Entity]) -> None:
    check(ex, text, present, absent, title)


# Kind 9: a capitalized modifier before a name after a sentence's first word ("Unlike Rotated RetinaNet"):
# the first word of a sentence is capitalized as every one is, the modifier belongs to the name.
MODIFIED: list[tuple[str, set[Entity], set[Entity]]] = [
    (OWN + "Unlike Rotated RetinaNet, ZetaNet learns angles directly.", {(MODEL, "Rotated RetinaNet")},
     {(MODEL, "RetinaNet")}),
    (OWN + "However, Deformable DETR converges slowly.", {(MODEL, "Deformable DETR")}, set()),
    # negative: inside a sentence, a longer run of capitals is a heading, not one name
    (OWN + "We follow the Big Deformable DETR recipe.", set(), {(MODEL, "Big Deformable DETR")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), MODIFIED, ids=[t[:50] for t, _, _ in MODIFIED])
def test_modifier_after_a_sentence_opening_word(ex: Extractor, text: str, present: set[Entity],
                                                absent: set[Entity]) -> None:
    check(ex, text, present, absent)


# Kind 10: a known name written in lower case as a plain word in a compound ("zero-initialized") is no model.
LOWER_COMPOUNDS: list[tuple[str, set[Entity], set[Entity]]] = [
    (OWN + "Our zero-initialized gate also tunes BERT and ViT well.", set(),
     {(MODEL, "ZeRO")}),
    # negatives: the name written as a name; a lower-case spelling the abstract also capitalizes
    (OWN + "States are sharded with ZeRO-based partitioning.", {(MODEL, "ZeRO")}, set()),
    ("We propose Quill, a llama-based assistant for law. It beats Llama 2 on LegalBench.", {(MODEL, "LLaMA")}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), LOWER_COMPOUNDS, ids=[t[:50] for t, _, _ in LOWER_COMPOUNDS])
def test_lower_case_compounds(ex: Extractor, text: str, present: set[Entity], absent: set[Entity]) -> None:
    check(ex, text, present, absent)


def test_a_title_capitalizing_the_word_makes_no_name_of_it(ex: Extractor) -> None:
    check(ex, "We evaluate the zero-initialized gating on ViT.", set(), {(MODEL, "ZeRO")},
          "Zeta: Tuning with Zero-init Gates")


# Kind 11: a name of function words joined by hyphens ("Once-for-All") listed beside a known model.
HYPHENED: list[tuple[str, set[Entity], set[Entity]]] = [
    (OWN + "ZetaNet beats EfficientNets and Once-for-All networks on ImageNet.", {(MODEL, "Once-for-All")}, set()),
    (OWN + "ZetaNet is smaller than ResNet-50 and All-in-One models.", {(MODEL, "All-in-One")}, set()),
    # negatives: a topic or an adjective phrase in title case
    (OWN + "ZetaNet is robust to Out-of-Distribution inputs and Off-the-Shelf attacks.", set(),
     {(MODEL, "Out-of-Distribution"), (MODEL, "Off-the-Shelf")}),
    (OWN + "ZetaNet is a sparse Mixture-of-Experts model.", set(), {(MODEL, "Mixture-of-Experts")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), HYPHENED, ids=[t[20:70] for t, _, _ in HYPHENED])
def test_hyphenated_function_word_names(ex: Extractor, text: str, present: set[Entity], absent: set[Entity]) -> None:
    check(ex, text, present, absent)
