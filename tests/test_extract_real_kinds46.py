"""Kinds of fault seen in round 46 on a development part (issue 11), each with invented sentences of its own: every
new name here (Zorb, Quill, ...) is written for the test, known names stand where the kind needs a known one,
and each table stands for a kind of writing, with negatives that must not change."""

from __future__ import annotations

import pytest

from extract_helpers import aliases, entities, kind_cases, relations, stated_pairs
from kg.extract import Extractor
from kg.model import DATASET, MODEL

NODES: dict[str, list[tuple[str, str, set[tuple[str, str]]]]] = {
    "tasks in capitals before a plural data word or after 'tasks such as'": [
        # "fine-tuning it on an array of Relation Extraction and Relation Classification benchmarks", "NLU tasks
        # such as Entity Linking"
        ("We fine-tune ZorbNet on a range of Relation Extraction and Entity Typing benchmarks.", "",
         {(MODEL, "ZorbNet")}),
        ("ZorbNet also does well on NLU tasks such as Entity Linking, thanks to its design.", "",
         {(MODEL, "ZorbNet")}),
        # negatives: data sets in the same places
        ("We fine-tune ZorbNet on the Quill-1M, Harbor Books and Yelp datasets.", "",
         {(MODEL, "ZorbNet"), (DATASET, "Quill-1M"), (DATASET, "Harbor Books"), (DATASET, "Yelp")}),
        ("ZorbNet also does well on tasks such as ZorbQA and QuillNER.", "",
         {(MODEL, "ZorbNet"), (DATASET, "ZorbQA"), (DATASET, "QuillNER")}),
    ],
    "a task list holding a task named with an acronym": [
        # "NLP tasks, including Named-Entity Recognition, Content Classification, POS Tagging, and Sequence Pair
        # Similarity"
        ("We test ZorbBERT on four Welsh tasks, including Entity Recognition, Topic Classification, POS Tagging, "
         "and Sentence Pair Similarity.", "", {(MODEL, "ZorbBERT")}),
        # negatives: data sets listed after "tasks, including"
        ("We test ZorbBERT on four tasks, including ZorbQA, QuillNER and SQuAD.", "",
         {(MODEL, "ZorbBERT"), (DATASET, "ZorbQA"), (DATASET, "QuillNER"), (DATASET, "SQuAD")}),
    ],
    "a task spelled out and abbreviated inside the description of a named model": [
        # "This study presents NepBERTa, a BERT-based Natural Language Understanding (NLU) model trained on ..."
        ("This study presents ZorbBERT, a BERT-based Natural Language Understanding (NLU) model trained on a large "
         "Welsh corpus.", "", {(MODEL, "ZorbBERT"), (MODEL, "BERT")}),
        # negatives: the paper's own method named with a task's words
        ("We propose Natural Zorb Understanding (NZU), a model for Welsh text.", "", {(MODEL, "NZU")}),
    ],
    "a title's model trained in a corpus": [
        # "NepBERTa: Nepali Language Model Trained in a Large Corpus"
        ("This study presents ZorbBERT for Welsh.", "ZorbBERT: Welsh Language Model Trained in a Large Corpus",
         {(MODEL, "ZorbBERT")}),
        # negatives: a title's corpus
        ("This study presents ZorbText for Welsh.", "ZorbText: A Large Welsh Corpus", {(DATASET, "ZorbText")}),
    ],
    "a participle before a known name, repeated only inside a longer name": [
        # "Fine-tuned CLIP models are efficient video learners" over "a simple Video Fine-tuned CLIP (ViFi-CLIP)
        # baseline"
        ("We show that a simple Text Fine-tuned BERT (TeFi-BERT) baseline is enough. We adapt BERT representations.",
         "Fine-tuned BERT models are efficient text learners", {(MODEL, "BERT"), (MODEL, "TeFi-BERT")}),
    ],
    "a counted list of data sets after a hyphenated modifier": [
        # "Experiments are conducted on two real-world datasets, epinions and LastFM."
        ("Experiments are conducted on two real-world datasets, Ciao and LastQM.", "",
         {(DATASET, "Ciao"), (DATASET, "LastQM")}),
        # negatives: models listed the same way
        ("We compare two well-known models, ZorbNet and QuillNet, on GLUE.", "",
         {(MODEL, "ZorbNet"), (MODEL, "QuillNet"), (DATASET, "GLUE")}),
    ],
    "a list of data sets holding a name of two capitalized words": [
        # "Empirical results on Tatoeba, United Nations, and BUCC show the effectiveness of our lightweight models."
        ("Empirical results on Zorbeba, Quill Nations, and ZUCC show the effectiveness of our small models.", "",
         {(DATASET, "Zorbeba"), (DATASET, "Quill Nations"), (DATASET, "ZUCC")}),
        # negatives: kinds of method with "-based" in a list
        ("EHR data can be turned into a graph, allowing two approaches for EHR QA: Table-based QA and Knowledge "
         "Graph-based QA.", "", set()),
    ],
    "a technique in capitals before a part head": [
        # "A Graph Matching layer is adopted for cross-modal context modeling"
        ("A Graph Matching layer is adopted for cross-modal context modeling. We use Graph Pooling blocks.", "",
         set()),
        # negatives: a named network with those words, defined by its acronym
        ("We propose Semantic Matching Network (SMN) for retrieval.", "", {(MODEL, "SMN")}),
    ],
    "a lower-case long form abbreviated before a plural 'models'": [
        # "based on cascaded transmission-line (TL) models which capture ... associated with the TL model"
        ("Realistic models of the ear are based on cascaded transmission-line (TL) models which capture coupling. We "
         "keep the properties of the TL model.", "", set()),
        # negatives: the paper's own models so named
        ("We propose graph echo transformer (GET) models. GET beats GAT.", "", {(MODEL, "GET"), (MODEL, "GAT")}),
    ],
    "a versioned known name before '-Based' in capitals": [
        # a gazetteer name with a version, then "-Based" in a title's capitals ("A YOLOv9-Based Lightweight Pest
        # Detection Algorithm"): the base named, no variant "YOLOv9-Based"
        ("We study pests on farms.", "Zorb-YOLO: A YOLOv5-Based Lightweight Pest Detector",
         {(MODEL, "Zorb-YOLO"), (MODEL, "YOLOv5")}),
        # negatives: a variant word after a version is still the name's
        ("We tune Llama-3-Instruct on farm notes.", "", {(MODEL, "Llama-3-Instruct")}),
    ],
    "a widely used detector in a title": [
        # "Improved YOLOX for pedestrian detection in crowded scenes"
        ("We propose a detection method called ZED-Net.", "Improved YOLOX for Pedestrian Detection",
         {(MODEL, "YOLOX"), (MODEL, "ZED-Net")}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(NODES))
def test_each_abstract_yields_exactly_its_models_and_datasets(ex: Extractor, abstract: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert entities(ex, abstract, title) == expected


RELATIONS: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "a named part brought into the title's model": [
        # "Improved Small Object Detection Algorithm CRL-YOLOv5" and "Additionally, the Receptive Field Block (RFB)
        # module is introduced to expand the model's receptive field"
        ("This paper presents an improved detector, Zorb-v5. Additionally, the Receptive Quill Block (RQB) module is "
         "introduced to widen the receptive field.", "Improved Small Object Detector Zorb-v5",
         {"Zorb-v5": "INTRODUCES", "RQB": "MENTIONS"}),
        # negatives: no model in the title; an indefinite new block
        ("We propose a new attention block. The Dual Gate Block (DGB) is introduced to widen the receptive field.",
         "", {"DGB": "INTRODUCES"}),
        ("This paper presents an improved detector, Zorb-v5. Additionally, a new Receptive Quill Block (RQB) module "
         "is introduced to widen the receptive field.", "Improved Small Object Detector Zorb-v5",
         {"Zorb-v5": "INTRODUCES", "RQB": "INTRODUCES"}),
    ],
    "the first-ever benchmark the paper's clause names": [
        # "We bring all these four tasks under the first-ever Nepali Language Understanding Evaluation (Nep-gLUE)
        # benchmark."
        ("We bring all these four tasks under the first-ever Welsh Language Understanding Evaluation (Wel-gLUE) "
         "benchmark.", "", {"Wel-gLUE": "INTRODUCES"}),
        # negatives: a known benchmark others made first
        ("We test ZorbNet on GLUE, the first ever multi-task benchmark.", "",
         {"ZorbNet": "COMPARES_WITH", "GLUE": "EVALUATED_ON"}),
    ],
    "a part 'is developed' after its kind of two words": [
        # "an improved Bicubic-EEG interpolation algorithm is developed for EEG channels information completion"
        ("Then, a lightweight Zorb fusion module is developed to merge features.", "", {"Zorb": "INTRODUCES"}),
        # negatives: one others developed
        ("The Zorb fusion module was developed by Smith et al. in 2010, and we use it.", "", {"Zorb": "MENTIONS"}),
    ],
}


@pytest.mark.parametrize(("abstract", "title", "expected"), kind_cases(RELATIONS))
def test_each_name_gets_its_relation_to_the_paper(ex: Extractor, abstract: str, title: str,
                                                   expected: dict[str, str]) -> None:
    assert relations(ex, abstract, title) == expected


@pytest.mark.parametrize(("title", "abstract", "pairs"), [
    # "Improved YOLOX for pedestrian detection in crowded scenes" over "we propose a novel crowded pedestrian
    # detection method called YOLO-CPD"
    ("Improved RetinaNet for Face Detection in Crowded Scenes",
     "In this paper, we propose a novel crowded face detection method called ZED-Net.", {("ZED-Net", "RetinaNet")}),
    ("An Enhanced RetinaNet for Face Detection", "We propose a face detection method called ZED-Net.",
     {("ZED-Net", "RetinaNet")}),
    # negatives: no improved model; a kind of model improved
    ("Beating RetinaNet for Face Detection", "We propose a face detection method called ZED-Net.", set()),
    ("Improved Transformers for Face Detection", "We propose a face detection method called ZED-Net.", set()),
    # the same in the abstract: "we propose an improved X called Y"
    ("", "We propose an improved RetinaNet called ZED-Net which works better than other detectors.",
     {("ZED-Net", "RetinaNet")}),
    ("", "We present an enhanced RetinaNet, ZED-Net, which works better than other detectors.",
     {("ZED-Net", "RetinaNet")}),
    # "By building upon Sentence-BERT, a sentence-level extension of vanilla BERT, the authors argue that the new
    # approach produces sentence embeddings of higher quality"
    ("LexZorb: Legal Embeddings", "The authors introduce a new model for legal text called LexZorb. By building upon "
     "Sentence-BERT, a sentence-level extension of vanilla BERT, the authors argue that the new approach yields "
     "better embeddings.", {("LexZorb", "Sentence-BERT"), ("Sentence-BERT", "BERT")}),
    # negatives: two frozen parts joined stay the paper's model's parents
    ("", "We connect a frozen Zorb encoder, a small vision model, with a frozen Quill decoder to get Pix.",
     {("Pix", "Zorb"), ("Pix", "Quill")}),
    # "the new model outperforms ... FinBERT, a financial-domain-specific BERT": an apposition says what a name is,
    # in a comparison too
    ("", "It outperforms LegalZorb, a legal-domain-specific BERT, and RoBERTa.", {("LegalZorb", "BERT")}),
    ("", "Our model outperforms Wav2Zorb, a fine-tuned BERT, and RoBERTa.", {("Wav2Zorb", "BERT")}),
    # negatives: an apposition that states no lineage
    ("", "It outperforms LegalZorb, the strongest legal model, and RoBERTa.", set()),
    # "This study presents NepBERTa, a BERT-based Natural Language Understanding (NLU) model"
    ("", "This study presents ZorbBERT, a BERT-based Natural Language Understanding (NLU) model trained on a large "
     "Welsh corpus.", {("ZorbBERT", "BERT")}),
    # "..., named ViBERTgrid, by concatenating a BERTgrid to the intermediate layers of a CNN model" (real44)
    ("", "We obtain a new model, named ZorbGrid, by concatenating a QuillGrid to the intermediate layers of a CNN "
     "model.", {("ZorbGrid", "QuillGrid")}),
    # negatives: features joined for a comparison
    ("", "We compare features by concatenating BERT outputs with ZorbNet outputs.", set()),
    # "to improve the Intersection over Union regression loss (IoU Loss)": a loss is no parent
    ("", "We propose Quill. We improve the Intersection over Union regression loss (IoU Loss) with a score module.",
     set()),
    # "a small target detection algorithm based on YOLOv5 was proposed ... SWCBSI-YOLO algorithm performs well"
    ("", "A small target detection algorithm based on YOLOv5 was proposed. Firstly, a new module was added to the "
     "backbone. Compared with other classical and advanced algorithms, Quill-YOLO algorithm performs well.",
     {("Quill-YOLO", "YOLOv5")}),
    # negatives: one others proposed
    ("", "Recently, a detection algorithm based on YOLOv5 was proposed by Zhang. We propose Quill-YOLO, which works.",
     set()),
])
def test_a_stated_base_of_the_papers_model_is_its_parent(ex: Extractor, title: str, abstract: str,
                                                         pairs: set[tuple[str, str]]) -> None:
    assert stated_pairs(ex, title, abstract) == pairs


@pytest.mark.parametrize(("title", "abstract", "name", "expected"), [
    # "the segment anything model (SAM) achieved impressive results": a known model spelled out in lower case
    ("", "Despite that the segment anything model (SAM) achieved strong results on natural images, it is weak on "
     "scans.", "SAM", [["segment anything model"]]),
    # negatives: a lower-case long form of a name nobody knows, used and not the paper's own
    ("", "Despite that the quill anything model (QAM) achieved strong results on natural images, it is weak on "
     "scans.", "QAM", [[]]),
])
def test_a_name_answers_to_the_other_writing_the_paper_gives(ex: Extractor, title: str, abstract: str, name: str,
                                                            expected: list[list[str]]) -> None:
    assert aliases(ex, abstract, title, name) == expected
