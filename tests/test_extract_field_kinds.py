"""Extraction kinds a third expert user met on abstracts they wrote (issue 11): other fields' papers,
baselines in comparison phrasings, junk inside ML papers and releases that introduce nothing.

Every sentence here is written for the test; names are invented or well known. Each table stands for a
kind of phrasing, not for one abstract, and each rule has sentences where it must not fire.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import DATASET, INTRODUCES, MODEL

from extract_helpers import relations


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def names(ex: Extractor, abstract: str, title: str = "", categories: tuple[str, ...] = ()) -> set[str]:
    """The names of the Model and Dataset nodes the paper yields."""
    nodes, _ = ex.paper("paper:t", title, abstract, categories)
    return {n.name for n in nodes if n.label in (MODEL, DATASET)}


# --- 1. other fields: their vocabulary decides without categories, namesakes are no evidence -------------------

OTHER_FIELDS: list[tuple[str, str, str]] = [
    ("physics.ao-ph", "Freshening of the Irminger Sea from floats and moorings",
     "We combine 9,000 salinity profiles from Argo floats with mooring records (MOR-4 and MOR-7) from 2002 to "
     "2021. The upper layer warmed and freshened, and the thermocline deepened by 30 m relative to the "
     "OCCA-2 climatology, consistent with a shift of the westerlies."),
    ("hep-ex", "Measurement of top-quark pair production at 13.6 TeV",
     "Proton-proton collisions recorded by the KOLT detector are compared with events simulated with "
     "Pythia 8.3 and Herwig 7; the measured cross-section agrees with the Standard Model prediction, and "
     "a new jet-flavour tagger, QT-5, improves the selection."),
    ("physics.geo-ph", "Pliocene exhumation of the Wolf Range from apatite fission tracks",
     "Detrital zircon ages (LA-ICP-MS) and apatite fission-track data from bedrock samples WR-12 and WR-19 "
     "were modelled with ThermoFit v3; InSAR time series from Sentinel-1 show crustal uplift."),
    ("q-bio.NC", "Septal control of hippocampal gamma rhythms",
     "We recorded interneurons in CA3 of head-fixed mice and silenced them optogenetically with ArchT in "
     "SST-Cre mice (JAX 013044); spikes were sorted with SpikeSortX and cortical inputs were unchanged."),
]


@pytest.mark.parametrize(("cat", "title", "abstract"), OTHER_FIELDS, ids=[c for c, _, _ in OTHER_FIELDS])
@pytest.mark.parametrize("with_categories", [True, False], ids=["categories", "text"])
def test_a_paper_of_another_field_yields_no_model_or_dataset(ex: Extractor, cat: str, title: str, abstract: str,
                                                             with_categories: bool) -> None:
    assert names(ex, abstract, title, (cat,) if with_categories else ()) == set()


NAMESAKES_IN_ML = [
    ("We fine-tune Pythia-1.4B on code and compare with Falcon-7B.", {"Pythia", "Falcon"}),
    ("Our sampler, written in JAX, trains a protein language model on 2M sequences.", {"JAX"}),
]


@pytest.mark.parametrize(("abstract", "expected"), NAMESAKES_IN_ML, ids=[a[:30] for a, _ in NAMESAKES_IN_ML])
def test_a_namesake_stays_a_model_in_an_ml_paper(ex: Extractor, abstract: str, expected: set[str]) -> None:
    assert expected <= names(ex, abstract)


def test_a_known_ml_name_still_counts_in_another_field(ex: Extractor) -> None:
    abstract = ("We annotate 3,000 hippocampal interneurons in mice; cell types are labelled with BERT "
                "embeddings of the protein descriptions.")
    assert "BERT" in names(ex, abstract, "Interneuron types", ("q-bio.NC",))


# --- 5. releasing checkpoints, weights or compressed copies of a model introduces nothing ----------------------

RELEASED_COPIES = [
    ("We release the quantized weights of Phi-3 together with our code.", "Phi-3"),
    ("Alongside the paper we release 8-bit checkpoints of OrcaLM for edge devices.", "OrcaLM"),
    ("We open-source distilled copies of Zephyr for on-device dialogue.", "Zephyr"),
    ("We publicly release compressed weights of NimbusCoder so that it runs on laptops.", "NimbusCoder"),
]


@pytest.mark.parametrize(("abstract", "name"), RELEASED_COPIES, ids=[n for _, n in RELEASED_COPIES])
def test_releasing_weights_of_a_model_does_not_introduce_it(ex: Extractor, abstract: str, name: str) -> None:
    assert relations(ex, abstract).get(name) not in (INTRODUCES, None)


RELEASED_OWN = [
    ("We release TernLM, an open 7B model trained from scratch, with its checkpoints.", "TernLM"),
    ("We release the weights of KelpNet, our new kelp-forest segmenter, for use on buoys.", "KelpNet"),
    ("We release quantized checkpoints of Llama 3 and introduce SparrowQ, a 3-bit quantizer.", "SparrowQ"),
]


@pytest.mark.parametrize(("abstract", "name"), RELEASED_OWN, ids=[n for _, n in RELEASED_OWN])
def test_a_released_new_model_is_still_introduced(ex: Extractor, abstract: str, name: str) -> None:
    assert relations(ex, abstract).get(name) == INTRODUCES


# --- 2. baselines named after "we compare with" or as a multiple "of that of" -----------------------------------

COMPARED: list[tuple[str, set[str]]] = [
    ("We compare with SPARQ and ZIPQ on the C4 validation split.", {"SPARQ", "ZIPQ"}),
    ("For fair ranking we also compare against FAIRRANK and EXPO-R on two hiring logs.", {"FAIRRANK", "EXPO-R"}),
    ("We compare our method with strong baselines such as ColBERT and SPLADE.", {"ColBERT", "SPLADE"}),
    ("Comparisons with DWT and STFT-NET show a 2 dB gain in speech enhancement.", {"DWT", "STFT-NET"}),
    ("Our decoder reaches a throughput of 1.6x that of Hydra on one GPU.", {"Hydra"}),
]


@pytest.mark.parametrize(("abstract", "expected"), COMPARED, ids=[a[:30] for a, _ in COMPARED])
def test_a_name_after_a_comparison_phrase_is_a_compared_model(ex: Extractor, abstract: str,
                                                            expected: set[str]) -> None:
    rels = relations(ex, abstract)
    assert {n: rels.get(n) for n in expected} == {n: "COMPARES_WITH" for n in expected}


NOT_COMPARED = [
    "We compare with English and German speakers of the same age.",
    "We compare against MLP and CNN baselines trained for the same number of steps.",
    "We compare with the ImageNet pretraining recipe of the original paper.",
    "The memory is 3x that of FP16 storage.",
]


@pytest.mark.parametrize("abstract", NOT_COMPARED, ids=[a[:30] for a in NOT_COMPARED])
def test_a_comparison_phrase_does_not_make_a_word_a_model(ex: Extractor, abstract: str) -> None:
    assert not {n for n, t in relations(ex, abstract).items() if t == "COMPARES_WITH"} - {"ImageNet"}
    assert not names(ex, abstract) - {"ImageNet"}


# --- 3. junk inside ML papers: hashing and weighting schemes, task acronyms, metrics, accessions, places ----------

JUNK = [
    "We deduplicate the corpus with SimHash and weight terms with TF-IDF before training a BERT reranker.",
    "Neural solvers for programming by example (PBE) are trained on 1M synthetic tasks.",
    "Our neural emulator replaces the NWP ensemble and is trained on ERA5 reanalysis fields.",
    "Designed binders keep ipTM above 0.8 and pAE below 5 for domains such as PF00017 and PF07714.",
    "We collect essays from students in CS2 at three universities in Europe and Asia.",
    "Clauses of the U.S. Code are retrieved by a dense retriever trained with hard negatives.",
    "Under ε-noisy labels and δ-private training the accuracy of the classifier drops by 4 points.",
]


@pytest.mark.parametrize("abstract", JUNK, ids=[a[:30] for a in JUNK])
def test_schemes_task_acronyms_metrics_accessions_and_places_are_no_names(ex: Extractor, abstract: str) -> None:
    assert names(ex, abstract) <= {"BERT", "ERA5"}


KEPT = [
    ("We introduce ε-Former, a transformer for noisy labels.", "ε-Former"),
    ("Accuracy on τ-bench rises from 41% to 55%.", "τ-bench"),
    ("We compare with HashFormer, which learns MinHash-like codes.", "HashFormer"),
]


@pytest.mark.parametrize(("abstract", "name"), KEPT, ids=[n for _, n in KEPT])
def test_a_name_beside_such_words_is_kept(ex: Extractor, abstract: str, name: str) -> None:
    assert name in names(ex, abstract)


TASK_ACRONYMS = [
    "Direct speech-to-speech translation (S2ST) is hard; we train a neural model for S2ST on 900 hours.",
    "Music emotion recognition (MER2) and text-to-audio retrieval (T2AR) both gain from our pre-trained encoder.",
    "End-to-end table question answering (TQA3) is evaluated with a fine-tuned language model.",
]


@pytest.mark.parametrize("abstract", TASK_ACRONYMS, ids=[a[:30] for a in TASK_ACRONYMS])
def test_an_acronym_of_a_lower_case_task_is_no_model(ex: Extractor, abstract: str) -> None:
    assert names(ex, abstract) == set()


OWN_TASK_NAMED = [
    ("We propose query-aware chord recognition (QACR2), a new method for lead sheets.", "QACR2"),
    ("Dense Passage Retrieval (DPR) is compared with our sparse retriever.", "DPR"),
    ("We introduce Gated Span Extraction (GSE3), a reader for long contracts.", "GSE3"),
]


@pytest.mark.parametrize(("abstract", "name"), OWN_TASK_NAMED, ids=[n for _, n in OWN_TASK_NAMED])
def test_an_acronym_the_paper_presents_or_capitalizes_stays_a_model(ex: Extractor, abstract: str, name: str) -> None:
    assert name in names(ex, abstract)


# --- 1b. a model named in lower case by a letter, a version and a tier ---------------------------------------------

LOWER_TIERS = [
    ("The agent solves 18% of the puzzles versus 4% for o3-mini.", "o3-mini"),
    ("We also query r2-preview and k1.5-turbo through their public APIs.", "r2-preview"),
]


@pytest.mark.parametrize(("abstract", "name"), LOWER_TIERS, ids=[n for _, n in LOWER_TIERS])
def test_a_lower_case_model_with_a_tier_is_a_model(ex: Extractor, abstract: str, name: str) -> None:
    assert name in names(ex, abstract)


@pytest.mark.parametrize("abstract", [
    "We sample with top-p and fold the x-pro axis into a 4-mini batch.",
    "Ablations of the mini-batch size and of pre-training are in the appendix.",
])
def test_a_lower_case_word_with_a_tier_is_no_model(ex: Extractor, abstract: str) -> None:
    assert names(ex, abstract) == set()


# --- 4. a qualifier or symbol on a name: kept when known with a size, named in apposition, or a symbol ending ---------

QUALIFIED = [
    ("We fine-tune Code Llama-13B on 40k verified proofs.", "Code Llama"),
    ("A distilled student, Tiny KelpNet, keeps 93% of the accuracy of KelpNet.", "Tiny KelpNet"),
    ("Our smaller variant, Lite SegWave, runs on phones at 30 frames per second.", "Lite SegWave"),
    ("Pruned weights are refined with QuIP# before 2-bit export, unlike QuIP.", "QuIP#"),
]


@pytest.mark.parametrize(("abstract", "name"), QUALIFIED, ids=[n for _, n in QUALIFIED])
def test_a_qualified_name_is_kept_whole(ex: Extractor, abstract: str, name: str) -> None:
    assert name in names(ex, abstract)


NOT_QUALIFIED = [
    ("Against the baseline model, Large KelpNet, ours wins on 3 of 4 tasks.", "KelpNet"),
    ("We compare with the student, DistilBERT, and with KelpNet.", "DistilBERT"),
    ("Code Llama is fine-tuned with Tern, and Code quality rises.", "Code Llama"),
    ("Programs in C# and F# are parsed by our new model, Tern.", "Tern"),
]


@pytest.mark.parametrize(("abstract", "name"), NOT_QUALIFIED, ids=[n for _, n in NOT_QUALIFIED])
def test_a_word_before_a_name_is_no_qualifier_without_those_signs(ex: Extractor, abstract: str, name: str) -> None:
    found = names(ex, abstract)
    assert name in found
    assert not {n for n in found if n.endswith(name) and n != name} and not {"C#", "F#"} & found


RESULT_CLAUSES = [
    ("Our quantizer loses 0.4 points where SPARQ and ZIPQ lose 2.3 and 1.9, respectively.", {"SPARQ", "ZIPQ"}),
    ("Our planner takes 3 minutes per map while ASTAR-X needs 9 minutes.", {"ASTAR-X"}),
    ("The new docking model reaches 61% success, whereas DOCKGN reaches 48%.", {"DOCKGN"}),
]


@pytest.mark.parametrize(("abstract", "expected"), RESULT_CLAUSES, ids=[a[:30] for a, _ in RESULT_CLAUSES])
def test_a_name_whose_result_a_clause_contrasts_is_a_compared_model(ex: Extractor, abstract: str,
                                                                  expected: set[str]) -> None:
    rels = relations(ex, abstract)
    assert {n: rels.get(n) for n in expected} == {n: "COMPARES_WITH" for n in expected}


@pytest.mark.parametrize("abstract", [
    "Accuracy rises to 80% while FID drops 2 points.",
    "The error is 3% where the CNN reaches 90% and the MLP reaches 85%.",
    "Training takes 2 days while the GPU needs 300 W.",
])
def test_a_metric_or_a_kind_in_a_result_clause_is_no_model(ex: Extractor, abstract: str) -> None:
    assert names(ex, abstract) == set()


EVALUATED_FIRST = [
    ("We evaluate TAPEX-R, TableLlama and GPT-4o; the best system answers 44% of questions.", "TAPEX-R"),
    ("We benchmark SPLADE, ColBERT-X and BM25 on three legal corpora.", "SPLADE"),
    ("We evaluate DOCKQ-NET, DiffDock and EquiBind on held-out complexes.", "DOCKQ-NET"),
]


@pytest.mark.parametrize(("abstract", "name"), EVALUATED_FIRST, ids=[n for _, n in EVALUATED_FIRST])
def test_the_first_of_the_models_a_paper_evaluates_is_a_model(ex: Extractor, abstract: str, name: str) -> None:
    assert relations(ex, abstract).get(name) == "COMPARES_WITH"


@pytest.mark.parametrize("abstract", [
    "We evaluate ROUGE, BLEU and BERTScore against human ratings.",
    "We evaluate NER, TableLlama and GPT-4o outputs by hand.",
])
def test_a_metric_or_task_first_in_an_evaluated_list_is_no_model(ex: Extractor, abstract: str) -> None:
    assert not names(ex, abstract) & {"ROUGE", "BLEU", "BERTScore", "NER"}


SPLITS = [
    ("We report mIoU on Stanford3D Area 5 and on ScanNet v2.", "Stanford3D"),
    ("Results on SemKITTI Fold 3 improve by 2 points.", "SemKITTI"),
]


@pytest.mark.parametrize(("abstract", "name"), SPLITS, ids=[n for _, n in SPLITS])
def test_a_split_word_with_its_number_does_not_extend_a_name(ex: Extractor, abstract: str, name: str) -> None:
    found = names(ex, abstract)
    assert name in found and not {n for n in found if n.startswith(name + " ")}


def test_a_capitalized_word_after_a_name_still_extends_it(ex: Extractor) -> None:
    assert "PyTorch Geometric" in names(ex, "Graph models are trained on PyTorch Geometric with 4 GPUs.")


@pytest.mark.parametrize("abstract", [
    "Robust Camera-LiDAR fusion keeps the detector accurate in fog.",
    "We calibrate the Camera-LiDAR rig in 2 minutes before training our detector on 40 hours of driving.",
])
def test_a_pair_of_sensors_is_no_model(ex: Extractor, abstract: str) -> None:
    assert not {n for n in names(ex, abstract) if "Camera" in n}


# --- 6. one policy for sizes and tuned variants: a version after "-Instruct" stays, XL after two words is a model ----

def model_nodes(ex: Extractor, abstract: str) -> dict[str, list[str]]:
    """The Model nodes of a paper: name -> sizes."""
    nodes, _ = ex.paper("paper:t", "", abstract)
    return {n.name: list(n.props.get("sizes", [])) for n in nodes if n.label == MODEL}


@pytest.mark.parametrize(("abstract", "name", "sizes"), [
    ("We fine-tune Mistral-7B-Instruct-v0.2 on clinical notes.", "Mistral-Instruct-v0.2", ["7B"]),
    ("Judgements come from Qwen2-72B-Instruct.", "Qwen2-Instruct", ["72B"]),
    ("Renders from Stable Diffusion XL are scored by three annotators.", "Stable Diffusion XL", []),
    ("Prompts are encoded with T5 XL before diffusion.", "T5", ["XL"]),
])
def test_sizes_fold_and_variants_stay_one_way(ex: Extractor, abstract: str, name: str, sizes: list[str]) -> None:
    assert model_nodes(ex, abstract).get(name) == sizes


@pytest.mark.parametrize(("abstract", "name"), [
    ("Our scheduler is built on vLLM v0.6.3 and cuts latency by 30% relative to vLLM.", "vLLM"),
    ("Requests are served by SGLang 0.3.2 on one node.", "SGLang"),
    ("We patch TensorRT 8.6.1 to fuse the attention kernels.", "TensorRT"),
])
def test_a_patch_release_of_a_system_is_the_system(ex: Extractor, abstract: str, name: str) -> None:
    found = model_nodes(ex, abstract)
    assert name in found and not {n for n in found if n.startswith(name + " ")}


def test_a_version_of_a_model_stays_its_own_node(ex: Extractor) -> None:
    assert {"Phi-2 v1.1", "Phi-2"} <= set(model_nodes(ex, "Phi-2 v1.1 beats Phi-2 on two of five tasks."))


@pytest.mark.parametrize(("abstract", "name"), [
    ("Experiments on the TREC Fair Exposure 2021 track show a smaller exposure gap.", "TREC Fair Exposure 2021"),
    ("We test our tagger on the BioASQ Synergy 2023 challenge.", "BioASQ Synergy 2023"),
])
def test_a_named_track_or_challenge_is_named_in_full(ex: Extractor, abstract: str, name: str) -> None:
    nodes, _ = ex.paper("paper:t", "", abstract)
    assert {n.name for n in nodes if n.label == DATASET} == {name}


def test_a_track_word_after_a_known_name_alone_does_not_extend_it(ex: Extractor) -> None:
    assert "MS MARCO" in names(ex, "Our reranker is trained on the MS MARCO passage track and compared with BERT.")


# --- 3b. proteins a design targets are no models ------------------------------------------------------------------

@pytest.mark.parametrize("abstract", [
    "Validation of 96 designs against PD-L1 and IL-7Rα yielded 14 binders with nanomolar affinity.",
    "Our diffusion model generates binders to EGFR, HER2 and TNF-α with high affinity.",
    "A graph network ranks inhibitors of KRAS-G12C from a library of 2M molecules.",
])
def test_a_protein_a_design_targets_is_no_model(ex: Extractor, abstract: str) -> None:
    assert names(ex, abstract) == set()


def test_a_model_whose_designs_are_compared_stays_a_model(ex: Extractor) -> None:
    assert {"RFdiffusion", "ProteinMPNN"} <= names(ex, "Our designs match those of RFdiffusion and beat ProteinMPNN.")
