"""A model known by a longer name but written in a one-word form (ViT for Vision Transformer, 3DGS for 3D
Gaussian Splatting, MT-NLG for Megatron-Turing NLG): a name built on the short form derives from the model,
in one abstract (extraction) and across papers (inference, reading the model's aliases). Issue 16."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lineage_helpers import build, parents

Pairs = Callable[[str], set[tuple[str, str]]]  # the builds_on fixture of conftest.py

ONE_ABSTRACT: list[tuple[str, set[tuple[str, str]]]] = [
    ("We present DetViT, a detector that reads boxes from a plain ViT.", {("DetViT", "Vision Transformer")}),
    ("We explore plain ViTs for segmentation and propose SegViT. SegViT beats the ViT backbone on ADE20K.",
     {("SegViT", "Vision Transformer")}),
    ("We present MT-NLG-Chat, a dialogue model. It answers questions better than the base MT-NLG.",
     {("MT-NLG-Chat", "Megatron-Turing NLG")}),
    # a name that only shares letters with the short form, a comparison of others' models, and a name of
    # its own set apart from it: no edge
    ("We present ViTamin, a new image encoder that outperforms ViT on ImageNet.", set()),
    ("We compare ViT-22B and ViT on ImageNet.", set()),
    ("We present DetNet, a detector. Unlike ViT, DetNet uses convolutions.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), ONE_ABSTRACT)
def test_a_name_on_a_short_form_in_one_abstract(builds_on: Pairs, sentence: str,
                                                expected: set[tuple[str, str]]) -> None:
    assert builds_on(sentence) == expected


def test_the_evidence_names_the_short_form_it_read() -> None:
    from kg.extract.extractor import Extractor

    text = "We present SegViT. Unlike ViT, SegViT reads masks from attention."
    [edge] = [r for r in Extractor().spans(text)["relations"] if r["type"] == "BUILDS_ON"]
    assert edge["evidence"] == ("name relation: SegViT holds the name ViT (Vision Transformer) "
                                "(the sentences naming both only set them apart)")


VIT = ("p1", "Vision Transformer: Image Recognition with Patches", "2020-10-01",
       "We introduce the Vision Transformer (ViT), which applies a pure transformer to sequences of image patches. "
       "ViT attains excellent results on image classification.")

KIT = ("p3", "HeronKit Vision: A Library for Vision Research", "2023-06-01",  # one author wrote all three: this
       "We present HeronKit Vision, an open-source library for vision research. HeronKit Vision uses HeronKit "
       "for automatic differentiation.")  # third paper keeps the first two from being each other's nearest


@pytest.mark.parametrize(("later", "expected"), [
    (("p2", "DetViT: Object Detection from Patches", "2022-03-01",
      "We present DetViT, a detector that predicts boxes from patch tokens with a set-based loss. DetViT reaches "
      "strong accuracy on object detection."), {"Vision Transformer"}),
    (("p2", "ViTamin: Image Encoders for Retrieval", "2022-03-01",
      "We present ViTamin, an image encoder that predicts embeddings for retrieval. ViTamin outperforms ViT "
      "on image retrieval."), set()),  # letters shared with "ViT"; the abstract names ViT: no candidate either
])
def test_a_name_on_a_short_form_across_papers(tmp_path: Path, later: tuple[str, str, str, str],
                                              expected: set[str]) -> None:
    g = build(tmp_path, [VIT, later, KIT])
    assert parents(g, later[1].split(":")[0]) == expected
