"""Acronym definitions: "Generalist Language Model (GLaM)" makes GLaM the entity and the long form its alias."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.base import (ACRONYM, INNER_UPPER, OR_ACRONYM, REVERSE_ACRONYM, STRONG, TITLE_SEPARATOR, TRAILING_NUMBER,
                             WEAK, Mention, Patterns, last_match, models_joined, pair_compound, parse, shape,
                             standalone)
from kg.extract.introduce import data_head, introduced_object, parts_reach
from kg.model import DATASET, HARDWARE, MODEL, TOPIC
from kg.names import EXTENDS, VARIES, entity_key, is_generic, parts_relation

LIST_RULES = ("list-member", "list-head")  # kg.extract.mentions: names a list's head word says are models
POWERED_CAPITAL = re.compile(r"([A-Z])([23])(?=[A-Z\-]|$)")  # "V2PE": V twice

# capitalized words right before an acronym in parentheses: a long form and its acronym
GLUED_LONG_FORM = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,6})\s*\(([A-Z][A-Za-z]*[A-Z]s?)\)")


LIST_IN_LONG_FORM = re.compile(r"\s(?:and|or)\s+the\s")  # "FedAvg and the current method (FedBN)"


def resolve_acronyms(pat: Patterns, text: str, mentions: list[Mention], tend: int = 0) -> list[Mention]:
    """Resolve "Long Form (ACRO)": the acronym is the entity, the long form its alias (``tend``: where the
    title ends; a long form that is the whole title names the paper's own work)."""
    by_start = {m.start: m for m in mentions}
    out = list(mentions)
    long_forms: set[str] = set()
    not_names: set[str] = set()  # acronyms defined as a metric or a class of models
    model_texts = {m.text for m in mentions if m.label == MODEL}
    defined: set[str] = set()  # the acronyms the text defines
    own_losses: set[str] = set()  # acronyms of losses the paper proposes: methods, not measures
    bases: set[int] = set()  # ids of the known models a long form ends with, kept as mentions (``_base_ending``)
    concepts = concept_compounds(text, pat.lexicon.function_words) if "-" in text else frozenset()
    for am in sorted((*ACRONYM.finditer(text), *OR_ACRONYM.finditer(text)), key=lambda m: m.start()):
        short = am.group(1)
        if short in concepts:
            continue  # "the Non-Independent and Identically Distributed (Non-IID) nature": a property
        if pat.cues["release_long_form_before"].search(text, max(0, am.start() - 20), am.start()):
            not_names.add(short)  # "the Sloan Digital Sky Survey (SDSS) Data Release 5 (DR5)": a release of the
            continue  # survey, named with it ("SDSS DR5"), no name alone
        initials = [c.casefold() for c in short if c.isupper()]
        if " " in short and (shared := _shared_first_word(short, text, am.start(), pat.lexicon.function_words)):
            label = DATASET if pat.cues["data_of_before"].search(text, max(0, shared - 40), shared) or _data_head(
                pat, text[shared:am.start()]) else MODEL
            out = [m for m in out if not shared <= m.start < am.end()]
            out.append(Mention(am.start(1), am.end(1), short, label, "acronym",
                               aliases=[" ".join(text[shared:am.start()].split())]))
            long_forms.add(text[shared:am.start()].strip())
            defined.add(short)
            continue
        if len(initials) < 2 or (" " in short and shape(short, pat) != STRONG):
            continue
        spelled_or = not am.group().startswith("(")  # "... Correction, or BBC": only capitalized words spelling it
        if spelled_or and not _or_spelled(pat, text, am):
            continue
        if " " in short and (named := NAME_BEFORE_PAREN.search(text, max(0, am.start() - 40), am.start())) and (
                letters_spell(named.group(1), short, pat.lexicon.function_words)
                or capitals_spell(named.group(1), short)):
            continue  # "HuBERT (Hidden Unit BERT)": the name before spelled out, no short form of words before it
        spelled = next((m for m in out if " " in short and m.label == MODEL and m.start == 0
                        and " " not in m.text and am.start() < tend and capitals_spell(m.text, short)), None)
        if spelled is not None:  # "KorPatELECTRA : A Model for Korean Patents (Korean Patent ELECTRA)": the name a
            spelled.aliases.append(short)  # title opens with, spelled out later in it
            long_forms.add(short)
            out = [m for m in out if not am.start(1) <= m.start < am.end(1)]
            continue
        if any(m.label == HARDWARE and am.start(1) <= m.start < am.end(1) for m in mentions):
            continue  # "(NVIDIA A6000)": hardware, no acronym
        base = max(0, am.start() - 120, _line_start(text, am.start()))  # a long form never crosses a line
        base = max(base, text.rfind(")", base, am.start()) + 1)  # nor a parenthesis closed before it:
        # "entailment (SNLI), and question answering (SQuAD)"
        words = list(re.finditer(r"[A-Za-z][\w\-]*(?:['’]s\b)?", text[base:am.start()]))  # break or the title's
        # end; a possessive is its word's ("Harris Hawk’s Optimizer (HHO)")
        long_start = None
        content = most = 0  # letters the words so far give, at least and at most
        lead = re.match(r"([a-z]+)-", short)  # "token-MoE": the long form opens with "token"
        fw = pat.lexicon.function_words
        hyphened = bool(words) and not lead and initials_match(short, words[-1].group(), fw) and len(
            [p for p in words[-1].group().split("-") if p.casefold() not in fw]) == len(initials)
        if (words and not hyphened and words[-1].group().islower()
                and [p[:1] for p in words[-1].group().split("-")] == initials):
            not_names.add(short)  # "achieving state-of-the-art (SOTA) performance", "out-of-distribution (OOD)": one
            continue  # hyphened word in lower case, its function words spelled too, is a term, no name
        if hyphened:
            long_start = base + words[-1].start()  # "Query-as-Key (QaK)": one word spells it, not "propose Query-as-Key"
        else:
            long_start = _clipped_long_form(short, text, base, am.start())  # "the Multiple MLP-Mixer
            # (Multi-MLP-Mixer)": a word clipped
        if long_start is None and not spelled_or:
            long_start = _part_initials(short, base, words)  # "a multi-input multi-output U-net (MIMO-UNet)": one
            # capital per part of a hyphened word
        for w in ([] if long_start is not None else reversed(words[-(len(initials) + 4):])):
            word = w.group()
            if lead:
                if word.startswith(lead.group(1)):
                    long_start = base + w.start()
                    break
                continue
            if word.casefold() not in pat.lexicon.function_words:
                gives = len(word) if word.isupper() and len(word) > 1 and word in short else 1  # "Projective IQL
                # (PIQL)": an acronym the short form holds whole gives all its letters
                content += gives
                most += max(gives, sum(1 for p in word.split("-") if p[:1].isupper()
                                       and p.casefold() not in pat.lexicon.function_words))  # "Fuzzy C-Means
                # (FCM)": a dashed word gives one letter or one per capitalized part ("Field-Aware ... (FFM)": one)
            n = len(initials)
            if (word[0].casefold() == initials[0] and max(2, n - 1) <= most and content <= n + 1
                    and not (word.islower() and word in pat.lexicon.function_words)):  # not "to yield a video
                # architecture (TVNet)"
                if long_start is None or content <= n <= most:  # one word per letter wins: "Contrastive
                    long_start = base + w.start()  # Caption Ranking (CCR)", not "Caption Ranking" for its second c
                if content >= n or content <= n <= most:
                    break
            elif long_start is not None and content >= n:
                break
        if long_start is None and len(initials) > 2:  # capitals spell it: "Vector Quantised-Variational AutoEncoder",
            # "Hidden-Unit BERT" (HuBERT): the acronym's capitals in order among the long form's
            for w in reversed(words[-(len(initials) + 6):]):  # "Few-Shot retrieval via Masked Prompt Tuning"
                caps = iter([c.casefold() for c in text[base + w.start():am.start()] if c.isupper()])
                if w.group()[0].casefold() == initials[0] and all(c in caps for c in initials):
                    long_start = base + w.start()
                    break
        coined = False  # a name in mixed case that spells a word, after a run of capitalized words it abbreviates
        if long_start is None and short[0].isupper() and INNER_UPPER.search(short) and not short.isupper():
            run = CAPITAL_RUN.search(text, base, am.start())  # "that relies on Rejection Sampling for Continued
            lead = text[max(base, am.start() - 200):run.start()] if run else ""  # Tuning (ReSet)"
            if (run and run.group()[0] == short[0] and len([w for w in run.group().split() if w not in fw]) >= 2
                    and pat.cues["relies_named_before"].search(lead[lead.rfind(". ") + 1:])):
                long_start, coined = run.start(), True
        if long_start is None and short[0].isupper() and INNER_UPPER.search(short) and not short.isupper():
            run = CAPITAL_RUN.search(text, base, am.start())  # "Counterfactual Soft Reinforcement Learning
            if run:  # (CoSo)": each capital-led part of the name opens a word of the run, in order
                long_start = _prefixes_spell(short, run, fw)
        if long_start is None and short[0].isupper() and INNER_UPPER.search(short) and not short.isupper():
            long_start = _lower_parts_spell(short, base, words, fw)  # "the time-domain audio separation network
            # (TasNet)"
        if long_start is None and "-" in short and not spelled_or:
            long_start = _shared_last_word(short, base, words)  # "motion segmentation-based SLAM (OS-SLAM)"
        if long_start is None and short.isupper():
            long_start = _introduced_long_form(pat, text, am.start(), short)
        if long_start is None and tend and am.start() > tend:
            long_start = _title_subtitle_before(text, tend, short, am.start())
        if long_start is None:
            continue
        long_start = _repeated_letters(short, text, base, words, long_start, fw)
        opening = re.match(r"[a-z]+(?=[A-Z])", short)
        prior = next((w for w in reversed(words) if base + w.end() < long_start), None)
        if (opening and prior is not None and prior.group() not in pat.lexicon.function_words
                and not text[base + prior.end():long_start].strip() and (
                    (len(opening.group()) == 1 and prior.group()[0] == opening.group())
                    or [p[:1] for p in prior.group().split("-")] == list(opening.group()))):
            long_start = base + prior.start()  # "distilled direct preference optimization (dDPO)": d is "distilled";
            # "single-cell bidirectional ... (scBERT)": s and c are "single-cell"
        long_end = base + words[-1].end()
        version = LONG_FORM_VERSION.fullmatch(text, long_end, am.start())
        if version and short.endswith(version.group(1)):
            long_end = version.end(1)  # "Segment Anything Model 3 (SAM3)": the version ends both
        elif any(c.isdigit() for c in text[long_end:am.start()]):
            continue  # "improves HOTA from 61.3 (OC-SORT) to 65.9": a score's owner, no long form before it
        named_long = next((m for m in mentions if m.end == long_end and m.start < long_start
                           and m.label in (MODEL, DATASET) and not text[m.end:am.start()].strip("( ")), None)
        if named_long is not None:
            long_start = named_long.start  # "We present Masked-attention Mask Transformer (Mask2Former)"
        long_form = text[long_start:long_end]
        if (any(m.start == am.start(1) and m.rule in ("gazetteer", "gazetteer-variant") for m in mentions)
                and not any(c.isupper() for c in long_form[1:]) and not _in_order(
                "".join(c for c in short if c.isupper()).casefold(), _content_words(long_form.casefold(), fw))):
            continue  # "well adapted to dense image processing (DINOv2)": words in lower case that spell no N, no O
            # are no long form of a known name
        if "\n" in long_form and not all(w[0].isupper() for w in long_form.split()
                                         if w.casefold() not in pat.lexicon.function_words) and not (
                long_form.split()[-1].casefold() in pat.lexicon.model_heads
                and pat.cues["article_end"].search(text, max(0, long_start - 6), long_start)):
            continue  # over a wrapped line only a capitalized name or one model ("an audio spectrogram\ntransformer
            # (AST)"): not "combined with\nZorb for activations (W3A8)"
        if LIST_IN_LONG_FORM.search(long_form) and not initials_match(short, long_form, fw):
            continue  # "surpasses both FedAvg and the current state-of-the-art method (FedBN)": a list's last item,
            # defined, after another; no long form whose initials miss the short form runs across "and the"
        long_forms.add(long_form)
        defined.add(short)
        inner = by_start.get(am.start(1))
        known_inner = inner is not None and inner.rule in ("gazetteer", "gazetteer-variant")
        kind = shape(short, pat)
        capitalized = all(w[0].isupper() for w in long_form.split()
                          if w.casefold() not in pat.lexicon.function_words)
        head = next((w for w in reversed(re.split(r"[\s\-]", VERSION_TAIL.sub("", long_form))) if not w.isdigit()),
                    "").casefold()  # past a year, number or version: "the Zorb Speaker Challenge 2021 (ZSC2021)" is
        # headed by "challenge", "Google Speech Commands Dataset version 1 (GSCDv1)" by "dataset"
        last = long_form.split()[-1]
        task = (head in pat.lexicon.task_heads and (last.casefold() == head or last.islower())  # "Continual Learning",
                # "speech super-resolution (SR)",
                and pat.known.get(entity_key(long_form), ("",))[0] != TOPIC)  # not "Conservative Q-Learning" (a
        # named algorithm whose last word joins its head), nor a known topic ("Federated Learning (FL)")
        task = task or bool(pat.cues["gerund_paradigm"].match(long_form))  # "Programming by Examples (PBE)"
        owned = False  # the paper defines the acronym as its own: the long form is its alias whatever its case
        after = AFTER_WORD.match(text, am.end())
        lex = pat.lexicon
        second = AFTER_WORD.match(text, after.end()) if after and after.group(1).islower() else None
        if (second and second.group(1).casefold().rstrip("s") in lex.model_heads
                and pat.cues["kind_noun"].fullmatch(after.group(1).casefold())):
            after = second  # "the Leaky Integrate-and-Fire (LIF) neuron model": a kind of model before the head (not
            # "an Optimal Power Flow (OPF) proxy model")
        tail = after.group(1).casefold().rstrip("s") if after else ""  # "(SSD) framework": the head after it
        plural_tail = bool(after) and after.group(1).casefold() != tail  # "Virtual Reality (VR) environments": a
        # kind of data, not one named collection
        by_long = False  # the node is the long form, not the acronym
        redefined = False  # a known acronym the paper defines as a name of its own
        lower_long = not any(w[:1].isupper() for w in long_form.split()[1:])
        owned_here = _owned(pat, text, long_start)
        plural_class = bool(CLASS_ACRONYM.fullmatch(short)) and not owned_here and pat.known.get(
            entity_key(short[:-1]), ("",))[0] != MODEL and (  # not "Graph attention networks (GATs)": GAT, known
            head in pat.lexicon.class_heads or (lower_long and not pat.cues["builds_on_before"].search(
                text, max(0, long_start - 60), long_start)) or _quantified(pat, text, long_start, short, head))
        class_of = plural_class or (
            lower_long and not (inner is not None and inner.rule in ("gazetteer", "gazetteer-variant")) and (
                (not owned_here and pat.cues["system_class_after"].match(text, am.end())) or (
                    head in pat.lexicon.plural_class_heads and entity_key(short) not in pat.known
                    and not _introduced_here(pat, text, long_start) and not PROPOSED_AFTER.match(text, am.end()))))
        # "our vetting for industrial control systems (ICS)": a lower-case plural long form names a class of things,
        # not one of them
        own_loss = head in pat.lexicon.own_method_metric_heads and introduced_object(
            pat, _sentence_lead(text, long_start), defined=True) is not None  # "we propose the focal ranking loss
        # (FRL)": a loss the paper proposes is its method
        if own_loss:
            own_losses.add(short)
        pair = len(long_form.split()) == 1 and pair_compound(long_form, pat)
        if (capitalized and last in pat.institution_heads and not owned_here and not known_inner
                and not _introduced_here(pat, text, long_start)):
            not_names.add(short)  # "the website of Mercu Buana University (UMB)": an organization, no model nor data
            label = None
        elif ((head.rstrip("s") in pat.lexicon.metric_heads and not own_loss) or class_of or pair
                or pat.cues["metric_head_before"].search(text, max(0, long_start - 40), long_start)  # "we propose a
                # new metric Part-Whole Quality (PWQ)": a measure, no method
                or (pat.cues["attack_after"].match(text, am.end()) and not owned_here
                    and not _introduced_here(pat, text, long_start))  # "to Application-layer DoS (ADoS) attacks": a
                # kind of attack (not "We propose the Zorb Adversarial Perturbation (ZAP) attack")
                or (pat.cues["problem_after_short"].match(text, am.end()) and not known_inner
                    and entity_key(short) not in pat.known)  # "a method for the Domain Generalization (DG) task":
                # a task, even one proposed (not a known data set's "(RTE) task")
                or (_names_a_problem(pat, text, short) and entity_key(short) not in pat.known
                    and entity_key(long_form) not in pat.known)  # "any SCO problem": a problem, no method (not "the
                # DQN problem of overestimation": a known method's)
                or pat.cues["metric_heads"].match(text, am.end())
                or pat.cues["measure_after"].match(text[am.end():am.end() + 60])
                or (pat.cues["convention_after"].match(text[am.end():am.end() + 40]) and not known_inner
                    and entity_key(short) not in pat.known and not any(
                        m.rule in ("gazetteer", "gazetteer-variant") and long_start <= m.start and m.end <= long_end
                        for m in mentions))):  # "Return on Human Effort (ROHE) as a new metric": a
            # measure the paper proposes; "the Universal Dependencies (UD) annotation standard", "in the Prague
            # Dependency Treebank (PDT) style": a convention, no name
            not_names.add(short)  # "Peer-to-Peer (P2P)": a relation of two things; "a mean absolute error (MAE)",
            # "the Speed-of-Light (SoL) lower bound": a
            # metric or bound; "Protein language models (pLMs)",
            # in lower case after its first word, "Direct Alignment Algorithms (DAAs)", "computer-aided diagnostic
            # (CADx) systems" (a lower-case long form before "systems", "tools"): a class the paper does
            if plural_class:  # not name, nor one of it ("a new DAA method", "we propose a HALO that ...")
                not_names.add(short[:-1])
            label = None
        elif after and tail in pat.lexicon.own_heads and pat.cues["named_after_head"].match(
                text[after.end():after.end() + 30]):
            not_names.add(short)  # "a weakly supervised learning (WSL) framework entitled Chest-OMDL", "a new
            label = None  # zero-shot dense retrieval (ZeroDR) method, COCO-DR,": the kind of what the paper names next
        elif (lower_long and pat.cues["learning_field"].fullmatch(long_form)
              and pat.cues["field_in_before"].search(text, max(0, long_start - 12), long_start)):
            not_names.add(short)  # "class distribution mismatch in semi-supervised deep learning (SSDL)": a field
            label = None
        elif not capitalized and pat.cues["field_tail_after"].match(text[am.end():am.end() + 40]):
            not_names.add(short)  # "the biomedical NLP (BioNLP) community": a field, in lower case
            label = None
        elif inner is not None and inner.rule in ("gazetteer", "gazetteer-variant") and _redefined(
                pat, text, short, long_start, long_form, tail, inner.label):
            label, owned, redefined = MODEL, True, True  # "we propose Adversarial Relativistic-Contrastive (ARC)
            # distillation": the paper's own method, not the known data set of that acronym
        elif inner is not None and inner.rule in ("gazetteer", "gazetteer-variant"):
            label = inner.label
        elif (known_long := next((m for m in mentions if m.rule in ("gazetteer", "gazetteer-variant") and m.start <= long_start
                                  and m.end == long_end and m.label in (MODEL, DATASET)), None)) is not None:
            label = known_long.label  # "Hindsight Experience Replay (HER)": a known name's short form
        elif (not any(c.isupper() for c in long_form[1 if _opens_sentence(text, long_start) else 0:])
              and task and (not _owned(pat, text, long_start)
                            or pat.cues["solved_task_before"].search(text, max(0, long_start - 30), long_start))):
            not_names.add(short)  # "direct speech-to-speech translation (S2ST)": the task, no model; "This paper
            # introduces WeakSAM and solves the weakly-supervised object detection (WSOD)": the task it solves
            label = None
        elif (capitalized and task and not plural_tail and pat.cues["task_named_data_tail"].fullmatch(tail)
              and pat.cues["definite_long_form_before"].search(text, max(0, long_start - 6), long_start)
              and not is_generic(short) and short.casefold() not in pat.generic):
            label = DATASET  # "the Fact Extraction and VERification (FEVER) dataset": data named after its task, not
            # the paper's for any verb before it (not "a Named Entity Recognition (NER) dataset", one of a kind, nor
            # "the Natural Language Inference (NLI) benchmark", a common abbreviation)
        elif (capitalized and sum(c.isupper() for c in short) >= 2 and task and len(long_form.split()) >= 2
              and not pat.cues["named_right_before"].search(text, max(0, long_start - 20), long_start)  # "for the Domain
              # Generalization (DG) task, namely Soft Prompt Generation (SPG)": a method named so, no task
              and (pat.cues["task_purpose_before"].search(text, max(0, long_start - 40), long_start)
                   or pat.cues["task_of_named_before"].search(text, max(0, long_start - 60), long_start)
                   or (not (_owned(pat, text, long_start) or _said_new(pat, text, long_start, am.end()))
                       and not pat.cues["method_tail_after"].match(text[am.end():am.end() + 20])  # "the Kernel Temporal
                       # Segmentation (KTS) algorithm" (not "a Voice Activity Detection (VAD) model", "One-Class Zorb
                       # Filtering (OC-ZF) methods")
                       and not pat.cues["method_examples_before"].search(text, max(0, long_start - 80), long_start)))):
                # "MIL methods such as Attention-Based Deep Multiple Instance Learning (ABMIL)": a method
            not_names.add(short)  # "a network for Voice Activity Detection (VAD)", "Scene Text Recognition (STR)
            label = None  # remains hard": a task in capitals too, unless the paper names its own method so; "Zorb,
            # a BERT-based Natural Language Understanding (NLU) model": the task of the model named before it
        elif ((kind in (STRONG, WEAK) or short.isupper()) and not capitalized and not is_generic(short)
              and (_introduced_here(pat, text, long_start) or _proposed_after(pat, text, long_start, am.end())
                   or (title_leads_with_words_before(text, tend, long_start, long_form)
                       and pat.cues["we_subject"].search(_sentence_lead(text, long_start)) is not None)
                   or _component_step(pat, text, long_start, am.end(), head))):
            # "a loss, named tail-focal calibration (TFC),", "a light gating head (LGH) is proposed": a long
            # form in lower case right after a naming cue, or before a passive one, names the paper's own method
            label = DATASET if _data_words(pat, text, long_start, long_form, tail) else MODEL
            owned = True
        elif ((kind in (STRONG, WEAK) or short.isupper()) and not capitalized and not is_generic(short)
              and len(long_form.split()) >= 2 and text[:long_start].rstrip().endswith(",")
              and (reach := introduced_object(pat, _sentence_lead(text, long_start), defined=True)) is not None
              and (reach.head.rstrip("s") in pat.lexicon.dataset_heads
                   or reach.head.rstrip("s") in pat.lexicon.model_heads)):
            # "to construct a simple model, personalized propagation of neural predictions (PPNP),": a long form in
            # lower case set in apposition to the head of what the paper makes
            label = DATASET if reach.head.rstrip("s") in pat.lexicon.dataset_heads else MODEL
            owned = True
        elif coined:
            label, owned = MODEL, True
        elif (capitalized and tend and long_start >= tend and len(long_form.split()) >= 2
              and entity_key(long_form) == entity_key(text[:tend])):
            label = DATASET if _data_words(pat, text, long_start, long_form, tail) else MODEL
            owned = True  # "We show that the Gated Echo Mixer (GEM) ..." under the title "Gated Echo Mixer"
        elif (capitalized and not owned_here and len(long_form.split()) >= 2
              and head.rstrip("s") in pat.lexicon.model_heads
              and entity_key(short) not in pat.known and entity_key(long_form) not in pat.known
              and _class_words(pat, long_form)):
            not_names.add(short)  # "tunes a Pretrained Language Model (PLM)": a class of models in common words
            label = None
        elif kind == STRONG or (kind == WEAK and capitalized and head.rstrip("s") in pat.lexicon.model_heads):
            label = DATASET if (head.rstrip("s") in pat.lexicon.dataset_heads
                                or _data_head(pat, long_form)
                                or pat.cues["evaluation_head"].search(f"{long_form} {tail}")
                                or (tail in pat.lexicon.dataset_heads and not plural_tail)
                                or pat.cues["data_apposed_before"].search(text, max(0, long_start - 40), long_start)
                                ) else MODEL  # "the Quill Question Answering (QuillQA) dataset", "a new benchmark
            # dataset, Watch, Talk and Guide (WTaG)", "the Zorb Language Understanding Evaluation (ZLUE) framework"
        elif kind == WEAK and capitalized and (head.rstrip("s") in pat.lexicon.dataset_heads
                                               or _data_words(pat, text, long_start, long_form, "")):
            label = DATASET
        elif (kind == WEAK and short.endswith("s") and head.rstrip("s") in pat.lexicon.model_heads
              and pat.cues["naming"].search(text, max(0, long_start - 40), long_start)):
            label = MODEL  # "our latent diffusion models (LDMs)": a plural acronym the paper owns
        elif (kind in (STRONG, WEAK) and len(long_form.split()) >= 3 and head.rstrip("s") in pat.lexicon.model_heads
              and not is_generic(short) and not all(w.capitalize() in pat.phrase_generic
                                                    or w.rstrip("s") in pat.lexicon.model_heads
                                                    for w in long_form.casefold().split())
              and pat.cues["builds_on_before"].search(text, max(0, long_start - 60), long_start)):
            label = MODEL  # "which extend latent diffusion models (LDMs)": a base the text names in full
            owned = True  # its long form is its alias, so cues before the long form reach it
        elif (kind in (STRONG, WEAK) or (short.isupper() and tail in pat.lexicon.own_heads)) and (capitalized or head.rstrip("s") in pat.lexicon.model_heads
                                          or head.rstrip("s") in pat.lexicon.dataset_heads
                                          or head in pat.lexicon.technique_heads
                                          or tail in pat.lexicon.own_heads) and _owned(
                pat, text, long_start) or (short.isupper() and capitalized and len(long_form.split()) >= 2
                                           and _said_new(pat, text, long_start, am.end())):
            # "we develop a multi-turn programming benchmark (MTPB)", "our state space duality (SSD) framework",
            # "the newly introduced voxel encoding (VE) layer", "we propose self-refining decoding (SRD)": a named
            # technique the paper presents; "Particle-based Object Manipulation (PROMPT) is a new method for": one
            # the sentence it opens says is new
            label = DATASET if _data_words(pat, text, long_start, long_form, tail) else MODEL
            owned = True
        elif (not capitalized and not owned_here and len(long_form.split()) >= 2
              and head.rstrip("s") in pat.lexicon.model_heads and entity_key(short) not in pat.known
              and _class_words(pat, long_form)):
            not_names.update((short, f"{short}s"))  # "the pretrained language model (PLM) ... We create PLMs": a
            label = None  # class of models in common words
        elif (kind in (STRONG, WEAK) and not capitalized and len(initials) >= 3 and not is_generic(short)
              and head in pat.lexicon.model_heads and len(long_form.split()) >= 2
              and pat.cues["article_end"].search(text, max(0, long_start - 6), long_start)):
            label = MODEL  # "with an audio spectrogram transformer (AST)": one model named by its initials,
            # not a class ("graph neural networks (GNNs)") nor a common acronym ("a recurrent neural network (RNN)")
        elif (kind is None and short.isupper() and capitalized
              and not all(is_generic(part) for part in short.split("-"))
              and len(long_form.split()) >= 2
              and (head.rstrip("s") in pat.lexicon.model_heads or head in pat.lexicon.technique_heads)
              and _introduced_here(pat, text, long_start)):
            label = MODEL  # "we propose the Pyramid Echo Transformer (PET)": a common word the paper names;
            # "we present a Multi-Task Deep Neural Network (MT-DNN)": common words joined; "we call our method
            # Sparse Anchor Tuning (SAT)": a technique
            owned = True
        elif (kind is None and short.isupper() and capitalized and not is_generic(short)
              and len(long_form.split()) >= 2 and (head.rstrip("s") in pat.lexicon.dataset_heads
                                                   or _data_words(pat, text, long_start, long_form, ""))):
            label = DATASET  # "the Arctic Sea Ice Archive (ASIA)", "the Zorb Dataset for Reasoning (ZDR)": a named
            # collection, though its letters spell a word
        elif (kind is None and short.isupper() and short.casefold() in pat.generic and capitalized
              and len(long_form.split()) >= 2 and tail in pat.lexicon.dataset_heads and not plural_tail
              and initials_match(short, long_form, pat.lexicon.function_words)):
            label = DATASET  # "the Speech-Grounded Dialogue (SGD) dataset": the long form names the data, the
            by_long = True  # acronym is a common word (an optimizer), so the node is the long form
        elif (kind is None and short.isupper() and short.casefold() in pat.generic and capitalized
              and len(long_form.split()) >= 2 and tail in pat.lexicon.model_heads and not plural_tail
              and initials_match(short, long_form, pat.lexicon.function_words)
              and any(m.label == MODEL and m.rule in ("gazetteer", "gazetteer-variant")
                      and long_start <= m.start and m.end <= long_end for m in mentions)):
            label, by_long = MODEL, True  # "masks generated by the Segment Anything by Text (SAT) model": so for a
            # model whose long form holds a known model's name (not "a Human Computer Interaction (HCI) framework")
        elif (kind in (STRONG, WEAK) and capitalized and len(long_form.split()) >= 2 and not is_generic(short)
              and pat.cues["data_source_head"].fullmatch(head) and _data_source(pat, text, long_start)):
            label = DATASET  # "imaging data from the Age-Related Eye Disease Study (AREDS) and Ocular Hypertension
            # Treatment Study (OHTS)": named studies the data come from
        elif (kind in (STRONG, WEAK) and capitalized and len(long_form.split()) >= 2 and not is_generic(short)
              and tail in pat.lexicon.dataset_heads and not plural_tail):
            label = DATASET  # "over a curated Retrieval-Generation Preference (RGP) dataset": a named collection
        elif (kind in (STRONG, WEAK) and capitalized and len(long_form.split()) >= 2 and not is_generic(short)
              and tail in pat.lexicon.model_heads):
            label = MODEL  # "built on the Optimal Brain Surgeon (OBS) framework": a named method, not the paper's
        elif (kind in (STRONG, WEAK) and capitalized and len(long_form.split()) >= 2 and not is_generic(short)
              and (_introduced_here(pat, text, long_start)
                   or pat.cues["named_right_before"].search(text, max(0, long_start - 20), long_start))):
            label = DATASET if _data_words(pat, text, long_start, long_form, tail) else MODEL
            owned = True  # "we propose Projective ZQL (PZQL), a variant of ZQL", "a method for the DG task, namely
            # Soft Prompt Generation (SPG)": capitalized words right after the introducing verb or a naming word,
            # whatever their last word
        elif (kind in (STRONG, WEAK) and capitalized and len(long_form.split()) >= 2 and not is_generic(short)
              and any((pat.known.get(entity_key(w), ("",))[0] == MODEL or w in model_texts) and not is_generic(w)
                      for w in long_form.split()[1:])):
            label = MODEL  # "to derive an Enhanced SRGAN (ESRGAN)": a model's name spelled into a new one
        elif capitalized and head in pat.lexicon.technique_heads:
            known = pat.known.get(entity_key(long_form))  # a named technique is a method unless a known topic
            label = TOPIC if known and known[0] == TOPIC else (
                MODEL if kind in (STRONG, WEAK) or tail in pat.lexicon.model_heads else TOPIC)  # "the Bucket-Cluster
            # Sampling (BCS) method": a head after the short form says it names a method
        elif capitalized and any(m.rule in LIST_RULES and m.label == MODEL and (
                long_start <= m.start and m.end <= long_end or m.start == am.start(1)) for m in mentions):
            label = MODEL  # "baselines such as Follow the Regularized Leader (FTRL)": a list its head says holds
            # models names one, whatever the long form's last word (not a list of "tasks": those may be data or words)
        elif (capitalized and len(long_form.split()) >= 2 and not is_generic(short)
              and (kind in (STRONG, WEAK) or short.isupper()) and head not in pat.lexicon.task_heads
              and pat.known.get(entity_key(long_form), ("",))[0] != TOPIC  # not "Question Answering (QA) is a
              and (is_a := pat.lexicon.is_a.match(IS_A_TAIL.sub("", text[am.end():am.end() + 200], count=1)))):
            label = DATASET if data_head(pat, is_a.group().split()[-1]) else MODEL  # "Fuzzy C-Means (FCM)
            # clustering is a classic clustering algorithm"
        elif (len(long_form.split()) >= 2 and not is_generic(short) and not is_generic(long_form)
              and (kind in (STRONG, WEAK) or short.isupper())
              and pat.cues["method_examples_before"].search(text, max(0, long_start - 80), long_start)):
            label, owned = MODEL, True  # "existing solutions, such as Grounded Action Transformation (GAT),",
            # "traditional methods like factorization machine (FM)": a method named as an example of methods, its
            # long form an alias whatever its case
        elif (capitalized and len(long_form.split()) >= 2 and not is_generic(short) and short.isupper()
              and head not in pat.lexicon.task_heads and head not in pat.lexicon.technique_heads
              and not head.endswith(("tion", "ing")) and _headed_later(text, short, am.end())):
            label = MODEL  # "based on WOA (Whale Optimization Algorithm) and Great Deluge (GD). GD Algorithm is
            # integrated with ...": the text writes the short form before "algorithm" (not a field's: "Unsupervised
            # Domain Adaptation (UDA) ... UDA algorithms")
        elif (not capitalized and len(long_form.split()) >= 2 and not is_generic(short) and short.isupper()
              and _extended_later(pat, text, short, am.end())):
            label, owned = MODEL, True  # "adapting state-dependent exploration (SDE) ... generalized state-dependent
            # exploration (gSDE)": a method whose short form a name defined later extends, in whatever case
        elif (lower_long and not spelled_or and len(long_form.split()) >= 2 and not head.endswith("ing")
              and (not owned_here or pat.cues["task_purpose_before"].search(text, max(0, long_start - 40), long_start))
              and (inner is None or inner.rule not in ("gazetteer", "gazetteer-variant"))
              and not {head.rstrip("s"), tail} & (pat.lexicon.own_heads | pat.lexicon.technique_heads)):
            not_names.add(short)  # "conditional average treatment effects (CATE)", "music structure analysis (MSA)":
            label = None  # a quantity or a problem in lower case, no name where it stands alone ("a CATE model");
            # not a procedure ("contrastive language-audio pretraining (CLAP)")
        else:
            label = None
        sentence_end = text.find(". ", am.end()) % (len(text) + 1)  # the text's end when none follows
        if (label == MODEL and not owned and not known_inner and short not in text[:tend]
                and re.search(r"(?<![\w\-])[Aa]n?\s+$", text[max(0, long_start - 4):long_start])
                and not _introduced_here(pat, text, long_start)
                and not pat.cues["passive_proposed"].search(text, long_start, sentence_end)
                and _one_of_a_kind(text, short, am.end())):
            not_names.add(short)  # "A Network Intrusion Detection System (NIDS) helps ... an efficient and flexible
            label = None  # NIDS for unforeseen attacks": a kind of system, each its own, no one named
        if spelled_or and label is None:
            named = next((m for m in out if m.text == short and m.label in (MODEL, DATASET)), None)
            if named is not None:  # "(the Bootstrap Bias Correction, or BBC)": a name found is spelled out
                named.aliases.append(_without_head(long_form, initials, fw, pat.lexicon.own_heads))
                long_forms.add(long_form)
            continue
        if label == MODEL and any(m.rule == "title-name" and m.text == short and m.label == DATASET for m in mentions):
            label = DATASET  # "IndoNLU: Benchmark and Resources ..." over "Indonesian natural language understanding
            # (IndoNLU) tasks": the title says what its name is, a lower-case long form does not
        bases.update(id(m) for m in out if long_start <= m.start and m.end <= long_end
                     and _base_ending(m, text, long_start, long_end, pat))
        out = [m for m in out if not (long_start <= m.start and m.end <= long_end and id(m) not in bases)
               and not (m.start == am.start(1) and label is None and m.rule != "gazetteer")]
        if label is None:
            continue
        if inner is not None and inner in out:
            out.remove(inner)
        if by_long:
            out.append(Mention(long_start, long_end, text[long_start:long_end], label, "acronym",
                               name=" ".join(long_form.split()), aliases=[short]))
        elif label == TOPIC:
            out.append(Mention(long_start, am.end(1), text[long_start:am.end(1)], TOPIC, "acronym",
                               name=" ".join(long_form.split()), aliases=[short]))
        elif redefined:
            out.append(Mention(am.start(1), am.end(1), short, label, "acronym",
                               aliases=[_without_head(long_form, initials, fw, pat.lexicon.own_heads)]))
            for other in out:  # its other writings are the paper's name too
                if other.text == short and other.rule in ("gazetteer", "gazetteer-variant"):
                    other.label, other.rule, other.name, other.key = label, "repeat", "", ""
        else:
            out.append(Mention(am.start(1), am.end(1), short, label,
                               inner.rule if inner else "acronym", name=inner.name if inner else "",
                               aliases=[_without_head(long_form, initials, fw, pat.lexicon.own_heads)]
                               if capitalized or kind == STRONG
                               or owned or (inner is not None and inner.rule == "gazetteer")
                               or pat.known.get(entity_key(long_form), ("",))[0] == label else []))  # a known
            # name spelled out in lower case: "model-agnostic meta-learning (MAML)", "the segment anything model
            # (SAM)"
            if coined:  # its other writings are the same name ("training ReSet with less data": no dataset)
                for other in out:
                    if other.text == short and other.rule == "repeat":
                        other.label = label
            if label == MODEL:
                out += _tail_acronym(text, short, long_form, out, fw)
            if " " in short:  # "(Fast R-CNN)": its other spellings are the name too, not R-CNN
                out += [Mention(r.start(), r.end(), short, label, "repeat")
                        for r in standalone(short).finditer(text)
                        if r.start() != am.start(1)]
    for m in out:
        if m.label not in (MODEL, DATASET):
            continue
        unbracketed = TRAILING_ACRONYM.fullmatch(m.text)
        if unbracketed and _spells_words(unbracketed.group(2), unbracketed.group(1), pat.lexicon.function_words):
            m.start, m.text = m.end - len(unbracketed.group(2)), unbracketed.group(2)  # "We introduce Gaussian
            m.aliases.append(unbracketed.group(1))  # Articulated Template Model GART, ...": the short form
            long_forms.add(unbracketed.group(1))  # written after its long form without parentheses
            continue
        quoted = QUOTED_ALIAS.match(text, m.end)
        if quoted and parts_relation(parse(quoted.group(1)), parse(m.name or m.text)) in (VARIES, EXTENDS):
            continue  # 'the Swedish BERT ("KB-BERT")': a quoted name that holds the name before it is its variant
        if quoted and quoted.group(1) != m.text:
            m.aliases.append(quoted.group(1))  # "the nnU-Net ('no-new-Net')": a quoted name in parentheses is its
            long_forms.add(quoted.group(1))  # reading, whatever its letters
            continue
        dashed = DASHED_LONG_FORM.match(text, m.end)
        if dashed and m.label in (MODEL, DATASET) and capitals_spell(m.text, dashed.group(1)):
            m.aliases.append(dashed.group(1))  # "we present MIRAGE -- Model Internals-based RAG Explanations -- a
            long_forms.add(dashed.group(1))  # plug-and-play approach": its capitals spelled out between dashes
            continue
        rm = REVERSE_ACRONYM.match(text, m.end)
        if rm and (initials_match(m.text, rm.group(1), pat.lexicon.function_words) or capitals_spell(
                m.text, rm.group(1)) or letters_spell(m.text, rm.group(1), pat.lexicon.function_words) or (
                sum(c.isupper() for c in m.text) == 1 and spelled_out(m.text, text[m.end:])) or (
                _introduced_here(pat, text, m.start) and rm.group(1)[:1] == m.text[:1]
                and all(w[:1].isupper() or w in pat.lexicon.function_words for w in rm.group(1).split()))):
            # "we propose CINO (Chinese Minority Pre-trained Language Model)": the paper's name spelled out in
            # capitalized words right after it, its letters picked as the authors chose
            m.aliases.append(rm.group(1))
            long_forms.add(rm.group(1))
            if m.label == MODEL and m.rule not in ("gazetteer", "gazetteer-variant") and _data_head(pat, rm.group(1)):
                m.label = DATASET  # "Fine-tuning with CoLA (The Corpus of Linguistic Acceptability)": data
            continue
        nxt = text[m.end:m.end + 2]
        spelled = (nxt[:1] in (",", "(") or nxt == " (") and (" " not in m.text or any(
            w.isupper() for w in m.text.split()))  # "Gemini Advanced, Google AI Studio": words, no short form
        sm = pat.cues["spelled_out_after"].match(text, m.end, m.end + 160) if spelled else None
        long_form = _initial_words(m.text, sm.group(1) or sm.group(2), pat.lexicon.function_words) if sm else None
        if long_form is None and sm and letters_spell(m.text, sm.group(1) or sm.group(2), pat.lexicon.function_words):
            long_form = sm.group(1) or sm.group(2)  # "CALL, Communicative World Model, ...": letters picked out
        if (long_form is None and nxt[:1] == "," and " " not in m.text and sum(c.isupper() for c in m.text) >= 2
                and (apposed := pat.cues["apposed_long_form_after"].match(text, m.end, m.end + 160))
                and capitals_spell(m.text, apposed.group(1))):
            long_form = apposed.group(1)  # "SMoA, a high-rank Structured MOdulation Adapter that ...": an
            # apposition whose capitalized words spell the name is its long form
        if long_form is None and spelled and (word := pat.cues["stands_for_word"].match(text, m.end, m.end + 80)):
            powered = POWERED_CAPITAL.sub(lambda p: p.group(1) * int(p.group(2)), m.text)
            if powered != m.text and capitals_spell(powered, word.group(1)):
                long_form = word.group(1)  # "H2, which stands for HyperHetero": one word whose capitals spell it
        if long_form:  # "BERT, which stands for Bidirectional Encoder Representations from Transformers"
            m.aliases.append(long_form)
            long_forms.add(long_form)
    for cm in pat.cues["called_word_named"].finditer(text, tend):  # "a technique called Block-Affine Adaptation
        long_form, short = cm.group(1), cm.group(2)  # (Bone)": a name of one capital, the run's first letter
        if short[0] != long_form[0] or is_generic(short) or len(long_form.split()) < 2:
            continue
        named = next((m for m in out if m.start == cm.start(2) and m.label in (MODEL, DATASET)), None)
        if named is None:
            named = Mention(cm.start(2), cm.end(2), short, MODEL, "called-cue")
            out.append(named)
            out += [Mention(r.start(), r.end(), short, MODEL, "repeat")
                    for r in standalone(short).finditer(text, tend) if r.start() != cm.start(2)
                    and not any(m.start == r.start() for m in out)]
        named.aliases.append(long_form)
        long_forms.add(long_form)
    long_spans = [lm.span() for long_form in long_forms for lm in re.finditer(re.escape(long_form), text)]
    for m in out:  # "CNN-Long Short-Term Memory (LSTM)": a name glued to a long form's first word ends before it
        cut = m.text.rfind("-") + 1
        run = GLUED_LONG_FORM.match(text, m.start + cut) if cut and m.label in (MODEL, DATASET) else None
        if run and m.end <= run.end(1) and m.rule not in ("gazetteer", "gazetteer-variant") and initials_match(
                run.group(2), run.group(1), pat.lexicon.function_words):
            m.end, m.text = m.start + cut - 1, m.text[:cut - 1]
    if tend and (subtitle := TITLE_SEPARATOR.search(text, 0, tend)):
        out = _joined_parts(pat, out, subtitle.end(), tend, bases)  # "BeComE: Bert-ComplEx Embeddings for ..."
    for said in [p.span(1) for m in out if m.label == MODEL and (p := PAREN_AFTER.match(text, m.end))]:
        out = _joined_parts(pat, out, *said, bases)  # "ZoCo (RoBERTa-ComplEx Co-training)": what it joins, said
    for a, b in long_spans:
        out = _joined_parts(pat, out, a, b, bases)
        out = [m for m in out if not (a <= m.start and m.end <= b) or m.label == TOPIC
               or m.rule == "acronym" or id(m) in bases]  # a long form that is the name itself ("Speech-Grounded
        # Dialogue (SGD)")
    for m in out:  # "the mean absolute error on Zinc ... a validation MAE of 0.08": the text spells out a metric
        if m.label in (MODEL, DATASET) and m.text not in not_names and SHORT_CAPS.fullmatch(m.text):
            spelled = _spelled_words(m.text).search(text)
            if spelled and spelled.group(1).casefold() in pat.lexicon.metric_heads and m.text not in own_losses:
                not_names.add(m.text)
    if not_names:
        out = [m for m in out if m.label not in (MODEL, DATASET) or m.text not in not_names]
    gone = ({m.text for m in mentions if m.rule != "repeat" and m.label in (MODEL, DATASET)
             and any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in long_spans)}
            - {m.text for m in out if m.rule != "repeat"} - defined)  # not "mutant FTRL (M-FTRL)" after
    # "Follow the Regularized Leader (FTRL)": a name the text defines stays a name where it writes it again
    if gone:  # "Knowledge Questions and Answers (MKQA) ... Answers are based on": a word named only inside a long
        # form is no name where the text writes it again
        out = [m for m in out if not (m.rule == "repeat" and m.text in gone)]
    out += _long_forms_again(text, out)
    if tend:
        out = _title_long_forms(text, tend, out)
    _label_of_spelled(pat, out)
    _numbered_siblings(out)
    return out


def _numbered_siblings(mentions: list[Mention]) -> None:
    """A numbered name the text does not spell out takes the label of its family's member it spells out as data:
    "Google Speech Commands Dataset version 1 (GSCDv1) and 2 (GSCDv2)".

    Examples:
        >>> ms = [Mention(0, 6, "GSCDv1", DATASET, "name-shape", aliases=["Speech Dataset version 1"]),
        ...       Mention(9, 15, "GSCDv2", MODEL, "name-shape")]
        >>> _numbered_siblings(ms)
        >>> ms[1].label
        'Dataset'
    """
    families = {f.group(1) for m in mentions if m.label == DATASET and m.aliases
                and (f := TRAILING_NUMBER.fullmatch(m.text))}
    for m in mentions:
        if (m.label == MODEL and m.rule in ("name-shape", "repeat") and not m.aliases
                and (f := TRAILING_NUMBER.fullmatch(m.text)) and f.group(1) in families):
            m.label = DATASET


def _title_long_forms(text: str, tend: int, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the title's writing of a long form the abstract defines, in any case, as a mention of its
    short form, in place of the names inside it: "... Using Multi Scale Shared Residual Network from ..." over
    "multi scale shared residual network (MSSResNet)" names MSSResNet, not the ResNet its last words spell.

    Examples:
        >>> text = "A Zorb Quill Residual Network for Maps\\n\\nWe use a zorb quill residual network (ZQRN) here."
        >>> ms = [Mention(13, 29, "Residual Network", MODEL, "gazetteer", "ResNet", "resnet"),
        ...       Mention(78, 82, "ZQRN", MODEL, "acronym", "ZQRN", aliases=["zorb quill residual network"])]
        >>> [(m.text, m.name) for m in _title_long_forms(text, 38, ms)]
        [('ZQRN', 'ZQRN'), ('Zorb Quill Residual Network', 'ZQRN')]
    """
    out = mentions
    for m in mentions:
        if m.label not in (MODEL, DATASET) or m.start < tend or CLASS_ACRONYM.fullmatch(m.text):
            continue
        for long_form in m.aliases:
            if len(long_form.split()) < 3:
                continue
            hit = re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(long_form), text[:tend], re.IGNORECASE)
            if hit is None:
                continue
            a, b = hit.span()
            touching = [o for o in out if o.start < b and a < o.end]
            if not touching or any(not (a <= o.start and o.end <= b) or (
                    (o.start, o.end) != (a, b) and (not o.name or o.name.casefold() == o.text.casefold()))
                    for o in touching):
                continue  # only where the title's words were read as another name's long form ("Residual
                # Network"), not where they write a name ("... Dual-Decoder Conformer Network": Conformer is one)
            out = [o for o in out if all(o is not t for t in touching)]
            out.append(Mention(hit.start(), hit.end(), hit.group(), m.label, "long-form", name=m.name or m.text,
                               aliases=[long_form]))
            break
    return out


ALGORITHM_AFTER = re.compile(r"\s+[Aa]lgorithms?\b")  # "GD Algorithm", "the GD algorithms"


def _headed_later(text: str, short: str, start: int) -> bool:
    """Whether ``text`` after ``start`` writes ``short`` right before "algorithm" ("GD Algorithm is ...").

    Examples:
        >>> _headed_later("Great Deluge (GD). GD Algorithm is fast.", "GD", 18)
        True
        >>> _headed_later("Great Deluge (GD). GD is fast; the GD method and the GD problem are old.", "GD", 18)
        False
    """
    return any(ALGORITHM_AFTER.match(text, r.end()) for r in standalone(short).finditer(text, start))


def _extended_later(pat: Patterns, text: str, short: str, start: int) -> bool:
    """Whether ``text`` after ``start`` defines, as the paper's own, a short form that is ``short`` with a prefix: a
    lower-case one of up to three letters or capitals and a dash ("(gSDE)", "(NS-VIMPC)" after "SDE", "VIMPC"), in a
    sentence that presents it ("a new method ...", "The resulting ...") with no comma between.

    Examples (with the project's patterns):
        >>> from kg.extract.base import load_patterns
        >>> p = load_patterns()
        >>> _extended_later(p, "exploration (SDE). This leads to a new method, generalized SDE (gSDE).", "SDE", 17)
        False
        >>> _extended_later(p, "exploration (SDE). This leads to a new method generalized SDE (gSDE).", "SDE", 17)
        True
        >>> _extended_later(p, "control (MPC). The resulting Shield-MPC (NS-MPC) is safe.", "MPC", 14)
        True
        >>> _extended_later(p, "imaging (MRI). We use functional MRI (fMRI) scans.", "MRI", 14)
        False
    """
    for ext in re.finditer(rf"\((?:[a-z]{{1,3}}|[A-Z]{{1,4}}-){re.escape(short)}\)", text[start:]):
        lead = _sentence_lead(text, start + ext.start())
        own = last_match(pat.cues["own_extension_before"], lead)
        if own is not None and "," not in lead[own:]:
            return True
    return False


def _data_source(pat: Patterns, text: str, long_start: int) -> bool:
    """Whether the long form at ``long_start`` follows "data from (the)", alone or after defined names listed
    before it ("data from the Zorb Eye Study (ZES) and the Quill Heart Study").

    Examples (with the project's patterns):
        >>> from kg.extract.base import load_patterns
        >>> p = load_patterns()
        >>> text = "imaging data from the Zorb Eye Study (ZES) and Quill Heart Study (QHS)"
        >>> _data_source(p, text, 22), _data_source(p, text, 47), _data_source(p, "a model of the Zorb Study", 15)
        (True, True, False)
    """
    lead = text[max(0, long_start - 160):long_start]
    listed = DEFINED_BEFORE.search(lead)
    return pat.cues["data_of_before"].search(lead[:listed.start()] if listed else lead) is not None


def _long_forms_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions where the text writes a model's or data set's capitalized long form again, on its own: "methods
    like Cannistraci-Hebb Training (CHT) ... to integrate Cannistraci-Hebb Training with" (rule "long-form": the
    mention's name is the short form's).

    Examples:
        >>> text = "Zorb Quill Network (ZQN) is old. We extend Zorb Quill Network here."
        >>> [(m.text, m.name) for m in _long_forms_again(text, [Mention(20, 23, "ZQN", MODEL, "acronym",
        ...                                                   name="ZQN", aliases=["Zorb Quill Network"])])]
        [('Zorb Quill Network', 'ZQN')]
        >>> text = "Quill Network (QN) is old. We build a Zorb Quill Network (ZQN)."
        >>> _long_forms_again(text, [Mention(15, 17, "QN", MODEL, "acronym", name="QN", aliases=["Quill Network"]),
        ...                          Mention(58, 61, "ZQN", MODEL, "acronym", name="ZQN", aliases=["Zorb Quill Network"])])
        []
    """
    out: list[Mention] = []
    longer = {alias for m in mentions for alias in m.aliases if " " in alias.strip()}
    for m in mentions:
        if m.label not in (MODEL, DATASET) or m.rule != "acronym" or CLASS_ACRONYM.fullmatch(m.text):
            continue  # not a class in the plural ("Zorb Predictors (ZPs)"): its long form names no one model
        for long_form in m.aliases:
            if " " not in long_form.strip() or long_form.islower():
                continue
            held = [r.span() for alias in longer if long_form in alias and alias != long_form
                    for r in standalone(alias).finditer(text)]  # "Dilated Neighborhood Attention Transformer
            # (DiNAT)" writes "Neighborhood Attention" inside another name's long form
            for r in standalone(long_form).finditer(text):
                a, b = r.span()
                if text.startswith("(", b + 1) or any(o.start < b and a < o.end for o in (*mentions, *out)) or any(
                        x <= a and b <= y for x, y in held):
                    continue  # the long form defining it ("Zorb Quill Network (ZQN)"), or one a name holds
                out.append(Mention(a, b, long_form, m.label, "long-form", name=m.name or m.text,
                                   aliases=[long_form]))
    return out


CAPS_COMPOUND = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*(?:-[A-Z]+)+(?![\w-])")  # "NL-PE", "Non-IID"


@lru_cache(maxsize=2)
def concept_compounds(text: str, function_words: frozenset[str]) -> frozenset[str]:
    """Hyphened abbreviations that name no model or data set: each part one the text defines by lower-case words
    ("natural language (NL) ... preference elicitation (PE) ... NL-PE approaches"), or a negated one ("Non-IID").
    Kept for the last texts: the mention finder and the acronym reader both ask it of one text.

    Examples:
        >>> sorted(concept_compounds("fully natural language (NL) dialogues and zorb tuning (ZT): NL-ZT and "
        ...                          "Non-IID data, not NL-QX", frozenset({"of"})))
        ['NL-ZT', 'Non-IID']
    """
    out = set()
    for m in CAPS_COMPOUND.finditer(text):
        head, *parts = m.group().split("-")
        if (head == "Non" and all(p.isupper() for p in parts)) or all(
                _lower_defined(text, p, function_words) for p in (head, *parts)):
            out.add(m.group())
    return frozenset(out)


def _lower_defined(text: str, short: str, function_words: frozenset[str]) -> bool:
    """Whether ``text`` defines the capitals ``short`` by lower-case words: "natural language (NL)"."""
    if not short.isupper() or f"({short})" not in text:
        return False
    at = text.index(f"({short})")
    words = text[max(0, at - 80):at].split()[-len(short):]
    return all(w[:1].islower() for w in words) and initials_match(short, " ".join(words), function_words)


PAREN_AFTER = re.compile(r"\s*\(([^()]{3,80})\)")  # a parenthesis right after a name
# "MIRAGE -- Model Internals-based RAG Explanations -- a plug-and-play approach": a long form between dashes
DASHED_LONG_FORM = re.compile(r"\s*[\-\u2013\u2014]{1,2}\s*([A-Z][\w\-]*(?:\s+[\w\-]+){1,8}?)"
                              r"\s*[\-\u2013\u2014]{1,2}\s")
NAME_BEFORE_PAREN = re.compile(r"([A-Za-z][\w\-]*)\s*$")  # the word right before an opening parenthesis


def _base_ending(m: Mention, text: str, long_start: int, long_end: int, pat: Patterns) -> bool:
    """Whether ``m`` is a known model that ends a long form opening in lower case, or stands before its last word,
    a model's head in lower case: the model the named one varies ("a multi-input multi-output U-net (MIMO-UNet)" is
    a U-Net, "a Y-shaped Mamba model (Y-Mamba)" a Mamba), which stays a mention of its own (not "Hidden-Unit BERT
    (HuBERT)", a name of capitalized words, "Zorbic Encoder Representations from Transformers (ZERT)", "Segment
    Anything Model (SAM)", the model itself, nor "a vision transformer (ViT)", a kind in lower case).
    """
    rest = text[m.end:long_end].strip()
    return ((text[long_start].islower() if not rest else rest.islower() and rest in pat.lexicon.model_heads)
            and long_start < m.start and m.label == MODEL
            and m.rule in ("gazetteer", "gazetteer-variant") and not m.text.islower())


def _joined_parts(pat: Patterns, mentions: list[Mention], a: int, b: int, bases: set[int]) -> list[Mention]:
    """``mentions`` with each name inside text[a:b] (a long form, a title's subtitle or a parenthesis right after a
    name) that joins known models by a dash ("BeComE (Bert-ComplEx Embedding Model)") replaced by a mention of each,
    kept as ``bases``: a hybrid of the two, said where the name is spelled out or described (not "Zorb-BERT", one
    known name varied, nor a generic one: "CNN-LSTM").

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> pat = load_patterns()
        >>> ms = [Mention(18, 30, "Bert-ComplEx", MODEL, "family-root")]
        >>> text = "We propose BeComE (Bert-ComplEx Embedding Model)."
        >>> [(m.text, m.start) for m in _joined_parts(pat, ms, 18, 47, set())]
        [('Bert', 18), ('ComplEx', 23)]
    """
    out = []
    for m in mentions:
        parts = m.text.split("-")
        if not (a <= m.start and m.end <= b and m.label == MODEL and len(parts) > 1 and models_joined(parts, pat)
                and not any(p in pat.lexicon.generic_models for p in parts)):
            out.append(m)
            continue
        at = m.start
        for part in parts:
            piece = Mention(at, at + len(part), part, MODEL, "gazetteer")
            bases.add(id(piece))
            out.append(piece)
            at += len(part) + 1
    return out


def _part_initials(short: str, base: int, words: list[re.Match[str]]) -> int | None:
    """Where the long form of ``short`` starts when the parts of its last words, split at hyphens, open with the
    short form's capitals in order, one each ("multi-input multi-output U-net (MIMO-UNet)": m, i, m, o, u, n);
    ``words``: the word matches before the parenthesis, from ``base``.

    Examples:
        >>> import re
        >>> text = "we present a multi-input multi-output U-net ("
        >>> words = list(re.finditer(r"[A-Za-z][\\w\\-]*", text))
        >>> text[_part_initials("MIMO-UNet", 0, words):]
        'multi-input multi-output U-net ('
        >>> _part_initials("MIMO-UNet", 0, words[:-1]) is None
        True
    """
    caps = [c.casefold() for c in short if c.isupper()]
    if len(caps) < 3:
        return None
    for k in range(2, min(len(caps), len(words)) + 1):
        parts = [p for w in words[-k:] for p in w.group().split("-") if p]
        if len(parts) == len(caps) and [p[0].casefold() for p in parts] == caps:
            return base + words[-k].start()
        if len(parts) > len(caps):
            break
    return None


def _shared_last_word(short: str, base: int, words: list[re.Match[str]]) -> int | None:
    """Where the long form of ``short`` starts when both end in one word and the letters before it in the short
    form open words before that word, the first one first ("optical flow motion segmentation-based SLAM (OS-SLAM)":
    O and S, then SLAM); ``words``: the word matches before the parenthesis, from ``base``.

    Examples:
        >>> import re
        >>> text = "introduces optical flow motion segmentation-based SLAM ("
        >>> words = list(re.finditer(r"[A-Za-z][\\w\\-]*", text))
        >>> text[_shared_last_word("OS-SLAM", 0, words):]
        'optical flow motion segmentation-based SLAM ('
        >>> _shared_last_word("QZ-SLAM", 0, words) is None
        True
        >>> text = "the use of optical flow motion segmentation-based SLAM ("
        >>> text[_shared_last_word("OS-SLAM", 0, list(re.finditer(r"[A-Za-z][\\w\\-]*", text))):]
        'optical flow motion segmentation-based SLAM ('
    """
    lead, _, last = short.rpartition("-")
    if not lead.isalpha() or not words or words[-1].group() != last:
        return None
    letters = lead.casefold()
    before = words[-7:-1]
    for k in range(len(before) - 1, -1, -1):  # the nearest word that opens with the first letter and spells the
        w = before[k]  # rest after it (not "of" in "the use of optical ...")
        if w.group()[0].casefold() == letters[0]:
            rest = iter(x.group()[0].casefold() for x in before[k + 1:])
            if all(c in rest for c in letters[1:]):
                return base + w.start()
    return None


def _or_spelled(pat: Patterns, text: str, am: re.Match[str]) -> bool:
    """Whether the capitalized words right before ``am`` (an ``OR_ACRONYM`` match) spell its short form, one initial
    per word: "Model Agnostic Meta Learning or MAML", not "BERT or RoBERTa", "images or GIFs".

    Examples:
        >>> from kg.extract.base import OR_ACRONYM, load_patterns
        >>> pat = load_patterns()
        >>> text = "of an existing method (the Bootstrap Bias Correction, or BBC) that"
        >>> _or_spelled(pat, text, OR_ACRONYM.search(text))
        True
        >>> text = "we fine-tune BERT or RoBERTa on images or GIFs"
        >>> [_or_spelled(pat, text, m) for m in OR_ACRONYM.finditer(text)]
        [False, False]
    """
    short, fw = am.group(1), pat.lexicon.function_words
    initials = sum(c.isupper() for c in short)
    if not short[:1].isupper() or not short.replace("-", "").isalnum() or initials < 2:
        return False
    words = re.findall(r"[A-Za-z][\w\-]*", text[max(0, am.start() - 120):am.start()])
    content = [w for w in words if w.casefold() not in fw]
    run = content[-initials:]
    return (len(run) == initials and all(w[:1].isupper() for w in run)
            and "".join(w[0] for w in run).casefold() == "".join(c for c in short if c.isupper()).casefold())


def _clipped_long_form(short: str, text: str, base: int, paren: int) -> int | None:
    """Where the long form of ``short`` starts when its words, right before the parenthesis at ``paren``, are the
    hyphened parts of ``short`` in order, one or more of them written in full where ``short`` clips it: "Multiple
    MLP-Mixer (Multi-MLP-Mixer)". None otherwise (no part clipped is an acronym's plain repetition).

    Examples:
        >>> text = "Our proposed model, the Multiple MLP-Mixer (Multi-MLP-Mixer), wins."
        >>> text[_clipped_long_form("Multi-MLP-Mixer", text, 0, text.index("(")):text.index("(")]
        'Multiple MLP-Mixer '
        >>> _clipped_long_form("Multi-MLP-Mixer", "the Multi MLP-Mixer (Multi-MLP-Mixer)", 0, 20) is None
        True
    """
    parts = short.split("-")
    if len(parts) < 2 or not all(parts):
        return None
    words = list(re.finditer(r"[^\s\-()]+", text[base:paren]))[-len(parts):]
    if len(words) != len(parts) or not all(
            w.group().casefold().startswith(p.casefold()) and w.group()[0] == p[0] for w, p in zip(words, parts)):
        return None
    if all(len(w.group()) == len(p) for w, p in zip(words, parts)):
        return None
    return base + words[0].start()


def _label_of_spelled(pat: Patterns, mentions: list[Mention]) -> None:
    """Give a name that the capitals of an earlier name of several words spell the label of that name: "the U-net of
    Stable Diffusion XL model. Next, we exploit the unmodified SDXL" (SDXL a model, not the data set "on SDXL"
    would make it). Names the gazetteer knows keep their label.

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> ms = [Mention(0, 19, "Stable Diffusion XL", MODEL, "r"), Mention(30, 34, "SDXL", DATASET, "r")]
        >>> _label_of_spelled(load_patterns(), ms)
        >>> ms[1].label
        'Model'
    """
    spelled: dict[str, tuple[int, str]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label in (MODEL, DATASET) and " " in m.text:
            caps = "".join(c for c in m.text if c.isupper() or c.isdigit())
            if len(caps) >= 3 and caps not in spelled:
                spelled[caps] = (m.start, m.label)
    if not spelled:
        return
    for m in mentions:
        first = spelled.get(m.text)
        if (first is not None and m.label in (MODEL, DATASET) and m.label != first[1] and first[0] < m.start
                and entity_key(m.text) not in pat.known):
            m.label = first[1]


SHORT_CAPS = re.compile(r"[A-Z]{2,5}")
VERSION_TAIL = re.compile(r"\s+(?:version|ver\.|v)\s*\d+(?:\.\d+)?$", re.IGNORECASE)  # "... Dataset version 1"
LONG_FORM_VERSION = re.compile(r"[^\S\n]+(\d+(?:\.\d+)?)[^\S\n]*\(?")  # " 3 (" between "Model" and "(SAM3)"


def _names_a_problem(pat: Patterns, text: str, short: str) -> bool:
    """Whether the text writes ``short`` before "problem" (cue ``problem_after``): a problem, not a method ("any
    SCO problem").

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> _names_a_problem(load_patterns(), "We study Zorb Convex Optimization (ZCO): any ZCO problem reduces to it.", "ZCO")
        True
        >>> _names_a_problem(load_patterns(), "We propose Zorb Convex Optimization (ZCO), which solves the problem.", "ZCO")
        False
    """
    return any(pat.cues["problem_after"].match(text[r.end():r.end() + 12]) for r in standalone(short).finditer(text))


def _redefined(pat: Patterns, text: str, short: str, long_start: int, long_form: str, tail: str, known: str) -> bool:
    """Whether a paper defines a known data set's or topic's acronym as the name of a method of its own: capitalized
    words it owns spell the acronym, and the gazetteer knows them as no name ("Adversarial Relativistic-Contrastive
    (ARC)" is not the AI2 Reasoning Challenge; "the Nested Music Transformer (NMT)", a model, is not machine
    translation).

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> pat = load_patterns()
        >>> text = "We propose Adversarial Relativistic-Contrastive (ARC) distillation."
        >>> _redefined(pat, text, "ARC", 11, "Adversarial Relativistic-Contrastive", "distillation", "Dataset")
        True
        >>> text = "We propose the task of Visual Question Answering (VQA)."
        >>> _redefined(pat, text, "VQA", 28, "Visual Question Answering", "", "Dataset")
        False
        >>> text = "We introduce the Nested Music Transformer (NMT), an architecture."
        >>> _redefined(pat, text, "NMT", 17, "Nested Music Transformer", "", "Topic")
        True
        >>> text = "We study Neural Machine Translation (NMT)."
        >>> _redefined(pat, text, "NMT", 9, "Neural Machine Translation", "", "Topic")
        False
        >>> text = "We evaluate on the AI2 Reasoning Challenge (ARC)."
        >>> _redefined(pat, text, "ARC", 19, "AI2 Reasoning Challenge", "", "Dataset")
        False
    """
    fw = pat.lexicon.function_words
    words = [w for w in long_form.split() if w.casefold() not in fw]
    return ((known == DATASET or (known == TOPIC and long_form.split()[-1].casefold().rstrip("s")
                                  in pat.lexicon.model_heads))  # "Nested Music Transformer (NMT)": not the task
            and len(words) >= 2 and all(w[:1].isupper() for w in words)
            and words[-1].split("-")[-1].casefold() not in pat.lexicon.task_heads  # not "the task of Visual
            # Question Answering (VQA)": the task a data set of that name is for
            and (initials_match(short, long_form, fw) or capitals_spell(short, long_form))
            and entity_key(long_form) not in pat.known and not _data_words(pat, text, long_start, long_form, tail)
            and _owned(pat, text, long_start))


def _tail_acronym(text: str, short: str, long_form: str, mentions: list[Mention],
                  function_words: frozenset[str]) -> list[Mention]:
    """Mentions of the acronym a hyphened ``short`` ends with, where the last words of ``long_form`` spell it and
    the text writes it alone and as a base ("X-based"): "Speaker-Conditioned Serialized Output Training (SC-SOT), an
    enhanced SOT-based training ... how SOT handles": SOT is Serialized Output Training, the model SC-SOT conditions
    (not "Quill-Enhanced Named Entity Recognition (QE-NER) ... NER tools": a task the name qualifies).

    Examples:
        >>> [(m.text, m.aliases) for m in _tail_acronym("Zorb-Led Quill Output (ZL-QO), a QO-based model. QO fails.",
        ...                                             "ZL-QO", "Zorb-Led Quill Output", [], frozenset())]
        [('QO', ['Quill Output'])]
    """
    tail = short.rsplit("-", 1)[-1]
    if ("-" not in short or len(tail) < 2 or not (tail.isalpha() and tail.isupper()) or is_generic(tail)
            or not re.search(r"(?<![\w\-])%s-based\b" % re.escape(tail), text)):
        return []
    words = [w for w in re.split(r"[\s\-]+", long_form) if w and w.casefold() not in function_words]
    spelling = words[-len(tail):]
    if len(words) <= len(tail) or "".join(w[0] for w in spelling) != tail:
        return []
    taken = {m.start for m in mentions}
    found = [Mention(r.start(), r.end(), tail, MODEL, "acronym-part", aliases=[" ".join(spelling)])
             for r in standalone(tail).finditer(text) if r.start() not in taken]
    return found if any(not text.startswith("-", m.end) for m in found) else []


def _one_of_a_kind(text: str, short: str, start: int) -> bool:
    """Whether ``text`` past ``start`` writes ``short`` after an indefinite article and at most three lower-case
    words, as the head of what the article counts: "an efficient and flexible NIDS for ...", "An SIS can be ...".

    Examples:
        >>> _one_of_a_kind("A system (SIS) helps. An SIS can be used.", "SIS", 15)
        True
        >>> _one_of_a_kind("A system (SIS) helps. We train a SIS model.", "SIS", 15)
        False
    """
    return re.search(r"(?<![\w\-])(?:[Aa]n?|[Ss]uch an?)\s+(?:[a-z][\w\-]*,?\s+){0,3}%s(?![\w\-])\s*(?:can|could|may|"
                     r"must|should|will|would|is|helps?|provides?|allows?|for)\b" % re.escape(short),
                     text[start:]) is not None


def _class_words(pat: Patterns, long_form: str) -> bool:
    """Whether every word of ``long_form`` is a common model word, a function word or a model head, in either case
    ("Pretrained Language Model", "pretrained language model"): the long form of a class of models, not of one."""
    return all(w in pat.phrase_generic or w.capitalize() in pat.phrase_generic
               or w.casefold() in pat.lexicon.function_words or w.casefold().rstrip("s") in pat.lexicon.model_heads
               for w in long_form.split())


def _title_subtitle_before(text: str, tend: int, short: str, pos: int) -> int | None:
    """Where the title's subtitle starts when the text before ``pos`` (an acronym's parenthesis) repeats it and the
    title is "SHORT: Subtitle": the abstract spells the name out as its title does, however loosely its letters
    pick the words ("ScanZap: Supervised Confounding Aware ... for Polygenic Risk Modeling").

    Examples:
        >>> t = "Zorp: Quill Aware Zorbing. We introduce Quill Aware Zorbing (Zorp) for genes."
        >>> _title_subtitle_before(t, 25, "Zorp", t.index("(Zorp)")) == t.index("Quill Aware Zorbing (")
        True
    """
    if not text.startswith(f"{short}:", 0, tend):
        return None
    subtitle = " ".join(text[len(short) + 1:tend].split())
    before = text[:pos].rstrip()
    start = len(before) - len(subtitle)
    if len(subtitle.split()) < 2 or start <= tend or " ".join(before[start:].split()).casefold() != subtitle.casefold():
        return None
    return start


def _shared_first_word(short: str, text: str, pos: int, function_words: frozenset[str]) -> int | None:
    """Where the long form of a short form of two words opens when it opens with the first and its other words
    spell the second, function words included or not: "the NASA Prediction of Worldwide Energy Resources (NASA
    POWER)".

    Examples:
        >>> text = "the NASA Prediction of Worldwide Energy Resources (NASA POWER)"
        >>> _shared_first_word("NASA POWER", text, text.index("("), frozenset({"of"}))
        4
        >>> _shared_first_word("NASA POWER", "the NASA Power Grid (NASA POWER)", 20, frozenset({"of"})) is None
        True
    """
    first, _, second = short.partition(" ")
    if " " in second or not second.isupper() or len(second) < 2:
        return None
    opening = text.rfind(f"{first} ", max(0, pos - 120, text.rfind("\n", 0, pos) + 1), pos)
    if opening < 0:
        return None
    words = text[opening + len(first):pos].split()
    spelled = {"".join(w[0] for w in words).casefold(),
               "".join(w[0] for w in words if w.casefold() not in function_words).casefold()}
    return opening if second.casefold() in spelled else None


def _line_start(text: str, pos: int) -> int:
    """Where the line holding ``text[pos]`` starts; a line break inside a sentence of a wrapped abstract
    ("we call Wavering\nMargin Sampling (WMS)") is a space, not a line's end."""
    k = text.rfind("\n", 0, pos)
    while k > 0 and text[k - 1] != "\n" and text[k + 1:k + 2] != "\n" and text[:k].rstrip()[-1:] not in ".!?:":
        k = text.rfind("\n", 0, k)
    return k + 1


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``text[pos:]`` opens a sentence or a line (its first capital is no sign of a name)."""
    lead = text[:pos].rstrip(" ")
    return not lead or lead[-1] in ".!?\n"


@lru_cache(maxsize=1 << 12)
def _spelled_words(short: str) -> re.Pattern[str]:
    """Words in lower case (the first may be capitalized) whose initials spell ``short``; group 1 the last.

    Examples:
        >>> _spelled_words("MAE").search("reduces the mean absolute error by half").group(0)
        'mean absolute error'
    """
    words = [f"[{c.upper()}{c.lower()}][a-z]+" for c in short[:-1]] + [f"({short[-1].lower()}[a-z]+)"]
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(words) + r"(?![\w-])")


CAPITAL_RUN = re.compile(r"(?<![\w-])[A-Z][\w-]*(?:\s+(?:(?:for|of|and|with|via|in|on|to|the)\s+)?[A-Z][\w-]*)+\s*$")
QUOTED_ALIAS = re.compile(r"\s*\(\s*['\u2018\"\u201c]([A-Za-z][\w\-. ]{1,40}?)['\u2019\"\u201d]\s*\)")  # "nnU-Net
# ('no-new-Net')": a quoted reading in parentheses
TRAILING_ACRONYM = re.compile(r"((?:[A-Z][\w-]*\s+){2,7}[A-Z][\w-]*)\s+([A-Z]{3,6})")  # "Gaussian Articulated
# Template Model GART": a name in capitalized words, then its initials
PROPOSED_AFTER = re.compile(r"\)?\s*(?:is|are|was|were)\s+(?:\w+\s+)?(?:proposed|introduced|presented|developed)\b")
# "(MADS) are proposed": the paper's own, in the passive
CLASS_ACRONYM = re.compile(r"[a-z]?[A-Z][a-z]{0,3}[A-Z]+s")  # "LDMs", "pLMs", "VidLMs": a plural acronym, a class
# "This Generative Facial Prior (GFP)", not "This paper investigates the pretrained model (PM)"
OWN_DETERMINER = re.compile(r"\b(?:[Tt]his|[Oo]ur)\s+(?!(?:paper|work|study|article|report)\s+\w+s\s)"
                            r"(?:[\w-]+\s*,?\s+){0,2}?(?:the\s+)?$")
AFTER_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")
IS_A_TAIL = re.compile(r"^\s+[a-z][\w-]*(?=\s+(?:is|are)\s)")  # "(FCM) clustering is a ...": the word before "is"
DEFINED_BEFORE = re.compile(r"(?:(?:[A-Z][\w\-]*\s+){0,5}[A-Z][\w\-]*\s*\([\w\-.]{1,25}\)(?:\s*,\s*(?:and\s+)?|\s+and\s+))+$")  # "A (GEA) and "


def _owned(pat: Patterns, text: str, pos: int) -> bool:
    """Whether the sentence before ``pos`` ends in a cue that the paper introduces or names what follows."""
    lead = _sentence_lead(text, pos)
    if (pat.cues["naming"].search(lead) or OWN_DETERMINER.search(lead) or pat.cues["newly_introduced"].search(lead)
            or pat.cues["parts_lead"].search(lead)  # "is composed of several gated Zorb blocks (GZB)"
            or pat.cues["ordinal_own_lead"].match(lead)):  # "The second algorithm, Zorb Sampling (ZS), ..."
        return True
    listed = DEFINED_BEFORE.search(lead)  # "are proposed: Gated Echo Attention (GEA) and ...": the next one too
    if listed and listed.start() > 0 and pat.cues["newly_introduced"].search(lead[:listed.start()]):
        return True
    if parts_reach(pat, _sentence_lead(text, pos, 240)) is not None:
        return True  # "consists of two parts: echo mixing (EM) and ...", the next one too; not "Existing
        # detectors consist of two parts: ..."
    return introduced_object(pat, lead, defined=True) is not None  # "we propose a test-time tuning (TTX)
    # paradigm", "two novel approaches: Vision Cue Enhancement (VCE)", "two methods to learn wren models (WMs)";
    # not "we propose to apply knowledge distillation (KD)"


def _introduced_here(pat: Patterns, text: str, pos: int) -> bool:
    """Whether an introduce or naming cue of the sentence reaches ``pos`` with nothing but the name's article
    between ("We propose the ", "we call it ", "The proposed "): only then does a common word in parentheses name a
    model."""
    lead = _sentence_lead(text, pos)
    intro = last_match(pat.cues["introduce"], lead)
    return (pat.cues["naming"].search(lead) is not None
            or pat.cues["newly_introduced"].search(lead) is not None  # "The proposed Direct Sentence Off-policy
            # gradient (DSO)"
            or (intro is not None
                and re.fullmatch(r"\s*(?:(?:the|a|an)\s+)?(?:(?:new|novel)\s+)?", lead[intro:]) is not None)
            or (pat.cues["we_subject"].search(lead) is not None  # "we extend X to ... and propose causal linear
                and pat.cues["and_propose_end"].search(lead) is not None))  # UCB (CL-UCB)"


def _introduced_long_form(pat: Patterns, text: str, pos: int, short: str) -> int | None:
    """Where a long form in lower case starts when an introduce cue's object runs from its article to the
    parenthesis at ``pos`` and its words' initials spell ``short`` in order from its first word, passing over
    words no letter stands for: "we introduce a novel probabilistic and robust inverse solver with
    measurement-conditioned diffusion prior (PRISM)". None otherwise (a long form too long for the search
    before the parenthesis, or one that does not spell the acronym: "a novel diffusion prior (PRISM)")."""
    lead = _sentence_lead(text, pos, 240)
    intro = last_match(pat.cues["introduce"], lead)
    if intro is None:
        return None
    obj = re.fullmatch(r"\s*(?:a|an)\s+(?:(?:new|novel)\s+)?([a-z][a-z\s-]*?)\s*\(?", lead[intro:])
    if obj is None or "\n" in obj.group(1):
        return None
    words = [w for w in re.split(r"[\s-]+", obj.group(1)) if w and w not in pat.lexicon.function_words]
    if _spell([c.casefold() for c in short], obj.group(1), pat.lexicon.function_words, len(words)) is None:
        return None
    return pos - len(lead) + intro + obj.start(1)


def title_leads_with(text: str, tend: int, long_form: str) -> bool:
    r"""Whether the title opens with ``long_form``, in any case, as the name of what the paper is about:
    "Embedding Recycling for Language Models" over "... through embedding recycling (ER): re-using ..." (not
    "Concept Bottleneck Model with Zero Performance Loss": a variant of it).

    Examples:
        >>> title_leads_with("Zorb Recycling for Models\n\nWe use zorb recycling (ZR).", 25, "zorb recycling")
        True
        >>> title_leads_with("Zorb Recycling Helps\n\nWe use zorb recycling (ZR).", 20, "zorb recycling")
        False
    """
    return bool(tend) and " " in long_form and re.match(
        r"%s(?:\s*(?::|$)|\s+(?:for|in|via|of)\s)" % re.escape(long_form), text[:tend].strip(), re.IGNORECASE
    ) is not None


def title_leads_with_words_before(text: str, tend: int, long_start: int, long_form: str) -> bool:
    r"""``title_leads_with`` for the long form at ``long_start``, or for it with the one or two words the abstract
    writes before it, which its letters pass over: "Generalist World Model Pre-Training for ..." over "generalist
    world model pre-training (WPT)".

    Examples:
        >>> text = "Broad Zorb Recycling for Models\n\nWe use broad zorb recycling (ZR)."
        >>> title_leads_with_words_before(text, 31, text.index("zorb"), "zorb recycling")
        True
        >>> text = "Broad Zorb Recycling for Models\n\nWe use zorb recycling (ZR)."
        >>> title_leads_with_words_before(text, 31, text.index("zorb"), "zorb recycling")
        False
    """
    words = re.findall(r"[A-Za-z][\w-]*", text[max(tend, long_start - 40):long_start])[-2:]
    return any(title_leads_with(text, tend, " ".join([*words[k:], long_form])) for k in range(len(words) + 1))


def _said_new(pat: Patterns, text: str, pos: int, end: int) -> bool:
    """Whether the name defined from ``pos`` to ``end`` opens its sentence and is said to be new there
    ("Particle-based Object Manipulation (PROMPT) is a new method for ...").

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> text = "Zorb Object Manipulation (ZOM) is a new method for robots."
        >>> _said_new(load_patterns(), text, 0, 30), _said_new(load_patterns(), "We study " + text, 9, 39)
        (True, False)
    """
    return _opens_sentence(text, pos) and bool(pat.cues["is_ours_after"].match(text[end:end + 120]))


def _proposed_after(pat: Patterns, text: str, pos: int, end: int) -> bool:
    """Whether the name defined from ``pos`` to ``end`` is said to be proposed here in the passive, from the
    sentence's start or a comma ("Then, a light gating head (LGH) is proposed"; not "... is proposed by")."""
    return bool(pat.cues["passive_intro_after"].match(text[end:end + 80])) and bool(
        pat.cues["passive_intro_lead"].match(_sentence_lead(text, pos)))


def _component_step(pat: Patterns, text: str, pos: int, end: int, head: str) -> bool:
    """Whether the name defined from ``pos`` to ``end`` (``head``: its long form's last word, folded) is one step
    of the paper's own method: the subject of a sentence opening with a step word, doing something, after the
    paper introduced its work ("We propose Zorb. First, adaptive anchor assignment (ASA) substitutes the static
    strategy"; not "First, reinforcement learning from human feedback (RLHF) is costly", nor a task or training
    objective such as "masked language modeling (MLM)")."""
    if head in pat.lexicon.task_heads or pat.cues["component_step_objective"].search(head):
        return False  # "First, masked language modeling (MLM) pretrains ...": a task or training objective
    return bool(pat.cues["component_step_lead"].match(_sentence_lead(text, pos))
                and pat.cues["component_step_after"].match(text[end - 1:end + 60])
                and pat.cues["introduce"].search(text, 0, pos))


def _sentence_lead(text: str, pos: int, width: int = 100) -> str:
    """The at most ``width`` characters before ``pos``, from the last sentence end (". ") among them.

    Examples:
        >>> _sentence_lead("We use X. Then, a light head (", 30)
        ' Then, a light head ('
    """
    lead = text[max(0, pos - width):pos]
    return lead[lead.rfind(". ") + 1:]


def _repeated_letters(short: str, text: str, base: int, words: list[re.Match[str]], long_start: int,
                      function_words: frozenset[str]) -> int:
    r"""Where a long form starts once a capital the acronym raises to a power counts as that many words: "V2PE"
    spells "variable visual position encoding", "S2-Attn" "shifted sparse attention" (V twice, S twice). Each
    extra word, right before ``long_start``, must open with that letter; else the long form stays as found
    ("end-to-end (E2E)": the 2 is "to").

    Examples:
        >>> t = "we add variable visual position encoding (V2PE)"
        >>> ws = list(re.finditer(r"[A-Za-z][\w\-]*", t[:t.index("(")]))
        >>> t[_repeated_letters("V2PE", t, 0, ws, t.index("visual"), frozenset()):t.index(" (")]
        'variable visual position encoding'
    """
    extra = [letter.casefold() for letter, power in POWERED_CAPITAL.findall(short) for _ in range(int(power) - 1)]
    if not extra:
        return long_start
    before = [w for w in words if base + w.end() <= long_start][-len(extra):]
    start = long_start
    for letter, w in zip(reversed(extra), reversed(before)):
        if (w.group()[0].casefold() != letter or w.group().casefold() in function_words
                or text[base + w.end():start].strip(" -")):
            return long_start  # not every power spelled out: the long form as found
        start = base + w.start()
    return start if len(before) == len(extra) else long_start


def initials_match(short: str, long_form: str, function_words: frozenset[str]) -> bool:
    """Whether the capitals of ``short`` start the words of ``long_form`` in order (GLaM, Generalist Language Model),
    or its letters and digits are the words' initials with a word opening with a digit whole (C3D, Convolutional 3D).

    Examples:
        >>> initials_match("C3D", "Convolutional 3D", frozenset())
        True
    """
    words = [w for w in re.split(r"[\s\-]+", long_form) if w and w.casefold() not in function_words]
    caps = [c.casefold() for c in short if c.isupper()]
    if len(caps) >= 2 and [w[0].casefold() for w in words[: len(caps)]] == caps:
        return True
    return any(c.isdigit() for c in short) and "".join(w if w[0].isdigit() else w[0] for w in words).casefold() == "".join(
        c for c in short if c.isalnum()).casefold()


def _data_words(pat: Patterns, text: str, long_start: int, long_form: str, tail: str) -> bool:
    """Whether a long form the paper names is data: its words, the head after its acronym, a data head it is set in
    apposition to or data drawn from it say so ("stratified data from the Rapid Carbon Assessment (RaCA)"; not from an
    institution or instrument: "the Zorbian Institutes of Health (ZIH)"), unless the phrase that names it says a
    method ("a finetuning algorithm, called Training with Annotations (TWA)")."""
    if pat.cues["method_named_before"].search(text, max(0, long_start - 60), long_start):
        return False
    return _data_head(pat, f"{long_form} {tail}") or bool(pat.cues["data_apposed_before"].search(
        text, max(0, long_start - 40), long_start)) or bool(  # "a new benchmark dataset, Watch, Talk and Guide (WTaG)"
        pat.cues["data_source_long_before"].search(text, max(0, long_start - 60), long_start)
        and not pat.institution_heads.intersection(w.removesuffix("s") for w in long_form.split())
        and not pat.cues["data_source_not_long"].search(long_form))


def _data_head(pat: Patterns, phrase: str) -> bool:
    """Whether a word of data heads ``phrase``: its last word, or the last before a preposition ("Quill Preference
    Pairs", "Zorb Dataset for Reasoning"), not a word inside a method's name ("Deep Support Vector Data Description").
    """
    last = None
    for last in pat.cues["dataset_words"].finditer(phrase):
        pass
    rest = phrase[last.end():].split(maxsplit=1) if last else ["-"]
    return not rest or rest[0].casefold() in pat.lexicon.function_words


def _prefixes_spell(short: str, run: re.Match[str], function_words: frozenset[str]) -> int | None:
    """Where, in the capitalized ``run``, the long form of ``short`` starts when each capital-led part of
    ``short`` opens a successive word ("Co", "So": Counterfactual Soft Reinforcement Learning), else None.

    Examples:
        >>> run = CAPITAL_RUN.search("We propose Counterfactual Soft Reinforcement Learning ")
        >>> _prefixes_spell("CoSo", run, frozenset()), _prefixes_spell("SoCo", run, frozenset())
        (11, None)
    """
    parts = re.findall(r"[A-Z][a-z]*", short)
    if len(parts) < 2 or "".join(parts) != short:
        return None
    words = [w for w in re.finditer(r"[^\s\-]+", run.group()) if w.group().casefold() not in function_words]
    for k in range(len(words) - len(parts) + 1):
        if all(words[k + j].group().casefold().startswith(p.casefold()) for j, p in enumerate(parts)):
            return run.start() + words[k].start()
    return None


def _lower_parts_spell(short: str, base: int, words: list[re.Match[str]], function_words: frozenset[str]) -> int | None:
    """Where the long form of ``short``, in lower case, starts when its words, to the last, are spelled by the
    capital-led parts of ``short`` in order: each part the initials of as many words as its letters, or the
    opening of one word ("Tas", "Net": time-domain audio separation network), else None.

    Examples:
        >>> ws = list(re.finditer(r"[A-Za-z][\\w\\-]*", "where the time-domain audio separation network "))
        >>> _lower_parts_spell("TasNet", 0, ws, frozenset({"the"})), _lower_parts_spell("SatNet", 0, ws, frozenset())
        (10, None)
    """
    parts = [p.casefold() for p in re.findall(r"[A-Z][a-z]*", short)]
    if len(parts) < 2 or "".join(parts) != short.casefold():
        return None
    content = [w for w in words if w.group().casefold() not in function_words]

    def spells(i: int, k: int) -> bool:  # parts[i:] spell content[k:] to its end
        if i == len(parts):
            return k == len(content)
        word = content[k].group().casefold() if k < len(content) else ""
        one = bool(word) and word.startswith(parts[i]) and spells(i + 1, k + 1)
        initials = len(parts[i]) >= 2 and k + len(parts[i]) <= len(content) and all(
            content[k + n].group()[0].casefold() == c for n, c in enumerate(parts[i]))
        return one or (initials and spells(i + 1, k + len(parts[i])))

    for k in range(len(content) - 1, max(-1, len(content) - 9), -1):
        if content[k].group().islower() and all(w.group().islower() for w in content[k:]) and spells(0, k):
            return base + content[k].start()
    return None


def _quantified(pat: Patterns, text: str, long_start: int, short: str, head: str) -> bool:
    """Whether a plural acronym of models or systems is written after a quantifier, so names a class: "most
    Spoken Dialogue Models (SDMs)", "emerging full-duplex SDMs", "several existing SDM models" (in the singular
    before a head)."""
    heads = ("models", "systems", "networks", "agents", "architectures")
    if head not in heads:
        return False
    quantifier = pat.cues["class_quantifier_before"]
    return bool(quantifier.search(text[max(0, long_start - 40):long_start])) or any(
        quantifier.search(text[max(0, r.start() - 40):r.start()]) for r in re.finditer(
            r"(?<![\w-])(?:%s|%s(?=\s+(?:%s)\b))(?![\w-])" % (re.escape(short), re.escape(short[:-1]), "|".join(heads)),
            text))


def capitals_spell(name: str, long_form: str) -> bool:
    """Whether the capitals of ``name`` are, in order, capitals of ``long_form``, its first the first letter:
    "FooNet (Fast Object Occlusion Network)", "Pea-KD (Parameter-efficient and accurate Knowledge Distillation)".

    Examples:
        >>> capitals_spell("FooNet", "Fast Object Occlusion Network"), capitals_spell("BERT", "Devlin et al")
        (True, False)
    """
    caps = [c for c in name if c.isupper()]
    rest = iter(c for c in long_form[1:] if c.isupper())
    return len(caps) >= 2 and long_form[0] == caps[0] and all(c in rest for c in caps[1:])


def _spells_words(short: str, long_form: str, function_words: frozenset[str]) -> bool:
    """Whether ``short`` spells the words of ``long_form``, or all but its last, a head word ("GART" for
    "Gaussian Articulated Template Model").

    Examples:
        >>> _spells_words("GART", "Gaussian Articulated Template Model", frozenset())
        True
        >>> _spells_words("GART", "Graph Attention Model", frozenset())
        False
    """
    return any(initials_match(short, form, function_words) or letters_spell(short, form, function_words)
               for form in (long_form, long_form.rsplit(" ", 1)[0]))


def letters_spell(short: str, long_form: str, function_words: frozenset[str]) -> bool:
    r"""Whether the letters of the capitals ``short`` are picked, in order, out of the words of ``long_form``: one
    or more from each word (hyphened words are one), the first its first letter ("CALL, Communicative World
    Model", written "\underline{C}ommunic\underline{a}tive Wor\underline{l}d Mode\underline{l}", the markers
    dropped with the markup).

    Examples:
        >>> letters_spell("CALL", "Communicative World Model", frozenset())
        True
        >>> fw = frozenset()
        >>> letters_spell("CALL", "Cool World Model Zoo", fw), letters_spell("CALL", "Communicative", fw)
        (False, False)
    """
    letters = short.casefold()
    words = [w.casefold() for w in long_form.split() if w and w.casefold() not in function_words]
    if len(words) < 2 or not letters.isalpha() or not short.isupper() or words[0][:1] != letters[:1]:
        return False

    def picks(i: int, j: int, at: int, taken: bool) -> bool:  # letters[i:] out of words[j] from ``at`` on (taken:
        # it gave one already) and the words after it
        if j == len(words):
            return i == len(letters)
        if taken and picks(i, j + 1, 0, False):
            return True
        found = words[j].find(letters[i], at) if i < len(letters) else -1
        return found >= 0 and picks(i + 1, j, found + 1, True)

    return picks(1, 0, 1, True)


def _without_head(long_form: str, initials: list[str], function_words: frozenset[str],
                  heads: frozenset[str] = frozenset()) -> str:
    """``long_form`` on one line, without a last word in lower case that no letter of its acronym spells when the
    words before it are capitalized: "Spatial Echo Graph Routing method (SEGR)" names "Spatial Echo Graph Routing";
    or when it is one of ``heads`` and the capitals before it spell the acronym ("Hybrid Method of Linear and
    non-linEar collaborative filTering method (HMLET)"; not "... Representation learning (MoDIR)").

    Examples:
        >>> _without_head("Adaptive Scale Fusion  module", ["a", "s", "f"], frozenset({"of"}))
        'Adaptive Scale Fusion'
        >>> _without_head("Zorb Method of Linear and non-linEar quill filTering method", list("zmlet"), frozenset({"of",
        ...     "and"}), frozenset({"method"}))
        'Zorb Method of Linear and non-linEar quill filTering'
    """
    words = long_form.split()
    rest = [w for w in words[:-1] if w.casefold() not in function_words]
    caps = iter(c.casefold() for c in "".join(words[:-1]) if c.isupper())
    if (len(rest) >= 2 and words[-1].islower() and words[-1][0] != initials[-1] and len(rest) >= len(initials) - 1
            and (all(w[0].isupper() for w in rest) or (words[-1] in heads and all(c in caps for c in initials)))):
        words = words[:-1]  # the capitals before the last word spell it all: "Hybrid Method of Linear and
        # non-linEar collaborative filTering method (HMLET)"
    return " ".join(words)


def title_spelled_out(text: str, tend: int, mentions: list[Mention], function_words: frozenset[str]) -> None:
    """A title "ACRONYM: Long Form" spells out the name it opens with: the long form becomes the name's alias
    ("DARTS: Differentiable Architecture Search"), or its words before a link ("with", "for", "via", ...) when
    their initials are the name's capitals ("SimPO: Simple Preference Optimization with a Reference-Free Reward").
    The capitalized content words of the subtitle open with capitals of the name, in order, the first with its
    first: not "Adam: A Method for Stochastic Optimization",
    a plain word ("Kite: Kernel Tricks for Embeddings"), nor a title naming another model ("Zeta2SR: ZetaV2
    Transformer for Super-Resolution").

    Examples:
        >>> m = Mention(0, 5, "PLUMB", "Model", "title-name")
        >>> title_spelled_out("PLUMB: Probabilistic Layout Understanding Model. We ...", 47, [m], frozenset({"of"}))
        >>> m.aliases
        ['Probabilistic Layout Understanding Model']
        >>> m = Mention(0, 5, "SimPO", "Model", "title-name")
        >>> title_spelled_out("SimPO: Simple Preference Optimization with a Free Reward", 56, [m], frozenset({"a"}))
        >>> m.aliases
        ['Simple Preference Optimization']
        >>> m = Mention(0, 4, "PAND", "Model", "title-name")
        >>> title_spelled_out("PAND: Protein All-atom Nested-tree Design for Generation", 56, [m], frozenset())
        >>> m.aliases
        ['Protein All-atom Nested-tree Design']
        >>> m = Mention(0, 7, "TP-UNet", "Model", "title-name")
        >>> title_spelled_out("TP-UNet: Temporal Prompt Guided UNet for Segmentation", 53, [m], frozenset({"for"}))
        >>> m.aliases
        ['Temporal Prompt Guided UNet']
        >>> m = Mention(0, 3, "QCF", "Model", "title-name")
        >>> title_spelled_out("QCF: ZetaNet with Quill Channel Fusion for Speech", 48, [m], frozenset({"for"}))
        >>> m.aliases
        ['Quill Channel Fusion']
    """
    head = next((m for m in mentions if m.start == 0 and m.label in (MODEL, DATASET)), None)
    if head is None or not text.startswith(":", head.end) or head.end >= tend:
        return
    long_form = text[head.end + 1:tend].strip()
    caps = [c.casefold() for c in head.text if c.isupper()]
    if len(caps) < 2:
        return
    words = _content_words(long_form, function_words)
    if len(words) >= 2 and all(w[0].isupper() for w in words) and words[0][0].casefold() == caps[0]:
        rest = iter(caps)
        if all(w[0].casefold() in rest for w in words):  # in order: each initial is a later capital
            head.aliases.append(long_form)
            return
    lead = SUBTITLE_LINK.split(long_form, 1)[0]  # "SimPO: Simple Preference Optimization with a Reference-Free
    # Reward": the words before the link spell every capital (a hyphenated word once: "PANDA: Protein All-atom
    # Nested-tree Denoising Architecture for ...")
    for hyphens in (True, False):
        words = _content_words(lead, function_words, hyphens)
        if lead != long_form and len(words) >= 2 and [w[0].casefold() for w in words] == caps:
            head.aliases.append(lead)
            return
    prefix, _, last = head.text.rpartition("-")  # "TP-UNet: Temporal Prompt Guided UNet for ...": the words before
    words = _content_words(lead, function_words, False)  # the name's last part spell its first, one word over at most
    if prefix.isupper() and len(prefix) >= 2 and len(words) > len(prefix) and words[-1] == last and (
            len(words) - 1 - len(prefix) <= 1 and words[0][0] == prefix[0] and _in_order(prefix, words[:-1])):
        head.aliases.append(lead)
        return
    capitals = [c for c in head.text if c.isupper()]
    for part in SUBTITLE_LINK.split(long_form)[1:]:  # "PCF: ECAPA-TDNN with Progressive Channel Fusion for ...": a
        words = _content_words(part, function_words, False)  # later part of the subtitle spells the name
        if len(words) >= 2 and all(w[0].isupper() for w in words) and [w[0] for w in words] == capitals:
            head.aliases.append(part)
            return


TITLE_WORD = re.compile(r"(?<![\w-])[A-Z][\w'’-]*")


def title_spells_acronym(text: str, tend: int, mentions: list[Mention], known: dict[str, tuple[str, str]]) -> None:
    """An abstract's acronym of three capitals or more, a model or data set it never spells out, takes as its alias
    the title's whole run of capitalized words whose initials are its letters: "DART: Dropouts meet Multiple
    Additive Regression Trees" spells the abstract's MART. Not a known acronym ("Boosting Entity Retrieval Tasks"
    is no BERT), nor a run the title opens with ("Denoising Diffusion Probabilistic Models for ..." applies DDPM).

    Examples:
        >>> text = "Zorb: Dropouts meet Quill Additive Regression Trees. QART, an ensemble, is used."
        >>> m = Mention(52, 56, "QART", "Model", "apposition")
        >>> title_spells_acronym(text, 51, [m], {})
        >>> m.aliases
        ['Quill Additive Regression Trees']
        >>> m = Mention(52, 55, "QAR", "Model", "apposition")
        >>> title_spells_acronym(text, 51, [m], {}); m.aliases
        []
    """
    words = list(TITLE_WORD.finditer(text, 0, tend))
    for m in mentions:
        short = m.text
        if (m.start < tend or m.label not in (MODEL, DATASET) or m.aliases or len(short) < 3
                or not (short.isalpha() and short.isupper()) or entity_key(short) in known):
            continue
        n = len(short)
        for k in range(1, len(words) - n + 1):
            run = words[k:k + n]
            whole = [*words[max(0, k - 1):k], *run, *words[k + n:k + n + 1]]  # a run no capitalized word prolongs
            if ("".join(w.group()[0] for w in run) == short
                    and all(bool(text[a.end():b.start()].strip()) == (a not in run or b not in run)
                            for a, b in zip(whole, whole[1:]))
                    and not any(o.start < run[-1].end() and run[0].start() < o.end for o in mentions)):
                m.aliases.append(text[run[0].start():run[-1].end()])
                break


def _in_order(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are the initials of ``words`` in order, other words between them.

    Examples:
        >>> _in_order("TP", ["Temporal", "Prompt", "Guided"]), _in_order("TP", ["Prompt", "Temporal"])
        (True, False)
    """
    rest = iter(w[0] for w in words)
    return all(c in rest for c in letters)


SUBTITLE_LINK = re.compile(r"\s+(?:with|for|via|through|using|in|of|by|from|on|towards?|under|without)\s+", re.I)


def _content_words(phrase: str, function_words: frozenset[str], hyphens: bool = True) -> list[str]:
    """The words of ``phrase`` that are not function words, split at spaces and (``hyphens``) at hyphens."""
    return [w for w in re.split(r"[\s\-]+" if hyphens else r"\s+", phrase) if w and w.casefold() not in function_words]


def before_long_form(before: str, aliases: list[str]) -> str:
    """``before`` without the long form its name spells out in parentheses, so cues before it still reach it.

    Examples:
        >>> before_long_form("We call them wide nets (", ["wide nets"])
        'We call them '
        >>> before_long_form("by designing a gated module~(", ["gated module"])
        'by designing a '
        >>> before_long_form("The proposed Zorb Quill method (", ["Zorb Quill"])
        'The proposed '
    """
    head = before.rstrip()
    if not head.endswith("("):
        return before
    head = head[:-1].rstrip().rstrip("~")  # "a fusion module~(FM)": TeX's unbreakable space
    exact = next((head[: len(head) - len(a)] for a in aliases if a and head.endswith(a)), None)
    if exact is not None:
        return exact
    headed = (re.search(re.escape(a) + r"\s+[a-z][\w-]*$", head) for a in aliases if a)  # "The proposed Zorb Quill
    return next((head[:m.start()] for m in headed if m), before)  # method (ZQ)": the alias left its head word out


def _initial_words(short: str, phrase: str, function_words: frozenset[str]) -> str | None:
    """The opening words of ``phrase`` whose initials spell the capitals of ``short``, or None.

    Examples:
        >>> _initial_words("BERT", "Bidirectional Encoder Representations from Transformers and more", {"from"})
        'Bidirectional Encoder Representations from Transformers'
    """
    caps = [c.casefold() for c in short if c.isupper()]
    if len(caps) < 2:
        return None
    return _spell(caps, phrase, function_words, 0) or _spell(
        [c.casefold() for c in short if c.isalpha()], phrase, function_words, 2)


def _spell(letters: list[str], phrase: str, function_words: frozenset[str], skips: int) -> str | None:
    """The opening words of ``phrase`` whose initials spell ``letters`` in order, passing over function
    words and up to ``skips`` other words ("BEiT, which stands for Bidirectional Encoder representation
    from Image Transformers": b, e, i, t)."""
    k = 0
    for w in re.finditer(r"[\w-]+", phrase):
        if w.group().casefold() in function_words:
            continue
        if w.group()[0].casefold() != letters[k]:
            if k == 0 or skips == 0:
                return None
            skips -= 1
            continue
        k += 1
        if k == len(letters):
            return phrase[:w.end()]
    return None


def spelled_out(name: str, after: str) -> bool:
    """Whether ``after`` opens with ``(Long Form)`` spelling out ``name``: "Barq (Big Adaptive Retriever)"."""
    rm = REVERSE_ACRONYM.match(after)
    return rm is not None and rm.group(1)[0] == name[0]


ALL_CAPITALS = re.compile(r"\b[A-Z]{4,}\b")
ODD_CAPITALS = re.compile(r"\b(?:[a-z]+[A-Z][a-z]+|[A-Z]{2}[a-z]{3,})\b")  # "dAtaset", "underStanding", "TEmporal"
SENTENCE_END = re.compile(r"[.;](?:\s|$)")
WORD_REST = re.compile(r"\w*")
NAME_REST = re.compile(r"[\w-]*")


def _picked_in_order(text: str, capitals: list[int], letters: str) -> list[int]:
    """The first of ``capitals`` (offsets of capitals in ``text``) and then, in order, the next that spell the rest of
    ``letters``: "RIDER, an RNA Inverse DEsign framework with Reinforcement learning" passes over N and A; [] when
    they do not spell it."""
    if not capitals or text[capitals[0]] != letters[0]:
        return []
    picked = [capitals[0]]
    for i in capitals[1:]:
        if len(picked) < len(letters) and text[i] == letters[len(picked)]:
            picked.append(i)
    return picked if len(picked) == len(letters) else []


def letter_spelled(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the names inside a phrase whose capitals spell an acronym next to it, one letter or
    two picked out of common words: "VITATECS, a diagnostic VIdeo-Text dAtaset for the evaluation of TEmporal
    Concept underStanding" (the words are VITATECS written out, not names of their own); a name of the whole
    phrase stays ("DEtection TRansformer (DETR)").

    Examples:
        >>> t = "We present ZORBA, a ZerO-shot Robust BAseline."
        >>> [m.text for m in letter_spelled(t, [Mention(11, 16, "ZORBA", MODEL, "r"), Mention(20, 28, "ZerO-shot",
        ...     MODEL, "r")])]
        ['ZORBA']
    """
    regions = []
    for acronym in ALL_CAPITALS.finditer(text):
        stop = SENTENCE_END.search(text, acronym.end())
        start = text.rfind(". ", 0, acronym.start()) + 1
        token_end = NAME_REST.match(text, acronym.end()).end()  # "COCO-DR ... via COtinuous COtrastive learning": the
        # letters spelled after the whole name
        after = [i for i in range(token_end, stop.start() if stop else len(text)) if text[i].isupper()]
        before = [i for i in range(start, acronym.start()) if text[i].isupper()]
        letters = acronym.group()
        for picked in (after[:len(letters)], before[-len(letters):], _picked_in_order(text, after, letters)):
            if len(picked) == len(letters) and "".join(text[i] for i in picked) == letters:
                end = WORD_REST.match(text, picked[-1]).end()
                if ODD_CAPITALS.search(text, picked[0] - 1 if picked[0] else 0, end):
                    regions.append((picked[0], end, acronym.start()))
    inside = [m for m in mentions if m.label in (MODEL, DATASET) and any(
        a <= m.start + 1 and m.end <= end and m.start != at and (m.start > a or m.end < end) for a, end, at in regions)]
    if not inside:
        return mentions
    kept = [m for m in mentions if m not in inside]
    found = {m.text for m in kept if m.rule != "repeat"}
    leads = {m.text.split()[0] for m in inside if " " in m.text}  # "RNA" of "RNA Inverse DEsign": its repeats go too
    return [m for m in kept if not (m.rule == "repeat" and m.text in leads and m.text not in found)]
