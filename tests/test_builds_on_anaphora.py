"""Stated lineage the paper's model holds through a clause about it (issue 16): a purpose clause whose pronoun
names the model of the sentence before, a part of it fed into a pretrained model, a teacher it learns from, a part
of it built on or pre-trained as another model, parameters it adds over a base, a generic phrase standing for a model described earlier.

Every sentence is invented (SorbetM4, QuinceBERT, TamarackLM and the others are no real models), one table per
kind, from several fields (speech, proteins, vision, tabular data), each kind with its negatives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py

# Kind 1: a purpose clause with a pronoun object ("To build this, we used X", "To train them, we leverage X")
# opens a sentence after the one introducing the paper's model: "this" is that model, the models the sentence
# uses are its parents ("them": each of the models introduced there).
PURPOSE: list[tuple[str, set[Pair]]] = [
    ("We introduce SorbetM4, a single model for speech translation. To build this, we used a million hours of "
     "audio to learn speech representations with QuinceBERT 2.0.", {("SorbetM4", "QuinceBERT 2.0")}),
    ("We present FoldWren for protein complexes. To train it, we leverage the pretrained TamarackLM as the "
     "sequence encoder.", {("FoldWren", "TamarackLM")}),
    ("We introduce SorbetM4 and PipitM4, two translation models. To train them, we used QuinceBERT as the encoder.",
     {("SorbetM4", "QuinceBERT"), ("PipitM4", "QuinceBERT")}),
    ("We release TabGrebe, a tabular learner. To build our model, we started from LarchTab and added a text head.",
     {("TabGrebe", "LarchTab")}),
    # negatives: a purpose that makes nothing; a comparison in the clause; "this" with two models before it;
    # no model of the paper's in the sentence before (none, or others' models)
    ("We introduce SorbetM4, a single model for speech translation. To evaluate it, we used QuinceBERT 2.0 as a "
     "judge.", set()),
    ("We introduce SorbetM4, a single model for speech translation. To build this, we compared many encoders "
     "against QuinceBERT 2.0.", set()),
    ("We introduce SorbetM4 and PipitM4, two translation models. To train this, we used QuinceBERT as the encoder.",
     set()),
    ("Speech translation needs large models. To build these, we used QuinceBERT in earlier work.", set()),
    ("We introduce SorbetM4 for speech translation. Prior systems relied on PipitASR. To build this, we used "
     "QuinceBERT.", set()),
]

# Kind 2: a part of the paper's model feeds a pretrained (frozen, off-the-shelf) model ("style codes fed into a
# pretrained X generator", "plugged into a frozen X decoder"): the paper's model builds on X.
FED: list[tuple[str, set[Pair]]] = [
    ("We present PipitGAN, an image editing framework. Our PipitGAN framework is based on a novel encoder network "
     "whose style codes are fed into a pretrained QuinceGAN generator.", {("PipitGAN", "QuinceGAN")}),
    ("We present PipitGAN, an image editing framework. Our encoder outputs codes that are plugged into a frozen "
     "QuinceGAN decoder.", {("PipitGAN", "QuinceGAN")}),
    ("We introduce FoldWren, a protein design model, whose embeddings are fed into a pretrained TamarackFold "
     "structure module.", {("FoldWren", "TamarackFold")}),
    # negatives: a pretrained model fed for scoring; another paper's model fed into it; no pretrained model
    ("We present PipitGAN, an image editing framework. Generated images are fed into a pretrained QuinceNet "
     "classifier to compute a quality score.", set()),
    ("We present PipitGAN, an image editing framework. Unlike PipitGAN, SorbetGAN feeds its codes into a "
     "pretrained QuinceGAN generator.", set()),
    ("We present PipitGAN, an image editing framework. Our codes are fed into QuinceGAN for comparison.", set()),
]

# Kind 3: a teacher the paper's model learns from: "transfers capability from X to lightweight students",
# "transfer knowledge from a large teacher, X, into a compact student" (the clause's name before, or the
# paper's model when "we" speak).
TAUGHT: list[tuple[str, set[Pair]]] = [
    ("We present TinyWren, a family of efficient speech recognizers trained with a staged scheme that transfers "
     "capability from QuinceASR to lightweight students.", {("TinyWren", "QuinceASR")}),
    ("We present TinyWren for on-device recognition. We transfer knowledge from a large teacher, QuinceASR, into "
     "a compact student.", {("TinyWren", "QuinceASR")}),
    ("We present MiniTab, a small tabular learner. We move knowledge from LarchTab and GrebeTab into two "
     "students.", {("MiniTab", "LarchTab"), ("MiniTab", "GrebeTab")}),
    # negatives: others' distillation; a comparison; no student; a student of others' model
    ("We present TinyWren for on-device recognition. Prior work transfers knowledge from QuinceASR to small "
     "students.", set()),
    ("We present TinyWren for on-device recognition. We compare with methods that distill from QuinceASR into "
     "small students.", set()),
    ("We present TinyWren for on-device recognition. We move from QuinceASR to PipitASR as the judge.", set()),
    ("We present TinyWren for on-device recognition. PipitASR transfers knowledge from QuinceASR to small "
     "students.", set()),
]

# Kind 4: a part of the paper's model as the subject or the child ("Heron's architecture integrates X", "Heron
# uses a backbone built on X"): the part's owner, its possessor or the name opening the sentence, is the child;
# "integrate" and "incorporate" take their parents as objects, a list of parts among them.
PARTS: list[tuple[str, set[Pair]]] = [
    ("We present Heron, a speech recognizer. Heron's architecture integrates the QuinceBERT self-supervised model, "
     "an encoder-decoder backbone built on TamarackFormer, and a joint decoding strategy.",
     {("Heron", "QuinceBERT"), ("Heron", "TamarackFormer")}),
    ("We present FoldWren for protein design. FoldWren incorporates PipitFold and LarchEmb.",
     {("FoldWren", "PipitFold"), ("FoldWren", "LarchEmb")}),
    ("We present TabGrebe, a tabular learner. TabGrebe uses a compact encoder built on LarchTab.",
     {("TabGrebe", "LarchTab")}),
    # negatives: a comparison before the part; the paper's model integrated into others'; no model object;
    # a part with no owner named
    ("We present Heron, a speech recognizer. Heron outperforms a backbone built on TamarackFormer.", set()),
    ("We present Heron, a speech recognizer. We integrate Heron into QuinceBERT pipelines.", set()),
    ("We present Heron, a speech recognizer. Our framework integrates seamlessly with QuinceBERT.", set()),
    ("We present Heron, a speech recognizer. The common backbone built on TamarackFormer is slow.", set()),
]

# Kind 5: a part of the model pre-trained or initialized as another model ("With plain X backbones pre-trained
# as Y, our detector, named Ours"), and parameters the model adds over a base ("by introducing 14M parameters
# over X", "that adds 2M learnable parameters to a frozen X").
ADDED: list[tuple[str, set[Pair]]] = [
    ("With plain QuinceViT backbones pre-trained as SorbetMAE, our detector, named PipitDet, reaches 60 AP.",
     {("PipitDet", "QuinceViT"), ("PipitDet", "SorbetMAE")}),
    ("We present PipitDet, a detector. PipitDet uses encoders pre-trained with LarchSSL.", {("PipitDet", "LarchSSL")}),
    ("We present TernTune, a chat model. Compared to PipitTune, our TernTune follows instructions by merely "
     "introducing 14M parameters over QuinceLM.", {("TernTune", "QuinceLM")}),
    ("We present TernTune, a speech model that adds only 2M learnable parameters to a frozen QuinceASR.",
     {("TernTune", "QuinceASR")}),
    # negatives: a comparison of sizes; others' parameters; a rival's backbone
    ("We present TernTune, a speech model. TernTune has 2M fewer parameters than QuinceASR.", set()),
    ("We present TernTune, a speech model. Prior adapters introduce 20M parameters over QuinceASR, while TernTune "
     "needs none.", set()),
    ("We present TernTune, a speech model. TernTune is faster than adapters introducing 20M parameters over "
     "QuinceASR.", set()),
    ("We present PipitDet, a detector. PipitDet beats detectors whose backbones are pre-trained with LarchSSL.",
     set()),
]

# Kind 6: a generic phrase standing for the one model an earlier apposition described so ("Wren, the base
# pretrained language models, ... Wren-Math, built upon base language models"), and the names a list joins to
# the relative clause's antecedent with "as well as" ("A and B, as well as a math model, C, which are").
DESCRIBED: list[tuple[str, set[Pair]]] = [
    ("We introduce Wren, a family of models. It includes Wren, the base pretrained language models, and "
     "Wren-Chat, the chat models. We also develop Wren-Math, which is built upon base language models.",
     {("Wren-Math", "Wren"), ("Wren-Chat", "Wren")}),
    ("We present FoldKit, a protein structure model. FoldKit is initialized from QuinceProt, a masked protein "
     "language model. We also present FoldKit-Ab, which is fine-tuned from the masked protein language model.",
     {("FoldKit", "QuinceProt"), ("FoldKit-Ab", "QuinceProt")}),
    ("We release GannetLM and ShagLM, as well as a math model, PetrelLM, which are fine-tuned from CormorantLM.",
     {("GannetLM", "CormorantLM"), ("ShagLM", "CormorantLM"), ("PetrelLM", "CormorantLM")}),
    # negatives: no description; two models described alike; a description after the phrase; a singular verb
    ("We introduce Wren-Math, a math model. Wren-Math is built upon base language models.", set()),
    ("We introduce Wren-Math, a math model. Quill, the base language model, and Brio, a base language model, "
     "are popular. Wren-Math is built upon base language models.", set()),
    ("We introduce Wren-Math, a math model. Wren-Math is built upon base language models. Quill, the base "
     "language model, is popular.", set()),
    ("We release GannetLM and ShagLM, as well as a math model, PetrelLM, which is fine-tuned from CormorantLM.",
     {("PetrelLM", "CormorantLM")}),
]

CASES = PURPOSE + FED + TAUGHT + PARTS + ADDED + DESCRIBED


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:60] for s, _ in CASES])
def test_stated_lineage_through_a_clause_about_ours(builds_on: Pairs, sentence: str, expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected
