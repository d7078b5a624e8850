"""Extraction kinds still left on a sixth expert user's abstracts (issue 11): names at the end of a
comparison phrase, a model after an article or "with", names used as a "-style" modifier, acronyms of one
model spelled out in lower case, an evaluation set in apposition, a score glued to a dataset, a known name
used as a metric, names joined to a model found by its shape, datasets read from their training or list
context, a split word after a dataset, a score's owner in parentheses, and a codec named by its head.

Every sentence here is written for the test; names are invented or well known. Each table stands for a
kind of phrasing, not for one abstract, and each rule has sentences where it must not fire.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import BUILDS_ON, COMPARES_WITH, DATASET, INTRODUCES, MODEL, USES

from extract_helpers import labels, relations


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def lineage(ex: Extractor, abstract: str) -> set[tuple[str, str]]:
    """The (child, parent) names of the BUILDS_ON edges the paper yields."""
    nodes, edges = ex.paper("paper:t", "", abstract)
    name = {n.id: n.name for n in nodes}
    return {(name[e.source], name[e.target]) for e in edges if e.type == BUILDS_ON}


def models_and_data(ex: Extractor, abstract: str) -> set[str]:
    """The names of the Model and Dataset nodes."""
    return {n for n, ls in labels(ex, abstract).items() if ls & {MODEL, DATASET}}


# --- 1. a name at the end of a comparison phrase ---------------------------------------------------------------

@pytest.mark.parametrize(("abstract", "names"), [
    ("Tessel reaches 31.2 dB, 0.4 dB above 5DGS and 1.3 dB above Hex-Planes, at 200 fps.", {"5DGS", "Hex-Planes"}),
    ("Our parser scores 2.1 points above Quillon-3 on long sentences.", {"Quillon-3"}),
    ("Under paraphrasing, Ripple keeps a TPR of 0.81, whereas Bigram-Mark drops to 0.38.", {"Bigram-Mark"}),
    ("Our forecaster stays accurate at 10 days, while Storm-Cast falls to 0.52 ACC.", {"Storm-Cast"}),
])
def test_a_name_ending_a_comparison_phrase_is_a_compared_model(ex: Extractor, abstract: str, names: set[str]) -> None:
    found = relations(ex, abstract)
    assert {n: found.get(n) for n in names} == {n: COMPARES_WITH for n in names}


@pytest.mark.parametrize("abstract", [
    "The reconstruction error stays 0.3 dB above the noise floor of the sensor.",
    "Our recognizer keeps 0.81, whereas Recall drops to 0.38 on noisy clips.",
    "Accuracy is 4 points above chance and 2 points below Human raters.",
])
def test_no_name_ends_a_comparison_with_plain_words(ex: Extractor, abstract: str) -> None:
    assert models_and_data(ex, abstract) == set()


# --- 2. a model after an article or "with" ---------------------------------------------------------------------

@pytest.mark.parametrize(("abstract", "name"), [
    ("The detector is a QRX-Z trained on CrowdHuman, kept fixed for fair comparison.", "QRX-Z"),
    ("Tokenizing frames with a VT-GAN rather than a plain autoencoder degrades consistency.", "VT-GAN"),
    ("Prosody codes are learned with a PQ-VAE on top of WavLM features.", "PQ-VAE"),
    ("Quantizing the cache to 2 bits with ZQVI is the only technique that stays within 3%.", "ZQVI"),
    ("We prune the attention heads of the reader with HSPR before distillation.", "HSPR"),
])
def test_a_model_after_an_article_or_with_is_a_model(ex: Extractor, abstract: str, name: str) -> None:
    assert labels(ex, abstract).get(name) == {MODEL}


@pytest.mark.parametrize("abstract", [
    "Each frame is a RGB-D image captured by a handheld sensor.",
    "We compress the embeddings with PCA before clustering.",
    "The robot carries a GPS-IMU unit and a stereo camera.",
    "We train the policy with a KL-regularized objective.",
])
def test_no_model_after_an_article_before_a_noun(ex: Extractor, abstract: str) -> None:
    assert models_and_data(ex, abstract) == set()


# --- 3. a name used as a "-style" modifier -----------------------------------------------------------------------

@pytest.mark.parametrize(("abstract", "name"), [
    ("We present Mosswood, a slide encoder whose HydraNet-style transformer aggregates region tokens.", "HydraNet"),
    ("Recent methods pool features with GeoVLAD-style or optimal-transport aggregation.", "GeoVLAD"),
    ("A PolyFormer-like decoder turns the queries into masks.", "PolyFormer"),
])
def test_a_name_before_style_is_a_model_and_no_parent(ex: Extractor, abstract: str, name: str) -> None:
    assert labels(ex, abstract).get(name) == {MODEL}
    assert not any(parent == name for _, parent in lineage(ex, abstract))


@pytest.mark.parametrize("abstract", [
    "We use VQA-style prompts and a GAN-style loss for the generator.",
    "A Transformer-like stack of gated layers reads the sequence.",
    "Each block has a FP16-style accumulator and a KV-style cache.",
])
def test_no_model_for_a_generic_word_before_style(ex: Extractor, abstract: str) -> None:
    assert not any(MODEL in ls for ls in labels(ex, abstract).values())


# --- 4. an acronym of one model spelled out in lower case ----------------------------------------------------

@pytest.mark.parametrize(("abstract", "name"), [
    ("With an audio spectrogram transformer (AST) as encoder, TFC improves the PSDS1 score on DESED.", "AST"),
    ("Combined with an implicit value critic (IVC), Ours reaches 91.4 on D4RL.", "IVC"),
    ("Each tile is embedded by a residual pose\nencoder (RPEN) before pooling.", "RPEN"),
])
def test_an_acronym_of_one_model_in_lower_case_is_a_model(ex: Extractor, abstract: str, name: str) -> None:
    assert labels(ex, abstract).get(name) == {MODEL}


@pytest.mark.parametrize(("abstract", "name"), [
    ("Graph neural networks (GNNs) are widely used for molecules.", "GNNs"),
    ("A recurrent neural network (RNN) reads the sequence.", "RNN"),
    ("We report the mean absolute error (MAE) of each forecaster.", "MAE"),
    ("We study sound event detection (SED) in long recordings.", "SED"),
])
def test_no_model_for_a_class_metric_or_task_acronym(ex: Extractor, abstract: str, name: str) -> None:
    assert MODEL not in labels(ex, abstract).get(name, set())


def test_a_fronted_combined_with_is_no_parent(ex: Extractor) -> None:
    text = ("We present Tessel, an offline RL policy built on top of Quib-Net. Combined with an implicit value "
            "critic (IVC), Tessel reaches 91.4 on D4RL.")
    assert lineage(ex, text) == {("Tessel", "Quib-Net")}
    text = "Combined with Fixed-text Tuning, with only four chips, we train a SigZorb model that reaches 84.5%."
    assert lineage(ex, text) == {("SigZorb", "Fixed-text Tuning")}  # a named recipe the new model is trained with


# --- 5. an evaluation set in apposition ----------------------------------------------------------------------

@pytest.mark.parametrize(("abstract", "name", "rel"), [
    ("Our new evaluation set, CrossVox-ZH, contains 41,000 trials from 812 speakers.", "CrossVox-ZH", INTRODUCES),
    ("We also release a test set. Our held-out validation set, Tidewater-Q, holds 900 queries.", "Tidewater-Q",
     INTRODUCES),
    ("The public development set, Quorrel-Dev, is used for model selection.", "Quorrel-Dev", None),
])
def test_a_name_in_apposition_to_an_evaluation_set_is_a_dataset(ex: Extractor, abstract: str, name: str,
                                                                 rel: str | None) -> None:
    assert labels(ex, abstract).get(name) == {DATASET}
    if rel:
        assert relations(ex, abstract).get(name) == rel


def test_a_model_in_apposition_stays_a_model(ex: Extractor) -> None:
    assert labels(ex, "Our new model, Quillon-7, reaches 82.1 on the test set.").get("Quillon-7") == {MODEL}


# --- 6. a score glued to a dataset ----------------------------------------------------------------------------

def test_a_percentage_after_a_dataset_is_no_part_of_its_name(ex: Extractor) -> None:
    found = labels(ex, "On WikiTabs, Ours reaches 78.3% accuracy, on TabQuest 91.2%, and on Hybrix an EM of 74.6.")
    assert found.get("TabQuest") == {DATASET}
    assert not any(n.startswith("TabQuest ") for n in found)


@pytest.mark.parametrize(("abstract", "name"), [
    ("We evaluate on Quorra 2.1 and report accuracy.", "Quorra 2.1"),
    ("Ours outperforms Zorbix 1.5, which was trained on the same data.", "Zorbix 1.5"),
])
def test_a_version_after_a_name_stays_on_it(ex: Extractor, abstract: str, name: str) -> None:
    assert name in labels(ex, abstract)


# --- 7. a known name used as a metric ---------------------------------------------------------------------

@pytest.mark.parametrize("abstract", [
    "Experiments on METR-LA show that Ours lowers the 60-minute MAE by 3.4% on average.",
    "The new loss reduces the hourly MAE by\n12% compared with the strongest baseline.",
])
def test_a_known_name_changed_by_an_amount_is_a_metric(ex: Extractor, abstract: str) -> None:
    assert MODEL not in labels(ex, abstract).get("MAE", set())


@pytest.mark.parametrize(("abstract", "name"), [
    ("Fine-tuning improves the pretrained BERT by 2 points on GLUE.", "BERT"),
    ("We pre-train the encoder with MAE and fine-tune it on ImageNet.", "MAE"),
])
def test_a_known_model_changed_by_an_amount_stays_a_model(ex: Extractor, abstract: str, name: str) -> None:
    assert labels(ex, abstract).get(name) == {MODEL}


# --- 8. a name joined to a model found by its shape -----------------------------------------------------------

@pytest.mark.parametrize(("abstract", "name"), [
    ("Lantern and Pix3Struct pioneered this approach, but struggle with dense pages.", "Lantern"),
    ("Recent methods pool features as in MARSH and BoQx, at a higher cost.", "MARSH"),
    ("They are often combined with speculative decoding (e.g. Gorgon or EAGLE-7) to speed up serving.", "Gorgon"),
])
def test_a_name_joined_to_a_shaped_model_is_a_model(ex: Extractor, abstract: str, name: str) -> None:
    assert labels(ex, abstract).get(name) == {MODEL}


@pytest.mark.parametrize("abstract", [
    "Overall, Pix3Struct-B reads dense pages better than any earlier method.",
    "We compare GPT-style decoders in Kenya, and ZorbNet-2 wins on most tasks.",
])
def test_no_name_for_a_word_not_joined_by_and_or(ex: Extractor, abstract: str) -> None:
    assert not {"Overall", "Kenya"} & set(labels(ex, abstract))


# --- 9. datasets read from their training or list context -------------------------------------------------------

@pytest.mark.parametrize(("abstract", "name", "rel"), [
    ("We propose NightPlace. Training uses GeoStreets-40 only. NightPlace attains 91.2 on Nordfjord.",
     "GeoStreets-40", USES),
    ("On RULERX, LongDocs v2 and a variant of BabelHay, every method we tried loses 8-35% of accuracy.",
     "BabelHay", None),
    ("Across Quib-QA, Zet-5 and the hard subset of TangleBench, recall drops sharply.", "TangleBench", None),
])
def test_a_name_in_a_training_or_list_context_is_a_dataset(ex: Extractor, abstract: str, name: str,
                                                           rel: str | None) -> None:
    assert labels(ex, abstract).get(name) == {DATASET}
    if rel:
        assert relations(ex, abstract).get(name) == rel


def test_a_variant_of_a_model_stays_a_model(ex: Extractor) -> None:
    text = "We present Quillon-2, a variant of Zorbformer with sparse attention."
    assert labels(ex, text).get("Zorbformer") == {MODEL}


# --- 10. a split word after a dataset; 11. a score's owner in parentheses -----------------------------------

@pytest.mark.parametrize(("abstract", "name"), [
    ("On WaltzTrack test, Ours improves HOTA from 61.3 to 65.9.", "WaltzTrack"),
    ("On HarborSeg val, the new decoder gains 2.1 mIoU.", "HarborSeg"),
])
def test_a_dataset_before_a_split_word_is_a_dataset(ex: Extractor, abstract: str, name: str) -> None:
    assert labels(ex, abstract).get(name) == {DATASET}


def test_a_named_test_is_no_dataset(ex: Extractor) -> None:
    assert "McNemar" not in labels(ex, "Significance is checked with a McNemar test, and on MOT17 it holds.")


def test_a_scores_owner_in_parentheses_keeps_the_names_before_it(ex: Extractor) -> None:
    found = labels(ex, "On WaltzTrack test, SnakeTrack-S improves HOTA from 61.3 (QC-SORT) to 65.9.")
    assert found.get("WaltzTrack") == {DATASET}
    assert found.get("SnakeTrack") == {MODEL}


def test_an_acronym_spelled_out_before_it_is_still_defined(ex: Extractor) -> None:
    found = labels(ex, "We propose the Gated Echo Transformer (GET-X) for long audio.")
    assert found.get("GET-X") == {MODEL}


# --- 12. a codec named by its head -------------------------------------------------------------------------------

def test_a_name_before_a_codec_head_is_a_model(ex: Extractor) -> None:
    text = "Acoustic tokens come from the SonoCodec codec at 6 kbps, and prosody tokens from a VQ encoder."
    assert labels(ex, text).get("SonoCodec") == {MODEL}


def test_data_drawn_from_a_corpus_stays_a_dataset(ex: Extractor) -> None:
    text = "Our tokenizer is trained on 60k hours of speech from LibriSpeechX and on 2M clips from Quorra-Audio."
    found = labels(ex, text)
    assert found.get("LibriSpeechX") == {DATASET} and found.get("Quorra-Audio") == {DATASET}


# --- 13. a model's output after "on"; a split of known data released -----------------------------------------

@pytest.mark.parametrize(("abstract", "name"), [
    ("Ours is a diffusion model conditioned on ProtLM-2 (3B) embeddings that generates ensembles.", "ProtLM-2"),
    ("A linear probe trained on SpecNet-4 features separates the classes.", "SpecNet-4"),
])
def test_a_name_before_embeddings_after_on_is_a_model(ex: Extractor, abstract: str, name: str) -> None:
    assert labels(ex, abstract).get(name) == {MODEL}


def test_a_name_after_on_without_a_model_output_stays_a_dataset(ex: Extractor) -> None:
    assert labels(ex, "A linear probe trained on SpecSet-4 separates the classes.").get("SpecSet-4") == {DATASET}


def test_a_released_split_of_known_datasets_does_not_introduce_them(ex: Extractor) -> None:
    text = "We further release a stress-test split of ESC-50 and UrbanSound8K clips in which each event is rare."
    found = relations(ex, text)
    assert found.get("ESC-50") != INTRODUCES and found.get("UrbanSound8K") != INTRODUCES
    text = "We release Quorra-Hard, 900 questions drawn from web forums."
    assert relations(ex, text).get("Quorra-Hard") == INTRODUCES


def test_a_title_opening_with_spaces_spans_its_name_where_written(ex: Extractor) -> None:
    title = "  Zeta-Net We :"
    for e in ex.spans("We Zeta-Net We", title)["entities"]:
        assert (title if e["field"] == "title" else "We Zeta-Net We")[e["start"]:e["end"]] == e["text"]


# --- 14. a capitalized word that opens a longer name; a title's capitals ----------------------------------

def test_a_word_opening_a_listed_name_is_no_name_of_its_own(ex: Extractor) -> None:
    text = "Tensor neural approaches like DCXN, Tensor WaveFlow and STXN rely on a fixed adjacency matrix."
    found = labels(ex, text)
    assert found.get("Tensor WaveFlow") == {MODEL} and "Tensor" not in found


def test_a_listed_plain_name_written_again_is_the_same_model(ex: Extractor) -> None:
    text = "We compare against baselines such as Quill-Net, Marrow and Zet-5. Marrow (Lee et al.) is fastest."
    assert labels(ex, text).get("Marrow") == {MODEL}


@pytest.mark.parametrize(("title", "abstract", "name"), [
    ("Does KV-Cache Compression Hurt Long Inputs?", "KV-cache compression methods such as H2O and SnapKV are popular.",
     "KV-Cache"),
    ("When Does Token-Merging Help?", "Token-merging methods such as ToMe cut the cost of ViT inference.",
     "Token-Merging"),
])
def test_a_title_cased_word_the_abstract_writes_in_lower_case_is_no_name(ex: Extractor, title: str, abstract: str,
                                                                        name: str) -> None:
    nodes, _ = ex.paper("paper:t", title, abstract)
    assert name not in {n.name for n in nodes}


def test_a_title_name_the_abstract_writes_the_same_way_stays(ex: Extractor) -> None:
    nodes, _ = ex.paper("paper:t", "Sky-Net: Fast Sky Segmentation", "We present Sky-Net, a segmenter for drones.")
    assert "Sky-Net" in {n.name for n in nodes}
