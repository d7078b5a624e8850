"""The BUILDS_ON relations an abstract states between models: by text cues and by names.

"Zeta extends Alpa", "Building on GShard, we ...", "We introduce Codex, a GPT language model fine-tuned
...", and names that version, vary or extend another named model (Flan-PaLM holds PaLM).
"""

from __future__ import annotations

from typing import Any

from kg.names import EXTENDS, VARIES, VERSIONS, parts_relation
from kg.extract.base import Mention, Patterns, Relation, parse
from kg.model import BUILDS_ON, INTRODUCES, MODEL


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
        BUILDS_ON relations (``source`` and ``target`` index ``mentions``).
    """
    cues = pat.cues
    introduced: dict[str, int] = {}
    intro = [r.target for r in rels if r.type == INTRODUCES and mentions[r.target].label == MODEL]
    for i in sorted(intro, key=lambda i: (not mentions[i].title_name, mentions[i].start)):
        introduced.setdefault(mentions[i].key, i)
    named: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.label == MODEL:
            named.setdefault(m.key, i)
    seen: set[tuple[str, str]] = set()
    out: list[Relation] = []

    def add(src: int, dst: int, rule: str, evidence_at: int) -> None:
        a, b = mentions[src].key, mentions[dst].key
        if a == b or (a, b) in seen or (b, a) in seen:
            return
        seen.add((a, b))
        ss, se = sent_of[evidence_at]
        out.append(Relation(BUILDS_ON, dst, rule, " ".join(text[ss:se].split()), source=src))

    first: dict[int, int] = {}  # sentence start -> its first mention
    for i, m in enumerate(mentions):
        ss, se = sent_of[i]
        subject = first.setdefault(ss, i)
        if m.label != MODEL:
            continue
        before, after = text[ss:m.start], text[m.end:se]
        if (subject != i and mentions[subject].label == MODEL
                and not text[ss:mentions[subject].start].strip()):
            between = text[mentions[subject].end:m.start]
            cue = cues["builds_on_subject"].match(between)
            if cue and (cue.end() == len(between) or (cues["builds_on_before"].search(between)
                                                      and not cues["intro_fence"].search(between))):
                add(subject, i, "subject-cue", i)  # "Zeta extends Alpa", "... and improves on GShard"
                continue
        if not introduced or cues["baseline_before"].search(before[-60:]):
            continue  # "a baseline based on X" says how the baseline was built
        if (cues["builds_on_before"].search(before[-60:]) and not cues["modifier_after"].match(after)) or (
                cues["builds_on_after"].match(after) and cues["counterpart_before"].search(before[-30:])):
            local = [j for j in introduced.values() if ss <= mentions[j].start < m.start]
            later = [j for j in introduced.values() if m.end <= mentions[j].start < se]  # "Building on X, we ..."
            src = local[-1] if local else later[0] if later else next(iter(introduced.values()))
            add(src, i, "text-cue", i)
    # An introduced model's name may version, vary or extend another's; any named model whose name
    # extends another's whole name, version included (Flan-PaLM holds PaLM, not DeepSeekMoE
    # DeepSeek-V2), builds on it whoever introduced it.
    sources = {**{k: j for k, j in named.items() if k not in introduced}, **introduced}
    for key, i in sources.items():
        stated = (VARIES, VERSIONS, EXTENDS) if key in introduced else (EXTENDS,)
        parts = parse(mentions[i].name)
        best: dict[str, tuple[Any, int]] = {}
        for other, j in named.items():
            if other == key:
                continue
            op = parse(mentions[j].name)
            rel = parts_relation(parts, op)
            if rel is None or (key not in introduced and op.version not in (None, parts.version)):
                continue
            rank = op.version or () if rel == VERSIONS else (len(op.family),)
            if rel not in best or rank > best[rel][0]:
                best[rel] = (rank, j)
        nearest = next((rel for rel in (VARIES, VERSIONS, EXTENDS) if rel in best), None)
        if nearest in stated:
            add(i, best[nearest][1], f"name-{nearest}", best[nearest][1])
    stated = {(mentions[r.source].key, mentions[r.target].key) for r in out if r.source is not None}
    out.extend(Relation(BUILDS_ON, i, "appositive", " ".join(text[slice(*sent_of[i])].split()), source=j)
               for i, j in described.items() if (mentions[j].key, mentions[i].key) not in stated
               and cues["appositive_base_after"].match(text[mentions[i].end:sent_of[i][1]]))
    return out
