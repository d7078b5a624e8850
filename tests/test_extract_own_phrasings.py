"""The paper's own model or dataset named without a "we propose" cue, one table per kind of phrasing (issue 11).

Every title and abstract is written for the test, with invented names (well-known models and datasets only
in passing). Each kind has positives, where the paper's name must be introduced, and negatives, where a
name written the same way is someone else's and must not be.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import DATASET, INTRODUCES, MODEL

# kind -> (title, abstract, names introduced, {name: label} that must be found)
Case = tuple[str, str, set[str], dict[str, str]]

CASES: list[tuple[str, Case]] = [
    # a result sentence whose subject carries an appositive: "Here we show that X, a ..., matches ..."
    ("appositive subject", ("Cheaper Pair Representations",
                            "Pair representations dominate the cost of structure models. Here we show that "
                            "Pellucid, a sparse pair encoder, matches AlphaFold2 on CASP15 with less memory.",
                            {"Pellucid"}, {"Pellucid": MODEL})),
    ("appositive subject", ("Routing for Speech",
                            "Speech models waste compute on silence. Our results show that Hushnet, a gated "
                            "speech encoder, reduces the cost of Conformer decoding by half.",
                            {"Hushnet"}, {"Hushnet": MODEL})),
    ("appositive subject", ("Auditing Detectors",
                            "We study detectors under fog. Experiments show that DETR, a transformer detector, "
                            "loses a third of its accuracy.", set(), {"DETR": MODEL})),
    # the paper marks its own name "(ours)" beside others'
    ("ours", ("Energy-Aware Tracking",
              "Trackers drain drone batteries. We compare ByteTrack with Plover (ours), a tracker that skips "
              "frames. Plover keeps most of the accuracy at a third of the energy.",
              {"Plover"}, {"Plover": MODEL, "ByteTrack": MODEL})),
    ("ours", ("Code Completion at the Edge",
              "Completion models are large. Against StarCoder, Kittiwake (ours) answers 80% of the prompts on "
              "a laptop CPU.", {"Kittiwake"}, {"Kittiwake": MODEL})),
    ("ours", ("Evaluating Trackers", "We compare ByteTrack (Zhang et al.) with SORT on crowded scenes.",
              set(), {"ByteTrack": MODEL})),
    # "we coin the term X"
    ("coin the term", ("Latent Forecasters",
                       "Weather models forecast in grid space. We coin the term Nimbulus for a family of latent "
                       "forecasters. Nimbulus is faster than GraphCast at ten days.",
                       {"Nimbulus"}, {"Nimbulus": MODEL})),
    ("coin the term", ("Ranking Reviews",
                       "We coined the name Shrike for a reranker trained on review votes. Shrike outperforms "
                       "BM25 on product search.", {"Shrike"}, {"Shrike": MODEL})),
    # a title "Towards X: ..." opens with the paper's name
    ("towards title", ("Towards Glimmer: Learned Codecs for Satellite Images",
                       "Satellites send more images than links can carry. Glimmer learns a codec per orbit "
                       "and halves the bitrate of JPEG 2000 at equal quality.", {"Glimmer"}, {"Glimmer": MODEL})),
    ("towards title", ("Towards Fairness: Auditing Speech Models",
                       "Fairness is measured poorly. We audit Whisper on accented speech.",
                       set(), {"Whisper": MODEL})),
    ("towards title", ("Towards Robustness: Lessons from Speech Benchmarks",
                       "Robustness is measured in many ways. We evaluate Whisper on noisy speech and find "
                       "that robustness depends on the benchmark.", set(), {"Whisper": MODEL})),
    # an acronym the title defines from its own phrase, written again in the abstract
    ("title acronym", ("Layered Motion Slot Attention (LMSA)",
                       "Objects in video move in layers. We present a slot model with depth order. LMSA "
                       "segments objects on MOVi-C better than SAVi.", {"LMSA"}, {"LMSA": MODEL})),
    ("title acronym", ("Gated Sparse Retrieval Encoder (GSRE)",
                       "Dense retrievers ignore term overlap. GSRE adds a gate between sparse and dense scores "
                       "and improves recall on MS MARCO.", {"GSRE"}, {"GSRE": MODEL})),
    # a dataset the paper annotates, and a name in apposition to a count of data items
    ("annotate", ("Calving Fronts from Space",
                  "Glacier fronts move every season. We annotate FrostLine, 9,000 radar tiles with front "
                  "positions. A U-Net trained on FrostLine reaches a 120 m error.",
                  {"FrostLine"}, {"FrostLine": DATASET})),
    ("annotate", ("Hearings Transcribed",
                  "Court audio is noisy. We collect Docket-Speech, 600 hours of transcribed hearings, and test "
                  "Whisper on it.", {"Docket-Speech"}, {"Docket-Speech": DATASET})),
    ("annotate", ("Sentiment in Reviews",
                  "We annotate IMDb reviews with aspect labels and train a classifier on them.",
                  set(), {"IMDb": DATASET})),
    # an invented name that opens two result sentences, with no other cue
    ("result subject", ("Calibrated Clinical Answers",
                        "Clinical assistants must say when they are unsure. Thornbury achieves calibrated "
                        "confidence on MedQA. Thornbury also reduces overconfident answers against GPT-4.",
                        {"Thornbury"}, {"Thornbury": MODEL})),
    ("result subject", ("Scaling Laws for Tables",
                        "Tabular models are small. Scaling improves accuracy on OpenML tasks. Scaling also "
                        "reduces calibration error, but scaling data matters more than scaling parameters.",
                        set(), {})),
    ("result subject", ("Data Matters",
                        "Augmentation improves robustness on CIFAR-10. Augmentation also reduces calibration "
                        "error.", set(), {"CIFAR-10": DATASET})),
    # "Introducing X" opening an abstract sentence is no part of the name
    ("introducing", ("Introducing Kelpie: A Seafloor Image Benchmark",
                     "Underwater images are rare in vision benchmarks. Introducing Kelpie, 30k annotated frames "
                     "from remote vehicles. Detectors trained on COCO lose half their accuracy on Kelpie.",
                     {"Kelpie"}, {"Kelpie": DATASET})),
]


@pytest.mark.parametrize(("kind", "case"), CASES, ids=[f"{k}: {c[0][:24]}" for k, c in CASES])
def test_own_phrasings(ex: Extractor, kind: str, case: Case) -> None:
    title, abstract, intro, labels = case
    nodes, edges = ex.paper("paper:t", title, abstract)
    named = {n.id: (n.props["name"], n.label) for n in nodes if n.label in (MODEL, DATASET)}
    introduced = {named[e.target][0] for e in edges if e.type == INTRODUCES and e.target in named}
    assert introduced == intro
    assert set(labels.items()) <= set(named.values())
    assert not any(name.startswith("Introducing ") for name, _ in named.values())
