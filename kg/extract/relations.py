"""The ``kg_relations_v1`` component: how the paper relates to each mention.

INTRODUCES, USES, EVALUATED_ON, COMPARES_WITH, MENTIONS and HAS_TOPIC from the cues around a mention;
the BUILDS_ON a paper states between models come from ``builds_on.py``.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.names import EXTENDS, VARIANT_WORDS, VARIES, VERSIONS, NameParts, entity_key, is_generic, parts_relation
from kg.extract.acronyms import (CLASS_ACRONYM, before_long_form, capitals_spell, title_leads_with,
                                 title_leads_with_words_before)
from kg.extract.base import (JOINER, OWN_WORD, STRONG, TITLE_END, WEAK, Mention, Relation, doc_text, last_match,
                             load_patterns, parse, shape, standalone, without_owner)
from kg.extract.builds_on import improved_by_margin, own_combination, stated_builds_on
from kg.extract.introduce import object_reach, owned_object, own_verb, parts_reach
from kg.extract.domain import STRONG_RULES
from kg.model import (BUILDS_ON, COMPARES_WITH, DATASET, EVALUATED_ON, HAS_TOPIC, INTRODUCES, MENTIONS, MODEL, ORG,
                      TOPIC, USES)


OPEN_PAREN = re.compile(r"\s*[(\[]\s*")  # what stands between a name and a name in parentheses after it
APPOSED_ITEM = re.compile(r",\s+(?:an?|the)\s+[^;()]{1,160};\s+(?:and\s+)?")  # "A, a detector; B" in a list
JOINED_DEFINITION = re.compile(JOINER.pattern.join(("(?:", r")(?:(?:a|an|the)\s+)?")))  # ") and a Token Module ("
WORD = re.compile(r"\w")  # a word between the abstract's start and a sentence: not its opening one
OTHERS = re.compile(r"\b(?:trained|developed|released|created|proposed|introduced|published|built|made)\s+by\b")
# "X is a model trained by ...": someone else's, maybe
ITEM_MARK = re.compile(r"\((?:\d|[ivx]{1,4}|[a-e])\)|(?<![\w)])(?:\d|[ivx]{1,4})\)")  # "(2)", "(ii)", "2)"
FIRST_MARKS = frozenset({"(1)", "(i)", "(a)", "1)", "i)"})
QUOTE_PAIRS = {"\"": "\"", "\u201c": "\u201d", "'": "'", "\u2018": "\u2019"}  # a quote opening -> its closing
ITEM_OPENING = re.compile(r"\s*(?:and\s+)?(?:(?:the|an?)\s+)?[\"“'‘]?\s*$")  # "(2) the \"" before the item's name
PAREN_NAME = re.compile(r"\s*\(\s*[\"“'‘]?([^()\"“”'‘’\s]+)[\"”'’]?\s*\)")  # ' ("KB-BERT")', " (Zorb-2)"
APPOSED_NAME = re.compile(r"\s*,\s*([^\s,()]+?)\s*[,(]")  # "N-BEATS model, N-BEATS*, for": the apposed name
KIND_OF_KNOWN_AFTER = re.compile(r"\s*(?:models|networks)\b")  # "our GPT-2 models": of a known kind
OUR_BEFORE = re.compile(r"\bour\s+$", re.IGNORECASE)  # "We release our ": what the paper trains of that kind


def first_item_lead(before: str) -> str:
    """The text before a numbered list's first item, for a name that opens a later item: "Three variants are
    proposed: (1) the A, ...; (2) the " reads as "Three variants are proposed: (1) the ", so the second item's
    name stands where the first one's does.

    Examples:
        >>> first_item_lead('Two variants are proposed: (1) the "A", which is small; and (2) the "')
        'Two variants are proposed: (1) the "'
        >>> first_item_lead("We use (1) a cache and (2) the ")
        'We use (1) the '
        >>> first_item_lead("Training uses 2) the "), first_item_lead("We propose the ")
        ('Training uses 2) the ', 'We propose the ')
    """
    marks = list(ITEM_MARK.finditer(before))
    if len(marks) < 2 or marks[0].group() not in FIRST_MARKS or not ITEM_OPENING.fullmatch(before, marks[-1].end()):
        return before
    return before[:marks[0].end()] + before[marks[-1].end():]


def _presented(cues: Any, text: str, mentions: list[Mention], ss: int, m: Mention) -> bool:
    """Whether a maker opening the sentence at ``ss`` presents or releases ``m`` ("ZorbLab proudly presents Quill",
    "Today, ZorbAI releases Quill"): a new name ``kg.extract.mentions`` typed as an organization for it, not one the
    gazetteer knows ("OpenAI releases GPT-4V. ... we evaluate GPT-4V": others' release), and not "presents Quill with
    adversarial prompts"."""
    return not cues["presented_with_after"].match(text, m.end) and any(
        o.label == ORG and o.rule != "gazetteer" and ss <= o.start < m.start
        and cues["maker_subject_before"].search(text, max(0, o.start - 12), o.start)
        and (verb := cues["maker_subject_after"].match(text, o.end)) and verb.end() == m.start for o in mentions)


def _first_in_abstract(mentions: list[Mention], tend: int) -> list[Mention]:
    """Each name's first mention past the title (``tend``), in text order."""
    seen: dict[str, Mention] = {}
    for m in mentions:
        if m.start >= tend:
            seen.setdefault(m.key, m)
    return list(seen.values())


def _studied(cues: Any, text: str, tend: int, m: Mention) -> bool:
    """Whether the abstract says the work studies the name ``m`` (cue ``title_name_studied_before``: "This project
    focuses on the X LLM", "I test the effectiveness of X"), and not that "we" made it (``made_by_us_after``: "X,
    which we trained on court rulings")."""
    return bool(cues["title_name_studied_before"].search(text, max(tend, m.start - 80), m.start)
                and not cues["made_by_us_after"].match(text[m.end:m.end + 160]))


def _stem(name: str) -> str:
    """The first four letters of ``name``, folded ("" for a name of four letters or fewer): what a family of the
    paper's names shares ("UltraRM", "UltraCM" with "UltraFeedback").

    >>> _stem("UltraRM"), _stem("ULTRAFEEDBACK"), _stem("Zorb")
    ('ultr', 'ultr', '')
    """
    letters = "".join(c for c in name.casefold() if c.isalnum())
    return letters[:4] if len(letters) > 4 else ""


def _weighs_models(cues: Any, text: str, tend: int) -> bool:
    """Whether the paper is a study weighing several models (cues ``weighs_models`` in the abstract,
    ``weighs_models_title``) and presents nothing of its own outside that sentence (cues ``introduce``,
    ``own_work_said``).

    >>> from kg.extract.base import load_patterns
    >>> cues = load_patterns().cues
    >>> _weighs_models(cues, "We benchmark five speech recognizers on Swahili.", 0)
    True
    >>> _weighs_models(cues, "We propose Zorb. We benchmark five speech recognizers on Swahili.", 0)
    False
    >>> _weighs_models(cues, "Benchmarking Speech Recognizers\\n\\nWe report results on Swahili.", 31)
    True
    """
    study = [m.span() for m in cues["weighs_models"].finditer(text, tend)]
    if not study and not cues["weighs_models_title"].search(text[:tend]) or cues["own_work_said"].search(text, tend):
        return False  # not "We also train ZorbRet, a retriever of our own": the study has a model of its own
    return not any(not any(a <= m.start() < b for a, b in study) for m in cues["introduce"].finditer(text, tend))


def _coined_tail(m: Mention) -> bool:
    """Whether ``m``, a known name with more written after it, ends in an acronym of its own: not a version,
    size, tier or tuned variant, nor a released variant's word ("YOLOv5-GSS", not "Llama-3.1-8B-Instruct" or
    "Qwen2-Coder").

    Examples:
        >>> _coined_tail(Mention(0, 10, "YOLOv5-GSS", "Model", "name-extends-known", name="YOLOv5-GSS"))
        True
        >>> _coined_tail(Mention(0, 21, "Llama-3.1-8B-Instruct", "Model", "name-extends-known",
        ...                      name="Llama-3.1-8B-Instruct"))
        False
        >>> _coined_tail(Mention(0, 11, "Qwen2-Coder", "Model", "name-extends-known", name="Qwen2-Coder"))
        False
    """
    tail = re.split(r"[\s\-_]", m.text)[-1]
    return (m.rule == "name-extends-known" and len(tail) >= 2 and tail.isalpha() and tail.isupper()
            and tail.casefold() in parse(m.name or m.text).variant and tail.casefold() not in VARIANT_WORDS)


def _prior_version(prior_words: re.Pattern[str], m: Mention, r: Relation) -> bool:
    """Whether the sentence of ``r`` (about ``m``) speaks of earlier work (``prior_words``) or cites it: "Our previous
    system ZorbBotV1 [12] used rules", "Prior work proposed BrioV1"."""
    return bool(prior_words.search(r.evidence)) or re.search(r"%s\s*\[\d" % re.escape(m.text), r.evidence) is not None


AFTER_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")  # a parenthesis that ends right before a name

def _first_version_of(name: NameParts, own: NameParts) -> bool:
    """Whether ``name`` is the first version of ``own``, a name with no version: "ZorbBotV1" of "ZorbBot".

    Examples:
        >>> bot = parse("ZorbBot")
        >>> _first_version_of(parse("ZorbBotV1"), bot), _first_version_of(parse("ZorbBotV2"), bot)
        (True, False)
    """
    return name.version == (1,) and not own.version and (name.family, name.variant) == (own.family, own.variant)


class RelationFinder:
    """The ``kg_relations_v1`` component: paper-to-entity relations, then the stated BUILDS_ON (``builds_on.py``)."""

    def __init__(self, patterns_dir: str | None = None) -> None:
        self.pat = load_patterns(patterns_dir)
        self.proposing = (self.pat.cues["introduce"], self.pat.cues["passive_proposed"])  # "we propose", "is proposed"

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        mentions: list[Mention] = doc._.kg_mentions or []
        sents: list[tuple[int, int]] = doc._.kg_sentences or []
        starts = [s for s, _ in sents]
        cues = self.pat.cues
        title_keys = {m.key for m in mentions if m.title_name}
        title = entity_key(text[:int(doc.user_data.get(TITLE_END, 0))])
        tend = int(doc.user_data.get(TITLE_END, 0))
        for m in mentions:  # "... Language Model pre-training (REALM)" under that title: the title spells the name
            if (m.label == MODEL and len(title) > 8 and text[m.start - 1:m.start] == "(" and m.start > tend
                    and entity_key(text[max(tend, m.start - tend - 12):m.start - 1]).endswith(title)):
                title_keys.add(m.key)
            elif (m.label == MODEL and m.start < tend and m.aliases and text[m.start - 1:m.start] == "("
                  and m.key not in self.pat.known):
                title_keys.add(m.key)  # "... Master-Slave Networks (MSNets) with ...": a name the title defines
        title_keys |= {m.key for m in mentions if m.label == MODEL and m.start >= tend and m.key not in self.pat.known
                       and any(title_leads_with(text, tend, a) or ((at := text.find(a, tend)) > tend
                                                                   and title_leads_with_words_before(text, tend, at, a))
                               for a in m.aliases)}  # "Embedding Recycling for
        # Language Models" over "through embedding recycling (ER)": the name whose long form the title opens with,
        # or with the words before it ("generalist world model pre-training (WPT)") (not a known model's:
        # "Contrastive Language-Image Pre-training for the Italian Language" over "CLIP (Contrastive Language-Image
        # Pre-training) is a very recent multi-modal model")
        title_keys -= {m.key for m in _first_in_abstract(mentions, tend) if _studied(cues, text, tend, m)}
        # "ConfliBERT: ..." over "This project focuses on the ConfliBERT LLM": the model the paper studies
        title_models = frozenset(m.key for m in mentions if m.label == MODEL and m.end <= tend)
        rels: list[Relation] = []
        sent_of: list[tuple[int, int]] = []
        said: dict[int, str] = {}
        chain = -1  # the first mention of the run of joined names the previous named mention belongs to
        described: dict[int, int] = {}  # a name in the appositive of an introduced one -> that one
        prev = -1  # the previous model or dataset mention
        fence = -1
        ours: set[tuple[str, str]] = set()  # (label, key) of the names introduced so far
        for i, m in enumerate(mentions):
            ss, se = sents[max(0, bisect.bisect_right(starts, m.start) - 1)] if sents else (0, len(text))
            sent_of.append((ss, se))
            evidence = said.get(ss) or said.setdefault(ss, " ".join(text[ss:se].split()))
            before = before_long_form(text[ss:m.start], m.aliases) if m.aliases else text[ss:m.start]
            spelled_at = ss + len(before)  # where the name starts, or its long form written before it
            before = first_item_lead(before) if ")" in before else before
            before = without_owner(before, mentions[i - 1].end - ss if i else 0)
            after = text[m.end:se]
            if before[-1:] in QUOTE_PAIRS and after[:1] == QUOTE_PAIRS[before[-1]]:
                before, after = before[:-1], after[1:]  # "The proposed \u2018Zorb\u2019 system": read as unquoted
            joined = prev >= 0 and mentions[prev].start >= ss and (bool(
                JOINER.fullmatch(text, mentions[prev].end, m.start)
                or JOINER.fullmatch(text, mentions[prev].end, spelled_at)  # "A and B Long Form (BLF)"
                or cues["novel_joined_gap"].fullmatch(text, mentions[prev].end, spelled_at)  # "two solutions, A
                # and the novel B Long Form (BLF)"
                or APPOSED_ITEM.fullmatch(text, mentions[prev].end, m.start)) or (
                # "A (GEA) and Rotary Skip Norm (RSN)": two names defined in parentheses, one list
                len(before) < m.start - ss and text.startswith(")", mentions[prev].end)
                and bool(JOINED_DEFINITION.fullmatch(text, mentions[prev].end + 1, ss + len(before)))))
            subject = joined and bool(cues["subject_verb_after"].match(after)) and not (  # "We present A and B is
                cues["plural_verb_after"].match(after) and text[mentions[prev].end:m.start].strip() == "and")
            joined = joined and not subject  # used as a baseline", "A, a detector; B serves as its teacher": B opens
            # a clause; "models A and B are released": A and B are the subject together
            same = prev >= 0 and mentions[prev].start >= ss
            if not same:
                fence = -1
            elif not joined and (cues["intro_fence"].search(text, mentions[prev].end, m.start) or (
                    rels[prev].type == INTRODUCES and rels[prev].source is None
                    and not cues["appositive_between"].match(text[mentions[prev].end:m.start]))):
                # names joined to the previous one share its fence; an introduce cue reaches one run of
                # names ("we call Tiny U-Net, which halves the memory of U-Net": not U-Net)
                fence = mentions[chain].start - ss
            rel, rule = self._paper_relation(m, before, after, title_keys, fence,
                                             defined=text[ss:m.start].rstrip().endswith("("), title=title,
                                             title_models=title_models)
            if rel != INTRODUCES and m.label in (MODEL, DATASET) and _presented(cues, text, mentions, ss, m):
                rel, rule = INTRODUCES, "introduce-cue"  # "ZorbLab proudly presents Quill": its maker's release
            if (joined and rels[prev].type == INTRODUCES and m.label == MODEL
                    and text[mentions[prev].end:m.start].strip() == ","
                    and cues["base_participle_after"].match(text[m.end:se])):
                rel, rule = USES, "builds-on-cue"  # "We present Ours, X adapted to ...": X is its base
            elif subject and rule == "introduce-cue" and rels[prev].type == INTRODUCES:
                rel, rule = self._other_relation(m, before, after)  # the cue's object ended at the previous name
            elif (same and rel != INTRODUCES and rels[prev].type == INTRODUCES and rels[prev].source is None
                  and mentions[prev].label == m.label and m.key not in self.pat.known and m.rule not in STRONG_RULES
                  and OPEN_PAREN.fullmatch(text, mentions[prev].end, m.start) and text[m.end:se].lstrip()[:1] == ")"):
                rel, rule = INTRODUCES, "coordination"  # "we propose a Directed Acyclic Graph Factorization Machine
                # (KD-DAGFM)": a name in parentheses right after the paper's own names it too
            elif (joined and rel != INTRODUCES and rels[prev].type == INTRODUCES and mentions[prev].label == m.label
                    and not (text[mentions[prev].end:m.start].strip() == "," and cues["model_heads"].match(after))
                    # not "(2) Ours, Llama-2 models tuned on ...": a known kind in apposition describes ours
                    and (rels[prev].rule in ("called-cue", "introduce-cue", "coordination", "train-cue")
                         or (rels[prev].rule == "own-part" and m.key not in self.pat.known
                             and (m.rule not in STRONG_RULES or _spelled_new(m, self.pat.known))))):
                rel, rule = INTRODUCES, "coordination"  # "our models, Wren-S and Wren-L,"; "two parts: A (AA)
                # and B (BB)"
            elif m.label in (MODEL, DATASET) and ((rule == "introduce-cue" or (  # "We present Ours, a Galician BERT
                    # model": a known model's kind (a topic describes no model: "Ours, a TTS model")
                    (m.key in self.pat.known or m.rule in STRONG_RULES) and m.text != m.text.lower()
                    and (cues["model_heads"].match(after) or cues["appositive_kind_after"].match(after))  # "Ours, a
                    # 65B parameter LLaMa language model fine-tuned ...": a kind with its domain word
                    and cues["appositive_modifier_between"].match(text[mentions[prev].end:m.start])))
                  and same and not joined and (rels[chain].type == INTRODUCES or (  # "Llama Guard, a Llama2-7b model
                      mentions[chain].start == ss and (mentions[chain].label, mentions[chain].key) in ours))  # that
                  # is instruction-tuned": the paper's own name, introduced before, opens the sentence
                  and not m.key.startswith(mentions[chain].key)
                  and cues["appositive_between"].match(text[mentions[prev].end:m.start])):
                rel, rule = (USES, "appositive") if m.label == MODEL else (EVALUATED_ON, "dataset-mention")
                described[i] = chain  # "We introduce Codex, a GPT language model": GPT describes Codex
            rels.append(Relation(rel, i, rule, evidence))
            if rel == INTRODUCES:
                ours.add((m.label, m.key))
            if m.label in (MODEL, DATASET):
                chain = chain if joined else i
                prev = i
        rels = self._derived_subjects(text, mentions, rels, sent_of)
        rels = self._own_subjects(text, int(doc.user_data.get(TITLE_END, 0)), mentions, rels, sent_of)
        rels = self._own_components(text, mentions, rels, sent_of)
        rels = self._title_subjects(text, int(doc.user_data.get(TITLE_END, 0)), mentions, rels)
        rels = self._own_variants(mentions, rels)
        rels = self._own_listed(text, mentions, rels, sent_of)
        rels = self._joined_parts(text, mentions, rels, sent_of)
        rels = self._plus_composites(mentions, rels)
        rels = self._modified_earlier(text, int(doc.user_data.get(TITLE_END, 0)), mentions, rels, sent_of)
        rels = self._family_titles(mentions, rels)
        rels = self._code_named(text, mentions, rels)
        found = len(mentions)
        stated = stated_builds_on(self.pat, text, mentions, rels, sent_of, described)
        named = {r.target for r in rels if r.source is None}
        for i in sorted({k for r in stated for k in (r.source, r.target) if k is not None and k >= found} - named):
            # a phrase a lineage cue names ("an extension of Conformalized Quantile Regression (CQR)") is named
            # by the paper too, as the models the finder took are (a kind, "Transformer-based", is no name)
            if is_generic(mentions[i].name or mentions[i].text):
                continue
            rels.append(Relation(USES, i, "stated-phrase", " ".join(text[slice(*sent_of[i])].split())))
        rels.extend(stated)
        ours = {r.target for r in rels if r.source is None and r.type == INTRODUCES}
        bases = {r.target for r in stated if r.type == BUILDS_ON and r.source in ours and r.rule == "text-cue"
                 and mentions[r.source].text not in r.evidence}  # a sentence of the base alone (not "our BERT based
        # models, ZBERT and QBERT": the child's name holds the base it mentions)
        rels = [Relation(USES, r.target, "builds-on-cue", r.evidence)
                if r.source is None and r.type == MENTIONS and r.target in bases else r for r in rels]
        # "ZorbBot ... The Llama-2-7B model was selected as the base architecture": the paper uses what its model
        # builds on, whichever reading found the base
        doc._.kg_relations = rels
        return doc

    def _paper_relation(self, m: Mention, before: str, after: str, title_keys: set[str],
                        fence: int = -1, defined: bool = False, title: str = "",
                        title_models: frozenset[str] = frozenset()) -> tuple[str, str]:
        """The paper's relation to ``m`` and its rule, from the sentence text ``before`` and ``after`` it.

        An introduce cue reaches ``m`` only past ``fence``, the position in ``before`` of a name a clause
        boundary separates from ``m`` ("We present a framework named Hydrax that fine-tunes T5": Hydrax is
        introduced, T5 is not). ``defined``: the text defines ``m`` in parentheses right after its long form.
        ``title``: the paper's title, ``entity_key`` folded; ``title_models``: the keys of the models it names.
        """
        cues = self.pat.cues
        if m.label == TOPIC:
            return HAS_TOPIC, m.rule
        if m.label not in (MODEL, DATASET):
            return MENTIONS, m.rule
        if m.label == MODEL and is_generic(m.name):  # a kind of network is referred to, never introduced
            return self._other_relation(m, before, after)
        if m.rule in ("style-modifier", "called-alias"):  # "we construct ReAct-style trajectories": the design
            return self._other_relation(m, before, after)  # followed, not new; "SpectralNet (Shaham et al.), which
            # we call SpecNet1": a short name for a model named before it (``_fold_called_aliases``)
        if m.key in title_keys:
            return INTRODUCES, "title-name"
        if (own_combination(cues, before, after) or (
                cues["combined_tail_after"].match(after) and cues["combined_own_pair_before"].search(before[-60:])
                and not cues["prior_combination_after"].search(after))) and not cues["new_parts_after"].search(after):
            return USES, "use-cue"  # "the proposed DDPM and WGAN combined architecture": the parts the paper's
            # design combines, not new (unless the sentence says they are: "..., both introduced in this paper"; not
            # others' combination: "Previous BERT and GPT-2 combined architectures", "... architecture of Wang et al.")
        if cues["negated_paren_before"].search(before[-80:]):
            return self._other_relation(m, before, after)  # "we introduce a pure transformer (without MobileNet
            # blocks)": what the paper's design leaves out is not new
        if (after.startswith("/") or before.endswith("/")) and cues["hybrid_lead_before"].search(before[-60:]):
            return self._other_relation(m, before, after)  # "we introduced a hybrid CTC/RNNT architecture": the
            # models a hybrid joins are not new
        if m.label == MODEL and m.name in self.pat.libraries:
            return self._other_relation(m, before, after)  # "we release a JAX implementation": a library the
            # gazetteer knows is introduced only by its own paper (the title's name)
        if m.label == MODEL and m.sizes and m.key in self.pat.known and m.key not in title and not (
                not title and after.startswith(",") and (verb := own_verb(self.pat, before)) is not None
                and not before[verb:].strip()):
            return self._other_relation(m, before, after)  # "we introduce a ViT-L trained with ...": a size of a
            # known model the title does not name is one the paper uses ("Searching for X": "we release X-Large");
            # with no title to say (an arXiv listing), "We introduce Vicuna-13B, ..." names the paper's own
        if (m.key in self.pat.known and cues["invoked_before"].search(before[-30:])
                and not cues["naming"].search(before[-40:])):
            return self._other_relation(m, before, after)  # "we call GPT-4 through its API": a known model invoked
            # (not "a model we call GPT-4-Lite", which names one)
        if m.key in self.pat.known and cues["known_means_before"].search(before[-60:]):
            return USES, "builds-on-cue"  # "Zorb, which ... by introducing a shifted-window (Swin) transformer": a
            # known model is the means, not new
        if (m.key in self.pat.known or m.rule in ("gazetteer", "gazetteer-variant", "family-root")) and cues[
                "builds_on_after"].match(after):
            return self._other_relation(m, before, after)  # "we introduce three enhancements: (1) ResNet18 as the
            # backbone network": a known model the paper's design rests on, not new
        if (m.key in self.pat.known and title_keys and cues["own_instance_before"].search(before[-40:])
                and cues["instance_head_after"].match(after)):
            return self._other_relation(m, before, after)  # "ZorbViT: ..." over "this study introduces a Vision
            # Transformer (ViT) model", "the proposed ViT model": the title names the paper's model, one of the kind
        if cues["improved_modifier_before"].search(before[-40:]):
            return self._other_relation(m, before, after)  # "combines this improved LoRA with X": a variant of
            # the name, which is not the paper's own
        if m.key in self.pat.known and cues["known_results_after"].match(after):
            return self._other_relation(m, before, after)  # "We report our MMLU results": a known benchmark scored
        if cues["entry_after"].match(after):
            return self._other_relation(m, before, after)  # "our OGB-LSC entry": the challenge entered, not ours
        if cues["earlier_own_before"].search(before[-90:]):
            return self._other_relation(m, before, after)  # "Our earlier detector, Zorb, ...": not new here
        if (m.rule not in STRONG_RULES and m.key not in self.pat.known and cues["we_subject"].search(before)
                and cues["extended_into_named_before"].search(before[-160:])):
            return INTRODUCES, "called-cue"  # "We extend X into a multi-scale variant, Ours": the variant the
            # paper's step turns X into is the paper's
        if cues["others_named_before"].search(before[-120:]):
            return self._other_relation(m, before, after)  # "we build upon a recently introduced method called
            # Zorb": the name of the work the paper extends
        if cues["based_after"].match(after.removeprefix(")") if defined else after):
            return self._other_relation(m, before, after)  # "Our Zorb-based agent": Zorb is what ours builds on (so
            # "our latent zorb model (LZM)-based approach": the model spelled out)
        if cues["made_by_after"].match(after):
            return self._other_relation(m, before, after)  # "We propose Zorb-generated instructions": data Zorb
            # made, not Zorb
        if ((m.key in self.pat.known or m.rule in STRONG_RULES or any(entity_key(a) in self.pat.known for a in m.aliases))
                and cues["known_modifier_after"].match(after)) or cues["variant_named_after"].match(after):
            return self._other_relation(m, before, after)  # "a novel BERT variant called Bertlet", "a Transformer-XL
            # (TXL) style memory": a known model qualifies what the paper introduces; any name does before a
            # variant the paper names ("a simple FedQuill variant termed FedZorb")
        paren = PAREN_NAME.match(after)
        if m.key in self.pat.known and (cues["model_for_paren_after"].match(after) or (paren and parts_relation(
                parse(paren.group(1)), parse(m.name or m.text)) in (VARIES, EXTENDS, VERSIONS))):
            return self._other_relation(m, before, after)  # 'introduces the Swedish BERT ("KB-BERT")', "we present
            # the first CLIP model for the Welsh language (CLIP-Welsh)": the name in parentheses is the paper's, a
            # variant of the known one before it or its model for a language (not "We introduce ZorbLM (ZorbLM-Chat)")
        head = cues["model_heads"].match(after)
        named = APPOSED_NAME.match(after, head.end()) if head else None
        if named and parts_relation(parse(named.group(1)), parse(m.name or m.text)) in (VARIES, EXTENDS, VERSIONS):
            return self._other_relation(m, before, after)  # "an enhanced N-BEATS model, N-BEATS*, ...": the name
            # after the head is the paper's, a variant of the one before it
        if (cues["others_passive_after"].match(after) and not cues["we_subject"].search(before)) or cues[
                "made_by_named_after"].match(after):
            return self._other_relation(m, before, after)  # "Recently, an approach, named Zorb, has been proposed
            # for ...": named by others, earlier; "an algorithm called word2vec, which was developed by T. Mikolov"
        subject = cues["known_subject_lead"].match(before)
        if (subject and entity_key(subject.group(1)) in self.pat.known and entity_key(subject.group(1)) != m.key
                and not cues["we_subject"].search(before)):
            return self._other_relation(m, before, after)  # "ELECTRA is a model by Google using a new method called
            # RTD": a known model's sentence names what its makers made
        if cues["used_named_before"].search(before[-120:]) and (
                m.key in self.pat.known or m.rule in STRONG_RULES or not cues["own_voice"].search(before + after)):
            return USES, "use-cue"  # "to use a parameter efficient fine-tuning method named Low Rank Adaptation (LoRA)"
            # (not "We use a technique called Zorb, which we introduce": a new name in the paper's own voice)
        if (cues["explained_named_before"].search(before[-120:])
                or cues["popular_named_before"].search(before[-120:])) and not cues["own_made_after"].match(after):
            return self._other_relation(m, before, after)  # "followed by an introduction to the UDA method called
            # Adversarial Discriminative Domain Adaptation (ADDA)": a method the paper explains, named by others (not
            # "an overview of a tool called Zorb, which we developed"), or one "of the most used algorithms called Zorb"
        if (cues["naming"].search(before[-40:]) or owned_object(self.pat, before) is not None
                or cues["called_long_before"].search(before[-80:])):
            return INTRODUCES, "called-cue"  # "the resulting model Zorb", "Our learned features, namely Zorb"
        if (m.label == MODEL and m.rule not in STRONG_RULES and m.key not in self.pat.known
                and cues["our_based_paren_before"].search(before[-120:])):
            return INTRODUCES, "our-name"  # "our latent diffusion model (LDM)-based approach (TANGO)": the name our
            # approach is given in parentheses, past the spelled-out base
        our = cues["our_before"].search(AFTER_ASIDE.sub(" ", before[-160:])[-40:]) if m.label == MODEL else None
        # "our implemented, open-source (https://...) eALS": an aside before the name is no word of the phrase
        if our and defined and m.key in self.pat.known and cues["our_apposed_before"].search(before[-40:]):
            return INTRODUCES, "our-name"  # "Our model, the Vector Quantised-Variational AutoEncoder (VQ-VAE),":
            # the paper spells out a known name as its own model's, before others knew it
        if (our and m.rule not in STRONG_RULES and m.key not in self.pat.known and not cues["role_after"].match(after)
                and not any(shape(w, self.pat) in (STRONG, WEAK) for w in our.group().split()[1:])):
            return INTRODUCES, "our-name"  # "our task-MoE with 32 experts", "our 128-expert task-MoE"; not "Our
            # SPLATE ColBERTv2 pipeline", where a name before it says what of ours uses it
        new_name = m.rule not in STRONG_RULES and m.key not in self.pat.known
        if new_name and m.label == MODEL and cues["custom_before"].search(before[-30:]) and (
                cues["model_heads"].match(after) or cues["custom_built_after"].match(after)):
            return INTRODUCES, "our-name"  # "integrates a custom MobileNetV2L2 architecture", "The Proposed Model 2,
            # custom CNN2 built on CNN": a model made for the paper
        if new_name and cues["first_ever_before"].search(before[-100:]) and cues["we_subject"].search(before):
            return INTRODUCES, "introduce-cue"  # "We bring the four tasks under the first-ever Zorb Evaluation (ZE)
            # benchmark": what no one made before is the paper's
        if new_name and after.lstrip().startswith(",") and cues["own_enumeration_before"].search(before):
            return INTRODUCES, "introduce-cue"  # "we release: (1) X, a data mixture; (2) Y, models tuned on it"
        if new_name and cues["own_enumeration_head_before"].search(before):
            return INTRODUCES, "introduce-cue"  # "Our contributions include: (1) a new method ..., (2) a large
            # dataset X at the subclass level"
        if new_name and cues["implemented_as_before"].search(before[-160:]):
            return INTRODUCES, "introduce-cue"  # "We implement this framework as a Python package (OptiCL)"
        if new_name and cues["leads_to_before"].search(before[-140:]) and cues["leads_to_after"].match(after):
            return INTRODUCES, "introduce-cue"  # "We investigate ... This leads to the Zorb (...) algorithm", "which
            # leads to a new exploration method Zorb": what the paper's findings give
        if new_name and (cues["own_named_before"].match(before) or cues["proposed_head_before"].search(before[-80:])
                         or cues["improved_own_paren_before"].search(before[-80:])):
            return INTRODUCES, "called-cue"  # "This model, known as the Zorb Transformer (ZT), ...", "the proposed
            # student model Zorb can", "the improved parsing approach (MP+) surpasses previous approaches"
        if new_name and cues["made_into_before"].search(before[-160:]):
            return INTRODUCES, "introduce-cue"  # "we curate the evaluation data into Zorb-Bench, a benchmark"
        if new_name and m.label == MODEL and cues["result_named_before"].search(before[-160:]) and (
                cues["cued_name_end_after"].match(after) or cues["result_head_after"].match(after)):
            return INTRODUCES, "introduce-cue"  # "we scale X to 30B parameters, yielding Zorb": what our steps give;
            # "... in X, resulting in the Zorb algorithm"
        if new_name and cues["own_core_before"].search(before[-80:]):
            return INTRODUCES, "own-core"  # "At the heart of our approach is Echo Pooling", "Our key contribution is X"
        if new_name and m.label == MODEL and (
                parts_reach(self.pat, before) is not None  # "has two parts, i.e., EchoMix and GateNorm",
                # "Kestrel adopts new components including X"
                or (defined and cues["parts_lead"].search(before[-80:]))  # "is composed of several Zorb blocks (ZB)"
                or (cues["own_part_item_before"].search(before[-40:]) and cues["part_head_after"].match(after)
                    and last_match(cues["introduce"], before) is not None)):  # "We design Tarsier with two
            return INTRODUCES, "own-part"  # features: (i) a Lane-Sparse attention mechanism"
        if (new_name and defined and m.label == MODEL and (part := cues["own_subject_part_lead"].match(before))
                and entity_key(part.group(1)) in title_keys):
            return INTRODUCES, "own-part"  # "H-DenseFormer integrates a Transformer-based Multi-path Parallel
            # Embedding (MPE) module": a part the title's model is made with, spelled out here
        if new_name and m.rule == "defined-name" and own_verb(self.pat, before) is not None and (
                cues["own_structure_where"].search(before[-200:])
                or not (cues["use"].search(before[-80:]) or cues["compare"].search(before[-80:]))):
            return INTRODUCES, "own-part"  # "we develop a pipeline where PS-SFT (Perception-Structured Supervised
            # Fine-Tuning) initializes ...": a name the paper's own sentence spells out
        if new_name and cues["passive_intro_after"].match(after) and cues["passive_intro_lead"].match(before):
            if (title_models - {m.key} and cues["passive_incorporated_lead"].search(before[-40:])
                    and cues["passive_incorporated_after"].match(after)):
                return self._other_relation(m, before, after)  # "Improved Detector Zorb-v5" and "Then, the
                # Receptive Field Block (RFB) module is introduced to ...": a named part brought into the title's model
            return INTRODUCES, "is-ours"  # "Then, an efficient Echo Fusion (EF) module is proposed to ..."
        if (new_name and defined and m.label == MODEL and cues["component_step_lead"].match(before)
                and cues["component_step_after"].match(after)):
            return INTRODUCES, "own-part"  # "We propose Zorb. First, adaptive anchor assignment (ASA) substitutes"
        if new_name and defined and (cues["yield_named_before"].search(before[-100:])
                                     or cues["relies_named_before"].search(before[-160:])):
            return INTRODUCES, "introduce-cue"  # "... to yield a video architecture (VNet)", "We give a
            # simple method that relies on Gradient Echo Pruning (GEP)"
        if new_name and m.label == MODEL and cues["final_named_before"].search(before[-40:]):
            return INTRODUCES, "called-cue"  # "By adding both, the final tracker Foo++ ranks first"
        if new_name and after.lstrip().startswith(")") and cues["first_model_paren_before"].search(before[-160:]):
            return INTRODUCES, "introduce-cue"  # "We pretrain the first BERT model for Zorbic (ZorBERT)": the first of
            # its kind is the paper's
        if new_name and after.lstrip().startswith(")") and cues["propose_to_defined_before"].search(before[-300:]):
            return INTRODUCES, "introduce-cue"  # "This work proposes to use code to unify actions in one space (Zorb)"
        if (new_name and m.label == MODEL and cues["propose_by_named_before"].search(before[-300:])
                and not cues["others_made_after"].match(after)):
            return INTRODUCES, "introduce-cue"  # "we propose a novel method to explore ... for intimacy prediction by
            # Attention-enhanced Cascade Convolutional Recurrent Neural Network (ACCRNN)": the means is the method
            # (not one "proposed by Zhao et al.", "of Li and Wang")
        if (new_name and cues["intro_with_before"].search(before[-120:])
                and cues["indefinite_apposition_after"].match(after)):
            return INTRODUCES, "introduce-cue"  # "we introduce HeteroPP with HeteroAuto, an adaptive strategy that"
        if (new_name and after.startswith(",") and self.pat.lexicon.apposition.match(after)
                and cues["intro_second_apposed"].search(before[-300:])):
            return INTRODUCES, "introduce-cue"  # "we present Zorb, a model for X, together with Quib, a dataset"
        if new_name and after.startswith(",") and cues["intro_listed_appositive"].search(before[-400:]):
            return INTRODUCES, "introduce-cue"  # "Two techniques are proposed: ..., and a pre-training method, X,"
        if (new_name and cues["simple_method_after"].match(after) and not cues["use"].search(before[-40:])
                and not cues["compare"].search(before[-80:]) and not cues["builds_on_before"].search(before[-60:])):
            return INTRODUCES, "own-apposition"  # "Our analysis motivates X, a simple but effective method"
        if (m.label == MODEL and m.key not in self.pat.known and cues["our_models_appositive"].search(before[-80:])
                and self.pat.lexicon.apposition.match(after) is None):
            return INTRODUCES, "is-ours"  # "Our BERT and RoBERTa based models, Zorb-BERT and Zorb-RoBERTa, outperform"
        if m.label == DATASET and m.key not in self.pat.known and after.startswith(",") and (
                cues["our_data_appositive"].search(before[-80:]) or (cues["data_appositive_before"].search(
                    before[-80:]) and cues["released_appositive_after"].match(after))):
            return INTRODUCES, "is-ours"  # "Our new corruption suite, KITTI-Fog, ...", "the archive, x-2k, is released"
        if m.label == DATASET and m.key not in self.pat.known and cues["we_release_after"].match(after):
            return INTRODUCES, "is-ours"  # "trained on AgriQA-210K, a collection of 210,000 question-answer pairs ...
            # that we release with the model"
        if (m.label == DATASET and m.key not in self.pat.known and cues["new_data_apposed_before"].search(before[-80:])
                and cues["apposition_close_after"].match(after)):
            return INTRODUCES, "is-ours"  # "and a new public dataset---DeepStress---to validate the findings"
        if m.label == DATASET and m.key not in self.pat.known and cues["own_data_head_after"].match(after):
            return INTRODUCES, "is-ours"  # "the harder Zorb-Hard collection that we assemble from ..."
        if m.label == DATASET and m.key not in self.pat.known and cues["our_named_data"].search(before[-60:]) and (
                cues["named_data_head_after"].match(after)):
            return INTRODUCES, "our-name"  # "on our long instruction-following Quillpaca dataset"
        if ((new_name or (m.rule == "name-extends-known" and m.key not in self.pat.known)) and after.startswith(",")
                and cues["own_appositive_before"].match(before)):
            return INTRODUCES, "is-ours"  # "The new model, GEN-2, is ...", "The algorithm, EntailBeam, needs ...",
            # "The best-performing model, Whisper-small-am, ..." (a known model's tuned variant, named)
        if new_name and defined and after.lstrip().startswith("),") and cues["own_appositive_before"].match(before):
            return INTRODUCES, "is-ours"  # "The second algorithm, Zorb Thompson Sampling (ZTS), is ...": ``before``
            # stops at the long form (``before_long_form``)
        if new_name and after.startswith(",") and cues["annotate_before"].search(before[-40:]):
            return INTRODUCES, "introduce-cue"  # "We annotate FrostLine, 9,000 radar tiles with ...": new data
        if new_name and cues["ours_new_apposition_after"].match(after):
            return INTRODUCES, "is-ours"  # "We evaluate Tarn, our new speech encoder, on ..."
        if (new_name and m.label == MODEL and (variant := cues["own_variant_before"].search(before[-80:]))
                and OWN_WORD.match(variant.group())):
            return INTRODUCES, "own-variant"  # "PPNP, and its fast approximation, APPNP": the paper's variant
        if (new_name and m.label == MODEL and cues["final_own_before"].search(before[-30:])
                and cues["model_heads"].match(after) and cues["we_subject"].search(before)):
            return INTRODUCES, "called-cue"  # "We open-source ... the data, evaluation, and final M2M-100 model":
            # what the paper's steps end in
        if new_name and m.label == DATASET and cues["own_data_apposition_after"].match(after):
            return INTRODUCES, "is-ours"  # "trained on Quill, a dataset of forum posts from ... that we have
            # curated": the relative clause far after the head says whose the data is
        if (new_name and m.label == DATASET and cues["collected_paren_after"].match(after)
                and cues["we_subject"].search(before)):
            return INTRODUCES, "is-ours"  # "we release models trained from a clean dataset (Zorb4B) collected
            # from public sources": data named for the paper's own collection
        if (new_name and m.label == MODEL and before.find("and ", len(before) - 80) >= 0
                and cues["train_coordinated"].search(before[-80:]) and cues["we_subject"].search(before)):
            return INTRODUCES, "train-cue"  # "We collect a corpus and pretrain Helix on it"
        if (new_name and cues["own_after"].match(after) and not cues["compare"].search(before[-80:])
                and not cues["builds_on_before"].search(before[-60:])):
            return INTRODUCES, "own-apposition"  # "Gated Echo Attention (GEA), a new attention mechanism"
        if (new_name and m.label == MODEL and cues["distill_into_before"].search(before[-80:])
                and cues["student_apposed_after"].match(after)):
            return INTRODUCES, "distill-cue"  # "We distill X into Minnow, a small reader": the student is new,
            # which "we distill X into Y and Z for phones" does not say (Y and Z may be others' models)
        if new_name and m.label == MODEL and cues["train_a_before"].search(before[-60:]) and cues[
                "model_heads"].match(after):
            return INTRODUCES, "train-cue"  # "we train a Zorblax model that ..."
        if new_name and cues["release_before"].search(before[-60:]) and cues["available_after"].search(after):
            return INTRODUCES, "release-cue"  # "We make the library Zorblax available as open source"
        if new_name and cues["own_work_of_before"].search(before[-120:]) and cues["we_subject"].search(before):
            return INTRODUCES, "introduce-cue"  # "This paper presents the design and implementation of Zorbix"
        if cues["newly_introduced"].search(before[-40:]):
            return INTRODUCES, "introduce-cue"  # "through the newly introduced voxel encoding (VE) layer"
        if (new_name and m.label == MODEL and cues["novel_named_before"].search(before[-30:])
                and cues["model_heads"].match(after) and cues["we_subject"].search(before)
                and own_verb(self.pat, before) is not None and not cues["novel_others_after"].match(after)
                and not cues["novel_used_before"].search(before[-60:])):
            return INTRODUCES, "introduce-cue"  # "this research will propose a solution that includes a novel X
            # model": a new model in the paper's own voice
        if new_name and cues["new_headed_lead"].match(before) and cues["headed_proposed_after"].match(after):
            return INTRODUCES, "is-ours"  # "Besides, a new LayerToken learning rate schedule is proposed"
        if cues["own_lead"].match(before) and (cues["is_ours_after"].match(
                after[1:] if defined and not CLASS_ACRONYM.fullmatch(m.text) else after)  # "Zorb Object
                # Manipulation (ZOM) is a new method"; not "... Predictors (ZPs) are a new class", a kind described
                                               or (new_name and (cues["ours_apposition_after"].match(after)
                                                                 or cues["released_after"].match(after)))):
            return INTRODUCES, "is-ours"  # "Granite is a language model that we pretrain"
        lead = after[:1] if after[:1] != " " else after[1:2]
        if ((lead == "," and cues["appositive_model_after"].match(after)
             and cues["train_verb_before"].search(before[-40:]))
                or (lead in (",", "(", ")")
                    and cues["trained_model_before"].search(before[-100:])
                    and cues["we_subject"].search(before))):
            return INTRODUCES, "train-cue"  # "we train Zeta, a language model", "training a new model, Zeta,"
        if ((cues["builds_on_before"].search(before[-60:]) or cues["inserted_object"].search(before[-150:])
             or (cues["we_improve_lead"].match(before) and cues["improved_object_before"].search(before[-80:])))
                and not cues["review_before"].search(before)):
            if improved_by_margin(cues, before, after):
                return COMPARES_WITH, "compare-cue"  # "Ours improves upon X by 5 points": results compared
            return USES, "builds-on-cue"
        closed = after.lstrip()[1:] if defined and after.lstrip().startswith(")") else after  # "a Generative
        if (m.key in self.pat.known and cues["model_heads"].match(closed)  # Pre-trained Transformer (GPT) model"
                and cues["indefinite_modifier_before"].search(before[-80:])):
            return self._other_relation(m, before, after)  # "we present a feature-enhanced ViT backbone named X": a
            # new backbone of a known kind, not the known model
        intro = own_verb(self.pat, before)
        if intro is not None and (cues["intro_participle"].search(before[:intro])
                                  or cues["others_introducing"].search(before[:intro])):
            intro = None  # "recently introduced CLIP models", "Prior detectors gain by introducing X": others'
        if intro is not None and cues["purpose_object_before"].search(before[-50:]):
            intro = None  # "we propose a method for solving the twin bounded support vector machine (TBSVM)": the
            # method is the paper's, the machine it solves is not
        reach = object_reach(self.pat, before[intro:], defined and after.lstrip().startswith(")") and (
            bool(m.aliases) or not cues["definite_paren_before"].search(before[-60:]))) if intro is not None else None
        # "(XLMs)": parentheses holding the name alone define it, unless they name a model the text writes as
        # one known ("for the adaptation of the 3D foundation model (MedSAM-2)")
        copy = cues["intro_artifact_of"].search(before[-60:]) if intro is not None and intro > fence else None
        if copy is not None and new_name and not copy["derived"]:
            return INTRODUCES, "introduce-cue"  # "we release checkpoints of Koala", a new name; not "we release
            # quantized checkpoints of X", "the weights of Llama 3"
        if reach is not None and cues["genre_subject"].search(before[:intro]) and not (
                new_name and (self.pat.lexicon.apposition.match(after) or cues["model_heads"].match(after))
                and not cues["others_apposition_after"].match(after)):
            reach = None  # "This chapter presents BERT and GPT-2", "This tutorial presents LoRA, QLoRA and DoRA": a
            # thesis, chapter or tutorial presents models as its subject matter; it makes only a new name it describes
            # ("This chapter presents ZorbNet, a detector for ..."; not "QuillMT, an existing translation system")
        if (reach is not None and (intro > fence or reach.link == "named") and len(before) - intro <= 160
                and copy is None and not (m.label == DATASET and cues["data_aim_before"].search(before[-20:]))
                # "We propose a new method and test it on the Kestrel Bird Sound (KBS) dataset": data worked on
                and (new_name or not (KIND_OF_KNOWN_AFTER.match(after)
                                      and OUR_BEFORE.search(before)))):  # a name after a link
            # passes the fence: "we propose a test-time tuning (TTX) paradigm ..., namely Zorb"; not "We release our
            # GPT-2 models trained from scratch": models of a known kind, trained here (but "we release Flan-T5
            # checkpoints": the gazetteer's name of the paper's model)
            return INTRODUCES, "introduce-cue"
        return self._other_relation(m, before, after)

    def _other_relation(self, m: Mention, before: str, after: str) -> tuple[str, str]:
        """The paper's relation to a name it does not introduce: evaluated on, compared with, used or mentioned."""
        cues = self.pat.cues
        if cues["review_before"].search(before):
            return MENTIONS, "review-cue"  # "We review GShard, Switch Transformer and GLaM": a survey's names
        if m.label == DATASET:
            if cues["train_data_before"].search(before[-160:]):
                return USES, "train-data"  # "trained on tokens drawn from RedPajama": data, not a test
            return EVALUATED_ON, "dataset-mention"
        if cues["contrast_lead"].match(before) and not cues["list_item_after"].match(after) and not (
                after.lstrip().startswith(",") and cues["example_list_lead"].search(before)):
            return MENTIONS, "contrast-subject"  # "Unlike earlier retrievers, FooRet indexes ...": see _own
            # (not an item of the fronted list: "Compared with A, B and C, Ours ...", "Compared with solvers such as
            # A, B, Ours can ...")
        if cues["workload_after"].match(after) and not cues["compare"].search(before[max(before.rfind(","), 0):]):
            return USES, "workload"  # "it scales GPT-3 training to 2,048 GPUs": the model is the workload
        window = before[-80:]
        clause = last_match(cues["clause_break"], window)  # ", and reduces the memory of X": a new clause
        if (cues["compare"].search(window, clause or 0) or cues["compare_after"].match(after)
                or cues["compare_with_before"].search(window)  # "1.4x that of X"
                or (cues["compare_subject_before"].search(window) and cues["compare_object_after"].match(after))
                # "We compare X and Y against Z": the names before the object are compared too
                or ((compared := cues["compare_object_before"].search(window, clause or 0)) is not None
                    and m.name not in compared.group(1))  # "compare Ours with X and Y" (not "compare
                # Sparse Whisper with Whisper": the base of the name compared, used)
                or (cues["result_clause_before"].search(window) and cues["result_clause_after"].match(after))):
            return COMPARES_WITH, "compare-cue"
        if cues["evaluated_models_before"].search(before):
            return COMPARES_WITH, "evaluated-cue"  # "We evaluate X, Y and Z ...": results set side by side
        if cues["use"].search(before[-40:]) or cues["used_after"].match(after) or (
                cues["role_use_before"].search(before[-160:]) and cues["role_use_after"].match(after)):
            return USES, "use-cue"  # "we use A as the retriever and B as the re-ranker": B is used too
        return MENTIONS, "mention"

    def _own_subjects(self, text: str, tend: int, mentions: list[Mention], rels: list[Relation],
                      sent_of: list[tuple[int, int]]) -> list[Relation]:
        """A new name (not in the gazetteer) that is the subject of the paper's result sentences is its own.

        "FooRet achieves ... . FooRet also ...": a name opening two sentences whose verb states a result
        (one, when the paper introduces nothing else), or the subject after "Unlike earlier retrievers,". Not the
        abstract's opening sentence when a later one presents the paper's own work: it states what came before
        ("SinGAN shows impressive capability ... we propose a new training strategy")."""
        cues = self.pat.cues
        intro = {mentions[r.target].key for r in rels if r.type == INTRODUCES}
        known = self.pat.known
        if not any(m.label == MODEL and m.key not in intro and m.key not in known for m in mentions):
            return rels
        counts: dict[str, int] = {}
        contrast: set[str] = set()
        first: dict[str, Relation] = {}  # each name's relation where the text first writes it
        compared: dict[str, int] = {}  # each name's first comparison in the abstract: where its sentence ends
        first_told = _abstract_firsts(mentions, rels, tend)
        for r in rels:
            if r.source is None:
                first.setdefault(mentions[r.target].key, r)
                if r.type == COMPARES_WITH and mentions[r.target].start >= tend:
                    compared.setdefault(mentions[r.target].key, sent_of[r.target][1])
        for r in rels:
            m = mentions[r.target]
            if r.source is not None or m.label != MODEL or m.key in intro or m.key in known:
                continue
            earlier = first_told.get(m.key, first[m.key])  # the abstract's first, past a title naming a tool
            if mentions[earlier.target].start >= tend and sent_of[earlier.target] != sent_of[r.target] and (
                    earlier.type == COMPARES_WITH or mentions[earlier.target].rule in ("list-member", "coordination")):
                continue  # "we compare ... (BERT, BioBERT, PubMedBERT). ... PubMedBERT achieves the best",
                # "existing models such as Zorbnet and Quix ... Quix achieves": one of others' models, listed before
            told = first_told[m.key].target if m.key in first_told else r.target
            told_at = sent_of[told][0]
            if cues["studied_before"].search(text, told_at, mentions[told].start):
                continue  # "We investigate the effectiveness of Low-Rank Adaptation (LoRA) ... LoRA reduces memory":
                # the name the paper studies, not its own
            if (told_at < sent_of[r.target][0] and not cues["lead_in"].match(text[told_at:mentions[told].start])
                    and not cues["we_subject"].search(text, tend, mentions[told].start)):
                continue  # "speech separation, where the ... network (TasNet) has led to improvements. ... we show
                # that TasNet improves ...": a name the background inside a sentence tells of is the one studied
            if compared.get(m.key, len(text)) <= sent_of[r.target][0]:
                continue  # "... claiming to outperform Zorboost ... Our study shows that Zorboost outperforms these
                # models": a name an earlier sentence compares with is the rival the study weighs, not the paper's own
            if m.rule in STRONG_RULES and r.rule != "contrast-subject" and not _coined_tail(m):
                continue  # a variant of a known family opening a result ("Llama-3.1-8B-Instruct outperforms"; not
                # "the YOLOv5-GSS algorithm outperforms", a tail the family does not release)
            ss, se = sent_of[r.target]
            if r.rule == "contrast-subject":
                contrast.add(m.key)
            elif (not (not WORD.search(text, tend, ss) and cues["introduce"].search(text, se))
                  and cues["result_lead_in"].match(text[ss:m.start])  # "lead_in" widened: "the", "Experiments on
                  # 45-view tilt series show that"; for a new name only (not _derived_subjects' known ones)
                  and (cues["result_after"].match(text[m.end:se]) or (
                      self.pat.lexicon.is_a.match(text[m.end:se]) and m.rule not in STRONG_RULES
                      and not OTHERS.search(text, m.end, se)))
                  and not cues["builds_on_subject"].match(text[m.end:se])
                  and not cues["existing_is_after"].match(text[m.end:se])):  # "X is the current state of the art"
                counts[m.key] = counts.get(m.key, 0) + 1
        if counts and _weighs_models(cues, text, tend):
            counts = {}  # "We evaluate seven open code models ... Results show that Zorbcoder outperforms the other
            # models": the winner of a study weighing others' models, not the paper's own
        own = contrast | {k for k, n in counts.items() if n >= 2 or (n == 1 and not intro and len(counts) == 1)}
        own = {k for k in own if k not in self.pat.known} - _stated_bases(mentions, rels) - _based_first(
            cues, text, tend, mentions)
        return [Relation(INTRODUCES, r.target, "result-subject", r.evidence)
                if r.source is None and mentions[r.target].key in own else r for r in rels]

    def _own_components(self, text: str, mentions: list[Mention], rels: list[Relation],
                        sent_of: list[tuple[int, int]]) -> list[Relation]:
        """A new name the paper's own model is given with an indefinite article is a part the paper introduces.

        "Wren connects the encoder to the decoder with a lightweight Relay Transformer, which ...": in a sentence
        whose subject is a model the paper introduces (or "This method", "It", in a paper with one), a new name (not in the gazetteer) after "a" or "an" and before a relative clause or a
        part's head (cues ``own_component_before``, ``own_component_after``) is introduced (rule ``own-part``); so is
        one the subject's verb of parts reaches and an indefinite apposition describes ("Wren incorporates Relay, a
        caching layer, and Tack, a scheduler": cues ``own_parts_verb_between``, ``indefinite_apposition_after``),
        one its verb names in parentheses ("Wren leverages two encoders (Relay and Tack)", ``own_parts_paren_before``),
        and one a relative clause on an introduced name gives an indefinite article or holds ("we propose Wren, a
        method that employs a Relay Pruning Module (RPM)", "we propose Wren, which contains RelayNet",
        ``own_relative_part_before``; not "which contains Relay, a pretrained encoder": ``others_apposition_after``).
        """
        cues = self.pat.cues
        intro = {mentions[r.target].key for r in rels if r.type == INTRODUCES and r.source is None}
        if not intro:
            return rels
        out = []
        for r in rels:
            m = mentions[r.target]
            if (r.source is None and r.type in (MENTIONS, USES) and m.label == MODEL and m.key not in self.pat.known
                    and m.rule not in STRONG_RULES and m.key not in intro):
                ss, se = sent_of[r.target]
                subject = next((o for o in mentions if ss <= o.start < m.start), None)
                ours = (subject.key in intro and bool(cues["lead_in"].match(text[ss:subject.start]))
                        if subject is not None else len(intro) == 1 and bool(cues["pronoun_subject"].match(
                            text[ss:m.start])))
                if (ours  # "Wren ...", or "This method ..." in a paper with one model of its own
                        and not cues["earlier_own_before"].search(text, max(ss, m.start - 80), m.start)  # "We
                        # recently proposed a solution, Zorb, that ...": the authors' earlier work
                        and ((cues["own_component_before"].search(text, max(ss, m.start - 40), m.start)
                              and cues["own_component_after"].match(text, m.end, se))
                             or (cues["own_parts_verb_between"].match(text[subject.end if subject else ss:m.start])
                                 and cues["indefinite_apposition_after"].match(text, m.end, se)
                                 and not cues["others_apposition_after"].match(text[m.end:se]))
                             or cues["own_parts_paren_before"].search(
                                 text, max(subject.end if subject else ss, m.start - 120), m.start))):
                    r = Relation(INTRODUCES, r.target, "own-part", r.evidence)
                elif (any(o.key in intro and ss <= o.start and o.end <= m.start - 2 for o in mentions)
                      and cues["own_relative_part_before"].search(text, max(ss, m.start - 120), m.start)
                      and not cues["others_apposition_after"].match(text[m.end:se])
                      and not cues["others_made_after"].match(text[m.end:se])):
                    r = Relation(INTRODUCES, r.target, "own-part", r.evidence)
            out.append(r)
        return out

    def _title_subjects(self, text: str, tend: int, mentions: list[Mention], rels: list[Relation]) -> list[Relation]:
        """A new name (not in the gazetteer) that the title opens with, or names after "Towards" or "with",
        "via", "using", "through" (unless the title opens with a gerund: "Enhancing Churn Prediction Using ZorbBoost"
        applies a tool), or defines as an acronym ("Hierarchical Zorb Networks (HZN)"), and that the abstract writes
        again, is the paper's own when the paper introduces nothing else of its kind ("ZorbNet Learns to Route",
        "Sparse Routing with ZorbNet")."""
        if not tend:
            return rels
        done = {mentions[r.target].label for r in rels if r.type == INTRODUCES and r.source is None}
        tools = {mentions[r.target].key for r in rels if r.type == USES and r.rule == "use-cue"
                 and mentions[r.target].start >= tend and any(c.search(r.evidence) for c in self.proposing)}  # "a
        # recommendation method using deep factorization machine (DeepFM) ... is proposed": the paper's tool
        firsts = _abstract_firsts(mentions, rels, tend)
        listed = {key for key, r in firsts.items() if not any(c.search(r.evidence) for c in self.proposing) and (
            mentions[r.target].rule == "list-member" or self.pat.cues["others_subject"].match(r.evidence)
            or _studied(self.pat.cues, text, tend, mentions[r.target]))}
        # "namely Logistic Regression, Random Forest and ZorbBoost": one of the algorithms the paper weighs;
        # "Previous studies have utilized ... IndoBERT": others' work; "This project focuses on the ConfliBERT LLM":
        # the model studied
        own: set[str] = set()
        cues = self.pat.cues
        for m in mentions:
            if m.start >= tend:
                break
            if (m.label in (MODEL, DATASET) and m.label not in done and m.rule not in STRONG_RULES
                    and m.key not in self.pat.known and m.key not in tools and m.key not in listed
                    and (not text[:m.start].strip() or cues["title_own_lead"].search(text, 0, m.start)
                         or (cues["title_means_lead"].search(text, 0, m.start)
                             and not cues["title_gerund_opening"].match(text)))
                    and (any(o.key == m.key and o.start > tend for o in mentions)
                         or (m.rule == "acronym" and standalone(m.text).search(text, tend)))):
                own.add(m.key)
        own.update(m.key for m in mentions if m.start >= tend and m.label in (MODEL, DATASET) and m.label not in done
                   and m.key not in self.pat.known and m.key not in listed and " " in m.text
                   and text.startswith(m.text + ":") and m.key in firsts
                   and not cues["others_work_said"].search(firsts[m.key].evidence))  # "Guided Action Flow: Q-Guided
        # Inference ..." over "in Guided Action Flow, an inference-time framework": a title's words before its colon,
        # a name in the abstract (not "We audit Quill Diffusion, a popular ... model released by Heron Labs")
        subtitled = {m.key for m in mentions if m.start < tend and m.label in (MODEL, DATASET) and m.label not in done
                     and m.key not in self.pat.known and cues["subtitle_article_lead"].search(text, 0, m.start)
                     and cues["title_head_end"].fullmatch(text, m.end, tend)}  # "...: The CR-AI4SkIN dataset": the
        # title's last words name what the paper presents, whatever the abstract does with it
        own -= _stated_bases(mentions, rels) | _based_first(cues, text, tend, mentions)
        if not own and not subtitled:
            return rels
        return [Relation(INTRODUCES, r.target, "title-subject", r.evidence)
                if r.source is None and (r.type in (MENTIONS, USES) and mentions[r.target].key in own or (
                    r.type in (MENTIONS, USES, EVALUATED_ON) and mentions[r.target].key in subtitled)) else r
                for r in rels]

    def _own_listed(self, text: str, mentions: list[Mention], rels: list[Relation],
                    sent_of: list[tuple[int, int]]) -> list[Relation]:
        """New names listed after "we train various models ..., including" or "we train three models:" (cue
        ``own_models_listed_before``) that open as a name the paper introduces does are the paper's too ("we propose
        UltraFeedback ... we train various models ..., including the reward model UltraRM, ... UltraCM"); others' models
        a list names ("including QuillNet (Li et al., 2021)") share no such opening."""
        stems = {_stem(mentions[r.target].name) for r in rels if r.type == INTRODUCES} - {""}
        if not stems:
            return rels
        out = []
        for r in rels:
            m = mentions[r.target]
            if (r.source is None and r.type != INTRODUCES and m.label == MODEL and m.key not in self.pat.known
                    and m.rule not in STRONG_RULES and _stem(m.name) in stems
                    and not self.pat.cues["cited_mark_after"].match(text[m.end:m.end + 40])  # "ZorbNet [14]": cited
                    and self.pat.cues["own_models_listed_before"].search(text, max(sent_of[r.target][0],
                                                                                   m.start - 240), m.start)):
                r = Relation(INTRODUCES, r.target, "train-cue", r.evidence)
            out.append(r)
        return out

    def _own_variants(self, mentions: list[Mention], rels: list[Relation]) -> list[Relation]:
        """A new name that varies or extends the paper's own model, or names its first version, is the paper's too.

        "We introduce Qwen ... Qwen-Chat, the chat models, and Code-Qwen": a tuned variant or a named
        extension of an introduced model, not in the gazetteer and not compared with, is introduced ("This paper
        presents BigTor ... BigTorV1 achieved 92 percent accuracy": its first version too); a cue
        naming it a base leaves it the paper's only when it varies an own model ("Wisp 2 Mini is obtained by
        pruning Wisp 2. We produce Wisp 2 Nano by quantizing Wisp 2 Mini": the Mini is Wisp 2's and ours).
        """
        names = [mentions[r.target].name for r in rels if r.type == INTRODUCES and mentions[r.target].label == MODEL]
        if not names:
            return rels
        own = [parse(n) for n in names]
        models = {m.key for m in mentions if m.label == MODEL}
        out = []
        based = _stated_bases(mentions, rels)
        for r in rels:
            m = mentions[r.target]
            prefix, dash, rest = m.name.partition("-")
            abbreviated = bool(dash and prefix.isupper() and entity_key(rest) in models  # "DG-SASRec" beside
                               and any(capitals_spell(prefix, n) for n in names))  # "SASRec": DeltaGate on SASRec
            if (r.source is None and r.type in ((MENTIONS, USES, COMPARES_WITH) if abbreviated else (MENTIONS, USES))
                    and m.label == MODEL and m.key not in self.pat.known
                    and (m.key not in based or any(parts_relation(parse(m.name), o) == VARIES for o in own))
                    and (abbreviated or any(parts_relation(parse(m.name), o) in (VARIES, EXTENDS, VERSIONS)
                                            or (_first_version_of(parse(m.name), o)
                                                and not _prior_version(self.pat.cues["prior_work_words"], m, r))
                                            for o in own))):
                r = Relation(INTRODUCES, r.target, "own-variant", r.evidence)
            out.append(r)
        return out

    def _derived_subjects(self, text: str, mentions: list[Mention], rels: list[Relation],
                          sent_of: list[tuple[int, int]]) -> list[Relation]:
        """A model that opens a sentence comparing it with the model its name derives from is introduced.

        "Flan-PaLM 540B outperforms PaLM 540B" presents Flan-PaLM, built on PaLM.
        """
        out = list(rels)
        based = _stated_bases(mentions, rels)
        for k, r in enumerate(rels):
            m = mentions[r.target]
            ss, se = sent_of[r.target]
            if r.type in (INTRODUCES, HAS_TOPIC) or m.label != MODEL or m.key in based or not self.pat.cues["lead_in"].match(
                    text[ss:m.start]):
                continue
            cue = self.pat.cues["compare"].search(text, m.end, se)
            if cue is None:
                continue
            parts = parse(m.name)
            if any(o.label == MODEL and cue.end() <= o.start < se
                   and parts_relation(parts, parse(o.name)) in (EXTENDS, VERSIONS) for o in mentions):
                out[k] = Relation(INTRODUCES, r.target, "derived-subject", r.evidence)
        return out

    def _joined_parts(self, text: str, mentions: list[Mention], rels: list[Relation],
                      sent_of: list[tuple[int, int]]) -> list[Relation]:
        """A new name joining two models' names with a hyphen is the paper's own when the paper proposes, in one
        sentence naming both, what integrates them (or has a hybrid that combines them), and introduces no model
        else: "this paper proposes a detection algorithm integrating GhostNet and YOLOv5 ... the precision of
        GhostNet-YOLOv5 is 76.31%"."""
        if any(r.type == INTRODUCES and mentions[r.target].label == MODEL for r in rels):
            return rels
        sentences: dict[str, set[tuple[int, int]]] = {}  # a model's key -> the sentences naming it
        for k, m in enumerate(mentions):
            if m.label == MODEL:
                sentences.setdefault(m.key, set()).add(sent_of[k])
        joined = set()
        for m in mentions:
            parts = [entity_key(p) for p in m.name.split("-")]
            if m.label != MODEL or m.key in self.pat.known or len(parts) != 2 or not all(p in sentences for p in parts):
                continue
            both = sentences[parts[0]] & sentences[parts[1]]  # the sentences naming both
            if any(c.search(text, *span) for span in both for c in (*self.proposing, self.pat.cues["hybrid_own"])):
                joined.add(m.key)  # or "This research explores ... a hybrid deep learning model that combines BERT
                # ... with a BiLSTM"
        return _introduced_as(mentions, rels, joined, "joined-parts")

    def _plus_composites(self, mentions: list[Mention], rels: list[Relation]) -> list[Relation]:
        """A name joining two models' names with "+", one of them the paper's own, is the paper's system: "This
        paper introduces Session Risk Memory (SRM) ... ILION+SRM achieves F1 = 1.0, compared to stateless ILION"
        (rule "plus-composite"; ``kg.extract.builds_on`` makes it a child of both parts)."""
        ours = {mentions[r.target].key for r in rels if r.source is None and r.type == INTRODUCES}
        models = {m.key for m in mentions if m.label == MODEL}
        joined = set()
        for m in mentions:
            parts = [entity_key(p) for p in m.name.split("+")]
            if (m.label == MODEL and m.key not in self.pat.known and len(parts) == 2 and all(parts)
                    and all(p in models for p in parts) and any(p in ours for p in parts)):
                joined.add(m.key)
        return _introduced_as(mentions, rels, joined, "plus-composite")

    def _modified_earlier(self, text: str, tend: int, mentions: list[Mention], rels: list[Relation],
                          sent_of: list[tuple[int, int]]) -> list[Relation]:
        """A name the abstract wrote in an earlier sentence is not introduced by an object that qualifies it in
        lower-case words: "MAML has achieved remarkable success ... we propose a theory-inspired task similarity
        aware MAML which ..." presents a variant of MAML, which the paper uses."""
        lead = self.pat.cues["modified_name_before"]
        out = []
        for r in rels:
            m = mentions[r.target]
            if (r.source is None and r.type == INTRODUCES and r.rule == "introduce-cue" and m.start >= tend
                    and lead.search(text, max(sent_of[r.target][0], m.start - 80), m.start)
                    and any(o.key == m.key and tend <= o.start and sent_of[j][1] <= sent_of[r.target][0]
                            for j, o in enumerate(mentions))):
                r = Relation(USES, r.target, "use-cue", r.evidence)
            out.append(r)
        return out

    def _code_named(self, text: str, mentions: list[Mention], rels: list[Relation]) -> list[Relation]:
        """A name the paper's code repository is named after ("Our code can be found at github.com/zorb/Quill",
        "Code: github.com/zorb/Quill") is the paper's own (rule ``code-link``), unless the gazetteer knows it or the
        sentence does not give the code as the paper's ("the official Quill implementation at ...", "We use the
        Quill library (github.com/...)", "whose code is at ...")."""
        if "github" not in text and "gitlab" not in text:
            return rels
        cues = self.pat.cues
        repos = {entity_key(r.group(1)) for r in cues["code_repository"].finditer(text)
                 if cues["own_code_sentence"].search(text[max(text.rfind(".", 0, r.start() - 1) + 1, 0):r.start()])}
        keys = {m.key for m in mentions if m.label in (MODEL, DATASET) and m.key not in self.pat.known
                and (m.key in repos or any(entity_key(a) in repos for a in m.aliases))}
        return _introduced_as(mentions, rels, keys, "code-link") if keys else rels

    @staticmethod
    def _family_titles(mentions: list[Mention], rels: list[Relation]) -> list[Relation]:
        """A title's name that the abstract only uses through introduced variants ("Gemini 2.5: ..." over
        Gemini 2.5 Pro and Flash) is introduced by the paper as the family of those variants (rule
        ``title-family``): the paper dates it, and its variants build on it by name."""
        intro = {mentions[r.target].name for r in rels if r.type == INTRODUCES}
        family = set()
        for m in mentions:
            if m.title_name and m.label == MODEL and not any(
                    o.key == m.key and not o.title_name for o in mentions) and any(
                    n.startswith(m.name + " ") for n in intro):
                family.add(m.key)
        return [Relation(INTRODUCES, r.target, "title-family", r.evidence, source=r.source)
                if r.type == INTRODUCES and mentions[r.target].key in family else r for r in rels]


def _introduced_as(mentions: list[Mention], rels: list[Relation], keys: set[str], rule: str) -> list[Relation]:
    """``rels`` with the paper's other relation to a name of ``keys`` (mentions, uses, compares with) made an
    INTRODUCES by ``rule``."""
    return [Relation(INTRODUCES, r.target, rule, r.evidence)
            if r.source is None and r.type in (MENTIONS, USES, COMPARES_WITH) and mentions[r.target].key in keys
            else r for r in rels]


def _abstract_firsts(mentions: list[Mention], rels: list[Relation], tend: int) -> dict[str, Relation]:
    """Each name's relation to the paper where the abstract (past ``tend``) first writes it, by key."""
    firsts: dict[str, Relation] = {}
    for r in rels:
        if r.source is None and mentions[r.target].start >= tend:
            firsts.setdefault(mentions[r.target].key, r)
    return firsts


def _based_first(cues: dict[str, Any], text: str, tend: int, mentions: list[Mention]) -> set[str]:
    """The keys of names the abstract first writes as a base ("This work studies three IndoBERT-based models.
    IndoBERT is a ..."): what the paper's models rest on, not its own."""
    based = set()
    for name in {m.text for m in mentions if m.start >= tend}:
        at = re.compile(r"(?<![\w\-])%s(?=[\s\-])" % re.escape(name)).search(text, tend)
        if at is not None and cues["based_after"].match(text[at.end():at.end() + 40]):
            based.update(m.key for m in mentions if m.text == name and m.start > at.start())
    return based


def _stated_bases(mentions: list[Mention], rels: list[Relation]) -> set[str]:
    """The keys of models a cue names as a base ("trained on top of X-V3-Base"): never the paper's own."""
    return {mentions[r.target].key for r in rels if r.rule == "builds-on-cue"}


@Language.factory("kg_relations_v1", assigns=["doc._.kg_relations"], requires=["doc._.kg_mentions"],
                  default_config={"patterns_dir": None})
def make_relation_finder(nlp: Language, name: str, patterns_dir: str | None) -> RelationFinder:
    """Factory of the relation finder (see RelationFinder)."""
    return RelationFinder(patterns_dir)


def _spelled_new(m: Mention, known: dict[str, tuple[str, str]]) -> bool:
    """Whether the text spells ``m`` out as a name of its own, a long form no one knew ("Process-Faithful Group
    Relative Policy Optimization (PF-GRPO)": a new method, though its short form extends GRPO)."""
    return any(" " in a and entity_key(a) not in known for a in m.aliases)
