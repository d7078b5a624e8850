"""Kinds an expert user's abstracts still showed (issue 11), each with invented sentences across fields.

1. Data in evaluation lists and data contexts: a list whose items include a known or benchmark-shaped dataset,
   or that follows a data cue ("experiments on", "noise from"), is a list of datasets; so is a name after
   "trajectories / renderings of" or "datasets drawn from"; a size-like ending ("-5M", "-XL") stays on a
   dataset's name, and so do a closing "!" and a "+NAME" part.
2. A library's name with its feature's ("PyTorch FSDP", "DeepSpeed ZeRO-2"), a known name with a word and a
   version ("Llama Guard 3"), a capitalized word with a version ("Quillpath V3", "Mapgen 2.1") and a maker
   before a new name ("Microsoft Quillbot"; not "Google BERT") are one name.
3. Metrics, numbered standards, quantities and hardware are no models ("a X of 0.41", "P.808", "the X gap",
   "RTX A6000").
4. A tuned variant written in lower case folds its size as one written capitalized ("Zorb-2-13b-chat" is
   Zorb-2-Chat at 13B), and derives by name from its version, not from the unnumbered family.
5. A new dataset written with its edition's year and then without it is that edition ("Liverseg 2021 ...
   On Liverseg"); an acronym in capitals folds its plural only after a head word's initial ("HDMs"; "VOXTs"
   is a name).
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import BUILDS_ON, DATASET, HARDWARE, MODEL
from kg.names import name_relation

from extract_helpers import labels


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


DATA_LISTS = [
    ("Experiments on Quillrec-Books, Quillrec-Games, Tarnlog-5M and an in-house log show that our recommender "
     "improves recall.", ["Quillrec-Books", "Quillrec-Games", "Tarnlog-5M"]),
    ("The detector is tested on Fieldcam-2, Orchard-XL and Vinerow and runs in real time.",
     ["Fieldcam-2", "Orchard-XL", "Vinerow"]),
    ("Clean speech is mixed with noise from BARK! and Urbanoise before training.", ["BARK!", "Urbanoise"]),
    ("We contrast our prompts with those of Saferoute and AdvBench to measure overlap.", ["Saferoute", "AdvBench"]),
    ("Scene-graph question answering datasets such as VQAv2 and GQA are small.", ["VQAv2", "GQA"]),
]

DATA_CONTEXTS = [
    ("We evaluate on 40 datasets drawn from Tabset-CC12 and report the median rank.", ["Tabset-CC12"]),
    ("On the molecular dynamics trajectories of Molq17, the potential stays stable for 2 ns.", ["Molq17"]),
    ("The prior is trained on renderings of Shapeverse-XL, while the texture stage is frozen.", ["Shapeverse-XL"]),
    ("We report PESQ on the CleanVox+NOISEX test set.", ["CleanVox+NOISEX"]),
]


@pytest.mark.parametrize("text,names", DATA_LISTS + DATA_CONTEXTS)
def test_data_in_lists_and_data_contexts_is_a_dataset_named_whole(ex: Extractor, text: str,
                                                                  names: list[str]) -> None:
    found = labels(ex, text)
    for name in names:
        assert found.get(name) == {DATASET}, found


@pytest.mark.parametrize("text,names", [
    ("We compare against Zorb-7B and Quill-13B on ARC.", ["Zorb", "Quill"]),
    ("Zorb is built on Quill-2 and Tarn-X.", ["Quill-2", "Tarn-X"]),
    ("Results on Llama-2 and Zorblet-7B show the same trend.", ["Zorblet"]),
])
def test_a_list_of_models_stays_models(ex: Extractor, text: str, names: list[str]) -> None:
    found = labels(ex, text)
    for name in names:
        assert found.get(name) == {MODEL}, found


@pytest.mark.parametrize("text,subject", [
    ("On ImageNet and Zorb-4, Quib-Net improves accuracy.", "Quib-Net"),
    ("Trained with noise from BARK! and Urbanoise, Quillvox obtains a PESQ of 3.2.", "Quillvox"),
])
def test_the_subject_after_a_fronted_list_is_no_dataset(ex: Extractor, text: str, subject: str) -> None:
    assert DATASET not in labels(ex, text).get(subject, set())


def test_a_known_model_joined_by_plus_makes_no_name(ex: Extractor) -> None:
    assert "BERT+CRF" not in labels(ex, "Our tagger beats BERT+CRF by 2 points.")


NOT_MODELS = [
    ("Our captioner reaches a SPIDEr-FL of 0.41 on Clotho and a CIDEr-D of 0.52 on AudioCaps.", "SPIDEr-FL"),
    ("The enhancer reaches a PESQx of 3.1 on VoiceBank.", "PESQx"),
    ("DNSMOS P.808 ratings improve by 0.2 and the G.722 codec is used for transmission.", "P.808"),
    ("DNSMOS P.808 ratings improve by 0.2 and the G.722 codec is used for transmission.", "G.722"),
    ("Zorb attains a mean error of 11 meV on the HOMO-LUMO gap and on the S1-T1 gap of QM9.", "HOMO-LUMO"),
    ("Zorb attains a mean error of 11 meV on the HOMO-LUMO gap and on the S1-T1 gap of QM9.", "S1-T1"),
]


@pytest.mark.parametrize("text,name", NOT_MODELS)
def test_metrics_standards_and_quantities_are_no_names(ex: Extractor, text: str, name: str) -> None:
    assert name not in labels(ex, text)


@pytest.mark.parametrize("text", [
    "All runs use 2 RTX A6000 cards and take a day.",
    "Training takes 9 hours on 8 NVIDIA A6000 GPUs.",
    "It is 4x faster on cheaper cards (NVIDIA A6000).",
])
def test_a_workstation_card_is_hardware(ex: Extractor, text: str) -> None:
    assert labels(ex, text).get("A6000") == {HARDWARE}


@pytest.mark.parametrize("text,name", [
    ("Zorb outperforms Quib-Net by a wide gap on QM9.", "Quib-Net"),
    ("We compare with Quib-Net, which reaches an error of 0.4 on QM9.", "Quib-Net"),
])
def test_a_model_near_a_gap_or_score_stays_a_model(ex: Extractor, text: str, name: str) -> None:
    assert labels(ex, text).get(name) == {MODEL}


def nodes(ex: Extractor, abstract: str) -> dict[str, tuple[str, list[str]]]:
    """Model and Dataset node name -> (label, sizes)."""
    found, _ = ex.paper("paper:t", "", abstract)
    return {n.name: (n.label, list(n.props.get("sizes") or [])) for n in found if n.label in (MODEL, DATASET)}


ONE_NAME = [
    ("Training runs 30% faster than with DeepSpeed ZeRO-2 on the same cluster.", "DeepSpeed ZeRO-2",
     {"DeepSpeed", "ZeRO-2"}),
    ("The trainer is implemented with PyTorch FSDP and scales to 512 GPUs.", "PyTorch FSDP", {"PyTorch"}),
    ("We export the model with TensorFlow XLA for inference.", "TensorFlow XLA", {"TensorFlow", "XLA"}),
    ("An automatic judge based on Llama Guard 3 flags 12% of the replies.", "Llama Guard 3", {"LLaMA"}),
    ("Our detector runs 2x faster than Quillpath V3 on a phone.", "Quillpath V3", {"Quillpath"}),
    ("The tiles look sharper than those of Mapgen 2.1 (Li et al., 2023) and of Terrafuse.", "Mapgen 2.1",
     {"Mapgen"}),
    ("Replies from our model were preferred over those of Microsoft Quillbot and GPT-4.", "Microsoft Quillbot",
     {"Quillbot"}),
]


@pytest.mark.parametrize("text,name,parts", ONE_NAME)
def test_a_multiword_tool_or_versioned_name_is_one_model(ex: Extractor, text: str, name: str,
                                                         parts: set[str]) -> None:
    found = nodes(ex, text)
    assert found.get(name, ("",))[0] == MODEL, found
    assert not parts & set(found), found


@pytest.mark.parametrize("text,absent", [
    ("Our approach is implemented in PyTorch.", "PyTorch GPU"),
    ("Training uses PyTorch GPU kernels on 8 GPUs.", "PyTorch GPU"),
    ("As shown in Section 3.2, the loss drops by 2.5 points.", "Section 3.2"),
    ("The service runs on Debian 12.4 servers and Python 3.11 scripts.", "Debian 12.4"),
    ("Code is released under the Apache 2.0 license.", "Apache 2.0"),
])
def test_a_library_alone_a_section_or_a_licence_makes_no_longer_name(ex: Extractor, text: str, absent: str) -> None:
    assert absent not in nodes(ex, text)


def test_a_library_alone_stays_a_model(ex: Extractor) -> None:
    assert nodes(ex, "Our approach is implemented in PyTorch.") == {"PyTorch": (MODEL, [])}


def test_a_maker_before_a_known_name_is_no_part_of_it(ex: Extractor) -> None:
    assert set(nodes(ex, "We compare with Google BERT and Meta Zorblet-7B on our benchmark.")) == {
        "BERT", "Meta Zorblet"}


def test_a_lower_case_tuned_variant_folds_its_size(ex: Extractor) -> None:
    found = nodes(ex, "We compare with Zorb-2-13b-chat and with Zorb-2-13B-Chat on our benchmark.")
    assert len(found) == 1 and next(iter(found.values())) == (MODEL, ["13B"]), found
    assert nodes(ex, "We measure refusals of Mistral-7b-instruct on our prompts.") == {
        "Mistral-instruct": (MODEL, ["7B"])}


def test_a_tuned_variant_of_a_version_is_no_child_of_the_unnumbered_family(ex: Extractor) -> None:
    _, edges = ex.paper("paper:t", "", "We measure refusals of Qwen-2-7B-Instruct and use Qwen as a judge.")
    assert not [e for e in edges if e.type == BUILDS_ON]
    assert name_relation("Wren-3-Instruct", "Wren") is None
    assert name_relation("Wren-3-Instruct", "Wren 3") is not None
    assert name_relation("Wren 3", "Wren") is not None


def test_a_dataset_written_without_its_edition_year_is_the_edition(ex: Extractor) -> None:
    found = nodes(ex, "We fine-tune on the KiTS 2023 and Liverseg 2021 datasets. On Liverseg, Dice rises by "
                      "2 points.")
    assert set(found) == {"KiTS 2023", "Liverseg 2021"}, found
    assert set(nodes(ex, "We evaluate on WMT 2014 and compare with WMT results.")) == {"WMT", "WMT 2014"}


def test_an_acronym_plural_folds_only_after_a_head_initial(ex: Extractor) -> None:
    assert "VOXTs" in nodes(ex, "We couple a VOXTs audio encoder with the Vicuna-7B language model. VOXTs features "
                                "are pooled.")
    assert "CHORDs" in nodes(ex, "Our tagger outperforms a CHORDs aligner and Zorb-7B on TIMIT.")
    assert "HDM" in nodes(ex, "Our heron diffusion models (HDMs) beat GANs on FFHQ.")
