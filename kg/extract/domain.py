"""Whether a paper is about machine learning, and what may name a model or dataset in one that is not.

A paper's arXiv categories decide when it has any: an ML category (``patterns/lexicon.json``:
``ml_categories``) makes it ML, a category outside computer science and statistics makes it not; under
other computing categories, or with none, the text decides: it is outside ML when it names no model or
dataset the gazetteer knows, has at least ``min_science_words`` distinct words of the sciences (galaxy,
quantum, molecule, protein, theorem, ...) and fewer distinct ML words than those (or than ``min_ml_words``), or
has fewer science words but one at least and no ML word at all in ``min_silent_words`` words or more:
"Bayesian inference of the model parameters" does not make a supernova paper ML. ML words no other field
uses (``learning_words``: "diffusion model", "trained on", "generates") count ``learning_weight`` times, so that
"protein" and "molecule" in the title of a paper about a diffusion model do not outweigh its method.
Outside ML only strong evidence makes a Model or Dataset: a name the gazetteer knows, not a namesake of
another field's (Pythia, the event generator; JAX, the mouse supplier: ``"namesake": true``), in any case and
with any version ("PYTHIA 8" is the generator too), or a named collection the text draws its data from
("stars from the QUARTO and PELLAM surveys", "data from the Tumour Cell Atlas": ``SOURCE_RULE``). Catalogue
designations (HD 209458 b), chemical formulas (NH3), gene names and instruments are never taken by shape
there. In ML papers on those subjects the pattern
data keeps them out: ``formula_shape`` (``patterns/generic.json``: LiFePO4 is no name) and the cues
``bio_target_before`` and ``metric_heads`` (``patterns/cues.json``: "variants in ZRB7", "QT-118 cells", "the
Harrier-2 spectrograph", "calculations performed in QChemX").
"""

from __future__ import annotations

import re

from collections.abc import Collection, Sequence
from functools import lru_cache

from kg.extract.base import Lexicon, Mention, parse
from kg.extract.starts import FirstChar
from kg.sources.categories import category_code
from kg.model import DATASET, MODEL

CATEGORIES = "kg_categories"  # doc.user_data key: the paper's category codes, when the source gives them
STRONG_RULES = frozenset({"gazetteer", "gazetteer-variant", "family-root", "name-extends-known"})  # the gazetteer knows it
OUTSIDE_ML = "kg_outside_ml"  # doc.user_data key: True when the paper was judged outside ML (is_ml_paper)
SOURCE_RULE = "data-source"  # a named survey, catalogue or database the text draws data from: a Dataset anywhere


def is_ml_paper(text: str, categories: Sequence[str], lex: Lexicon, known: bool = False) -> bool:
    """Whether a paper is about machine learning, by its categories when it has any, else by its text.

    ``known``: the gazetteer found a model or dataset in the text, which makes uncategorized text ML.

    Examples:
        >>> from kg.extract.base import load_patterns
        >>> lex = load_patterns().lexicon
        >>> is_ml_paper("We fit the light curve.", ["astro-ph.SR"], lex), is_ml_paper("", ["cs.CL"], lex)
        (False, True)
        >>> is_ml_paper("", ["LG"], lex), is_ml_paper("We fit the light curve.", ["nucl-th"], lex)
        (True, False)
        >>> is_ml_paper("", ["Computer Science - Machine Learning"], lex), is_ml_paper("We fit it.", ["Astrophysics"], lex)
        (True, False)
        >>> is_ml_paper("We train a neural encoder on two datasets.", ["Computer Science", "Medicine"], lex)
        True
        >>> is_ml_paper("We train a neural encoder on two datasets.", [], lex)
        True
        >>> is_ml_paper("We measure the spectra of 40 galaxies with the Kestrel-9 telescope.", [], lex)
        False
        >>> is_ml_paper("Timing of the pulsar over 9 years with the Kestrel-9 telescope.", [], lex)
        False
        >>> is_ml_paper("Zorb plans routes for solar drones; its planner is trained on 40 maps.", [], lex)
        True
        >>> is_ml_paper("Protein and molecule design. A diffusion model generates enzyme pockets.", [], lex)
        True
        >>> pipes = "The QX-7 coating lowers corrosion of steel pipes by 30%. " + "It lasts two winters. " * 20
        >>> is_ml_paper(pipes, [], lex), is_ml_paper(pipes[:60], [], lex)
        (False, True)
        >>> is_ml_paper(pipes.replace("coating", "encoder"), [], lex)
        True
    """
    categories = [code for code in map(category_code, categories) if code]  # names and unknown words: none
    if categories:
        bare = [c for c in categories if c.isalpha() and c.isupper()]  # a listing's "LG", "CL"
        full = {*categories, *(f"{prefix}{c}" for c in bare for prefix in lex.text_decides)}
        if full & lex.ml_categories:
            return True
        if not bare and not any(f"{c}.".startswith(lex.text_decides) for c in categories):  # "cs.CR", "cs"
            return False
    if known:
        return True
    # words counted once in the singular and the plural ("patient", "patients")
    science = {m.group().casefold().removesuffix("s") for m in _words(lex.science_words).finditer(text)}
    if not science:
        return True
    ml = {m.group().casefold().removesuffix("s") for m in _words(lex.ml_words).finditer(text)}
    learning = {m.group().casefold().removesuffix("s") for m in _words(lex.learning_words).finditer(text)}
    weight = len(ml - learning) + lex.learning_weight * len(learning)
    if len(science) < lex.min_science_words:  # a science word and no word of ML at all in a whole abstract: a
        return weight > 0 or not lex.min_silent_words or len(text.split()) < lex.min_silent_words  # paper of
        # another field; a short text may just not say its method
    return weight >= max(lex.min_ml_words, len(science))  # "inference of the parameters" in a galaxy paper


@lru_cache(maxsize=16)
def _words(regex: re.Pattern[str]) -> FirstChar:
    """A word-list regex searched alternative by first character (hundreds of words: ``FirstChar``)."""
    return FirstChar(regex)


def strong_keys(mentions: list[Mention], namesakes: Sequence[tuple[int, int]] = (),
                namesake_ids: Collection[str] = ()) -> set[tuple[str, str]]:
    """The (label, key) of the models and datasets the gazetteer knows: what alone may name one outside ML.

    ``namesakes``: spans of gazetteer names other fields use for something else (``"namesake": true`` in
    ``patterns/models.jsonl``: Pythia the event generator, JAX the mouse supplier); a mention over one is
    no evidence. ``namesake_ids``: those names' ids; a mention of the same family written otherwise ("PYTHIA 8",
    "Pythia 8.3") is no evidence either.

    Examples:
        >>> from kg.extract.base import Mention
        >>> m = [Mention(0, 8, "KESTREL 2", "Model", "gazetteer-variant", key="kestrel2"),
        ...      Mention(20, 26, "Zorb-3", "Model", "gazetteer", key="zorb3")]
        >>> sorted(strong_keys(m, namesake_ids={"Kestrel"})), sorted(strong_keys(m))
        ([('Model', 'zorb3')], [('Model', 'kestrel2'), ('Model', 'zorb3')])
    """
    families = {parse(i).family for i in namesake_ids}
    return {(m.label, m.key) for m in mentions if m.rule in STRONG_RULES and m.label in (MODEL, DATASET)
            and not any(m.start <= a and b <= m.end for a, b in namesakes)
            and not (families and parse(m.text).family in families)}
