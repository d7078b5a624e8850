"""Kinds of fault seen on the development part of `real21` and left from `real17`-`real20` in round 30 (issues 11 and
16), each with invented sentences of its own: every name here (Pipit, Kestrelon, ZephMath, Lorikeet, Quillbox, ...)
is written for the test, and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract_helpers import entities, kind_cases, labels
from kg.extract import Extractor

Introduced = Callable[..., set[str]]  # the introduced fixture of conftest.py
Pairs = Callable[[str], set[tuple[str, str]]]  # the builds_on fixture of conftest.py

IntroCase = tuple[str, set[str]]  # (abstract, the names it introduces)
ParentCase = tuple[str, set[tuple[str, str]]]  # (abstract, its (child, parent) pairs)
EntityCase = tuple[str, set[tuple[str, str]]]  # (abstract, its (label, name) entities)
TitledEntityCase = tuple[str, str, set[tuple[str, str]]]  # (abstract, title, entities)
StepCase = tuple[str, set[str], set[tuple[str, str]]]  # (abstract, introduced, pairs)

INTRODUCED: dict[str, list[IntroCase]] = {
    "a name opening its own clause ends the introduced list": [
        ("We introduce Pipit and Lorikeet-7B is used as a baseline.", {"Pipit"}),
        ("We present Pipit, a compact student; Lorikeet-7B serves as its teacher.", {"Pipit"}),
        ("We present Pipit, a parser; Mossbank acts as its reward model.", {"Pipit"}),
        # negatives: lists whose items the verb after them describes together, or that name each item
        ("We introduce Pipit and Quillbox, two compact parsers.", {"Pipit", "Quillbox"}),
        ("We introduce Pipit, Quillbox and Mossbank, which are compact parsers.", {"Pipit", "Quillbox", "Mossbank"}),
        ("We present Pipit, a detector; Quillbox, a tracker; and Mossbank, a planner.",
         {"Pipit", "Quillbox", "Mossbank"}),
    ],
    "we train X, a 7B planner": [
        ("We train Kestrelon, a 7B planner that writes tool calls.", {"Kestrelon"}),
        ("We train a 7B planner, Kestrelon, that writes tool calls.", {"Kestrelon"}),
        ("We build Kestrelon, a retrieval agent, and evaluate it on web tasks.", {"Kestrelon"}),
        # negatives: a head that is no agent
        ("We train the agents with PPO, a policy gradient method.", set()),
    ],
    "our entry to a challenge": [
        ("Here we describe our OGB-LSC entry for the MAG240M-LSC benchmark: a deep graph network.", set()),
        ("We present Pipit, our winning submission to the Quill Challenge 2023.", {"Pipit"}),
    ],
    "a known model in parentheses after the ... model": [
        ("We propose a cross-teaching framework tailored for the efficient adaptation of the 3D foundation model "
         "(Quillseg-2).", set()),
        # negatives: a short form spelled out by the words before; a name for the object itself
        ("We propose two methods to learn wren language models (WLMs) from text.", {"WLM"}),
        ("We propose a distillation framework for compact detectors (TinyQuill).", {"TinyQuill"}),
    ],
}

PARENTS: dict[str, list[ParentCase]] = {
    "ours is X tuned": [
        ("We present ZephMath. ZephMath is Mistral-7B, retrained on a curated corpus of proofs.",
         {("ZephMath", "Mistral")}),
        ("We present ZephMath. ZephMath is Mistral-7B retrained on proofs.", {("ZephMath", "Mistral")}),
        ("ZephMath models are Mistral models further trained on code.", {("ZephMath", "Mistral")}),
        ("We present ZephMath. ZephMath checkpoints are Mistral-7B checkpoints fine-tuned on proofs.",
         {("ZephMath", "Mistral")}),
        ("We present ZephMath, Mistral-7B fine-tuned on proofs.", {("ZephMath", "Mistral")}),
        # negatives: a comparison whose other side was trained, a clause of our own after the name
        ("We present ZephMath. ZephMath is better than Mistral-7B, trained on proofs.", set()),
        ("We present ZephMath. ZephMath is Mistral-7B, which we compare on proofs.", set()),
    ],
    "a role said of the name before it": [
        ("We present Pipit, a compact student. Lorikeet-7B is its teacher.", {("Pipit", "Lorikeet")}),
        ("We present Pipit, a compact student; Lorikeet-7B serves as its teacher.", {("Pipit", "Lorikeet")}),
        ("We present Pipit, a compact parser. Lorikeet-7B is our base model and we tune it on code.",
         {("Pipit", "Lorikeet")}),
        ("We present Pipit, and Lorikeet-7B is used as its language backbone.", {("Pipit", "Lorikeet")}),
        ("We present Pipit. Lorikeet-7B is also its starting point.", {("Pipit", "Lorikeet")}),
        ("We present Pipit. Lorikeet-7B, its teacher, is larger.", {("Pipit", "Lorikeet")}),
        # negatives: a role denied, a role that is no parent, a model of our choice, two models the pronoun cannot tell
        ("We present Pipit. Lorikeet-7B is not its teacher.", set()),
        ("We present Pipit. Lorikeet-7B, our baseline, is larger.", set()),
        ("We present Pipit. Lorikeet-7B is our model of choice for comparison.", set()),
        ("We present Pipit and Quillbox. Lorikeet-7B is its teacher.", set()),
        ("Unlike Lorikeet-7B, our encoder, Pipit, uses relative positions.", set()),
    ],
    "a model's output is no parent": [
        # what a model outputs is worked on, the model is no parent: "converts SAM masks into a hierarchy"
        ("We introduce Tessel for scene parsing. Tessel converts Quillseg masks into a unified hierarchy.", set()),
        ("We introduce Tessel. Tessel re-grades noisy multi-view Quillseg granularities into one hierarchy.", set()),
        ("We introduce Tessel, which turns Quillseg pseudo-labels into 3D labels.", set()),
        # negatives: the model itself converted or extended
        ("We introduce Tessel, which converts Quillseg into a 3D segmenter.", {("Tessel", "Quillseg")}),
        ("We present Tessel, which extends Quillseg with a depth head.", {("Tessel", "Quillseg")}),
    ],
    "inspired by X; we further propose Ours-X": [
        # "Ours, a method inspired by X": the apposition says where ours came from, as "Inspired by X, we propose" does
        ("In this work, we propose ProxQuill, a fully asynchronous sparse method inspired by Sagal, a variance reduced "
         "gradient algorithm.", {("ProxQuill", "Sagal")}),
        ("We propose Quillnet, a detector inspired by YOLO.", {("Quillnet", "YOLO")}),
        ("We compare Pipit with YOLO, a detector inspired by R-CNN.", {("YOLO", "R-CNN")}),
        # negatives: inspired by what a model did, or by no model
        ("We propose Quillnet, a detector inspired by the success of YOLO.", set()),
        ("We propose Quillnet, a detector inspired by human vision, and compare it with YOLO.", set()),
        # "we further propose Ours-X": a later model of the paper whose name extends an earlier one's builds on it
        ("We introduce Rynnet, a generative model. We further propose Rynnet-Policy, an inverse dynamics head.",
         {("Rynnet-Policy", "Rynnet")}),
        # negatives: the earlier one's name extends the later one's; two models introduced side by side
        ("We introduce Rynnet-Zero, trained by RL alone. To address its issues, we further introduce Rynnet, trained "
         "with cold-start data.", set()),
        ("We introduce Rynnet and Rynnet-Policy, a generative model and its head.", set()),
    ],
    "a cue before a noun phrase naming a model": [
        # a cue before a noun phrase whose name follows in parentheses: "adaptation of the 3D foundation model (X)"
        ("In this paper, we propose QuillSeg, a cross-teaching framework tailored for the efficient adaptation of the "
         "3D foundation model (Medquill-2).", {("QuillSeg", "Medquill-2")}),
        # negatives: no cue before the noun phrase
        ("We compare QuillSeg with the 3D foundation model (Medquill-2).", set()),
        ("We propose QuillSeg and evaluate the foundation model (Medquill-2) on CT scans.", set()),
    ],
    "a participle after a comma; joined modifiers of an owned part": [
        # a participle after a comma is the sentence subject's: "Ours comes in two versions, following ..."
        ("This article introduces Tweetquill. Our Tweetquill comes in two versions, following the architecture of "
         "BERT.", {("Tweetquill", "BERT")}),
        ("This article introduces Tweetquill. Tweetquill comes in two sizes, fine-tuning BERT on tweets.",
         {("Tweetquill", "BERT")}),
        # modifiers joined before the owned part: "the base and large architectures of X"
        ("This article introduces Tweetquill. Tweetquill follows the base and large architectures of BERT.",
         {("Tweetquill", "BERT")}),
        # negatives: a comparison before the participle; what is followed is no part of the model
        ("This article introduces Tweetquill. Tweetquill outperforms XLM-R, following the architecture of BERT.",
         set()),
        ("We present Tweetquill, which follows the training and evaluation protocol of BERT.", set()),
    ],
    "based on the popular X; a defined name in apposition": [
        # "based on the popular X": a base may be popular
        ("We introduce Quill-Pose, a novel approach for pose estimation based on the popular YOLO object detection "
         "framework.", {("Quill-Pose", "YOLO")}),
        # the name defined in parentheses before an apposition: "Long Form (LF), a principled extension to X"
        ("We propose Domain-Informed Quill Policy Optimization (DIQPO), a principled extension to GRPO that addresses "
         "imbalance.", {("DIQPO", "GRPO")}),
        # negatives: others' methods based on a popular model
        ("Unlike methods based on the popular YOLO framework, we introduce Quill-Pose, a transformer.", set()),
        ("We propose Quill-Pose and compare it with detectors based on the popular YOLO framework.", set()),
    ],
}

ENTITIES: dict[str, list[EntityCase]] = {
    "a version glued to a known name of several words": [
        ("We evaluate on PASCAL VOC2012 and Cityscapes.", {("Dataset", "Pascal VOC 2012"), ("Dataset", "Cityscapes")}),
        ("We evaluate on Common Voice11 and LibriSpeech.",
         {("Dataset", "Common Voice 11"), ("Dataset", "LibriSpeech")}),
        ("We compare with Code Llama2 in quality.", {("Model", "Code Llama 2")}),
        # negatives: the name written apart keeps its writing; a glued word alone is its own name
        ("We evaluate on PASCAL VOC 2012 and Cityscapes.", {("Dataset", "PASCAL VOC 2012"), ("Dataset", "Cityscapes")}),
        ("We evaluate on the VOC2012 set.", {("Dataset", "VOC2012")}),
    ],
    "statistical tests and logic functions": [
        # statistical tests named for their authors, a logic function: no names
        ("We run McNemar tests and a Wilcoxon test on Quillbench.", {("Dataset", "Quillbench")}),
        ("Our results hold on synthetic XOR tasks and on Quillbench.", {("Dataset", "Quillbench")}),
    ],
}

TITLED_ENTITIES: dict[str, list[TitledEntityCase]] = {
    "words that look like names and are none": [
        # an acronym of a task in lower case, also inside a compound name: "zero-shot voice conversion (VC)"
        ("Zero-shot voice conversion (VC) maps one voice to another. In this paper, we propose Quill-VC, a zero-shot "
         "VC framework.", "", {("Model", "Quill-VC")}),
        ("Automated program repair (APR) fixes bugs. We propose QuillRepair, an APR tool.", "",
         {("Model", "QuillRepair")}),
        # a sentence adverb: "Uniquely, our benchmark ..."
        ("We build a benchmark of 10K questions. Uniquely, our benchmark provides fine-grained annotations.", "",
         set()),
        # a class of models of one modality: "a versatile Video-LLM"
        ("We present TimeQuill, a versatile Video-LLM for dialogue.", "TimeQuill: A Versatile Video-LLM for Long Video",
         {("Model", "TimeQuill")}),
        # negatives: a name that ends in -ly, a method's acronym in lower case
        ("Kelly, our new planner, is fast. Kelly runs on phones.", "", {("Model", "Kelly")}),
        ("Recent models are large. Regardless, the cost of training them remains high.", "", set()),
        ("Models are pretrained on huge corpora. Thereinto, BERT (Devlin et al., 2019) is a popular encoder.", "",
         {("Model", "BERT")}),
        ("Low-rank adaptation (LoRA) tunes few weights. We propose Quill-LoRA, which extends LoRA.", "",
         {("Model", "LoRA"), ("Model", "Quill-LoRA")}),
    ],
    "sizes after a slash, a Benchmarking title, positioning systems": [
        # another size after a slash is a size of the same model
        ("We measure effects across three models (Quill-2.5-7B/32B, Llama-3.1-8B) and five benchmarks.", "",
         {("Model", "Quill-2.5"), ("Model", "Llama-3.1")}),
        # a title "Benchmarking ..." names data, whatever the abstract calls it
        ("Understanding fine-grained temporal dynamics is crucial. Uniquely, our benchmark provides fine-grained "
         "temporal annotations.", "TempoQuill: Benchmarking Fine-grained Temporal Understanding for Video Models",
         {("Dataset", "TempoQuill")}),
        # a positioning system is no data set
        ("We present an inversion strategy that uses real-time high-rate GPS data and GNSS stations.", "", set()),
    ],
}

STEPS: dict[str, list[StepCase]] = {
    "what our steps yield": [
        ("We scale Mistral-7B to 30B parameters, yielding ZephLong.", {"ZephLong"}, {("ZephLong", "Mistral")}),
        ("We extend Mistral-7B to 128K tokens, yielding ZephLong, a long-context model.", {"ZephLong"},
         {("ZephLong", "Mistral")}),
        ("We port LLaMA to TPUs, giving TeraLM, which trains twice as fast.", {"TeraLM"}, {("TeraLM", "LLaMA")}),
        ("Applying our recipe to Mistral-7B yields ZephMath, a strong solver.", {"ZephMath"},
         {("ZephMath", "Mistral")}),
        ("Applying our recipe to Mistral-7B, we obtain ZephMath, a strong solver.", {"ZephMath"},
         {("ZephMath", "Mistral")}),
        # negatives: a method extending another's context (a workload), a gain given to a model, a score reached
        ("LongLoRA extends Llama2 7B from 4k context to 100k, on a single machine.", set(), set()),
        ("Our approach gives MiniCPM a 3-point gain.", set(), set()),
        ("Applying our method to CIFAR-10 yields a 3% gain.", set(), set()),
        ("With this data, we obtain GPT-4 level scores.", set(), set()),
    ],
    "what our steps form": [
        # "to form Y" names what our steps result in, as "to obtain Y" does
        ("We propose Hellquill. We combine Hellquill with LoRI to form Hellquill-X.", {"Hellquill", "Hellquill-X"},
         {("Hellquill-X", "Hellquill"), ("Hellquill-X", "LoRI")}),
        ("We fine-tune Mistral-7B on proofs to form ZephMath.", {"ZephMath"}, {("ZephMath", "Mistral")}),
        # negatives: data formed, no model
        ("We collect tweets to form a corpus.", set(), set()),
    ],
}


@pytest.mark.parametrize(("abstract", "expected"), kind_cases(INTRODUCED))
def test_each_abstract_introduces_exactly_its_names(introduced: Introduced, abstract: str, expected: set[str]) -> None:
    assert introduced(abstract) == expected


@pytest.mark.parametrize(("abstract", "pairs"), kind_cases(PARENTS))
def test_each_abstract_states_exactly_its_parents(builds_on: Pairs, abstract: str,
                                                  pairs: set[tuple[str, str]]) -> None:
    assert builds_on(abstract) == pairs


@pytest.mark.parametrize(("abstract", "expected"), kind_cases(ENTITIES))
def test_each_abstract_yields_exactly_its_entities(ex: Extractor, abstract: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract) == expected


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(TITLED_ENTITIES))
def test_each_titled_abstract_yields_exactly_its_entities(ex: Extractor, abstract: str, title: str,
                                                          expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


@pytest.mark.parametrize(("abstract", "intro", "pairs"), kind_cases(STEPS))
def test_what_our_steps_yield_is_ours_and_builds_on_their_start(introduced: Introduced, builds_on: Pairs, abstract: str,
                                                                 intro: set[str], pairs: set[tuple[str, str]]) -> None:
    assert (introduced(abstract), builds_on(abstract)) == (intro, pairs)


def test_x_tuned_in_apposition_to_ours_is_not_introduced(introduced: Introduced) -> None:
    assert introduced("We present ZephMath, Mistral-7B retrained on proofs.") == {"ZephMath"}


def test_a_class_of_code_models_is_no_name(ex: Extractor) -> None:
    text = ("Code Language Models (CLMs) excel at code. Current CLM-based tools fix one line. We propose Quill-CLM, "
            "which prompts the CLM with context.")
    assert entities(ex, text) == {("Model", "Quill-CLM")}


def test_a_model_named_again_is_no_child_of_itself(builds_on: Pairs) -> None:
    text = ("We present Hobart-Math. We train Hobart-Math on proofs, and then instruction-tune Hobart-Math into "
            "Tamsen, a tutor for algebra.")
    assert builds_on(text) == {("Tamsen", "Hobart-Math")}


def test_protocol_stacks_and_memory_technologies_are_no_models(ex: Extractor) -> None:
    text = ("Over fast links the UDP+QUIC+HTTP/3 stack loses 45% against the TCP+TLS+HTTP/2 counterpart. Persistent "
            "memories like 3D XPoint and Optane DC PMem help.")
    assert entities(ex, text) == set()
    assert labels(ex, text) == {"3D XPoint": {"Hardware"}, "Optane": {"Hardware"}}


@pytest.mark.parametrize(("abstract", "title", "intro", "pairs"), [
    # a title "Ours: Enhancing X for ..." states the base as "Ours: Extending X to ..." does
    ("We introduce Quill-Pose, a novel heatmap-free approach.", "Quill-Pose: Enhancing YOLO for Pose Estimation",
     {"Quill-Pose"}, {("Quill-Pose", "YOLO")}),
    # the title's name written in another case in the abstract is that name, not the known name inside it
    ("We introduce YOLO-quill, a novel heatmap-free approach.", "YOLO-Quill: Enhancing YOLO for Pose Estimation",
     {"YOLO-Quill"}, {("YOLO-Quill", "YOLO")}),
    # negatives: a title gerund before no name of the paper; a "-based" compound the title does not name
    ("We study gates.", "Rethinking Attention: Enhancing BERT with Gates", set(), set()),
    ("We study BERT-based retrievers.", "Scaling BERT-based Retrieval", set(), set()),
])
def test_a_title_enhancing_x_and_its_name_in_another_case(ex: Extractor, abstract: str, title: str, intro: set[str],
                                                         pairs: set[tuple[str, str]]) -> None:
    relations = ex.spans(abstract, title)["relations"]
    assert {r["target"] for r in relations if r["type"] == "INTRODUCES"} == intro
    assert {(r["source"], r["target"]) for r in relations if r["type"] == "BUILDS_ON"} == pairs


def test_a_name_opening_a_list_is_no_sentence_adverb(ex: Extractor) -> None:
    text = "Quillnet, BERT (Devlin et al., 2019) and GPT-2 are compared. Quillnet wins."
    assert entities(ex, text) == {("Model", "Quillnet"), ("Model", "BERT"), ("Model", "GPT-2")}
