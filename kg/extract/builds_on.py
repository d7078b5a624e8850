"""The BUILDS_ON relations an abstract states between models: by text cues and by names.

"Zeta extends Alpa", "Building on GShard, we ...", "We introduce Codex, a GPT language model fine-tuned
...", and names that version, vary or extend another named model (Flan-PaLM holds PaLM).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import re

from kg.extract.acronyms import CLASS_ACRONYM, PAREN_AFTER, before_long_form, capitals_spell, initials_match
from kg.extract.base import (JOINER, OWN_WORD, STOP_WORDS, STRONG, TITLE_SEPARATOR, Mention, Patterns, Relation,
                             last_match, parse, shape, without_owner)
from kg.extract.derive import ROLE_SAID, derivations
from kg.extract.names import canonical
from kg.model import BUILDS_ON, INTRODUCES, MODEL, TOPIC, USES
from kg.names import (EXTENDS, TUNED_WORDS, VARIANT_WORDS, VARIES, VERSIONS, borrowed_name, entity_key, is_generic, is_tier,
                      parts_relation, singular, skips_versions)

ADOPTED_PART = "adopted-part"  # the rule of a parent an adopted-architecture list names that this paper introduces too
DEFINED_SUBJECT = re.compile(r"\s*(?:[Tt]he\s+)?")  # what opens a sentence before its subject
LONG_FORM_BEFORE = re.compile(r"(?:[A-Z][\w-]*\s+){0,5}[A-Z][\w-]*\s*\($")  # "into Diffusion Transformer (": a spelled-out name
HEAD_BEFORE_NAME = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:model|network|backbone|encoder|decoder"
                              r"|architecture)s?\s*[(,]\s*$")  # "a pretrained image animation model (" before its name
HEAD_BEFORE_PAREN = re.compile(r"\b(?:the|an?|its|our|their)\s+((?:[\w-]+\s+){0,3}?(?:model|network|backbone|encoder|decoder"
                               r"|LLM|detector|segmenter|architecture|transformer)s?\s*\($)"
                               r"|\b((?:(?!(?:on|of|to|from|with|upon|over|into)\b)[\w-]+\s+){0,3}?(?:model|network|backbone"
                               r"|encoder|decoder|LLM|architecture|transformer)s\s*\($)")  # "of the 3D foundation
# model (X)", "based on speech foundation models (X)": the name in parentheses stands for the noun phrase before it
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“])")
COMPOUND = re.compile(r"(?<![\w-])([A-Za-z][\w.]*(?:-[\w.]+)*?)-(?i:based|initiali[sz]ed|derived|distilled|fine-?tuned|adapted|inspired)\b")
COMPOUND_HINTS = ("-based", "-initiali", "-derived", "-distilled", "-fine", "-adapted", "-inspired",  # and as a
                  "-Based", "-Initiali", "-Derived", "-Distilled", "-Fine", "-Adapted", "-Inspired")  # title writes
# them: "A Zorb-Based ..."
PLAIN_WORD = re.compile(r"[A-Z][a-z]+")  # a word as a title capitalizes it: "Latent", "Diffusion"
WRAPPED = re.compile(r"(?<![\n\r])[\n\r\t](?![\n\r])")  # a wrapped line's break, not the blank line after a title
PLAIN_WORD_END = re.compile(r"(?<=\s)[A-Z][a-z]+\s+$")  # "English " before "BERT"


def improved_by_margin(cues: dict[str, Any], before: str, after: str) -> bool:
    """Whether a model named between ``before`` and ``after`` (its sentence's text on either side) is one
    the paper improves on by a margin, on benchmarks or in its findings ("improves upon X by 5 points", "a 7x
    improvement over X", "we show that Ours improves upon X"): a comparison of results, not a base."""
    return bool(cues["improve_on_before"].search(before[-60:]) and cues["margin_after"].match(after)
                or cues["measured_gain_before"].search(before[-60:])
                or cues["improve_result_before"].search(before[-160:]))


def _joins_named(form: str, names: set[str]) -> bool:
    """Whether the long form ``form`` joins two of ``names`` by a dash ("Bert-ComplEx Embedding Model").

    Example:
        >>> _joins_named("Bert-ComplEx Embedding Model", {"Bert", "ComplEx"})
        True
        >>> _joins_named("Hidden-Unit BERT", {"BERT"})
        False
    """
    return any(f"{a}-{b}" in form for a in names for b in names if a != b)


def _named_in(m: Mention, form: str) -> bool:
    """Whether the long form ``form`` writes the name of ``m`` as a word of its own or dashed to a capitalized one
    ("Yet another RoPE extensioN method" writes RoPE, "Bert-ComplEx Embedding Model" Bert and ComplEx; "Ropey
    Encoder" and "RoPE-based Encoder" do not)."""
    return any(re.search(rf"(?:(?<=\w-)|(?<![\w-])){re.escape(n)}(?:(?=-[A-Z])|(?![\w-]))", form)
               for n in {m.name, m.text} if len(n) > 1)


def stated_builds_on(pat: Patterns, text: str, mentions: list[Mention], rels: list[Relation],
                     sent_of: list[tuple[int, int]], described: dict[int, int]) -> list[Relation]:
    """BUILDS_ON stated by names (an introduced model versions or extends a named one) or by text.

    Args:
        pat: the compiled patterns.
        text: the doc's text.
        mentions: the doc's mentions.
        rels: the paper relations found so far (``target`` indexes ``mentions``).
        sent_of: the sentence span of each mention.
        described: a name in the appositive of an introduced one -> that one ("We introduce Codex, a GPT
            language model": GPT describes Codex, which builds on it when the text says so).

    Returns:
        BUILDS_ON relations (``source`` and ``target`` index ``mentions``). A paper's use of a model that a
        cue seemed to name as a base (rule ``builds-on-cue``) but this pass judged none (a baseline's base,
        data a model made, "Ours can be combined with X") becomes a plain ``use-cue`` in ``rels``, in place:
        lineage inference reads that rule as the paper stating its base.
    """
    cues = pat.cues
    if "\t" in text or "\r" in text or text.count("\n") != 2 * text.count("\n\n"):  # else every break is doubled
        text = WRAPPED.sub(" ", text)  # "is built on\nthe X": the cues are written with spaces (offsets kept)
    text = _title_apposition(text, mentions, rels)
    _opening_subjects(pat, text, mentions, rels, sent_of)
    introduced: dict[str, int] = {}
    intro = [r.target for r in rels if r.type == INTRODUCES and mentions[r.target].label == MODEL]
    for i in sorted(intro, key=lambda i: (not mentions[i].title_name, mentions[i].start)):
        introduced.setdefault(mentions[i].key, i)
    own_parts = {mentions[r.target].key for r in rels if r.type == INTRODUCES and r.rule == "own-part"}
    named: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.label == MODEL:
            named.setdefault(m.key, i)
    short_forms: dict[str, list[str]] = {}  # a model of a longer name -> the one-word forms the text writes it in
    for m in mentions:  # (or a name the text gives it: "SpectralNet, which we call SpecNet1")
        if m.key in named and (m.rule == "called-alias" or " " in m.name and " " not in m.text) and (
                m.text not in short_forms.get(m.key, [])):
            short_forms.setdefault(m.key, []).append(m.text)
    seen: set[tuple[str, str]] = set()
    out: list[Relation] = []
    adopted_parts: set[int] = set()  # parents stated by an adopted-architecture list that this paper introduces too

    def add(src: int, dst: int, rule: str, evidence_at: int | None) -> None:
        if is_generic(mentions[src].name or mentions[src].text):  # "byte-level Transformer models based on X":
            own = _main_model(mentions, introduced)  # a kind is no child; the paper's one model is, if it has one
            if own is None or own == dst:
                return
            src = own
        a, b = mentions[src].key, mentions[dst].key
        if a == b or (a, b) in seen or (b, a) in seen or mentions[dst].name in pat.libraries:
            return  # "Ours is built on top of PyTorch": a library runs ours, it is no parent
        if (mentions[dst].name or mentions[dst].text).split()[-1].casefold() in pat.lexicon.metric_heads:
            return  # "to improve the Intersection over Union regression loss (IoU Loss)": a loss is no parent
        if evidence_at is not None and any(
                k.key == a and sent_of[n] == sent_of[evidence_at] and cues["scratch_after"].match(text, k.end)
                for n, k in enumerate(mentions)):
            return  # "Unlike Y, which is initialized from X, Ours is trained from scratch": ours has no parent
        if evidence_at is not None and mentions[src].key not in introduced and parts_relation(
                parse(mentions[dst].name or mentions[dst].text), parse(mentions[src].name or mentions[src].text)
        ) in (VARIES, EXTENDS):
            return  # "a multilingual Roman Urdu BERT created by ... pretraining of Multilingual BERT": a known name
            # inside a longer phrase, no child of a parent named after it
        if (evidence_at is not None and a not in introduced and a in pat.known
                and cues["improved_known_before"].search(text, max(0, mentions[src].start - 60), mentions[src].start)):
            return  # "An improved lightweight Faster R-CNN based on MobileNetV3": an unnamed variant of the known
            # model rests on the parent, not the known model itself
        seen.add((a, b))
        if evidence_at is None:  # a name relation: a sentence naming both, else the names themselves
            both = [(sent_of[k], max(m.end, mentions[j].end)) for k, m in enumerate(mentions) if m.key == a
                    for j in range(len(mentions)) if mentions[j].key == b and sent_of[j] == sent_of[k]]
            # "Compared with X 67B, X-V2 ...", "X-Flan outperforms X", "Unlike X, X 2 ...": a comparison or a
            # contrast says nothing of lineage; "X 2, the successor to our earlier recognizer" says it
            fair = [span for span, upto in both if not cues["compare_gap"].search(text, span[0], upto)
                    and not cues["contrast_gap"].search(text, span[0], upto)]
            fair += sorted({sent_of[k] for k, m in enumerate(mentions) if m.key == a
                            and cues["own_kin_phrase"].search(text, *sent_of[k])})
            fair += sorted({sent_of[k] for k, m in enumerate(mentions) if m.key == a for j in range(len(mentions))
                            if mentions[j].key == b and sent_of[j] == sent_of[k] and m.end <= mentions[j].start
                            and cues["own_base_gap"].match(text[m.end:mentions[j].start])})  # "It beats X-Chat,
            # tuned from X": the participle on the child states its base, whatever the clause does with the child
            fair += sorted({sent_of[k] for k, m in enumerate(mentions) if m.key == a and cues["hybrid_named_before"].search(
                text, max(0, m.start - 30), m.start) for j in range(len(mentions)) if mentions[j].key == b
                and sent_of[j] == sent_of[k] and cues["original_before"].search(
                    text, max(0, mentions[j].start - 20), mentions[j].start)})  # "the original U-Net, a residual
            # variant (RSC-UNet)": a variant the sentence sets beside the original it varies
            if not fair and a not in introduced:
                return  # "Whisper-v3 is faster than Whisper": a name relation between others' models is a derivation
                # signal for inference across papers, no lineage this paper states (it introduces neither child)
            if not fair:
                apart = any(cues["contrast_gap"].search(text, span[0], upto) for span, upto in both)
                why = ("no sentence names both" if not both else "the sentences naming both only set them apart"
                       if apart else "the sentences naming both only compare them")  # "Unlike X, X 2 ..."
                held = mentions[dst].name if mentions[dst].text not in short_forms.get(b, ()) else \
                    f"{mentions[dst].text} ({mentions[dst].name})"  # SegViT holds ViT (Vision Transformer)
                out.append(Relation(BUILDS_ON, dst, rule, f"name relation: {mentions[src].name} holds the name "
                                    f"{held} ({why})", source=src))
                return
            ss, se = fair[0]
        else:
            ss, se = sent_of[evidence_at]
            lead = text[ss:mentions[dst].start]
            if improved_by_margin(cues, lead, text[mentions[dst].end:se]):
                seen.discard((a, b))  # the names may still say it: "X 2 improves upon X by 19%"
                return  # "Ours improves upon X by 5 points": a comparison, not a base
            if cues["extends_before"].search(lead[-40:]) and cues["extended_quantity_after"].match(
                    text, mentions[dst].end, se) and not (mentions[src].start > mentions[dst].end and cues[
                        "passive_result_between"].search(text, mentions[dst].end, mentions[src].start)):
                seen.discard((a, b))
                return  # "Ours extends X 7B from 4k context to 100k": X's context is extended, X a workload (not
                # "we extend X to 128K tokens, yielding Ours")
        sentence = " ".join(text[ss:se].split())
        kind = evidence_at is not None and bool(cues["kind_article_before"].search(
            text, max(ss, mentions[dst].start - 60), mentions[dst].start) and cues["kind_article_after"].match(
            text, mentions[dst].end, se))  # "whose vision encoder is a high-resolution ViT": the architecture
        if not any(mentions[j].key == b and sent_of[j] == (ss, se) for j in range(len(mentions))):
            # "X ... To address these issues, we introduce Y": the sentence naming the parent comes first
            named_at = [sent_of[j] for j in range(len(mentions)) if mentions[j].key == b and sent_of[j][1] <= ss]
            if named_at:
                ps, pe = max(named_at)
                gap = " " if not text[pe:ss].strip() else " ... "
                sentence = " ".join(text[ps:pe].split()) + gap + sentence
        adopted = dst in adopted_parts or (b in own_parts and a in introduced)  # "H2 incorporates DiTorch, a
        # unified interface": a part introduced with the paper's model is its parent only if introduced earlier
        out.append(Relation(BUILDS_ON, dst, ADOPTED_PART if adopted else rule, sentence, source=src,
                            generic=kind))

    named_texts = {mentions[j].text for j in named.values()}
    for key, i in introduced.items():  # "YaRN (Yet another RoPE extensioN method)": a long form names the base
        # (also another writing's, when it opens with a derivation: the text's "an Enhanced SRGAN (ESRGAN)"
        # beside the title's "ESRGAN"; one joining two named models by a dash, under a title that opens with the
        # name: "BeComE – A Novel Framework" over "BeComE (Bert-ComplEx Embedding Model)"); so does a parenthesis
        # right after the name that joins two named models by a dash: "ZoCo (RoBERTa-ComplEx Co-training)"
        others = (f for m in mentions if m.key == key for f in m.aliases if cues["derived_long_form"].match(f)
                  or (mentions[i].title_name and _joins_named(f, named_texts)))
        said = (p.group(1) for m in mentions if m.key == key and (p := PAREN_AFTER.match(text, m.end))
                and _joins_named(p.group(1), named_texts))
        for form in dict.fromkeys([*mentions[i].aliases, *others, *said]):
            if cues["part_long_form_tail"].search(form):
                continue  # "residual Swin Transformer blocks (RSTB)": a part built of the model, no model of its own
            bases = [j for b, j in introduced.items() if b != key and any(
                _qualified_form(form, a, before=False) for a in mentions[j].aliases)]
            # "Dilated Neighborhood Attention Transformer" after "Dilated Neighborhood Attention (DiNA)": the paper's
            # own model, not the head word after it, is the base
            bases = bases or [j for b, j in named.items() if b != key and b not in introduced
                              and _named_in(mentions[j], form)]
            if not bases:
                continue
            at = next((k for k, x in enumerate(mentions) if x.key == key and form in text[slice(*sent_of[k])]), i)
            for j in bases:  # the evidence: the sentence that writes the long form
                add(at, j, "long-form", at)
    modified = _title_modified(pat, text, mentions, introduced) or _title_improved(pat, text, mentions, introduced)
    if modified is not None:
        add(*modified, "text-cue", modified[1])
    for child, parent in _such_bases(cues, text, mentions, sent_of, introduced):
        add(child, parent, "text-cue", child)
    for child, parent in _tuned_named_bases(cues, text, mentions):
        add(child, parent, "text-cue", child)
    _based_compounds(pat, text, mentions, sent_of, introduced)
    _cued_phrases(pat, text, mentions, sent_of)
    _cued_words(pat, text, mentions, sent_of)
    _relative_antecedents(pat, text, mentions, sent_of)
    written = [n for j in introduced.values() for n in (mentions[j].text, mentions[j].name, *mentions[j].aliases) if n]
    respective = _respective(cues, text, mentions, sent_of)  # "A and B ... X and Y respectively": X -> A, Y -> B
    respective |= _paired_by_name(cues, text, mentions, sent_of)  # "we extend X and Y ... and propose A and B"
    respective |= _paired_by_containment(cues, text, mentions, sent_of, introduced)  # "our X and Y based models, A
    # and B": A holds X's name, B holds Y's
    first: dict[int, int] = {}  # sentence start -> its first mention
    parents: set[int] = set()  # mentions a cue names as a parent ("distilled from R1 based on Qwen": R1)
    parent_src: dict[int, int] = {}  # a parent a cue names -> the child it was given
    unattached: set[int] = set()  # parents a cue names whose clause gives them no child
    derived: set[int] = set()  # parents the derivation reading gave a child ("Zorb, a variant of Quill")
    for child, parent, rule in derivations(pat, text, mentions, sorted(set(sent_of)), set(introduced)):
        if parent in respective:
            continue  # paired with its own child below
        if rule == ROLE_SAID:
            parents.add(parent)
            derived.add(parent)
            if child is None or _procedure(cues, text, mentions, child):
                unattached.add(parent)  # "We propose Ours, a fine-tuning method. X-7B is used as the base model":
                continue  # the model a procedure runs on is its workload
            add(child, parent, "text-cue", parent)  # "Ours ... The X-7B model was selected as the base architecture":
            continue  # the role's sentence is the evidence
        parents.add(parent)
        derived.add(parent)
        if child is not None and sent_of[child] != sent_of[parent]:  # "Qwen, the base models ... Y, built upon
            add(child, parent, rule, child)  # base models": the parent's sentence is no clause of the child's
        elif child is not None:
            add(child, parent, rule, parent)
            parent_src[parent] = child
    for i, m in enumerate(mentions):
        ss, se = sent_of[i]
        subject = first.setdefault(ss, i)
        if i in derived:
            continue
        if m.label != MODEL or cues["kind_after"].match(text, m.end):
            continue  # "trains a GPT-style model": a workload or an architecture family, no parent
        if i > 0 and mentions[i - 1].label == MODEL and sent_of[i - 1] == (ss, se) and mentions[i - 1].end < m.start \
                and text[mentions[i - 1].end:m.start] == " " and mentions[i - 1].key not in introduced:
            if i - 1 in parents:  # "a frozen CLIP ViT-L/14 encoder": ViT-L/14 tags CLIP's architecture and size,
                parents.add(i)  # no parent of ours; it stands where CLIP stands in the clause ("... to the Y LM")
                if i - 1 in parent_src:
                    parent_src[i] = parent_src[i - 1]
            continue
        if i in respective:
            add(respective[i], i, "text-cue", i)
            parents.add(i)
            continue
        before, after = text[ss:m.start], text[m.end:se]
        spelled = LONG_FORM_BEFORE.search(before) if "(" in before[-2:] else None  # it ends "(" or "(\n"
        if m.aliases and "(" in before[-2:] and (cut := before_long_form(before, m.aliases)) != before:
            before = cut  # "extend latent diffusion models (LDMs)", "on Bidirectional Encoder Representations from
            # Transformers (BERT)"
        elif spelled:  # "into Diffusion Transformer (DiT)": the cue stands before the spelled-out name
            before = before[:spelled.start()]
        elif "(" in before[-2:] and (head := HEAD_BEFORE_PAREN.search(before)):
            before = before[:head.start(head.lastindex or 1)]  # "the adaptation of the 3D foundation model (X)": the
            # cue is before it
        before = without_owner(before, mentions[i - 1].end - ss if i else 0)  # "fine-tuning Meta's X"
        plugged = _plugged(cues, before, mentions, introduced) if any(n in before for n in written) else None
        if plugged is not None and cues["host_role_after"].match(after):
            plugged = None  # "Using Ours in the X pipeline / baseline": X is a workload or a rival
        if plugged is not None:  # "Using Ours in a basic X system": ours is built into X
            add(plugged, i, "text-cue", i)
            parents.add(i)
            continue
        if (i > 0 and mentions[i - 1].key in introduced and sent_of[i - 1] == (ss, se)
                and text[mentions[i - 1].end:m.start].strip() == "," and cues["base_participle_after"].match(after)):
            add(i - 1, i, "text-cue", i)  # "We present Ours, X adapted to speech": Ours builds on X
            parents.add(i)
            continue
        own = _main_model(mentions, introduced) if cues["subject_adapted_after"].match(after) else None
        if (own is not None and mentions[own].start < ss and cues["bare_subject_lead"].fullmatch(before)
                and not cues["baseline_clause"].search(text, m.end, se) and not cues["compare_gap"].search(text, ss, se)):
            add(own, i, "text-cue", i)  # "We introduce Ours, a model for X. A Swin V2 encoder pretrained on CT was
            parents.add(i)  # adapted to MRI": the model a sentence opens with, adapted, is what ours is made of
            continue
        if cues["passive_base_after"].match(after):  # "X is extended ...; the resulting model, Ours"
            child = next((j for j in range(i + 1, len(mentions)) if sent_of[j] == (ss, se)
                          and mentions[j].key in introduced and mentions[j].key != m.key), None)
            if child is not None and cues["passive_result_between"].search(text, m.end, mentions[child].start):
                add(child, i, "text-cue", i)
                parents.add(i)
                continue
            child = _ours_before(before, mentions, introduced, r"\s*,?\s*(?:in\s+which|where(?:by)?|for\s+which)"
                                 r"\s+(?:the\s+|an?\s+)?(?:pre-?trained\s+)?$")
            if child is not None:  # "We present Ours, in which X is extended with ...": ours is X extended
                add(child, i, "text-cue", i)
                parents.add(i)
                continue
        if cues["scaled_after"].match(after) and cues["scaled_before"].search(before[-40:]):
            child = _scaled_result(cues, text, mentions, i, sent_of, introduced)
            if child is not None:  # "We scale X to 3B parameters. The resulting model, Ours, ...": ours is X scaled
                add(child, i, "text-cue", child)
                parents.add(i)
                continue
        if (cues["plural_based_before"].search(text, max(ss, m.start - 80), m.start)
                and cues["we_subject"].search(text[ss:m.start]) and not cues["compare"].search(text[ss:m.start])):
            kids = _ordinal_children(cues, text, mentions, sent_of, introduced, se)
            own = _main_model(mentions, introduced)
            if (not kids and own is not None and mentions[own].start < ss and cues["introduce"].search(
                    text, ss, m.start) and not any(
                    o.key in introduced for k, o in enumerate(mentions) if sent_of[k] == (ss, se))):
                kids = [own]  # "We present the NorLM initiative. This paper introduces the first ... models for
                # Norwegian, based on both the ELMo and BERT frameworks": the paper's one model, unnamed here
            if kids:  # "we develop algorithms based on the classic X. Our first algorithm, A, ... Our second, B"
                for k in kids:
                    add(k, i, "text-cue", k)
                parents.add(i)
                continue
        if _improved_by_ours(cues, text, mentions, introduced, text[ss:m.start], text[ss:m.start]):
            child = _scaled_result(cues, text, mentions, i, sent_of, introduced)
            if child is not None:  # "We employ tuning to enhance X. The resulting model, named Ours, ..."
                add(child, i, "text-cue", child)
                parents.add(i)
                continue
        defined = _defined_as_kind(pat, text, mentions, i, (ss, se))
        if defined is not None:
            add(defined, i, "text-cue", i)  # "IndoBERT is a BERT model pre-trained on Indonesian": a definition,
            parents.add(i)  # whoever's the subject is
            continue
        nxt = i + 1
        gap = (text[m.end:mentions[nxt].start] if nxt < len(mentions) and sent_of[nxt] == (ss, se)
               and mentions[nxt].key in introduced and mentions[nxt].key != m.key else None)  # up to the paper's
        # own model, named next in the sentence
        if gap is not None and (
                (m.key not in introduced and cues["variant_paren_after"].match(gap)
                 and cues["variant_article_before"].search(before[-40:]))  # "We also established a Chinese BERT
                # model (CHMBERT)": the name in parentheses is the paper's, a kind of the model before it
                or (cues["result_right_after"].match(gap) and cues["we_subject"].search(before)
                    and not cues["compare"].search(before))  # "We propose a way of employing dropouts in MART,
                # resulting in the DART algorithm": what our change to X results in builds on X
                or (cues["version_named_after"].match(gap) and cues["version_named_before"].search(before[-40:]))):
            # "the X version, called Ours, performs best": ours is that version of X
            add(nxt, i, "text-cue", i)
            parents.add(i)
            continue
        if (cues["role_clause_after"].match(after) and (only := _main_model(mentions, introduced)) is not None
                and mentions[only].key != m.key and not cues["compare_gap"].search(text, ss, se)
                and not cues["contrast_gap"].search(text, ss, se) and not cues["baseline_before"].search(before)
                and not any(o.label == MODEL and sent_of[k] == (ss, se) and o.start >= _clause_start(text, ss, m.start)
                            and o.key not in (m.key, mentions[only].key) for k, o in enumerate(mentions))):
            add(only, i, "text-cue", i)  # "... into Rook-8B, which acts as the language backbone": of the paper's
            parents.add(i)  # one model, the only one a part can be of
            continue
        if _title_common_phrase(cues, text, m, (ss, se)):
            continue  # "Tilex-2: Scaling Latent Diffusion with ...": a method the title capitalizes, no model
        if _swapped_out(cues, text, m, (ss, se)):
            continue  # "replacing the X backbone of Y with Z": X is the part removed, never a parent
        base = list(cues["baseline_before"].finditer(before[-60:]))
        after_base = m.start - len(before[-60:]) + base[-1].end() if base else 0
        if base and not any(mentions[j].key in introduced and after_base <= mentions[j].start < m.start
                            for j in range(len(mentions))):
            continue  # "a baseline based on X" says how the baseline was built, unless ours comes after it
        if cues["optional_before"].search(before[-60:]) or cues["cost_before"].search(before[-60:]):
            continue  # "Ours can be combined with X": the two work side by side, neither derives from the other;
            # "Ours adds little latency to X": X is what ours runs beside
        if cues["negated_before"].search(before[-40:]) or cues["harm_after"].match(after):
            continue  # "Instead of building on X, Ours ...", "Ours does not build on X": a cue denied; "we show that
            # initializing Ours from X hurts performance": a setting tried and set aside
        if cues["data_made_before"].search(before[-80:]):
            continue  # "trained on responses distilled from X": X made the data, it is no base
        helper = cues["auxiliary_before"].search(before[-100:])
        at = m.start - len(before[-100:]) + helper.start() if helper else 0
        if helper and not any(mentions[k].key in introduced and sent_of[k] == (ss, se) and mentions[k].end <= at
                              and cues["own_helper_gap"].match(text[mentions[k].end:at]) for k in range(i)):
            continue  # "a discriminator on top of a frozen X", "a judge based on X": an auxiliary network's base,
            # not ours (unless the helper is ours: "We present Ours, a reward model initialized from X")
        if cues["target_maker_before"].search(before[-100:]) or cues["recipe_part_before"].search(before[-80:]):
            continue  # "regresses the targets of a frozen X encoder": X makes targets, a teacher, no base;
            # "replaces the balancing loss of X": a training choice set against X's, not X's model changed
        role = (cues["base_role_after"].match(after) or cues["passive_role_after"].match(after)
                or cues["serves_role_after"].match(after))  # "Mistral serves as the best base model for ..."
        cs = max(text.rfind(";", ss, m.start), text.rfind(":", ss, m.start)) + 1 or ss
        if role and (cues["evaluation_lead"].search(text, cs, m.start)
                     or cues["role_purpose_tail"].match(after, role.end())):
            continue  # "we evaluate Ours with X as the base model", "X as a teacher to label data": a setting or
            # a data maker, not a base
        window = before[-80:]  # "we continue the pretraining of an already pretrained multilingual X"
        cue = cues["builds_on_before"].search(window)
        for between in (PLAIN_WORD_END, cues["framework_of_before"]):
            if cue is None and (word := between.search(window)):
                cue = cues["builds_on_before"].search(window[:word.start()])  # "by additional pretraining of
                # English BERT": a capitalized plain word (a language) before the base; "based on the neuro-symbolic
                # framework of Logic Tensor Networks": the framework of a model is that model
        if cue and _name_part(text, m.start - len(window) + cue.start()):
            cue = None  # "with Sorrel-Merge and X": the cue's word is part of another name
        cue = cue or cues["inserted_object"].search(before[-150:])  # "integrates Y and a long Z into X"
        if cue and cue.groupdict().get("apposed") and not cues["apposed_head_after"].match(after):
            cue = None  # "a variant of the one-stage detector, X" names X in apposition; "Unlike Y, which
            # extends the detector, X is ..." closes a clause before a new subject
        # "we adapt the X representations to the task": X's features are tuned, not used as they are
        tuned = cues["tuned_part_after"].match(after) and cues["tuned_part_before"].search(before[-40:])
        stated = (cue and (not cues["modifier_after"].match(after) or tuned or (  # "extends the X paradigm",
            # "builds on the X recipe"
            cues["extended_kind_after"].match(after) and cues["extends_before"].search(before[-40:])) or (
            cues["built_kind_after"].match(after) and cues["built_on_before"].search(before[-40:])))) or (
            cues["architecture_after"].match(after) and cues["use_architecture_before"].search(before[-50:])) or (
            cues["builds_on_after"].match(after) and cues["counterpart_before"].search(before[-30:])) or (
            cues["based_after"].match(after) and not cues["based_rival_after"].match(after)
            and not cues["contrast_before"].search(before[-60:]) and not cues["workload_before"].search(before[-60:])
            and not cues["compare_gap"].search(before, before.rfind(",") + 1)
        ) or (  # not "over the X-based baseline", "speeds up X-based pipelines", "We compare Ours with X-based
            # rerankers" (unless a comma closes the comparison: "Compared with Y, our X-based Ours ...")
            cues["replacement_before"].search(before[-120:])) or (
            cues["adopted_list_before"].search(before[-160:])) or (
            _own_hybrid_list(cues, text[ss:m.start])) or (
            cues["builds_on_lead"].match(before) and not cues["modifier_after"].match(after)
            and not (cues["loose_lead"].match(before) and not cues["made_clause_after"].match(after))) or (
            role) or (
            cues["backbone_after"].match(after) and (cues["backbone_before"].search(before[-40:])
                                                     or cues["fronted_lead"].match(before))) or (
            own_combination(cues, before, after) and m.key not in introduced
            and not cues["new_parts_after"].search(after)) or (
            cues["hybrid_parts_before"].search(window) and not cues["contrast_gap"].search(before)
            and not cues["others_subject"].match(before)) or (
            cues["part_pretrained_before"].search(before[-60:])) or (  # "ViT backbones pre-trained as X"
            m.key in pat.known and cues["known_means_before"].search(before[-60:])) or (  # "by introducing X"
            cues["added_parameters_before"].search(before[-80:])) or (  # "introducing 14M parameters over X"
            cues["enhance_after"].match(after) and cues["enhance_before"].search(before[-40:])) or (
            cues["possessive_after"].match(after) and cues["possessive_before"].search(before[-40:])) or (
            cues["weights_after"].match(after) and cues["weights_before"].search(before[-50:])) or (
            _trained_kind(cues, text, mentions, i, (ss, se), introduced)) or (
            _improved_by_ours(cues, text, mentions, introduced, text[ss:m.start], before)) or (
            _used_by_ours(cues, text, mentions, introduced, ss, ss + len(before), after)) or (
            _own_variant_paren(text, mentions, introduced, m)) or (
            (cues["is_a_after"].match(after) or cues["base_participle_after"].match(after.removeprefix(",")))
            and cues["is_a_before"].search(before[-40:])  # "Ours is X, retrained on ..."
            and _subject_is_ours(cues, text[ss:m.start], mentions, introduced)) or (
            cues["apposed_after"].match(after) and _apposed_to_ours(text[ss:m.start], mentions, introduced)) or (
            cues["frozen_features_after"].match(after) and cues["frozen_features_before"].search(before[-50:])
            and not cues["contrast_gap"].search(before)) or (  # "trained with frozen X features", not "Unlike ..."
            (cues["pretrained_use_before"].search(before[-50:])
             or (cues["pretrained_lead"].match(before) and cues["pretrained_lead_after"].match(after)))
            and not cues["role_purpose_after"].match(after) and not cues["modifier_after"].match(after))
        if not stated:
            prev = max((j for j in parent_src if sent_of[j] == (ss, se) and mentions[j].end <= m.start),
                       key=lambda j: mentions[j].start, default=None)
            if (prev is not None and not _relative_closed(cues, text, mentions, prev, parent_src[prev], m)
                    and not _apposition_closed(text, mentions, prev, parent_src[prev], m)
                    and (cues["coordinated_parent"].match(text[_after_short_form(text, mentions[prev]):m.start]) or (
                    cues["joined_to_between"].match(text[mentions[prev].end:m.start])  # "connects a frozen X
                    and cues["join_before"].search(text, ss, mentions[prev].start)) or (  # encoder with the Y LM"
                    cues["augmented_with_between"].match(text[mentions[prev].end:m.start])  # "we augment X with Y
                    and cues["augment_before"].search(text, ss, mentions[prev].start)) or (  # and propose Ours"
                    cues["combined_second_between"].match(text[mentions[prev].end:m.start])  # "combines the
                    and cues["combine_of_before"].search(text, ss, mentions[prev].start)))  # A of X with the B of Y"
                    and not (m.key in introduced and mentions[parent_src[prev]].key not in introduced)
                    and not (text[mentions[prev].end:m.start].lstrip().startswith(",")  # "from X, a chat model,
                             and cues["clause_verb_after"].match(text, m.end))  # and Y is used as a judge": a clause
                    and not cues["subject_verb_after"].match(text, m.end)  # "from X and Y is trained ...": Y's own
                    and not cues["own_base_after"].match(after)):  # "from X, and Y, initialized from Z": Y is a child
                # "Unlike Orca, which is fine-tuned from X, Ours ...": ours opens the next clause, no parent of Orca
                parents.add(i)  # "builds on X and Y": Y too
                parent_src[i] = parent_src[prev]
                add(parent_src[prev], i, "text-cue", i)
            continue
        parents.add(i)
        if m.key in introduced and cues["adopted_list_before"].search(before[-160:]):
            adopted_parts.add(i)  # "Ours adopts novel architectures including A": A, introduced here too, is a
            # parent only if an earlier paper introduced it (rule ADOPTED_PART, judged by date when the graph is built)
        if (len(introduced) > 1 and cues["plural_subject"].match(text[ss:m.start])
                and not cues["compare_gap"].search(text, ss, m.start)
                and (prev_sent := max((sent_of[k] for k in range(len(mentions)) if sent_of[k][1] <= ss),
                                      default=None)) is not None
                and not text[prev_sent[1]:ss].strip()  # "A and B. Both are ..."
                and len({mentions[k].key for k in introduced.values() if sent_of[k] == prev_sent}) > 1):
            for j in introduced.values():  # "We introduce A and B. Both are initialized from X": each of ours
                add(j, i, "text-cue", i)
            continue
        head = next((j for j in range(len(mentions)) if mentions[j].label == MODEL and m.end < mentions[j].start < se
                     and _compound_head(pat, text[m.end:mentions[j].start])), None)
        src = head if head is not None else _cue_source(cues, text, mentions, i, (ss, se), introduced, parents)
        if src is not None and mentions[src].key == m.key:
            parents.discard(i)  # "We fine-tune Ours from X": ours, the cue's object, is no parent of X's child
            continue
        if src is not None and (role or cues["frozen_lead"].search(before[-40:])) and _procedure(cues, text, mentions, src):
            unattached.add(i)
            continue  # "We propose Ours, a fine-tuning method ... X as the base model", "the method Ours tunes prompts
            # on a frozen X backbone": X is what ours is applied to (a model built with a frozen X is its child)
        if src is None:  # "aligns a frozen X with a frozen Y": Y's child is X's
            prev = max((j for j in parent_src if sent_of[j] == (ss, se) and mentions[j].end <= m.start),
                       key=lambda j: mentions[j].start, default=None)
            gap = text[mentions[prev].end:max(mentions[prev].end, ss + len(before))] if prev is not None else ""  # up
            # to the name's long form, which is the name
            if (prev is not None and len(gap) <= 80 and not cues["compare_gap"].search(gap)
                    and not any(o.label == MODEL and mentions[prev].end <= o.start < m.start and o.key != m.key
                                for o in mentions)  # not "Whereas Zorb is X-based, Brio is Y-based": Brio's
                    # clause
                    and (not cues["intro_fence"].search(gap) or (  # "connects a frozen X encoder to the Y LM"
                        cues["joined_to_between"].match(gap) and cues["join_before"].search(text, ss, mentions[prev].start)))
                    and not cues["baseline_before"].search(gap)):
                src = prev if cues["apposed_gap"].fullmatch(gap) else parent_src[prev]  # "building upon X, a
                # sentence-level extension of Y, ...": the apposition says what X is, Y is X's parent
        if src is None:
            unattached.add(i)  # a comparison, others' work, a list the paper works on: no base of ours
        else:  # "Transformer-based detector DINO": the compound describes DINO
            parent_src[i] = src
            if mentions[src].end <= m.start and cues["plural_gap"].match(text[mentions[src].end:m.start]):
                for k in _listed_before(cues, text, mentions, src, introduced):
                    if k not in parents:  # "A, tuned from X, and B, initialized from Y": X is no listed child
                        add(k, i, "text-cue", i)  # "We release A and B, which are fine-tuned from X": A too
            add(src, i, "text-cue", i)
            cur = src
            while mentions[src].start > m.end and (nxt := next((k for k in range(len(mentions)) if mentions[k].label == MODEL
                                                               and _coordinated(cues, text, mentions[cur], mentions[k])
                                                               and mentions[k].start > mentions[cur].end), None)) is not None:
                if mentions[nxt].key not in introduced or nxt in parents:
                    break
                add(nxt, i, "text-cue", i)  # "Our BERT-based models, PetrelBase and PetrelLarge": each listed child
                cur = nxt
            tool = max((j for j in range(i) if sent_of[j] == (ss, se) and mentions[j].label == MODEL), default=None)
            if (tool is not None and mentions[src].key in introduced and tool != src
                    and cues["purpose_gap"].match(text[mentions[tool].end:m.start])
                    and cues["applied_before"].search(text[ss:mentions[tool].start])):
                parents.add(tool)  # "we explore X, to improve Y": the paper's model builds on X as well
                add(src, tool, "text-cue", tool)
    for j in sorted(set(intro)):  # "We propose X. On top of it, we build Y": Y builds on X
        ss, se = sent_of[j]
        if not cues["pronoun_base_lead"].match(text[ss:mentions[j].start]):
            continue
        prev = max((sent_of[k] for k in range(len(mentions)) if sent_of[k][1] <= ss), default=None)
        earlier = [k for k in range(len(mentions)) if sent_of[k] == prev and mentions[k].label == MODEL]
        ours = [k for k in earlier if mentions[k].key in introduced]
        firsts: dict[str, int] = {}
        for k in ours:
            firsts.setdefault(mentions[k].key, k)
        if ours or len({mentions[k].key for k in earlier}) == 1:
            add(j, max(firsts.values()) if ours else earlier[-1], "pronoun-cue", j)  # the one named last, not
            # one named again: "we introduce the LEG, and present LocPC, an algorithm that learns the LEG. Building
            # on this, we develop LocPC-CDE"
    for j in (j for j, m in enumerate(mentions) if m.key in introduced):  # "the smooth reformulations of AL-TBSVM,
        source = next((i for i in range(j) if mentions[i].label == mentions[j].label  # which we called AL-STBSVM": the
                       and (cue := cues["we_call_after"].match(text, mentions[i].end, mentions[j].start + 1))  # name of
                       and cue.end() == mentions[j].start), None)  # what the text derives from a model builds on it
        if source is not None and cues["derived_of_before"].search(text, max(0, mentions[source].start - 40),
                                                                   mentions[source].start):
            add(j, source, "text-cue", j)
    for j in (j for j, m in enumerate(mentions) if m.key in introduced):  # "Recent work uses Mixup. We build upon
        ss, se = sent_of[j]  # this technique with NMER": NMER builds on the one model the sentence before names
        lead = text[ss:mentions[j].start]
        if mentions[j].aliases and "(" in lead[-2:]:
            lead = before_long_form(lead, mentions[j].aliases)  # "with Neighborhood Mixup Experience Replay (NMER)"
        if not cues["pronoun_with_lead"].match(lead):
            continue
        prev = max((sent_of[k] for k in range(len(mentions)) if sent_of[k][1] <= ss), default=None)
        earlier = {mentions[k].key: k for k in range(len(mentions))
                   if sent_of[k] == prev and mentions[k].label == MODEL}
        if len(earlier) == 1 and mentions[j].key not in earlier:
            add(j, next(iter(earlier.values())), "pronoun-cue", j)
    for i, m in enumerate(mentions):  # "We introduce Y, a single model ... To build this, we used X": Y builds on X
        ss, se = sent_of[i]
        if m.label != MODEL or m.key in introduced or not cues["pronoun_purpose_lead"].match(text[ss:m.start]):
            continue
        prev = max((sent_of[k] for k in range(len(mentions)) if sent_of[k][1] <= ss), default=None)
        ours = sorted({mentions[k].key: k for k in range(len(mentions)) if sent_of[k] == prev
                       and mentions[k].key in introduced}.values())
        if len(ours) == 1 or (ours and cues["plural_purpose_lead"].match(text[ss:se])):  # "this": one model, "them": each
            for k in ours:
                add(k, i, "pronoun-cue", i)
    for j in sorted(set(intro)):  # "Ours ... We further fine-tune it on X, obtaining Y": Y builds on ours
        ss, se = sent_of[j]
        if not cues["pronoun_result_lead"].match(text[ss:mentions[j].start]):
            continue
        prev = max((sent_of[k] for k in range(len(mentions)) if sent_of[k][1] <= ss), default=None)
        earlier = [k for k in range(len(mentions)) if sent_of[k] == prev and mentions[k].label == MODEL]
        ours = [k for k in earlier if mentions[k].key in introduced and mentions[k].key != mentions[j].key]
        if ours or len({mentions[k].key for k in earlier}) == 1:
            add(j, (ours or earlier)[-1], "pronoun-cue", j)
    for j in (j for j, m in enumerate(mentions) if m.key in introduced):  # "we use X as our base policy and
        ss, se = sent_of[j]  # further train it with DPO into Y": Y builds on X
        cue = cues["pronoun_into_between"].search(text, ss, mentions[j].start)
        if cue is None:
            continue
        earlier = sorted((k for k in range(len(mentions)) if sent_of[k] == (ss, se) and mentions[k].label == MODEL
                          and mentions[k].end <= cue.start()), key=lambda k: mentions[k].start)
        if (earlier and mentions[earlier[0]].key != mentions[j].key
                and not cues["compare_gap"].search(text, ss, cue.start())
                and cues["we_subject"].search(text, ss, mentions[earlier[0]].start)):
            add(j, earlier[0], "pronoun-cue", j)  # "it" is the clause's object, the sentence's first model
    for j in sorted(set(intro)):  # "X ... To address these issues, we introduce X 2": X 2 builds on X
        ss, se = sent_of[j]
        cue = cues["successor_intro"].search(text, ss, mentions[j].start)
        if cue is None:
            continue
        # the cue says why Y came, not what it came from: only Y's name deriving from X's (a version, a variant,
        # an extension) says X is its base; "X-Zero ... To address these issues, we introduce X" names a
        # sibling whose own name holds Y's, and no derivation
        earlier = [k for k in introduced.values() if mentions[k].start < ss and mentions[k].key != mentions[j].key
                   and parts_relation(parse(mentions[j].name), parse(mentions[k].name))]
        if earlier:
            add(j, max(earlier, key=lambda k: mentions[k].start), "successor-cue", j)
    for i, m in enumerate(mentions):  # "AlphaFold ..., unlike its successors AlphaFold2 and AlphaFold3": each
        ss, se = sent_of[i]  # builds on the model "its" stands for; "X, unlike its predecessor Y": X on Y
        if m.label != MODEL or not (kin := cues["possessive_kin"].search(text, max(ss, m.start - 40), m.start)):
            continue
        owner = max((k for k in range(len(mentions)) if mentions[k].label == MODEL and sent_of[k] == (ss, se)
                     and mentions[k].end <= kin.start() and mentions[k].key != m.key),
                    key=lambda k: mentions[k].start, default=None)
        members = [i]
        while (nxt := next((k for k in range(len(mentions)) if mentions[k].label == MODEL
                            and JOINER.fullmatch(text, mentions[members[-1]].end, mentions[k].start)), None)) is not None:
            members.append(nxt)  # "its successors A, B and C"
        for k in members if owner is not None else ():
            child, parent = (k, owner) if kin.group(1) else (owner, k)
            add(child, parent, "text-cue", k)
    # An introduced model's name may version, vary or extend another's; any named model whose name
    # extends another's whole name, version included (Flan-PaLM holds PaLM, not DeepSeekMoE
    # DeepSeek-V2), builds on it whoever introduced it.
    sources = {**{k: j for k, j in named.items() if k not in introduced}, **introduced}
    aliases_of: dict[str, list[str]] = {}  # a model's key -> the long forms any of its mentions carries (a title's
    for m in mentions:  # mention carries none: "NEMt: ..." over "Neural Explanation Masks with target labels (NEMt)")
        if m.label == MODEL and m.aliases:
            aliases_of.setdefault(m.key, []).extend(m.aliases)
    tasks = {m.key for m in mentions if m.label == MODEL  # "a new approach to KD": a task, no model to extend
             and cues["task_object_before"].search(text, max(0, m.start - 40), m.start)}
    for key, i in sources.items():
        scratch = any(k.key == key and cues["scratch_after"].match(text, k.end) for k in mentions)
        ours = key in introduced
        stated = (VARIES, VERSIONS, EXTENDS)
        parts = parse(mentions[i].name)
        best: dict[str, tuple[Any, int]] = {}
        through: list[int] = []  # models this one is a tier of, or introduced with and extends: no parent here, but
        # what they extend reaches this one through them
        for other, j in named.items():
            if other == key:
                continue
            op = parse(mentions[j].name)
            rel = parts_relation(parts, op)
            for form in short_forms.get(other, ()) if rel is None else ():  # SegViT beside "ViT" (Vision Transformer)
                if rel := parts_relation(parts, parse(form)):
                    op, j = parse(form), next(n for n, m in enumerate(mentions) if m.key == other and m.text == form)
                    break
            if rel is None and ours and _long_form_holds(aliases_of.get(key, []), aliases_of.get(other, [])):
                rel = EXTENDS  # "Bayesian Hierarchical Low-Rank Adaption (BoRA)" beside "Low-Rank Adaption (LoRA)"
            if (rel is None and ours and other not in introduced
                    and _lettered(mentions[i].name, mentions[j].name, aliases_of.get(other, []), text)):
                rel = EXTENDS  # "the proposed CHHO algorithm" beside "Harris Hawks Optimizer (HHO)": a letter for
                # what the paper adds ("a chaotic variant") before the acronym of what it changes, the letter's word
                # written before its long form ("Chaotic Harris Hawks Optimizer"; not "We propose ZUBERT. We compare
                # it with English BERT.", nor "QMAE ... compare it with Masked Autoencoders (MAE)")
            if rel is None or (rel == EXTENDS and op.version not in (None, parts.version)) or is_generic(
                    mentions[j].name) or other in tasks:
                continue  # DeepSeek-R1 is in DeepSeek-V3's family, not an extension of it
            if scratch and rel in (EXTENDS, VARIES):
                continue  # "Legal-BERT, which was trained from scratch": its name tells no descent (a version does)
            if rel == VERSIONS and not ours and op.version is not None:
                continue  # two versions of others' models: their order is their papers' to state, not this one's
                # (a numbered version beside the unnumbered name, MobileNetV2 beside MobileNets, follows it)
            if rel == EXTENDS and cues["head_word_name"].fullmatch(mentions[j].name):
                continue  # "Marlin Net" ends in the head noun "Net", which names no model it extends
            if rel == EXTENDS and borrowed_name(mentions[i].name, mentions[j].name):
                continue  # MiniGPT-4 borrows GPT-4's name; only a text cue says it extends it
            if rel == VERSIONS and ours and other in introduced and any(
                    _coordinated(cues, text, a, b) for a in mentions if a.key == key for b in mentions if b.key == other):
                continue  # "we introduce AstroX-3-8B and AstroX-2-70B": versions listed together are one release's
            if rel == VERSIONS and any(v is not None and v[0] >= 10 for v in (parts.version, op.version)):
                continue  # ResNet-101 and ResNet-50 differ in depth, not version
            if rel == VERSIONS and skips_versions(parts, op) and not any(
                    k.key == other and cues["series_after"].match(text, k.end) for k in mentions):
                continue  # YOLOv7 beside YOLOv5: YOLOv6 came between, the name points at an ancestor, not the
                # parent; "the KiteVL series" names the family, every member's parent
            if rel == EXTENDS and other in introduced and not (_prefixed(mentions[i].name, mentions[j].name)
                                                               or _suffixed_by_named(text, mentions[i].name, mentions[j].name)):
                through.append(j)
                continue  # introduced together (R1-Zero, R1; SegFormer-B0, SegFormer): the text says which came first
            if rel == EXTENDS and ours and (other in own_parts or any(
                    k.key == other and cues["part_head_after"].match(text[k.end:k.end + 40].lstrip(")"))
                    for k in mentions)):
                continue  # "FedALA" and its "Adaptive Local Aggregation (ALA) module": a part of ours, no base
            if rel == EXTENDS and not ours and (_glued(mentions[i].name, mentions[j].name)
                                                or _joined(mentions[i].name, mentions[j].name)):
                continue  # DC5-R50, R50; DeepSeekMoE, DeepSeek: a name glued to another's is no stated lineage
            if rel == VARIES and is_tier(parts, op):
                through.append(j)  # Gemini Ultra beside Gemini is a tier of it, a sibling (Gemini 2.5 Pro beside
                continue  # Gemini 2.5 is its version's child)
            if rel == VARIES and not (ours or TUNED_WORDS & set(parts.variant)):
                continue  # Qwen-Chat beside Qwen is tuned from it; others' other variants are theirs to state
            rank = (op.version or (), len(op.variant)) if rel == VERSIONS else (len(op.family),)
            if rel not in best or rank > best[rel][0]:
                best[rel] = (rank, j)
        nearest = next((rel for rel in (VARIES, VERSIONS, EXTENDS) if rel in best), None)
        if nearest == EXTENDS and _passed(mentions, named, introduced, key, best[nearest][1]):
            continue
        if nearest == EXTENDS and not ours and _versions_beside(mentions, named, best[nearest][1]):
            continue  # Code Llama beside LLaMA and Llama 2: which one it extends is its own paper's to say
        root = parse(mentions[best[nearest][1]].name) if nearest == EXTENDS else None
        if root is not None and any(parts_relation(parse(mentions[t].name), root) == EXTENDS for t in through):
            continue  # "MobileCLIP-S2" beside MobileCLIP and CLIP, both introduced: the S2 model extends CLIP through
            # MobileCLIP, not of its own
        if root is not None and any(mentions[r.source].key == key and mentions[r.target].key not in introduced
                                    and parts_relation(parse(mentions[r.target].name), root) == EXTENDS
                                    for r in out if r.source is not None):
            continue  # "Meta R-CNN extends Faster R-CNN": its name's R-CNN comes through others' model it states
        if root is not None and any(mentions[r.source].key == key and not r.rule.startswith("name-")
                                    and parts_relation(parse(mentions[r.target].name), root) == EXTENDS
                                    and parts_relation(parts, parse(mentions[r.target].name)) == EXTENDS
                                    for r in out if r.source is not None):
            continue  # "present LocPC ... Building on this, we develop LocPC-CDE": PC comes through LocPC, the
            # name LocPC-CDE extends (not Harl-RL, stated to build on Harl-SFT: both extend Harl)
        if nearest in stated:
            add(i, best[nearest][1], f"name-{nearest}", None)
        if nearest == VARIES and VERSIONS in best and set(parse(mentions[best[VERSIONS][1]].name).variant) == set(
                parts.variant):  # Gemini 2.5 Flash: a child of its release, Gemini 2.5, and the next version of
            add(i, best[VERSIONS][1], f"name-{VERSIONS}", None)  # its own tier, Gemini 2.0 Flash (not of Gemini)
    for r in rels:  # "a detection algorithm integrating GhostNet and YOLOv5 ... GhostNet-YOLOv5": both parts, stated
        if r.type == INTRODUCES and r.rule == "joined-parts":  # in the sentence naming both (kg.extract.relations)
            parts = {entity_key(p) for p in mentions[r.target].name.split("-")}
            named_in: dict[tuple[int, int], set[str]] = {}  # a sentence -> the parts it names
            for j, m in enumerate(mentions):
                if m.key in parts:
                    named_in.setdefault(sent_of[j], set()).add(m.key)
            for j, m in enumerate(mentions):
                if m.key in parts and named_in[sent_of[j]] == parts:
                    add(r.target, j, "joined-parts", j)
        if r.type == INTRODUCES and r.rule == "plus-composite":  # "ILION+SRM": a child of both parts
            for part in {entity_key(p) for p in mentions[r.target].name.split("+")}:
                j = next((j for j, m in enumerate(mentions) if m.key == part), None)
                if j is not None:
                    add(r.target, j, "joined-parts", r.target)
    for r in list(out):  # "we continue pretraining X on code to obtain Y, and then ...": Y, the result, is the paper's
        c, p = r.source, r.target
        if c is None:
            continue
        ss, se = sent_of[c]
        if (r.rule == "text-cue" and mentions[c].key not in introduced and sent_of[p] == (ss, se)
                and mentions[p].end <= mentions[c].start
                and cues["result_between"].match(text[mentions[p].end:mentions[c].start])
                and cues["we_subject"].search(text, ss, mentions[p].start)):
            introduced[mentions[c].key] = c
            rels.append(Relation(INTRODUCES, c, "result-cue", " ".join(text[ss:se].split())))
        elif (r.rule == "text-cue" and mentions[c].key not in introduced and any(
                rel.rule == "result-cue" and sent_of[rel.target] == (ss, se) and mentions[rel.target].end <= mentions[c].start
                and cues["list_gap"].match(text[mentions[rel.target].end:mentions[c].start]) for rel in rels)):
            introduced[mentions[c].key] = c  # "..., yielding MoE-BERT and MoE-T5": the results listed together
            rels.append(Relation(INTRODUCES, c, "result-cue", " ".join(text[ss:se].split())))
    children = {mentions[r.source].key for r in out if r.source is not None}
    for j in sorted(set(intro)):  # "We also train a probabilistic variant, Ours-Ens, with ...", "Ours-light, a
        ss, se = sent_of[j]  # distilled variant that ...": Ours-Ens and Ours-light build on Ours
        variant = cues["own_variant_before"].search(text, ss, mentions[j].start)
        if mentions[j].key in children or not (variant or cues["own_variant_after"].match(text, mentions[j].end, se)):
            continue  # "the smaller variant, Ours-Mini, trained from X": a stated parent of its own
        own = parse(mentions[j].name)
        earlier = [k for k in introduced.values() if mentions[k].start < mentions[j].start
                   and mentions[k].key != mentions[j].key]
        kin = [k for k in earlier if parts_relation(own, parse(mentions[k].name)) in (EXTENDS, VARIES)
               or _words_within(mentions[k].name, mentions[j].name)]  # "Zorb Graph Net" and its variational
        # counterpart, "Zorb Variational Graph Net"
        if not kin and variant and OWN_WORD.match(variant.group()) and sent_of[max(earlier, default=j)] == (ss, se):
            kin = earlier  # "a simple model, PPNP, and its fast approximation, APPNP": "its" is the model before
        if kin:
            add(j, max(kin, key=lambda k: mentions[k].start), "text-cue", j)
    for j in sorted(set(intro)):  # "Orthogonal Finetuning (OFT) ... Constrained Orthogonal Finetuning (COFT)": the
        if mentions[j].key in children or not mentions[j].aliases:  # long form qualifies the earlier one's
            continue
        kin = [k for k in named.values() if mentions[k].start < mentions[j].start and mentions[k].key != mentions[j].key
               and any(_qualified_form(a, b) for a in mentions[j].aliases for b in mentions[k].aliases)]
        if kin:
            add(j, max(kin, key=lambda k: mentions[k].start), "text-cue", j)
    stated = {(mentions[r.source].key, mentions[r.target].key) for r in out if r.source is not None}
    bases = (parents - unattached) | {r.target for r in out}
    for k, r in enumerate(rels):
        if r.type == USES and r.rule == "builds-on-cue" and r.target not in bases and mentions[r.target].label == MODEL:
            rels[k] = replace(r, rule="use-cue")
    out.extend(Relation(BUILDS_ON, i, "appositive", " ".join(text[slice(*sent_of[i])].split()), source=j)
               for i, j in described.items() if (mentions[j].key, mentions[i].key) not in stated
               and cues["appositive_base_after"].match(text[mentions[i].end:sent_of[i][1]]))
    return out


def _qualified_form(longer: str, shorter: str, before: bool = True) -> bool:
    """Whether the long form ``longer`` is ``shorter`` (two words or more) with one or two words before it, or
    after it when ``before`` is false.

    Examples:
        >>> _qualified_form("Constrained Orthogonal Finetuning", "Orthogonal Finetuning")
        True
        >>> _qualified_form("Orthogonal Finetuning", "Finetuning"), _qualified_form("Deep Sparse Echo Nets", "Nets")
        (False, False)
        >>> _qualified_form("Dilated Neighborhood Attention Transformer", "Dilated Neighborhood Attention", False)
        True
        >>> _qualified_form("Zorb Net for Long Video Data", "Zorb Net", False)
        False
    """
    a, b = longer.casefold().split(), shorter.casefold().split()
    return len(b) >= 2 and 1 <= len(a) - len(b) <= 2 and (a[len(a) - len(b):] if before else a[:len(b)]) == b


def _listed(cues: dict[str, Any], text: str, mentions: list[Mention], i: int, others: list[int]) -> bool:
    """Whether model ``i`` stands in a list ("X, Y and Z") beside one of ``others`` whose name is no
    version or variant of its own (``X-7B and X-70B`` are one model)."""
    m = mentions[i]
    return any(mentions[k].key != m.key and not parts_relation(parse(mentions[k].name), parse(m.name))
               and not parts_relation(parse(m.name), parse(mentions[k].name))
               and (cues["list_gap"].match(text[mentions[k].end:m.start]) if mentions[k].end <= m.start
                    else cues["list_gap"].match(text[m.end:mentions[k].start])) for k in others)


APPOSED_TITLE = re.compile(rf"{TITLE_SEPARATOR.pattern}|,")  # the title's separator, or the comma
# ``_title_apposition`` writes for it
TITLE_ARTICLE = re.compile(r"\s*(?:An?|The)\s")  # "Quill: An Improved Zorb": the title's rest is an apposition


def _title_apposition(text: str, mentions: list[Mention], rels: list[Relation]) -> str:
    r"""``text`` with the separator after the name a title opens with written as a comma, so that the title reads
    as the name and its apposition ("RoBERTa: A Robustly Optimized BERT ..." as "RoBERTa, a robustly optimized
    BERT ..."); offsets are kept. Not where the title's rest names another of the paper's own ("CarneliNet:
    Neural Mixture Model for ...", a name the abstract gives its method): that is one contribution, named twice.

    Examples:
        >>> from kg.extract.base import Mention
        >>> title = Mention(0, 5, "Quill", "Model", "shape", title_name=True)
        >>> _title_apposition("Quill: An Improved Zorb\n\nWe ...", [title], [])
        'Quill, An Improved Zorb\n\nWe ...'
        >>> _title_apposition("Quill - An Improved Zorb\n\nWe ...", [title], [])
        'Quill,  An Improved Zorb\n\nWe ...'
        >>> _title_apposition("Scaling: Zorb\n\nWe ...", [Mention(9, 13, "Zorb", "Model", "shape")], [])
        'Scaling: Zorb\n\nWe ...'
        >>> _title_apposition("Quill: Fine-tuning Zorb\n\nWe ...", [title], [])
        'Quill: Fine-tuning Zorb\n\nWe ...'
    """
    opening = next((m for m in mentions if m.start == 0 and m.title_name), None)
    sep = TITLE_SEPARATOR.match(text, opening.end) if opening is not None else None
    if sep is None or not TITLE_ARTICLE.match(text, sep.end()):
        return text  # "Quill: Fine-tuning Zorb for Speech" is read by the cues written for titles
    tend = text.find("\n\n")
    own = {mentions[r.target].key for r in rels if r.type == INTRODUCES and r.source is None}
    if any(m.key in own and sep.end() <= m.start < tend for m in mentions):
        return text
    return f"{text[:sep.start()]},{' ' * (sep.end() - sep.start() - 1)}{text[sep.end():]}"


def _title_modified(pat: Patterns, text: str, mentions: list[Mention], introduced: dict[str, int]
                    ) -> tuple[int, int] | None:
    """(child, parent) mention indexes when the title opens with the paper's model and its rest is that of
    another model with one to three modifiers before it, or an article and a model's kind word after it ("W-Zorb:
    Bridged Zorb for Segmentation", "Quill: A Novel Zorb Model Pre-trained for Portuguese", "ZorbLM:
    Efficient BERT for Phones", "Quill: Italian BERT language understanding model for tweets", "Quill: A Lite
    Zorb for ...": the paper's model is the other, modified; cue ``title_modifier``, words shaped as adjectives,
    none a function word, a count or a gerund), the other ending the phrase (``title_modified_end``, or after
    words of a model's kind ending in "model", ``title_modified_head``: not "Efficient BERT Embeddings", "Fair
    GPT-2 Evaluation Method") and no generic architecture.

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> title = Mention(0, 6, "W-Zorb", "Model", "shape", key="wzorb", title_name=True)
        >>> zorb = Mention(16, 20, "Zorb", "Model", "shape", key="zorb")
        >>> _title_modified(load_patterns(), "W-Zorb: Bridged Zorb for Segmentation", [title, zorb], {"wzorb": 0})
        (0, 1)
        >>> _title_modified(load_patterns(), "W-Zorb: Beating Zorb for Segmentation", [title, zorb], {"wzorb": 0})
    """
    cues = pat.cues
    child = next((k for k, m in enumerate(mentions) if m.start == 0 and m.title_name and m.key in introduced), None)
    sep = APPOSED_TITLE.match(text, mentions[child].end) if child is not None else None
    tend = text.find("\n")
    after = [k for k, m in enumerate(mentions) if sep and m.start > sep.end() and (tend < 0 or m.start < tend)]
    parent = min(after, key=lambda k: mentions[k].start) if after else None
    if parent is None or mentions[parent].label != MODEL:
        return None
    gap = text[sep.end():mentions[parent].start]
    modifiers = cues["title_modifier"].fullmatch(gap)
    words = gap.split()[gap.split()[0] in ("A", "An"):] if modifiers else []
    end = mentions[parent].end
    head = cues["title_modified_head"].match(text, end)
    if not (modifiers or (head and cues["title_article_kind"].fullmatch(gap))) or any(
            p.casefold() in STOP_WORDS or w.endswith("ing") for w in words for p in w.split("-")):
        return None  # "Quill: When Zorb Meets ...", "Quill: Scaling Zorb ...", "Quill: Two-stage Zorb": no
        # modifier of the other (a count of stages says what kind of model it is); "Quill: A Novel Zorb Model
        # Pre-trained for ...": a Zorb model, with no modifier
    if mentions[parent].key == mentions[child].key or not cues["title_modified_end"].match(
            text, head.end() if head else end) or is_generic(mentions[parent].name or mentions[parent].text):
        return None  # "Zorb: Efficient Transformers for ...": a kind of model, no parent
    return child, parent


def _title_improved(pat: Patterns, text: str, mentions: list[Mention], introduced: dict[str, int]
                    ) -> tuple[int, int] | None:
    """(child, parent) mention indexes when the title opens with an improved model ("Improved Zorb for Crowded
    Scenes", "An Enhanced Zorb for ...": cue ``title_improved_lead``, the model ending the phrase as in
    ``title_modified_end``) and the abstract introduces the paper's one model under a name of its own: that
    model is the improved one.

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> zorb = Mention(9, 13, "Zorb", "Model", "shape", key="zorb")
        >>> quill = Mention(60, 65, "Quill", "Model", "shape", key="quill")
        >>> text = "Improved Zorb for Crowded Scenes\\n\\nWe propose a detector called Quill."
        >>> _title_improved(load_patterns(), text, [zorb, quill], {"quill": 1})
        (1, 0)
        >>> _title_improved(load_patterns(), text.replace("Improved", "Beating "), [zorb, quill], {"quill": 1})
    """
    lead = pat.cues["title_improved_lead"].match(text)
    parent = next((k for k, m in enumerate(mentions) if lead and m.start == lead.end() and m.label == MODEL), None)
    child = _main_model(mentions, introduced)
    if parent is None or child is None or mentions[parent].key == mentions[child].key or not pat.cues[
            "title_modified_end"].match(text, mentions[parent].end) or is_generic(
            mentions[parent].name or mentions[parent].text):
        return None  # "Improved Transformers for ...": a kind of model, no parent
    return child, parent


def _compound_head(pat: Patterns, gap: str) -> bool:
    """Whether ``gap``, the text between a name and a later one, makes the later name the head of the name's
    compound: "-based" and up to two lower-case words, the last a head noun ("Transformer-based detector DINO",
    "CNN-based DINO"; not "Zephyr-based agent outperforms GPT-4").

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> pat = load_patterns()
        >>> [_compound_head(pat, g) for g in ("-based ", "-based open detector ", "-based agent outperforms ")]
        [True, True, False]
    """
    if not pat.cues["compound_head_between"].match(gap):
        return False
    words = gap.split()[1:]
    return not words or words[-1] in pat.lexicon.model_heads or words[-1][:-1] in pat.lexicon.model_heads


def _name_part(text: str, at: int) -> bool:
    """Whether the word at ``at`` is a capitalized part of a hyphenated name ("Merge" in "Sorrel-Merge")."""
    return at > 0 and text[at - 1] == "-" and text[at].isupper()


def _hosted(cues: dict[str, Any], lead: str, gap: str) -> bool:
    """Whether the paper's model, written between ``lead`` and ``gap``, is put into the model after ``gap``
    ("we add Ours to X", "Ours is integrated into X"): X hosts it, a workload, not a base."""
    return bool(cues["hosted_gap"].match(gap) and (
        not re.match(r"\s+(?:in)?to\b", gap) or cues["host_verb_before"].search(lead)))


def _main_model(mentions: list[Mention], introduced: dict[str, int]) -> int | None:
    """The paper's one introduced model: the only one, or the one every other introduced model's name
    versions, varies or extends (Ours beside Ours-Instruct and Ours-XL), or the one the title opens with
    ("Ours: ..." over an abstract that introduces a part of it too), else None."""
    if len(introduced) == 1:
        return next(iter(introduced.values()))
    parsed = {k: parse(mentions[j].name) for k, j in introduced.items()}
    roots = [j for k, j in introduced.items()
             if all(o == k or parts_relation(parsed[o], parsed[k]) for o in introduced)]
    if len(roots) != 1:
        roots = [j for j in introduced.values() if mentions[j].title_name and mentions[j].label == MODEL]
    return roots[0] if len(roots) == 1 else None


def _trained_kind(cues: dict[str, Any], text: str, mentions: list[Mention], i: int, sent: tuple[int, int],
                  introduced: dict[str, int]) -> bool:
    """Whether "we" train new models of ``i``'s kind for the paper's one model ("We pre-train X models on
    clinical notes"), not from scratch, in a paper whose model is no procedure run on them ("We present Ours,
    a new optimizer. We train X models with Ours"), and naming none of its own models after them."""
    m = mentions[i]
    own = _main_model(mentions, introduced)
    return bool(cues["trained_kind_after"].match(text[m.end:sent[1]])
                and cues["trained_kind_before"].search(text, max(sent[0], m.start - 40), m.start)
                and own is not None and not _procedure(cues, text, mentions, own)
                and not any(o.key in introduced and m.end <= o.start < sent[1] for o in mentions))


def _ordinal_children(cues: dict[str, Any], text: str, mentions: list[Mention], sent_of: list[tuple[int, int]],
                      introduced: dict[str, int], after: int) -> list[int]:
    """The paper's models named after ``after`` (the end of a sentence of "algorithms based on X") by the
    sentences that count them ("Our first algorithm, A, ...", "Our second algorithm, B, ...")."""
    return [j for j in introduced.values() if mentions[j].start >= after
            and cues["ordinal_own_lead"].match(text[sent_of[j][0]:mentions[j].start])]


def _improved_by_ours(cues: dict[str, Any], text: str, mentions: list[Mention], introduced: dict[str, int],
                      lead: str, before: str) -> bool:
    """Whether the sentence up to a name says the paper's steps improve it ("This paper proposes three strategies
    to enhance the performance of the X model", "We employ parameter-efficient tuning to enhance X"), in a paper
    whose model is no method applied to others ("We present Ours, a prompting method. We use it to enhance X").
    ``lead``: the sentence before the name; ``before``: the same before its long form, if it has one."""
    own = _main_model(mentions, introduced)
    return bool(cues["we_improve_lead"].match(lead) and cues["improved_object_before"].search(before[-80:])
                and not (own is not None and _procedure(cues, text, mentions, own)))


def _own_variant_paren(text: str, mentions: list[Mention], introduced: dict[str, int], m: Mention) -> bool:
    """Whether ``m`` stands alone in parentheses right after the paper's own model, naming the variant of it built
    on ``m``: "Sparsh (DINO) and Sparsh (IJEPA) are the most competitive" (not the own model's short form)."""
    opened = text.rfind("(", 0, m.start)
    if opened < 0 or text[opened + 1:m.start].strip() or not text[m.end:m.end + 1] == ")" or m.key in introduced:
        return False
    own = {mentions[j].key for j in introduced.values()}
    return any(n.key in own and n.end <= opened and not text[n.end:opened].strip() and m.text not in n.aliases
               and m.name not in n.aliases for n in mentions)


def _used_by_ours(cues: dict[str, Any], text: str, mentions: list[Mention], introduced: dict[str, int],
                  ss: int, at: int, after: str) -> bool:
    """Whether the paper's own model, named earlier in the sentence (from ``ss``), uses the name written at ``at``
    (its long form's start, if it has one) as a part, as something or to do something (``after``: the sentence
    after the name): "CLAW leverages a fine-tuned CLIP model as a prompt generator", "ADTG, a novel method that
    leverages DDPMs to expand ..." (not "Ours uses GPT-4 as a judge", "... to generate data", "Ours uses X's
    tokenizer", "Ours uses X for retrieval")."""
    if (not cues["use_purpose_after"].match(after) or cues["role_purpose_after"].match(after)
            or cues["role_after"].match(after)):
        return False
    own = {mentions[j].key for j in introduced.values()}
    return any(n.key in own and ss <= n.start and n.end <= at and cues["own_use_between"].match(text[n.end:at])
               for n in mentions)


def _procedure(cues: dict[str, Any], text: str, mentions: list[Mention], j: int) -> bool:
    """Whether the text calls model ``j`` a procedure applied to models ("Ours, a fine-tuning method",
    "Ours is a quantization algorithm", "We call the resulting method Ours", "an estimator, Ours") rather
    than a model: the models it is run on are its workloads."""
    key = mentions[j].key
    for m in (m for m in mentions if m.key == key):
        start, end = m.start, m.end
        if text[max(0, start - 2):start].strip() == "(":  # "the resulting method Long Form (Ours), a ...": the
            spelled = LONG_FORM_BEFORE.search(text, max(0, start - 80), start)  # phrase reads round the long form
            start = spelled.start() if spelled else start
            end += text[end:end + 1] == ")"
        if cues["procedure_after"].match(text, end, end + 120) or cues["procedure_before"].search(
                text, max(0, start - 60), start):
            return True
    return False


def own_combination(cues: dict[str, Any], before: str, after: str) -> bool:
    """Whether the name between ``before`` and ``after`` (its sentence's text on each side) opens the paper's own
    combination of two names ("the proposed X and Y combined architecture", "our X and Y hybrid model"; cues
    ``combined_own_before``, ``combined_head_after``), not others' ("... architecture of Wang et al.":
    ``prior_combination_after``).

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> cues = load_patterns().cues
        >>> own_combination(cues, "Results show the proposed ", " and Quill combined architecture is stable.")
        True
        >>> own_combination(cues, "We find the proposed ", " and Quill combined architecture of Wang et al. slow.")
        False
    """
    return bool(cues["combined_head_after"].match(after) and cues["combined_own_before"].search(before[-30:])
                and not cues["prior_combination_after"].search(after))


def _own_hybrid_list(cues: dict[str, Any], lead: str) -> bool:
    """Whether ``lead``, a sentence up to a model, lists it among the models the paper's own hybrid combines:
    "This study explores a hybrid framework combining transformer-based models, specifically BERT, GPT-2, ..." (not
    "We compare ZorbNet with a hybrid system that combines ... such as ResNet")."""
    return bool(cues["hybrid_list_before"].search(lead[-160:]) and cues["hybrid_own"].search(lead)
                and not cues["compare_gap"].search(lead))


def _defined_as_kind(pat: Patterns, text: str, mentions: list[Mention], i: int, sent: tuple[int, int]) -> int | None:
    """The model a sentence opens with and defines as a trained ``mentions[i]``: "IndoBERT is a BERT model
    pre-trained on Indonesian", "BioZorb is a state-of-the-art BERT model that was fine-tuned on PubMed"; None when
    the sentence says otherwise, or a word between is a function word ("ZorbNet is an alternative to BERT trained
    on ...").

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> text = "IndoZorb is a BERT model pre-trained on Indonesian."
        >>> ms = [Mention(0, 8, "IndoZorb", "Model", "is-a", key="indozorb"),
        ...       Mention(14, 18, "BERT", "Model", "gazetteer", key="bert")]
        >>> _defined_as_kind(load_patterns(), text, ms, 1, (0, len(text)))
        0
    """
    ss, _ = sent
    m = mentions[i]
    if is_generic(m.name or m.text):
        return None  # "BLOOM is a decoder-only Transformer language model trained on ...": a kind, no parent
    subject = next((j for j, o in enumerate(mentions) if o.label == MODEL and j != i and o.key != m.key
                    and DEFINED_SUBJECT.fullmatch(text, ss, o.start) and o.end < m.start), None)
    if subject is None:
        return None
    between = text[mentions[subject].end:m.start]
    if (not pat.cues["defined_kind_between"].fullmatch(between)
            or any(w.casefold() in pat.lexicon.function_words for w in between.split()[2:])):
        return None
    return subject if pat.cues["defined_trained_after"].match(text[m.end:m.end + 80]) else None


def _subject_is_ours(cues: dict[str, Any], lead: str, mentions: list[Mention], introduced: dict[str, int]) -> bool:
    """Whether a sentence opens with the paper's own model right before "is (a)" ("Ours is a X with ...",
    "Ours is X trained with RLHF", "Ours is simply X trained longer", "Our model is X fine-tuned with RL" in a
    paper with one main model, "Ours models are X models further trained"): only then does "is X with" state a
    base."""
    copula = cues["is_a_before"].search(lead)
    if copula is None:
        return False
    subject = lead[:copula.start()]
    if cues["own_model_subject"].fullmatch(subject):
        return _main_model(mentions, introduced) is not None
    return any(re.fullmatch(rf"\s*(?:the\s+)?{re.escape(name)}(?:\s+(?:models?|checkpoints?|variants?))?\s*", subject)
               for j in introduced.values()
               for name in {mentions[j].text, mentions[j].name, *mentions[j].aliases} - {""})


def _after_short_form(text: str, m: Mention) -> int:
    """Where the text after ``m`` goes on: past the parenthesis that closes it when ``m`` is the short form a long
    one spells ("Vision Transformer (ViT) and Swin Transformer": "and" coordinates Swin Transformer with ViT).

    Examples:
        >>> text = "of Zorb Transformer (ZT) and Quill"
        >>> _after_short_form(text, Mention(21, 23, "ZT", "Model", "acronym")), text[24:]
        (24, ' and Quill')
    """
    if m.start and text[m.start - 1] == "(" and text.startswith(")", m.end):
        return m.end + 1
    return m.end


def _before_long_form(text: str, m: Mention) -> int:
    """Where ``m`` starts counting the long form its parentheses close ("Spectral Recurrent Unit (SRU)": the
    long form's first letter) when ``m`` is a short form; else ``m.start``.

    Examples:
        >>> text = "Gated Flow (GF) and Spectral Unit (SU)"
        >>> _before_long_form(text, Mention(35, 37, "SU", "Model", "acronym", aliases=["Spectral Unit"]))
        20
    """
    if not (m.start and text[m.start - 1] == "(" and text.startswith(")", m.end)):
        return m.start
    lead = text[:m.start - 1].rstrip()
    for alias in m.aliases:
        if lead.lower().endswith(alias.lower()):
            return len(lead) - len(alias)
    return m.start


def _coordinated(cues: dict[str, Any], text: str, a: Mention, b: Mention) -> bool:
    """Whether ``a`` and ``b`` stand side by side in one list ("A and B", "A, B"; a short form counts its long
    form: "Gated Flow (GF) and Spectral Unit (SU)")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    end, start = _after_short_form(text, first), _before_long_form(text, second)
    return end <= start and bool(cues["list_gap"].match(text[end:start]))


def _listed_before(cues: dict[str, Any], text: str, mentions: list[Mention], j: int,
                   introduced: dict[str, int]) -> list[int]:
    """The paper's own models listed right before mention ``j`` ("A, B and C": A and B for C), nearest last."""
    out: list[int] = []
    cur = j
    while True:
        prev = max((k for k in range(len(mentions)) if mentions[k].end <= mentions[cur].start
                    and mentions[k].label == MODEL), key=lambda k: mentions[k].start, default=None)
        if prev is None or mentions[prev].key not in introduced or not _coordinated(
                cues, text, mentions[prev], mentions[cur]):
            return out
        out.insert(0, prev)
        cur = prev


def _sentence_models(mentions: list[Mention], sent_of: list[tuple[int, int]], sent: tuple[int, int]) -> list[int]:
    """The Model mentions of sentence ``sent``, in text order."""
    return sorted((k for k in range(len(mentions)) if sent_of[k] == sent and mentions[k].label == MODEL),
                  key=lambda k: mentions[k].start)


def _respective(cues: dict[str, Any], text: str, mentions: list[Mention],
                sent_of: list[tuple[int, int]]) -> dict[int, int]:
    """Parents a sentence pairs with its children in order, parent mention -> child mention: "A and B are
    initialized from X and Y, respectively" (A from X, B from Y; not B from both). The children are a
    list before a lineage cue, the parents an equally long list after it, "respectively" right after them."""
    out: dict[int, int] = {}
    for sent in sorted(set(sent_of)):
        if "respectively" not in text[sent[0]:sent[1]]:
            continue
        ms = _sentence_models(mentions, sent_of, sent)
        gaps = [text[mentions[a].end:mentions[b].start] for a, b in zip(ms, ms[1:])]
        split = next((t for t, gap in enumerate(gaps) if cues["builds_on_before"].search(gap)), None)
        if split is None:
            continue
        children, parents = ms[:split + 1], ms[split + 1:]
        listed = all(cues["list_gap"].match(gap) for t, gap in enumerate(gaps) if t != split)
        if (len(children) == len(parents) > 1 and listed
                and cues["respectively_after"].match(text[mentions[parents[-1]].end:sent[1]])):
            out.update(zip(parents, children))
    return out


def _paired_by_name(cues: dict[str, Any], text: str, mentions: list[Mention],
                    sent_of: list[tuple[int, int]]) -> dict[int, int]:
    """Parents a sentence pairs with its children by their names' last parts, parent mention -> child mention: "we
    extend C-UCB and C-TS to the linear setting and propose CL-UCB and CL-TS" (CL-UCB from C-UCB, CL-TS from C-TS;
    not CL-TS from both). The parents are a list a lineage cue opens, the children an equally long list after
    "and propose", each child's name ending in its parent's last part."""
    out: dict[int, int] = {}
    if not cues["then_propose_between"].search(text):
        return out
    for sent in sorted({sent for sent in sent_of if cues["then_propose_between"].search(text, *sent)}):
        ms = _sentence_models(mentions, sent_of, sent)
        # between two names, without the second's long form before it or the first's closing parenthesis:
        # "CL-UCB) and causal linear TS (" is a list's joint
        gaps = [before_long_form(text[mentions[a].end:mentions[b].start], mentions[b].aliases).lstrip(")")
                for a, b in zip(ms, ms[1:])]
        split = next((t for t, gap in enumerate(gaps) if cues["then_propose_between"].search(gap)), None)
        if split is None or not ms or not cues["builds_on_before"].search(text[sent[0]:mentions[ms[0]].start]):
            continue
        parents, children = ms[:split + 1], ms[split + 1:]
        last = [mentions[k].name.rsplit("-", 1)[-1].casefold() for k in ms]
        if (len(children) == len(parents) > 1
                and all(cues["list_gap"].match(gap) for t, gap in enumerate(gaps) if t != split)
                and all("-" in mentions[k].name for k in children) and last[:split + 1] == last[split + 1:]):
            out.update(zip(parents, children))
    return out


def _paired_by_containment(cues: dict[str, Any], text: str, mentions: list[Mention], sent_of: list[tuple[int, int]],
                           introduced: dict[str, int]) -> dict[int, int]:
    """Parents a sentence pairs with the paper's own models by name, parent mention -> child mention: "our BERT and
    ELECTRA based German models, GBERT and GELECTRA" (GBERT from BERT, GELECTRA from ELECTRA; not GBERT from both).
    Two equally long lists of two names or more, the parents' followed by a "based" compound, or the children's
    first and a lineage cue before the parents; each child takes the longest parent name it holds ("Zorb-RoBERTa"
    holds RoBERTa before BERT), else the lists pair in order when no child holds another position's name."""
    out: dict[int, int] = {}
    for sent in sorted(set(sent_of)):
        ms = _sentence_models(mentions, sent_of, sent)
        gaps = [text[mentions[a].end:mentions[b].start] for a, b in zip(ms, ms[1:])]
        splits = [t for t, gap in enumerate(gaps) if not cues["list_gap"].match(gap)]
        if not splits or len(ms) < 4:
            continue
        first, second = ms[:splits[0] + 1], ms[splits[0] + 1:splits[1] + 1 if len(splits) > 1 else None]  # the
        # sentence's first two lists ("..., Zorb-BERT and Zorb-RoBERTa, outperform mBERT and XLM-R")
        own = [k for k in ms if mentions[k].key in introduced]
        if len(first) != len(second) or len(first) < 2 or set(own) not in (set(first), set(second)):
            continue
        children, parents = (first, second) if set(own) == set(first) else (second, first)
        cued = ((children == first and cues["builds_on_before"].search(gaps[splits[0]]))
                or cues["based_after"].match(text[mentions[parents[-1]].end:]))
        if not cued:
            continue
        held = {c: max((p for p in parents if _holds(mentions[c], mentions[p])), default=None,
                       key=lambda p: len(mentions[p].name or mentions[p].text)) for c in children}
        if all(p is not None for p in held.values()) and len(set(held.values())) == len(parents):
            out.update((p, c) for c, p in held.items())  # each child holds its parent's name, the longest it holds
        elif all(p in (None, parents[k]) for k, (c, p) in enumerate(held.items())):
            out.update(zip(parents, children))  # "our BERT and GPT-2 based models, ZorbBERT and ZorbGPT": in order
    return out


def _holds(child: Mention, parent: Mention) -> bool:
    """Whether the child's name holds the parent's as a longer name ("GBERT" holds "BERT")."""
    inner = (parent.name or parent.text).casefold()
    outer = (child.name or child.text).casefold()
    return inner != outer and inner in outer


def _apposed_to_ours(lead: str, mentions: list[Mention], introduced: dict[str, int]) -> bool:
    """Whether ``lead`` (a sentence up to a model X) ends with the paper's own model set in apposition to X
    ("We present Ours, a X for speech", "Ours, X with retrieval", "Ours, which is X plus a memory"): then
    "X for/with/fine-tuned on ..." says what ours is made of."""
    return _ours_before(lead, mentions, introduced, r"\s*[,:]\s*(?:(?:which|that)\s+(?:is|are)\s+)?(?:(?i:an?|the)\s+)?$") is not None


def _ours_before(lead: str, mentions: list[Mention], introduced: dict[str, int], tail: str) -> int | None:
    """The paper's own model that ``lead`` ends with, followed by the regex ``tail``, else None."""
    for j in introduced.values():
        for name in sorted({mentions[j].text, mentions[j].name, *mentions[j].aliases} - {""}, key=len, reverse=True):
            if name in lead and re.search(rf"(?<![\w-]){re.escape(name)}{tail}", lead):
                return j
    return None


def _glued(later: str, earlier: str) -> bool:
    """Whether ``later`` holds ``earlier`` without a whole alphabetic word of at least three letters beside
    it (``DC5-R50``, ``HQ-SAM``), unlike ``Flan-PaLM``, ``Code Llama`` or ``ConditionalDETR``.

    Examples:
        >>> _glued("DC5-R50", "R50"), _glued("Flan-PaLM", "PaLM"), _glued("ConditionalDETR", "DETR")
        (True, False, False)
    """
    at = later.casefold().find(earlier.casefold())
    if at < 0:
        return True
    rest = (later[:at] + " " + later[at + len(earlier):]).replace("-", " ").split()
    end = at + len(earlier)
    camel_before = at == 0 or not later[at - 1].isalnum() or (later[at - 1].islower() and later[at].isupper())
    camel_after = end == len(later) or not later[end].isalnum() or (later[end - 1].islower() and later[end].isupper())
    return not any(w.isalpha() and len(w) >= 3 for w in rest) or not (camel_before and camel_after)


def _joined(later: str, earlier: str) -> bool:
    """Whether ``later`` writes ``earlier`` run together with another word, no space or dash between
    (``DeepSeekMoE``, ``VideoMAE``): a paper naming such a model in passing does not say it extends the
    other (a lab's MoE layer is not its language model); one that introduces it may.

    Examples:
        >>> _joined("DeepSeekMoE", "DeepSeek"), _joined("Flan-PaLM", "PaLM"), _joined("Code Llama", "Llama")
        (True, False, False)
    """
    at = later.casefold().find(earlier.casefold())
    end = at + len(earlier)
    return at >= 0 and ((at > 0 and later[at - 1].isalnum()) or (end < len(later) and later[end].isalnum()))


def _lettered(later: str, earlier: str, long_forms: list[str], text: str) -> bool:
    """Whether the acronym ``later`` is one or two capitals before the acronym ``earlier`` (three capitals or more)
    and ``text`` writes words those capitals open right before a long form of ``earlier`` (``long_forms``).

    Examples:
        >>> text = "An improved Chaotic Harris Hawks Optimizer. Harris Hawk's Optimizer (HHO) is old."
        >>> _lettered("CHHO", "HHO", ["Harris Hawk's Optimizer"], text)
        True
        >>> _lettered("QHHO", "HHO", ["Harris Hawk's Optimizer"], text), _lettered("CHHO", "HHO", [], text)
        (False, False)
        >>> _lettered("GPTQ", "GPT", ["Generative Pretrained Transformer"], "Q Generative Pretrained Transformer")
        False
    """
    extra = len(later) - len(earlier)
    if not (later.isalpha() and later.isupper() and earlier.isupper() and len(earlier) >= 3
            and later.endswith(earlier) and 1 <= extra <= 2):
        return False
    words = r"[\w'’]*[\s-]+".join(re.escape(c) for c in later[:extra])
    return any(re.search(rf"(?<![\w-]){words}[\w'’]*[\s-]+{re.escape(form.split()[0])}\b", text, re.IGNORECASE)
               for form in long_forms if form.split())


def _long_form_holds(later: list[str], earlier: list[str]) -> bool:
    """Whether a long form of ``later`` (its aliases) holds a long form of ``earlier``, two words or more, with
    words of its own around it, each word compared folded and a plural as its singular: "Bayesian Hierarchical
    Low-Rank Adaption" holds "Low-Rank Adaption", "Neural Explanation Masks with target labels" holds "Neural
    Explanation Mask". A generic long form ("Convolutional Neural Network") is held by none, nor one word.

    Examples:
        >>> _long_form_holds(["Bayesian Hierarchical Low-Rank Adaption"], ["Low-Rank Adaption"])
        True
        >>> _long_form_holds(["Neural Explanation Masks with target labels"], ["Neural Explanation Mask"])
        True
        >>> _long_form_holds(["Quill Zorb Network"], ["Zorb"]), _long_form_holds(["Zorb Network"], ["Zorb Networks"])
        (False, False)
    """
    def words(form: str) -> list[str]:
        return [w.casefold().removesuffix("s") for w in form.split()]

    for old in earlier:
        if len(old.split()) < 2 or is_generic(old):
            continue
        held = words(old)
        for new in later:
            have = words(new)
            if len(have) > len(held) and any(have[k:k + len(held)] == held for k in range(len(have) - len(held) + 1)):
                return True
    return False


def _prefixed(later: str, earlier: str) -> bool:
    """Whether ``later`` is ``earlier`` with words put before it and nothing after it but variant words:
    Code-Qwen, HQ-SAM, Math-Qwen-Chat (a specialization of the named model), not R1-Zero or SegFormer-B0.

    Examples:
        >>> _prefixed("Code-Qwen", "Qwen"), _prefixed("HQ-SAM", "SAM"), _prefixed("DeepSeek-R1-Zero", "DeepSeek-R1")
        (True, True, False)
    """
    at = later.casefold().find(earlier.casefold())
    if at <= 0:
        return False
    tail = later[at + len(earlier):].replace("-", " ").split()
    return all(w.casefold() in VARIANT_WORDS for w in tail)


def _suffixed_by_named(text: str, later: str, earlier: str) -> bool:
    """Whether ``later`` is ``earlier`` with the acronym of a technique the text spells out after it: Qilin-Med-RAG
    beside "the Retrieval Augmented Generation (RAG) approach" is Qilin-Med with RAG, not R1-Zero or SegFormer-B0.

    Examples:
        >>> text = "We train Zorb-Med. With the Retrieval Augmented Generation (RAG) approach, Zorb-Med-RAG wins. B0 is small."
        >>> _suffixed_by_named(text, "Zorb-Med-RAG", "Zorb-Med"), _suffixed_by_named(text, "Zorb-Med-B0", "Zorb-Med")
        (True, False)
    """
    if not later.casefold().startswith(earlier.casefold()):
        return False
    tail = later[len(earlier):].replace("-", " ").split()
    return bool(tail) and all(w.isupper() and len(w) > 1 and f"({w})" in text for w in tail)


def _plugged(cues: dict[str, Any], before: str, mentions: list[Mention], introduced: dict[str, int]) -> int | None:
    """The introduced model that ``before`` (a sentence up to a model X) puts into X: "Using Ours in a basic",
    "adding Ours to the" (the name as the abstract writes it anywhere, or an alias), else None."""
    gap = cues["plug_between"].search(before)
    if gap is None:
        return None
    head = before[:gap.start()]
    for j in introduced.values():
        for name in sorted({mentions[j].text, mentions[j].name, *mentions[j].aliases} - {""}, key=len, reverse=True):
            if head.endswith(name) and cues["plug_before"].search(head[:-len(name)]):
                return j
    return None


COLON_APPOSITION = re.compile(r"\s*(?:an?|the)\s")  # "Ours: a ...": what follows the colon describes ours


RELATIVE_AFTER = re.compile(r"\s*(?:which|that|who|whose|where|whereby)\b")  # a relative clause opening


def _cue_source(cues: dict[str, Any], text: str, mentions: list[Mention], i: int, sent: tuple[int, int],
                introduced: dict[str, int], parents: set[int]) -> int | None:
    """The child of the parent ``i`` that a cue in its sentence names, or None when the clause names none (or is an
    example question: "queries such as which checkpoints were fine-tuned from X").

    1. The nearest model before the cue, when this paper introduces it, or when the sentence's subject is
       "we" and no comma parts them except before a relative clause ("We also evaluate Kite, which is
       based on X": Kite), or when it is the clause's subject and a "-based" compound its predicate ("Since
       Kite is X-based"); never a model that is itself a parent ("distilled from R1 based on Qwen": the
       distilled models, not R1, are based on Qwen), nor one before the cue when a result after it is named
       ("(1) ... Kite and (2) continual pretraining of X, resulting in a model we call Y": Y).
    2. With a comma before a purpose clause ("we explore X, to improve Y"): the paper's one model.
    3. After "we propose a fusion of", or for "the proposed X and Y combined architecture": the paper's one model
       (``_main_model``), if it has one.
    4. With no model before the cue: the model the sentence introduces after it ("Building on X, we
       develop Y") or a result it names ("we fine-tune X to obtain Y"); else the paper's one introduced
       model (``_main_model``) when "we" acts on the parent ("we fine-tune X", "In this paper we replace the
       blocks of a X encoder", not "we show the method on scaling up X"), the paper's model ("its X
       counterpart", "Our approach ... and is initialized from X") or that model itself, or it opens with
       "Following X, we"; never a model ours is put into ("we add Ours to X", "Integrated into X, Ours").
       A model the next sentence calls "the resulting model" comes before the paper's main one ("We post-train
       X with the data. ... the resulting model Y"), and a main model that makes the data X is trained on is
       none ("Ours, a framework for creating synthetic data").
    """
    ss, se = sent
    m = mentions[i]
    if cues["query_example_lead"].search(text, ss, m.start):
        return None  # "it answers queries such as which checkpoints were fine-tuned from X": an example question
    if (cues["proposed_fusion_before"].search(text, max(ss, m.start - 80), m.start)
            and (own := _main_model(mentions, introduced)) is not None):
        return own  # "we propose a fusion of X with Y, ... also we propose the Z block": the fusion is the paper's
        # model, not a part it names later
    if own_combination(cues, text[ss:m.start], text[m.end:se]) and (
            own := _main_model(mentions, introduced)) is not None:
        return own  # "We present Ours ... The proposed X and Y combined architecture beats Z": the paper's model
    inside = [j for j in range(len(mentions)) if j != i and ss <= mentions[j].start < se and mentions[j].label == MODEL
              and not cues["kind_after"].match(text, mentions[j].end)]  # "a GLaM-style model": neither child nor parent
    cs = max(text.rfind(";", ss, m.start), text.rfind(":", ss, m.start)) + 1 or ss  # the cue's clause
    fronted = max((k + 1 for k in range(cs, m.start) if text[k] == "," and cues["contrast_lead"].match(text[cs:k + 1])
                   and not RELATIVE_AFTER.match(text, k + 1)), default=None)  # "In contrast to X, our approach
    # harnesses Y": the clause after the fronted contrast (not "Unlike X, which adapts Y, ...": X's relative clause)
    cs = fronted or cs
    if cues["evaluation_purpose_lead"].match(text[ss:m.start]) and not any(
            mentions[j].key in introduced and mentions[j].start > m.start for j in inside):
        return None  # "To compare Ours data with other datasets, we fine-tune X with each": a model tuned to weigh
        # the paper's work, not the paper's own (unless the clause names ours after X: "..., we tune X into Ours")
    if cues["case_setting_lead"].match(text[ss:m.start]):
        return None  # "In two case studies of keyword spotting and X-based speech recognition, Ours recovers ...":
        # the setting the paper's method is tried in, no base of it
    spelled = LONG_FORM_BEFORE.search(text, ss, m.start) if "(" in text[max(ss, m.start - 2):m.start] else None
    name_start = spelled.start() if spelled else m.start  # "Diffusion Transformer (DiT)" is one name
    if cs > ss and text[cs - 1] == ":":  # "Ours: Compressing X via ...": the name the colon follows states it
        apposed = COLON_APPOSITION.match(text, cs)  # "we present Ours: a series of improvements upon X"
        opener = next((k for k in inside if (mentions[k].start == ss or apposed) and mentions[k].end == cs - 1
                       and mentions[k].key in introduced and mentions[k].key != m.key), None)
        if opener is not None:
            return None if m.key in introduced else opener  # not "Ours: Neural Zorb Model for ...": the paper's
            # own method named twice
    before = [j for j in inside if cs <= mentions[j].start < name_start
              and not _swapped_out(cues, text, mentions[j], sent)
              and not (mentions[j].key not in introduced  # "a LoRA fine-tune of X": the method modifies the noun,
                       and cues["modifier_of_cue_gap"].fullmatch(text, mentions[j].end, name_start))]  # no child
    if before and mentions[max(before, key=lambda k: mentions[k].start)].key == m.key:
        before = [j for j in before if mentions[j].key != m.key]  # "to obtain Y, and then tune Y into Z": Y named
        if before and max(before, key=lambda k: mentions[k].start) not in parents:  # again is no child of Y; a
            return None  # step before it, X's child, leads on to Z (not "we compare X with Y and tune Y")
    inserted = cues["inserted_object"].search(text, cs, name_start)
    if inserted:  # "Ours, a model that integrates Y into X": Y is put into X, a part of ours, no child of X
        put = [j for j in before if inserted.start(1) <= mentions[j].start < inserted.end(1)]
        if any(mentions[j].key in introduced for j in put):
            return None  # "we integrate Y and Ours into X": X hosts ours, a workload or a library, no base
        before = [j for j in before if j not in put]
    if cues["others_subject"].match(text[ss:m.start]):
        return None  # "Prior work extended X; Ours ...": what others did to X says nothing of ours
    if cues["fronted_lead"].match(text[ss:m.start]):  # "With X and Y, Ours reaches ...": the clause's subject
        subject = next((j for j in inside if mentions[j].start > m.start and "," in text[m.end:mentions[j].start]), None)
        if subject is not None and mentions[subject].key in introduced and mentions[subject].key != m.key:
            return subject
    before.sort(key=lambda k: mentions[k].start)  # a compound's mention is appended after the others
    part = cues["own_part_clause"].search(text, cs, m.start)
    if part and before:  # "Ours is pretrained on data from Y, and its encoder is initialized from X": ours
        j = before[0]  # the part is the sentence subject's; a model named between is no owner of it
        if not (cues["own_lead"].match(text[ss:mentions[j].start]) and mentions[j].key in introduced):
            j = _main_model(mentions, introduced)  # the subject written where no mention of it was found
            names = (mentions[j].name, mentions[j].text, *mentions[j].aliases) if j is not None else ()
            if not any(n and text.startswith(n, ss) for n in names):
                return None
            end = ss + max(len(n) for n in names if n and text.startswith(n, ss))
        else:
            end = mentions[j].end
        if mentions[j].key == m.key or cues["compare_gap"].search(text, end, part.start()):
            return None
        return j
    if before and cues["based_after"].match(text[mentions[before[-1]].end:mentions[before[-1]].end + 80]):
        # "Ours, the X-based successor to Y": X is a parent named in a compound; the child is the one before it
        ours = [k for k in before[:-1] if mentions[k].key in introduced and mentions[k].key != m.key]
        return ours[-1] if ours else None
    if (len(before) > 1 and cues["aside_gap"].match(text[mentions[before[-2]].end:mentions[before[-1]].start])
            and text[mentions[before[-1]].end:m.start].lstrip().startswith(",")):
        aside, j = before[-1], before[-2]  # "Ours, unlike Y, is initialized from X": the aside is no child; its
        # subject is, unless the clause compares ("Ours, unlike Y, beats models based on X")
        if cues["compare_gap"].search(text, mentions[aside].end, m.start):
            return None
        return j if mentions[j].key in introduced and mentions[j].key != m.key else None
    if before and cues["coordinated_verb_gap"].match(text[mentions[before[-1]].end:m.start]):
        before = [k for k in before[:1] if cues["own_lead"].match(text[ss:mentions[k].start])]  # "Ours replaces
        # the loss of X and is initialized from Y": the verbs share the sentence's subject, not X
    if before and cues["component_gap"].match(text[mentions[before[-1]].end:m.start]) and (
            len(before) == 1
            or cues["component_owner_gap"].match(text[mentions[before[-2]].end:mentions[before[-1]].start])):
        before = before[:-1]  # "Ours uses a ViT-L/14 image tower initialized from X": the tower is a part of ours
    result = next((k for k in sorted(inside, key=lambda k: mentions[k].start) if mentions[k].start > m.end), None)
    if (before and result is not None and mentions[result].key in introduced and mentions[result].key != m.key
            and cues["result_between"].match(text[m.end:mentions[result].start])):
        return result  # "(1) ... models named Zorb and (2) continual pretraining of X ..., resulting in a model we
        # call Quill": what the step on X results in, not the model named before the step
    if before:
        j = before[-1]
        if j in parents and cues["coordinated_relative_gap"].match(text[mentions[j].end:m.start]):
            before = [k for k in before if k not in parents]  # "whose encoder is initialized from X and whose
            # decoder is warm-started from Y": the relative clauses share their antecedent
            j = before[-1] if before else j
        if j in parents and cues["own_base_gap"].match(text[mentions[j].end:m.start]) and mentions[j].key != m.key:
            return j  # "Ours combines X, a compact model distilled from Y": Y is X's base, X ours
        if j in parents:  # "With X and pre-training from Y, Ours ...": the introduced model after both; else the
            # sentence's subject ("Ours builds on X combined with an encoder that fuses pretrained features from Y")
            if cues["antecedent_gap"].fullmatch(text[mentions[j].end:m.start]) and mentions[j].key != m.key:
                return j  # "based on X (an open-sourced version of Y)": the parenthesis is X's own
            after_ours = next((k for k in inside if mentions[k].start > m.start and mentions[k].key in introduced),
                              None)
            subject = before[0]
            if (after_ours is None and mentions[subject].start == ss and mentions[subject].key in introduced
                    and subject not in parents and mentions[subject].key != m.key
                    and not re.search(r"[,;]", text[mentions[j].end:m.start])):  # one clause: not "..., while Y"
                return subject
            return after_ours
        gap = text[mentions[j].end:m.start]
        if ("," not in gap and mentions[j].key not in introduced
                and cues["instrument_lead"].search(text, ss, mentions[j].start)):
            return None  # "fine-tuning with LoRA adapts Ours to a new robot": the method applied is no child (not
            # "compare it with Y, which uses X as its encoder": the relative clause is Y's)
        if cues["compare_gap"].search(gap) and not cues["own_kin_gap"].search(gap):
            return None  # "Ours, which outperforms models based on X": X is the rivals' base, not ours
        ours = mentions[j].key in introduced and introduced[mentions[j].key] != i
        if ours and cues["rival_gap"].match(gap) and cues["compare_gap"].search(text, ss, mentions[j].start):
            return None  # "We compare Ours with models built on X": X is the rivals' base
        if ours and cues["others_plural_gap"].search(gap):
            return None  # "Ours is evaluated on detectors built on X": the base of the detectors it is set against
        if ours and cues["instrument_lead"].search(text, ss, mentions[j].start) and cues["applied_lead"].search(gap):
            return None  # "With Ours, we fine-tune X": ours is the tool used on X
        if ours and cues["tool_purpose_gap"].match(gap) and (
                not gap.lstrip().startswith("to ") or cues["tool_lead"].search(text, ss, mentions[j].start)):
            return None  # "We apply Ours to fine-tune X", "Ours is used to fine-tune X": the same
        if ours and re.search(r"\binto\s+(?:the\s+)?$", gap) and _listed(cues, text, mentions, i, inside):
            return None  # "we insert Ours into X and Y": a module put into several models, its workloads
        if ours and cues["other_noun_cue_gap"].search(gap):
            return None  # "introducing a Y model ..., and a procedure based on X": X is the procedure's base
        if ours and _hosted(cues, text[ss:mentions[j].start], gap):
            return None  # "we add Ours to X", "Ours is integrated into X": X hosts ours, it is no base of it
        if (not ours and m.rule == "based-compound" and cues["copula_based_gap"].match(gap)
                and cues["subject_clause_lead"].match(text[cs:mentions[j].start]) and not is_generic(m.name or m.text)):
            return j if mentions[j].key != m.key else None  # "Since Zorb is Quill-based", "Zorb is a Quill-based
            # chatbot": the clause's subject, whoever's model it is, is what the compound says it is built on (not
            # "PaLM 2 is a Transformer-based model": an architecture's kind, stated of others' models)
        if ours or (cues["we_subject"].search(text[ss:mentions[j].start]) and len(gap) <= 40
                    and ("," not in gap or cues["relative_gap"].match(gap))):
            return j if mentions[j].key != m.key else None
        if cues["plural_gap"].match(gap) and _listed_before(cues, text, mentions, j, introduced):
            return j  # "Ours and Y are both built on X": the last of a list that holds ours, and the list with it
        if cues["own_base_gap"].match(gap):  # "We release A, tuned from X, and B, initialized from Y": B's base
            return j if mentions[j].key != m.key else None
        if cues["antecedent_gap"].match(gap) and mentions[j].key != m.key:
            return j  # "Unlike OrcaLM, which is fine-tuned from X, ...": the relative clause is OrcaLM's
        if (cues["apposed_gap"].fullmatch(gap) or cues["headed_apposed_gap"].fullmatch(gap)) and (
                mentions[j].key != m.key):
            return j  # "it beats OrcaLM, a legal-domain-specific X, and Y": the apposition says what OrcaLM is ("the
            # ConfliBERT LLM, a model based on BERT": past the name's head word too)
        if ours or "," not in gap or len(introduced) != 1 or not cues["we_subject"].search(text[ss:m.start]):
            return None
        return next(iter(introduced.values()))  # "we explore X, to improve Y": the paper's model improves Y
    after = [j for j in inside if mentions[j].start > m.start]
    for j in after:
        if ";" in text[m.end:mentions[j].start] and mentions[j].key in introduced and cues["result_lead"].match(
                text[text.rfind(";", m.end, mentions[j].start) + 1:mentions[j].start]):
            return j  # "We post-train X on our data; the resulting model, Ours, ...": the clause after says so
        if ";" in text[m.end:mentions[j].start]:
            return None  # "Many models are fine-tuned from X; we study them with Ours": another clause's subject
        if cues["compare_gap"].search(text, m.end, mentions[j].start) or cues["others_gap"].search(
                text, m.end, mentions[j].start):
            return None  # "we fine-tune X and compare it with Ours": X is a rival, not a base; "X was
            # extended in prior work, and Ours ...": others' work
        if mentions[j].key in introduced and cues["instrument_gap"].match(text[m.end:mentions[j].start]):
            return None  # "we fine-tune X with Ours", "we insert Ours into X and Y": ours is the tool, X the workload
        if mentions[j].key in introduced and cues["hosted_lead"].match(text[ss:m.start]):
            return None  # "Integrated into X, Ours cuts latency": X hosts ours
        if mentions[j].key in introduced or cues["result_between"].match(text[m.end:mentions[j].start]):
            return j
    if cues["we_subject"].search(text, ss, m.start) and not inside:
        result = _next_result(cues, text, mentions, i, se, introduced)
        if result is not None:
            return result  # "We post-train X with the data. When comparing the resulting model Ours to Y, ...": the
            # model the next sentence says results, not the paper's main one
    only = _main_model(mentions, introduced)
    if only is None or cues["baseline_clause"].search(text, m.end, se):
        return None  # "we fine-tune X and Y as baselines"
    if cues["made_data_used"].search(text, m.end, se) and any(
            o.key == mentions[only].key and cues["data_maker_after"].match(text[o.end:o.end + 160]) for o in mentions):
        return None  # "We introduce Ours, a framework for creating synthetic data. We post-train X with the data":
        # ours made the data X is trained on, it is no model built on X
    lead = text[ss:m.start]
    if _procedure(cues, text, mentions, only) and cues["applied_lead"].search(lead[-60:]):
        return None  # "We propose Ours, a fine-tuning method. We fine-tune X ...": X is what ours is applied to
    if (cues["applied_lead"].search(lead[-40:]) and not cues["continued_training_lead"].search(lead[-60:])
            and _listed(cues, text, mentions, i, [k for k in inside if k not in parents])):
        return None  # "we fine-tune X, Y and Z on our data": a list of models the paper works on, none named ours
        # ("we build on X and Y" names two parents; "we further pretrain X and Y on our language's text" makes
        # the paper's models of both)
    names = (mentions[only].name, mentions[only].text, *mentions[only].aliases)
    at = {n: lead.rfind(n) for n in names if n and n in lead}
    if any(_hosted(cues, lead[:k], lead[k + len(n):]) for n, k in at.items()) or cues["hosted_pronoun_before"].search(
            lead[-80:]):
        return None  # "we add Ours to X", ours written where no mention of it was found; "we integrate it into X"
    opener = cues["builds_on_lead"].match(lead) and cues["lead_subject_after"].search(text, m.end, se)
    if (cues["compare_gap"].search(lead) and not cues["own_kin_gap"].search(text, ss, se)
            and not cues["added_parameters_before"].search(lead[-80:])):
        return None  # "we compare with a pretrained X": a rival (not "Our model has one additional parameter than
        # X": X and a parameter)
    if (all(cues["component_head_after"].match(text[o.end:o.end + 40]) for o in mentions if o.key == mentions[only].key)
            and not cues["pronoun_subject"].match(lead) and not any(n and lead.startswith(n) for n in names)):
        return None  # "We fine-tune X ... We introduce an additional CTC decoder": a part added to X, no child of
        # what "we" do to X (unless the part is the clause's subject: "The CTC decoder is initialized from X")
    headed = HEAD_BEFORE_NAME.search(lead)  # "we start from a pretrained image animation model (X)": "we" counts
    core = lead[:headed.start()] if headed else lead  # before the head's phrase
    if (opener or cues["we_subject"].search(core[max(0, cs - ss):][-40:])  # in the cue's own clause (not "We
            # present Ours; separately, continual pretraining of X ...")
            or (cues["continued_training_lead"].search(core[-80:])  # "We continue the pretraining of an already
                and cues["we_subject"].search(core[max(0, cs - ss):][-80:]))  # pretrained multilingual X": far from "we"
            or (cues["pretrained_lead"].match(lead) and cues["pretrained_lead_after"].match(text[m.end:se]))
            or cues["we_made_lead"].match(lead) or cues["we_changed_lead"].match(lead)
            or cues["others_named_before"].search(text, max(ss, name_start - 120), name_start)  # "we build upon
            # a recently introduced method called X", "... called Deep Zorb Elimination (DZE)"
            or (cues["we_improve_lead"].match(lead)  # "This paper proposes three strategies to enhance the
                and not _procedure(cues, text, mentions, only))  # performance of the X model": not a method's workload
            or cues["we_adjunct_lead"].match(lead)  # "we relate ..., while also adapting the X representations"
            or _own_hybrid_list(cues, lead)  # "This study explores a hybrid framework combining transformer-based
            # models, specifically BERT, GPT-2, ..."
            or (cues["by_gerund_lead"].match(lead) and cues["we_after"].match(text[m.end:se]))  # "by fine-tuning
            # an 8 billion parameter pre-trained X model we can match ..."
            or cues["our_models_made_lead"].search(lead[-120:])  # "our models distilled from teachers (X, Y)"
            or (cues["counterpart_before"].search(lead[-30:]) and cues["builds_on_after"].match(text[m.end:se]))
            or cues["pronoun_subject"].match(lead) or (fronted and cues["pronoun_subject"].match(text[fronted:m.start]))
            or (cues["members_subject"].match(lead) and any(  # "We present Ours, a family of open language models.
                o.key == mentions[only].key and _previous_sentence(text, o.end, ss) for o in mentions))  # These
            # models are continually pre-trained from X": the sentence right after presenting ours
            or cues["proposed_subject_lead"].match(lead)  # "One of the contributions of the proposed method is to use"
            or cues["kind_subject_lead"].match(lead)  # "The technique is a variation of X": the paper's one technique
            or cues["extracted_features_lead"].search(lead[-80:])  # "Visual features are extracted using a
            # pre-trained X model": the paper's model is built on X
            or (cues["proposed_kind_lead"].search(lead[-120:]) and cues["proposed_kind_after"].match(text, m.end))
            # "a small object detection algorithm based on X was proposed": the paper's one model
            or (cues["passive_role_after"].match(text[m.end:se]) and not lead.strip())
            or (cs > ss and cues["we_subject"].search(text[cs:m.start]))
            or any(n and lead.casefold().startswith(n.casefold()) for n in names)):
        return only
    return None


def _tuned_named_bases(cues: dict[str, Any], text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """(child, parent) mentions where the text names a tuned model of a known one in parentheses: "a specially
    trained BERT model (Legal-BERTimbau)", "a fine-tuned RoBERTa model (Zorbita)" (not "a BERT model (ZorbBERT)":
    nothing says it was trained further).

    Example:
        >>> from kg.extract.base import load_patterns
        >>> text = "It uses a fine-tuned BERT model (ZorbBERT) for law."
        >>> ms = [Mention(21, 25, "BERT", MODEL, "gazetteer", "BERT", "bert"),
        ...       Mention(33, 41, "ZorbBERT", MODEL, "name-shape", "ZorbBERT", "zorbbert")]
        >>> _tuned_named_bases(load_patterns().cues, text, ms)
        [(1, 0)]
    """
    out: list[tuple[int, int]] = []
    for k, base in enumerate(mentions):
        if base.label != MODEL or base.rule not in ("gazetteer", "gazetteer-variant") or not cues[
                "tuned_named_before"].search(text, max(0, base.start - 40), base.start):
            continue
        gap = cues["tuned_named_gap"].match(text, base.end)
        child = next((j for j, m in enumerate(mentions) if gap and m.start == gap.end() and m.label == MODEL
                      and m.key != base.key), None)
        if child is not None:
            out.append((child, k))
    return out


def _such_bases(cues: dict[str, Any], text: str, mentions: list[Mention], sent_of: list[tuple[int, int]],
                introduced: dict[str, int]) -> list[tuple[int, int]]:
    """(child, parent) mentions where the paper extends "such a framework" the text described before: "Recently, X
    enables an interactive editing framework. ... In this work, we extend such an editing framework to diffusion
    models and propose Ours". The parent is the one model the nearest earlier sentence naming a model names, that
    sentence writing the cue's head (none when it names two, when the paper's own model is named after it, or an
    own-work verb stands between: "We propose a pruning method ... We extend this method"); the child the paper's
    model named in the cue's sentence, else its one model."""
    out: list[tuple[int, int]] = []
    others = [k for k, o in enumerate(mentions)  # others' models, not kinds: the parents a sentence may name
              if o.label == MODEL and o.key not in introduced and not is_generic(o.name)]
    for sent in sorted({s for s in sent_of if cues["such_extended"].search(text, *s)}):
        head = cues["such_extended"].search(text, *sent).group(1)
        ours_here = [k for k in range(len(mentions)) if sent_of[k] == sent and mentions[k].key in introduced]
        child = ours_here[0] if ours_here else _main_model(mentions, introduced)
        earlier = sorted({sent_of[k] for k in others if sent_of[k][1] <= sent[0]})
        named = {mentions[k].key: k for k in others if earlier and sent_of[k] == earlier[-1]}
        ours_between = not earlier or any(mentions[k].key in introduced and earlier[-1][1] <= mentions[k].start < sent[0]
                                          for k in range(len(mentions))) or last_match(
            cues["introduce"], text[earlier[-1][0]:sent[0]]) is not None  # not "We propose a pruning method. We
        # extend this method": ours is what it names
        said = bool(earlier) and re.search(rf"\b{head}s?\b", text[earlier[-1][0]:earlier[-1][1]], re.IGNORECASE)
        if child is not None and len(named) == 1 and not ours_between and said:  # the parent's sentence says the
            out.append((child, next(iter(named.values()))))  # head ("X enables an editing framework")
    return out


def _previous_sentence(text: str, end: int, start: int) -> bool:
    """Whether ``end`` is in the sentence right before the one opening at ``start``: one sentence end between."""
    gap = text[end:start].rstrip()
    return gap.endswith((".", "!", "?")) and not re.search(r"[.!?]\s", gap[:-1])


def _scaled_result(cues: dict[str, Any], text: str, mentions: list[Mention], i: int, sent_of: list[tuple[int, int]],
                   introduced: dict[str, int]) -> int | None:
    """The introduced model that scaling ``i`` yields: named after a result cue later in its sentence
    ("We scale X to 4B parameters, yielding Ours") or opening the next one ("... The resulting model, Ours,")."""
    ss, se = sent_of[i]
    m = mentions[i]
    for j in sorted((j for j, o in enumerate(mentions) if ss <= o.start < se and o.start >= m.end),
                    key=lambda j: mentions[j].start):  # a cued phrase's mention comes after the others in ``mentions``
        o = mentions[j]
        if o.key != m.key and o.label == MODEL and o.key in introduced and cues["passive_result_between"].search(
                text, m.end, o.start):
            return j
    return _next_result(cues, text, mentions, i, se, introduced)


def _next_result(cues: dict[str, Any], text: str, mentions: list[Mention], i: int, se: int,
                 introduced: dict[str, int]) -> int | None:
    """The paper's model that the sentence after the one ending at ``se`` opens as a result of what was done to
    ``i`` ("... The resulting model, Ours, ...", "When comparing the resulting model Ours to Y"): its first model
    other than ``i``'s, introduced, after the cue ``result_lead`` alone."""
    ns = len(text) - len(text[se:].lstrip())  # the next sentence's start
    j = min((j for j, o in enumerate(mentions) if o.start >= se and o.label == MODEL and o.key != mentions[i].key),
            key=lambda j: mentions[j].start, default=None)
    if j is None or mentions[j].key not in introduced or not cues["result_lead"].match(text[ns:mentions[j].start]):
        return None
    return j


def _swapped_out(cues: dict[str, Any], text: str, m: Mention, sent: tuple[int, int]) -> bool:
    """Whether ``m`` is what a sentence replaces ("replaces the X backbone of Y with Z", "replacing X with
    Z"): the part removed, neither a parent nor a child (not "replaces X's encoder with Z": X is the host)."""
    after = text[m.end:sent[1]]
    return bool(cues["swapped_before"].search(text[max(sent[0], m.start - 30):m.start])
                and not cues["possessive_after"].match(after) and cues["swapped_part_after"].match(after))


def _based_compounds(pat: Patterns, text: str, mentions: list[Mention], sent_of: list[tuple[int, int]],
                     introduced: dict[str, int]) -> None:
    """Add a Model mention for each "X-based" compound naming a model ("a Llama-7B-based model"): the
    mention finder rejects such compounds as modifiers, but here X is the parent the text states (an
    "X-style", "X-like" or "X-type" model is of X's kind, a workload or architecture family, no child). X must be a known model, a name the abstract
    names elsewhere, a strong name shape (``TernLM``), or a plain capitalized word in apposition to a model the
    paper introduces ("We introduce Ours, a Kolby-based assistant": cue ``based_apposed_before``; not a generic,
    ML or science word, nor one the text writes in lower case); ``mentions`` and ``sent_of`` grow in place."""
    if not mentions or not any(h in text for h in COMPOUND_HINTS):
        return  # COMPOUND writes one of them
    named = {m.key for m in mentions if m.label == MODEL}
    taken = {(m.start, m.end) for m in mentions}
    measuring = {m.group(1) for m in pat.cues["measurement_defined"].finditer(text)} if "(" in text else set()
    title = text.find("\n\n")
    abstract = title + 2 if title >= 0 else 0
    for hit in COMPOUND.finditer(text):
        written = hit.group(1)
        if written in measuring or not pat.cues["based_after"].match(text[hit.end(1):hit.end(1) + 80]):
            continue  # "functional near-infrared spectroscopy (fNIRS) ... a fNIRS-based dataset": a way of measuring
        lead = text[max(0, hit.start(1) - 60):hit.start(1)]
        if (pat.cues["workload_before"].search(lead) or pat.cues["contrast_before"].search(lead)
                or pat.cues["based_rival_after"].match(text, hit.end(1))):
            continue  # "used to train TernLM-based models", "unlike TernLM-based methods", "the TernLM-based
            # baseline": no parent
        name, key, sizes = canonical(written, MODEL, pat.known, pat.lexicon.model_heads)
        if written.isalpha() and written.islower() and not name.islower() and not any(
                w.group() in pat.spelled for w in re.finditer(rf"(?<![\w-])(?i:{re.escape(written)})(?![a-z])",
                                                             text[abstract:])):
            continue  # "zero-initialized" is no ZeRO: a name the abstract never writes as the gazetteer does is a
            # plain word (a title capitalizes every word: "Tuning with Zero-init Gates"; nor is "Zero-Observation")
        known = pat.known.get(entity_key(name), ("", ""))[0] == MODEL
        if not (known or key in named or shape(name, pat) == STRONG or _apposed_word(pat, text, mentions, introduced,
                                                                                  hit.start(1), written)) or (
                hit.start(1), hit.end(1)) in taken:
            continue
        sent = _sentence_at(text, sent_of, hit.start(1))
        mentions.append(Mention(hit.start(1), hit.end(1), written, MODEL, "based-compound", name, key, sizes))
        sent_of.append(sent)


PHRASE_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z\d-]{1,11})\)")  # "(CQR)" right after a phrase
FROM_TAIL = re.compile(r"[^\S\n]+from[^\S\n]+[A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*){0,2}(?=\s*\(([A-Z][A-Za-z\d-]{1,11})\))")
# " from Transformers (BERT)": a long form going on past "from" to its acronym


def _cued_phrases(pat: Patterns, text: str, mentions: list[Mention], sent_of: list[tuple[int, int]]) -> None:
    """Add a Model mention for each plain capitalized phrase a lineage cue names as a base ("based on
    Sparse Routed Experts", "combined with Locked Image Tuning", "extends the Deep Echo Network"): the
    mention finder takes no name of ordinary words, but after such a cue the phrase is the parent the text
    states, and so is each phrase coordinated with it ("based on Orca Net and Piper Net"). Not a phrase of generic words only ("based on Large Language Models"), nor one a topic or
    another name covers in part; ``mentions`` and ``sent_of`` grow in place. A phrase becomes a node only
    when a BUILDS_ON reaches it."""
    cue = pat.cues["phrase_parent"]
    if not mentions or not cue.may_match(text):
        return
    generic = pat.plain_generic
    spans = []
    for hit in cue.finditer(text):
        spans.append(hit.span(1))
        nxt = pat.cues["phrase_coordinated"].match(text, hit.end(1))
        while nxt is not None:  # "based on Orca Net and Piper Net": each phrase is a parent
            spans.append(nxt.span(1))
            nxt = pat.cues["phrase_coordinated"].match(text, nxt.end(1))
    title_end = text.find("\n\n")
    for s, e in spans:
        tail = FROM_TAIL.match(text, e)
        if tail and initials_match(tail.group(1), text[s:tail.end()], pat.lexicon.function_words):
            e = tail.end()  # "based on Bidirectional Encoder Representations from Transformers (BERT)"
        written = text[s:e]
        words = _words(written)
        if all(w in generic or w.rstrip("s") in generic for w in words):
            continue
        if s < title_end and written not in text[title_end:] and text[max(0, s - 4):s].casefold() != "the ":
            continue  # a title capitalizes every word: "...: Speech Recognition based on Joint Decoding of Graphemes
            # and Syllables" over "a joint decoder is applied" names no parent ("Built on the Sparse Echo Network"
            # does: the article makes it one)
        plural_short = PHRASE_ACRONYM.match(text, e)
        if plural_short and written.split()[-1].casefold() in pat.lexicon.class_heads and CLASS_ACRONYM.fullmatch(
                plural_short.group(1)):
            continue  # nor a class its plural acronym abbreviates: "based on the Abstract Syntax Trees (ASTs)"
        if any(m.start < e and s < m.end and (m.label != TOPIC or not (s <= m.start and m.end <= e)) for m in mentions):
            continue  # a name inside it ("based on Stable Diffusion XL"), or a topic reaching out of it
        if any(m.label == TOPIC and s <= m.start and m.end <= e and all(
                w in generic or w.rstrip("s") in generic for w in set(words) - set(_words(m.name or m.text)))
               for m in mentions):
            continue  # a topic, alone or with generic words: "Reinforcement Learning", "Neural Machine
            # Translation" ("Sparsely Gated Mixture of Experts" names a model beside the topic)
        paren = text.find("(", e, e + 3)
        if paren >= 0 and not text[e:paren].strip() and any(paren < m.start <= paren + 3 for m in mentions):
            continue  # "Latent Diffusion Models (LDMs)": the long form of a name already found
        name, key, sizes = canonical(written, MODEL, pat.known, pat.lexicon.model_heads)
        aliases = []
        short = PHRASE_ACRONYM.match(text, e)
        if short and (initials_match(short.group(1), written, pat.lexicon.function_words)
                      or capitals_spell(short.group(1), written)):  # "Neural DUDE (N-DUDE)": its capitals
            aliases, (name, key, sizes) = [written], canonical(short.group(1), MODEL, pat.known, pat.lexicon.model_heads)
            # "an extension of Conformalized Quantile Regression (CQR)": the phrase's acronym is the name
        sent = _sentence_at(text, sent_of, s)
        mentions.append(Mention(s, e, written, MODEL, "cued-phrase", name, key, sizes, aliases))
        sent_of.append(sent)


def _clause_start(text: str, ss: int, at: int) -> int:
    """Where the clause holding ``at`` starts in the sentence starting at ``ss``: after the last ";" or
    coordinating ", and" before it ("X serves as the encoder of Ours, and a projector feeds Y, which ...")."""
    return max(text.rfind(";", ss, at) + 1, text.rfind(", and ", ss, at) + 1, ss)


def _apposed_word(pat: Patterns, text: str, mentions: list[Mention], introduced: dict[str, int], at: int,
                  word: str) -> bool:
    """Whether ``word``, written at ``at`` before "-based" and a model's head word, is a plain capitalized word in
    apposition to a model the paper introduces ("Ours, a Kolby-based assistant"; not "Ours, a Python-based
    library": cue ``based_model_head_after``), and no generic, function, ML or science word, nor one the text
    writes in lower case ("a Graph-based", "a Bayesian-based ... bayesian")."""
    lead = pat.cues["based_apposed_before"].search(text, max(0, at - 60), at)
    return bool(lead and PLAIN_WORD.fullmatch(word) and _plain_name(pat, text, word)
                and pat.cues["based_model_head_after"].match(text[at + len(word):at + len(word) + 80])
                and any(m.end == lead.start() and m.key in introduced for m in mentions))


def _plain_name(pat: Patterns, text: str, word: str) -> bool:
    """Whether a plain capitalized ``word`` may be a model's name: no generic, function, ML or science word, and
    never written in lower case in ``text``."""
    lex = pat.lexicon
    folded = word.casefold()
    return not (folded in pat.generic or folded in pat.plain_generic or folded in lex.function_words
                or lex.ml_words.fullmatch(word) or lex.learning_words.fullmatch(word)
                or lex.science_words.fullmatch(word) or re.search(rf"\b{re.escape(folded)}\b", text))


def _cued_words(pat: Patterns, text: str, mentions: list[Mention], sent_of: list[tuple[int, int]]) -> None:
    """Add a Model mention for a plain capitalized word a strong lineage cue names as a base ("built atop
    Trellis, our earlier runtime", title "Ours: Extending Bracken to 3D Scenes": cue ``word_parent``; "inherits
    Ivara's tokenizer and architecture": ``possessive_word_parent``) or that
    opens a sentence naming it the backbone of another ("Calyx serves as the backbone of our detector, Ours":
    cue ``opening_parent``), met once or more: after such a cue the word is the parent the text states. Not a
    sentence's first word after a cue, a generic, function, ML or science word, a word the text also writes
    in lower case ("Extending Attention to ..."), nor a span another mention covers; ``mentions`` and
    ``sent_of`` grow in place, and the word becomes a node only when a BUILDS_ON reaches it."""
    if not mentions:
        return
    hits = [(hit, False) for hit in pat.cues["word_parent"].finditer(text)]
    hits += [(hit, False) for hit in pat.cues["possessive_word_parent"].finditer(text)]
    hits += [(hit, False) for hit in pat.cues["copula_word_parent"].finditer(text)]
    hits += [(hit, True) for hit in pat.cues["opening_parent"].finditer(text)]
    for hit, opening in hits:
        s, e = hit.span(1)
        sent = _sentence_at(text, sent_of, s)
        word = text[s:e]
        if ((s == sent[0]) != opening or not _plain_name(pat, text, word)
                or any(m.start < e and s < m.end for m in mentions)):
            continue
        name, key, sizes = canonical(word, MODEL, pat.known, pat.lexicon.model_heads)
        mentions.append(Mention(s, e, word, MODEL, "cued-word", name, key, sizes))
        sent_of.append(sent)


def _title_common_phrase(cues: dict[str, Any], text: str, m: Mention, sent: tuple[int, int]) -> bool:
    """Whether ``m`` is a phrase of plain words the title capitalizes as titles do ("Tilex-2: Scaling Latent
    Diffusion with Transformer Denoisers"): in the title, plain capitalized words only, never written so in the
    abstract, which writes one of its words in lower case ("a stack of diffusion blocks") or which the title
    writes after an indefinite article ("Built on a Language Model Backbone": a kind of part, no one model):
    a method or a kind the title names, no model the paper builds on (the abstract writes a model's name as a
    name)."""
    if sent[0] or not text.startswith("\n\n", sent[1]):
        return False
    words = [w for w in re.split(r"[\s-]+", m.text) if w]
    body = text[sent[1]:]
    return (all(PLAIN_WORD.fullmatch(w) for w in words) and m.text not in body
            and (bool(cues["indefinite_before"].search(text, sent[0], m.start))
                 or any(re.search(rf"\b{re.escape(w.lower())}\b", body) for w in words)))


def _relative_antecedents(pat: Patterns, text: str, mentions: list[Mention], sent_of: list[tuple[int, int]]) -> None:
    """Add a Model mention for the antecedent of a lineage relative clause whatever its shape ("Unlike
    Pelican, which is initialized from Finch, ...": Pelican, cue ``relative_antecedent``), or of a lineage
    apposition inside a sentence ("We compare it to Bongo, a successor to Okapi": cue
    ``appositive_antecedent``): the clause states the model and its parent, so the mention finder's silence
    on a plain word does not pass the parent to another model. Not a word a sentence opens a fronted phrase
    with ("Unlike"), nor a phrase opening with a determiner ("Our Appendix") or of generic words only, nor a
    span another mention covers; ``mentions`` and ``sent_of`` grow in place."""
    if not mentions:
        return
    hits = [(hit, False) for hit in pat.cues["relative_antecedent"].finditer(text)]
    hits += [(hit, True) for hit in pat.cues["appositive_antecedent"].finditer(text)]
    for hit, apposed in hits:
        s, e = hit.span(1)
        sent = _sentence_at(text, sent_of, s)
        if apposed and (s == sent[0] or text[s:e].casefold() in pat.generic):
            continue  # "However, a variant of X ...": a sentence's opening word, no name
        first = re.match(r"\S+\s+", text[s:e])
        if first and s == sent[0] and pat.cues["fronted_phrase"].match(text, s, hit.end(1) + 2):
            s += first.end()  # "Unlike Pelican, which ...": the phrase opener is no part of the name
        words = _words(text[s:e])
        if all(w in pat.plain_generic or w.rstrip("s") in pat.plain_generic for w in words):
            continue
        if pat.cues["antecedent_determiner"].match(text, s, e):
            continue  # "Our Appendix, which is based on X": a capitalized common noun, no name
        if any(m.start < e and s < m.end for m in mentions):
            continue
        name, key, sizes = canonical(text[s:e], MODEL, pat.known, pat.lexicon.model_heads)
        mentions.append(Mention(s, e, text[s:e], MODEL, "relative-antecedent", name, key, sizes))
        sent_of.append(sent)


def _opening_subjects(pat: Patterns, text: str, mentions: list[Mention], rels: list[Relation],
                      sent_of: list[tuple[int, int]]) -> None:
    """Add the plain word opening a sentence as the paper's model when a lineage cue follows it and names a
    model ("Borealis is fine-tuned from Cirrion on radar data", cue ``opening_subject``) in a paper that
    introduces no model: the mention finder takes no name from a capitalized word where every sentence
    capitalizes, but this one is a model the paper states the parent of. Not a generic or function word, an
    ML or science word ("Training is initialized from X"), nor a word the text also writes in lower case,
    names once only or sets against another model ("Nimbus is fine-tuned from X, but it fails"); ``mentions``, ``sent_of`` and ``rels`` (an INTRODUCES) grow in place."""
    if not mentions or any(r.type == INTRODUCES and mentions[r.target].label == MODEL for r in rels):
        return
    lex = pat.lexicon
    cues = pat.cues
    for hit in cues["opening_subject"].finditer(text):
        s, e = hit.span(1)
        sent = _sentence_at(text, sent_of, s)
        word = text[s:e]
        folded = word.casefold()
        if (s != sent[0] or not any(m.start == hit.end() and m.label == MODEL for m in mentions)
                or folded in pat.generic or folded in pat.plain_generic or folded in lex.function_words
                or lex.ml_words.fullmatch(word) or lex.learning_words.fullmatch(word)
                or lex.science_words.fullmatch(word) or re.search(rf"\b{re.escape(folded)}\b", text)
                or any(m.start < e and s < m.end for m in mentions)):
            continue
        uses = [u.start() for u in re.finditer(rf"\b{re.escape(word)}\b", text)]
        if len(uses) < 2 or any(cues["compare_gap"].search(text, _sentence_at(text, sent_of, u)[0], u)
                                or cues["contrast_gap"].search(text, _sentence_at(text, sent_of, u)[0], u)
                                for u in uses):
            continue  # named once, or set against another model: no sign that the paper introduces it
        name, key, sizes = canonical(word, MODEL, pat.known, pat.lexicon.model_heads)
        mentions.append(Mention(s, e, word, MODEL, "opening-subject", name, key, sizes))
        sent_of.append(sent)
        rels.append(Relation(INTRODUCES, len(mentions) - 1, "opening-subject", " ".join(text[slice(*sent)].split())))
        return  # the paper's one model


def _relative_closed(cues: dict[str, Any], text: str, mentions: list[Mention], prev: int, child: int,
                     m: Mention) -> bool:
    """Whether parent ``prev`` was named in a relative clause on ``child`` that the bare comma before ``m``
    closes ("Unlike Y, which is fine-tuned from X, Ours is ..."): ``m`` is the subject of the main clause's
    verb, no parent ("Y, which is based on A, B and C": a list goes on)."""
    return (mentions[child].end <= mentions[prev].start
            and bool(cues["antecedent_gap"].match(text[mentions[child].end:mentions[prev].start]))
            and text[mentions[prev].end:m.start].strip() == ","
            and bool(cues["clause_verb_after"].match(text, m.end)))


def _apposition_closed(text: str, mentions: list[Mention], prev: int, child: int, m: Mention) -> bool:
    """Whether parent ``prev`` is the one parent of an apposition on ``child`` that ", and" before ``m`` closes
    ("It beats Y, tuned from X, and Z": Z goes on the list Y is in, no parent; "Y, tuned from A, B, and C" lists
    three parents).

    Examples:
        >>> t = "It beats Y, tuned from X, and Z."
        >>> ms = [Mention(t.find(n), t.find(n) + 1, n, "Model", "x", n, n) for n in "YXZ"]
        >>> _apposition_closed(t, ms, 1, 0, ms[2]), _apposition_closed("Y, from A, B, and C", [
        ...     Mention(0, 1, "Y", "Model", "x", "Y", "y"), Mention(11, 12, "B", "Model", "x", "B", "b")], 1, 0,
        ...     Mention(18, 19, "C", "Model", "x", "C", "c"))
        (True, False)
    """
    inside = text[mentions[child].end:mentions[prev].start].strip()
    return (mentions[child].end <= mentions[prev].start and inside.startswith(",") and "," not in inside[1:]
            and re.fullmatch(r"\s*,\s*(?:and|or)\s+", text[mentions[prev].end:m.start]) is not None)


def _words(name: str) -> list[str]:
    """The folded words of a name, dashes split: ``_words("Mixture-of-Experts")`` is ``["mixture", "of", "experts"]``."""
    return [w for part in name.split() for w in part.casefold().split("-") if w]


def _sentence_at(text: str, sent_of: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """The sentence span holding offset ``at``: the span of a mention in it, else the text between the
    spans around it cut at a sentence end (". " before a capital letter)."""
    lo, hi = 0, len(text)
    for ss, se in sent_of:
        if ss <= at < se:
            return ss, se
        if se <= at:
            lo = max(lo, se)
        elif ss > at:
            hi = min(hi, ss)
    ends = [m.end() for m in SENTENCE_END.finditer(text, lo, hi)]
    start = max((e for e in ends if e <= at), default=lo)
    end = min((e for e in ends if e > at), default=hi)
    while start < at and text[start].isspace():
        start += 1
    return start, end


def _passed(mentions: list[Mention], named: dict[str, int], introduced: dict[str, int], key: str, j: int) -> bool:
    """Whether the abstract names earlier work that extends ``j``'s name too, unrelated by name to ``key``:
    Faster R-CNN beside Fast R-CNN and R-CNN descends from R-CNN through Fast R-CNN, not from R-CNN itself."""
    own, root = parse(mentions[named[key]].name), parse(mentions[j].name)
    added = [w for w in own.family if w not in root.family]
    for other, k in named.items():
        if other in (key, mentions[j].key) or other in introduced:
            continue
        op = parse(mentions[k].name)
        if parts_relation(op, root) == EXTENDS and not parts_relation(own, op) and not parts_relation(op, own) and any(
                _stem_kin(w, v) for w in added for v in op.family if v not in root.family):
            return True  # Fast R-CNN is a step for Faster R-CNN; U-PaLM beside Flan-PaLM is a sibling, not a step
    return False


def _versions_beside(mentions: list[Mention], named: dict[str, int], j: int) -> bool:
    """Whether the abstract names a numbered version of ``j``'s unnumbered name (Llama 2 beside LLaMA): a
    name extending the family (Code Llama) may build on either, and the name alone does not say which."""
    root = parse(mentions[j].name)
    return root.version is None and any(
        (op := parse(mentions[k].name)).family == root.family and op.version is not None for k in named.values())


def _stem_kin(a: str, b: str) -> bool:
    """Whether two name words share a stem of at least four letters (``faster``, ``fast``).

    Examples:
        >>> _stem_kin("faster", "fast"), _stem_kin("flan", "u"), _stem_kin("mask", "cascade")
        (True, False, False)
    """
    n = min(len(a), len(b))
    return n >= 4 and a[:n] == b[:n]


def _words_within(short: str, long: str) -> bool:
    """Whether the words of ``short`` (two or more) are, in order, words of the longer ``long``.

    Examples:
        >>> _words_within("Zorb Graph Net", "Zorb Variational Graph Net"), _words_within("Graph Net", "Net Graph X")
        (True, False)
    """
    words, inside = short.split(), iter(long.split())
    return 2 <= len(words) < len(long.split()) and all(w in inside for w in words)
