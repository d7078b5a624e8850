"""Splitting a profile listing's glued ``<title><authors>`` line, and telling names from title words."""

from __future__ import annotations

import pytest

from kg.names import clean_name, is_name, person_key
from kg.sources.names import split_title_authors

# (glued line, title, authors, author list truncated with "et al.")
SPLITS = [
    # glue after a lower-case letter
    ("Sparse Routing for Speech TransformersMarta Okafor, Liang Wu",
     "Sparse Routing for Speech Transformers", ["Marta Okafor", "Liang Wu"], False),
    ("Learning to Rank with Noisy LabelsPriya Raman", "Learning to Rank with Noisy Labels", ["Priya Raman"], False),
    ("Pathways to Efficient DecodingXu Li", "Pathways to Efficient Decoding", ["Xu Li"], False),
    ("A Survey of Model MergingMausam", "A Survey of Model Merging", ["Mausam"], False),
    ("Quantized Inference on CPUsRaj Patel, Mira Shah", "Quantized Inference on CPUs", ["Raj Patel", "Mira Shah"],
     False),
    ("Evaluating Factuality in Summarization v2Ruth Ababio", "Evaluating Factuality in Summarization v2",
     ["Ruth Ababio"], False),
    # glue after "?", ":", ")", "]", a comma or a closing quote
    ("Why Do Adapters Forget?Tomás Ferreira, Ines Baptista", "Why Do Adapters Forget?",
     ["Tomás Ferreira", "Ines Baptista"], False),
    ("Do LLMs Plan?Zoë Adeyemi", "Do LLMs Plan?", ["Zoë Adeyemi"], False),
    ("Can Small Models Reason?Ha Eun Seo, Ji-ho Kang", "Can Small Models Reason?", ["Ha Eun Seo", "Ji-ho Kang"],
     False),
    ("Memory-Efficient Optimizers (Extended)Karin Holm", "Memory-Efficient Optimizers (Extended)", ["Karin Holm"],
     False),
    ("Benchmarks in the Wild [Position]Sara Lindgren", "Benchmarks in the Wild [Position]", ["Sara Lindgren"], False),
    ("Masked Autoencoders Are Data-Efficient “Really”Nora Quinn", "Masked Autoencoders Are Data-Efficient “Really”",
     ["Nora Quinn"], False),
    ("Learning from Human Feedback, RevisitedIvo Marinov", "Learning from Human Feedback, Revisited",
     ["Ivo Marinov"], False),
    ("Audio Tokenizers: A Comparative StudyFarah Naz, Ali bin Hassan", "Audio Tokenizers: A Comparative Study",
     ["Farah Naz", "Ali bin Hassan"], False),
    # glue after a symbol, an ellipsis or an emoji; not after "/" or "-"
    ("Scaling to 100%Ann Lee, Bob Stone", "Scaling to 100%", ["Ann Lee", "Bob Stone"], False),
    ("Fast Parsing in C++Ann Lee", "Fast Parsing in C++", ["Ann Lee"], False),
    ("Wait for It…Ann Lee", "Wait for It…", ["Ann Lee"], False),
    ("Hugging Face Hub 🤗Ann Lee", "Hugging Face Hub 🤗", ["Ann Lee"], False),
    # a change of script
    ("Chinese NER Revisited李明, 王芳", "Chinese NER Revisited", ["李明", "王芳"], False),
    ("Korean Speech Corpus김민준, 이서연", "Korean Speech Corpus", ["김민준", "이서연"], False),
    ("C-Eval: 中文模型评估Yuzhen Huang", "C-Eval: 中文模型评估", ["Yuzhen Huang"], False),
    # titles ending in an acronym or in digits
    ("Tokenizer-Free Models for ASRHana Kobayashi, Omar Haddad", "Tokenizer-Free Models for ASR",
     ["Hana Kobayashi", "Omar Haddad"], False),
    ("Calibrated Uncertainty for NLIŁukasz Wiśniewski, Dorota Kołodziej", "Calibrated Uncertainty for NLI",
     ["Łukasz Wiśniewski", "Dorota Kołodziej"], False),
    ("Token Dropping for BERTLe Thi Hoa, Nguyen Van An", "Token Dropping for BERT", ["Le Thi Hoa", "Nguyen Van An"],
     False),
    ("On the Limits of RLHFDaniel Da Costa, Lea Stein et. al.", "On the Limits of RLHF",
     ["Daniel Da Costa", "Lea Stein"], True),
    ("Mixture Models at 540BJonas Lindqvist, Ana Souza", "Mixture Models at 540B", ["Jonas Lindqvist", "Ana Souza"],
     False),
    ("Scaling Vision Transformers to 22BXiaohua Lin, Lucas Beyer", "Scaling Vision Transformers to 22B",
     ["Xiaohua Lin", "Lucas Beyer"], False),
    ("Vision Encoders in 2024Elena Marchetti", "Vision Encoders in 2024", ["Elena Marchetti"], False),
    ("Compositional Generalization in Seq2SeqAisha Bello, Kwame Mensah", "Compositional Generalization in Seq2Seq",
     ["Aisha Bello", "Kwame Mensah"], False),
    # a plural acronym keeps its "s"
    ("Kimi k1.5: Scaling RL with LLMsKimi Team, Angang Du", "Kimi k1.5: Scaling RL with LLMs",
     ["Kimi Team", "Angang Du"], False),
    # camel-case and hyphenated words inside the title
    ("GPT-Style Pretraining for TablesIris Novak", "GPT-Style Pretraining for Tables", ["Iris Novak"], False),
    ("MoE-LLaVA Routing StudyTheo Klein", "MoE-LLaVA Routing Study", ["Theo Klein"], False),
    ("Tuning with AutoPrompt Search at ScaleGreta Holm", "Tuning with AutoPrompt Search at Scale", ["Greta Holm"],
     False),
    ("Diffusion Models Beat GANs AgainRosa Díaz-Ortega, Pablo Núñez", "Diffusion Models Beat GANs Again",
     ["Rosa Díaz-Ortega", "Pablo Núñez"], False),
    # camel-case names (not first), particles, apostrophes, hyphens, suffixes
    ("Retrieval-Augmented DecodingMin Park, HyeonWoo Kim", "Retrieval-Augmented Decoding",
     ["Min Park", "HyeonWoo Kim"], False),
    ("Faster Transformers via PruningConnor McAllister, Fiona O'Brien", "Faster Transformers via Pruning",
     ["Connor McAllister", "Fiona O'Brien"], False),
    ("Understanding In-Context LearningYann LeGrand, Sam Porter et al.", "Understanding In-Context Learning",
     ["Yann LeGrand", "Sam Porter"], True),
    ("Graph Priors for Protein DesignLudwig van der Berg, Sofia de la Cruz", "Graph Priors for Protein Design",
     ["Ludwig van der Berg", "Sofia de la Cruz"], False),
    ("Efficient Attention KernelsJean-Pierre Dubois, Chloé Martin", "Efficient Attention Kernels",
     ["Jean-Pierre Dubois", "Chloé Martin"], False),
    ("Self-Play for DialogueAnne-Marie Leclerc, Jean-Luc Girard", "Self-Play for Dialogue",
     ["Anne-Marie Leclerc", "Jean-Luc Girard"], False),
    ("Contrastive Pretraining for CodeMartin Luther King Jr., Ana Ruiz", "Contrastive Pretraining for Code",
     ["Martin Luther King Jr.", "Ana Ruiz"], False),
    ("Robot GraspingJohn Smith, Jr., Ann Lee", "Robot Grasping", ["John Smith Jr.", "Ann Lee"], False),
    ("A Model Zoo for 3DSamuel Smith, Sr.", "A Model Zoo for 3D", ["Samuel Smith Sr."], False),
    ("Philosophy of al-FarabiAnn Lee, Omar al-Khayyam", "Philosophy of al-Farabi", ["Ann Lee", "Omar al-Khayyam"],
     False),
    ("Robotic SurgeryJean d'Alembert, Juan Carlos Pérez de la Torre Ruiz", "Robotic Surgery",
     ["Jean d'Alembert", "Juan Carlos Pérez de la Torre Ruiz"], False),
    # "and", "&", marks and odd spaces in the author list
    ("Speech ModelsAnn Lee, Bob Stone, and Carl Diaz", "Speech Models", ["Ann Lee", "Bob Stone", "Carl Diaz"], False),
    ("Speech ModelsAnn Lee & Bob Stone", "Speech Models", ["Ann Lee", "Bob Stone"], False),
    ("Speech ModelsAnn Lee*, Bob Stone†", "Speech Models", ["Ann Lee", "Bob Stone"], False),
    ("Speech ModelsAnn\u00a0Lee, Bob\u00a0Stone", "Speech Models", ["Ann Lee", "Bob Stone"], False),
    # initials
    ("Multilingual Pretraining at ScaleMarcus J. Whitfield, Ada K. Osei", "Multilingual Pretraining at Scale",
     ["Marcus J. Whitfield", "Ada K. Osei"], False),
    ("Robust Speech RecognitionJ. R. Tolkien, A. B. Clarke", "Robust Speech Recognition",
     ["J. R. Tolkien", "A. B. Clarke"], False),
    ("Neural Codecs for SpeechO. A. Bankole", "Neural Codecs for Speech", ["O. A. Bankole"], False),
    ("Program Synthesis from ExamplesC.-J. Hsieh, Tom Weber", "Program Synthesis from Examples",
     ["C.-J. Hsieh", "Tom Weber"], False),
    # non-ASCII names
    ("Speech Translation Without TextÇağla Yılmaz, Emre Öztürk", "Speech Translation Without Text",
     ["Çağla Yılmaz", "Emre Öztürk"], False),
    ("Sparse Experts for VisionBjörn Ångström et al.", "Sparse Experts for Vision", ["Björn Ångström"], True),
    # group authors
    ("Open Weights for EveryoneGemini Team", "Open Weights for Everyone", ["Gemini Team"], False),
    ("Distilled Coders at ScaleDeepMind-AI, Rahul Iyer et al.", "Distilled Coders at Scale",
     ["DeepMind-AI", "Rahul Iyer"], True),
    ("A Reasoning Model Trained with RLQwenLab-AI, Mei Ling", "A Reasoning Model Trained with RL",
     ["QwenLab-AI", "Mei Ling"], False),
    ("Long-Context Evaluation SuiteThe Orion Collaboration", "Long-Context Evaluation Suite",
     ["The Orion Collaboration"], False),
    ("Datasets for Low-Resource MTMasakhane Community, Ife Adebara", "Datasets for Low-Resource MT",
     ["Masakhane Community", "Ife Adebara"], False),
    ("GPT-4 Technical ReportOpenAI", "GPT-4 Technical Report", ["OpenAI"], False),
    ("Evaluating GPT-4oOpenAI", "Evaluating GPT-4o", ["OpenAI"], False),
    ("BLOOM: A 176B-Parameter Open-Access Multilingual Language ModelBigScience Workshop",
     "BLOOM: A 176B-Parameter Open-Access Multilingual Language Model", ["BigScience Workshop"], False),
    ("Large Models at ScaleIBM Research, Ann Lee", "Large Models at Scale", ["IBM Research", "Ann Lee"], False),
    # "et al." truncation
    ("Benchmarking Retrieval for QAWei-Lin Chen, Arjun Mehta et al.", "Benchmarking Retrieval for QA",
     ["Wei-Lin Chen", "Arjun Mehta"], True),
    ("Scaling Laws Revisited: A Second LookNadia Petrova et al.", "Scaling Laws Revisited: A Second Look",
     ["Nadia Petrova"], True),
    ("Instruction Tuning with FLANEmma Strand et al", "Instruction Tuning with FLAN", ["Emma Strand"], True),
    ("Speech ModelsAnn Lee Et Al.", "Speech Models", ["Ann Lee"], True),
    ("Speech ModelsAnn Lee, Bob Stone, et al.", "Speech Models", ["Ann Lee", "Bob Stone"], True),
    # a tab settles a split the glue rules would get wrong (a camel-case first author)
    ("Retrieval-Augmented Decoding\tHyeonWoo Park, MinJun Kim", "Retrieval-Augmented Decoding",
     ["HyeonWoo Park", "MinJun Kim"], False),
    ("Video Generation Models\tNVIDIA, Niket Agarwal", "Video Generation Models", ["NVIDIA", "Niket Agarwal"], False),
]


@pytest.mark.parametrize(("line", "title", "authors", "truncated"), SPLITS, ids=[s[1][:40] for s in SPLITS])
def test_split_title_authors(line: str, title: str, authors: list[str], truncated: bool) -> None:
    assert split_title_authors(line) == (title, authors, truncated)


@pytest.mark.parametrize("line", [
    "a title with no authors at all",
    "Scaling Laws for Everything",
    "Deep Learning for GPT-4",
    "HELM Benchmark Suite v3",
    "Graph Neural NetworksAnn Lee,",
    "Models at Scale\tnot a name, x",
    "Training ChatGPT",  # a lone acronym after a glue point ends the title
    "A Study of ChatGPT and Bard",
    "Video Generation ModelsNVIDIA, Niket Agarwal",
])
def test_lines_without_an_author_list_do_not_split(line: str) -> None:
    assert split_title_authors(line) is None


@pytest.mark.parametrize("text", ["Tara N. Sainath", "Ji-ho Kang", "Ludwig van der Berg", "DeepSeek-AI",
                                  "The Orion Collaboration", "Mausam", "C.-J. Hsieh", "Martin Luther King Jr.",
                                  "OpenAI", "BigScience Workshop", "李明", "Omar al-Khayyam",
                                  "Juan Carlos Pérez de la Torre Ruiz"])
def test_names(text: str) -> None:
    assert is_name(text)


@pytest.mark.parametrize("text", ["Economical and Efficient", "GPT-4", "for ASR", "J.", "Self-supervised Learning",
                                  "van Rossum", "A Very Long Run Of Capitalised Title Words",
                                  "NVIDIA", "AI", "B-Parameter ModelBigScience Workshop"])
def test_not_names(text: str) -> None:
    assert not is_name(text)


def test_person_key_folds_accents_dots_case_and_spacing_only() -> None:
    assert person_key("Jürgen  Müller") == person_key("jurgen muller") == "jurgen muller"
    assert person_key("Tara N. Sainath") == person_key("Tara N Sainath")
    assert person_key("Yu Zhang") != person_key("Yu Zhong")


def test_clean_name_composes_unicode_and_spaces() -> None:
    assert clean_name(" Zoe\u0308\u00a0 Adeyemi ") == "Zoë Adeyemi"


# --- person keys fold every Latin letter alike; spellings of one person --------------------------------

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.names import same_person  # noqa: E402


@pytest.mark.parametrize("written, plain", [
    ("Łukasz Kaiser", "Lukasz Kaiser"), ("ŁUKASZ KAISER", "lukasz kaiser"), ("Søren Jørgensen", "Soren Jorgensen"),
    ("ØYVIND Ås", "Oyvind As"), ("Đorđe Petrović", "Dorde Petrovic"), ("Þóra Æsa Hœgh", "Thora Aesa Hoegh"),
    ("Gauß Weiß", "Gauss Weiss"), ("Sıla Kılıç", "Sila Kilic"), ("Ðặng Ħana", "Dang Hana"), ("Jürgen Müller", "Jurgen Muller"),
])
def test_person_keys_fold_letters_that_do_not_decompose(written: str, plain: str) -> None:
    assert person_key(written) == person_key(plain)


@given(st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Zs")), max_size=30))
def test_a_person_key_is_its_own_key_and_has_no_marks(name: str) -> None:
    key = person_key(name)
    assert person_key(key) == key and key == key.casefold()
    assert not any(ch in "łøđæœıðþħŋŧ" for ch in key)


@pytest.mark.parametrize("a, b, same", [
    ("Noam Shazeer", "Noam M. Shazeer", True), ("W. Fedus", "William Fedus", True), ("Fedus", "William Fedus", True),
    ("J.-P. Serre", "Jean-Pierre Serre", True), ("Łukasz Kaiser", "L. Kaiser", True),
    ("Ann B. Lee", "Ann C. Lee", False), ("Wei Wang", "Wen Wang", False), ("A. Lee", "B. Lee", False),
    ("Noam Shazeer", "Noam Chomsky", False), ("John Smith Jr.", "J. Smith", True),
    ("Daniel De Freitas", "Daniel Freitas", True),
])
def test_same_person_needs_the_family_name_and_compatible_given_names(a: str, b: str, same: bool) -> None:
    assert (same_person(a, b), same_person(b, a)) == (same, same)


NAME_WORDS = st.sampled_from(["Ann", "A.", "Bo", "B.", "Noam", "N.", "M.", "Lee", "Łee", "Shazeer", "Wang", "Wei"])


@given(st.lists(NAME_WORDS, min_size=1, max_size=4), st.lists(NAME_WORDS, min_size=1, max_size=4))
def test_same_person_is_symmetric_and_reflexive(a: list[str], b: list[str]) -> None:
    x, y = " ".join(a), " ".join(b)
    assert same_person(x, y) == same_person(y, x)
    assert same_person(x, x)


# --- the name index finds what a scan of a name's family finds -------------------------------------------

from kg.names import TIER_WORDS, TUNED_WORDS, NameIndex, NameParts, parse_name, parts_relation  # noqa: E402

PART_WORDS = st.sampled_from(["wren", "mini", "net"])  # few words, so that many names share a family
VARIANT_WORDS = st.sampled_from(["pro", "vision", sorted(TUNED_WORDS)[0], sorted(TIER_WORDS)[0]])
NAME_PARTS = st.builds(
    NameParts, family=st.lists(PART_WORDS, max_size=2).map(tuple),
    version=st.none() | st.lists(st.integers(0, 3), min_size=1, max_size=2).map(tuple),
    variant=st.lists(VARIANT_WORDS, max_size=4, unique=True).map(tuple))


def family_scan(parts: dict[str, NameParts], a: NameParts) -> dict[str, str]:
    """What inference did before the index: every name whose family is a run of a's family, each compared."""
    by_family: dict[tuple[str, ...], list[str]] = {}
    for key, p in parts.items():
        by_family.setdefault(p.family, []).append(key)
    runs = {a.family[i:j] for i in range(len(a.family)) for j in range(i + 1, len(a.family) + 1)}
    return {n: rel for run in runs for n in by_family.get(run, ()) if (rel := parts_relation(a, parts[n]))}


@given(st.lists(NAME_PARTS, max_size=40), NAME_PARTS)
def test_the_name_index_finds_what_the_family_scan_finds(names: list[NameParts], other: NameParts) -> None:
    parts = {str(i): p for i, p in enumerate(names)}
    ix = NameIndex(parts)
    for a in (*names, other):
        assert ix.related(a) == family_scan(parts, a)
        assert ix.related(a) == {k: rel for k, p in parts.items() if (rel := parts_relation(a, p))}


def test_the_name_index_reads_written_names() -> None:
    keys = ("Wren", "Wren 1", "Wren 2", "Wren 2 Pro", "Wren 2-Chat", "Wren 3", "MiniWren", "MiniWren 2", "Kite")
    parts = {k: parse_name(k) for k in keys}
    assert NameIndex(parts).related(parse_name("MiniWren 2 Pro")) == {
        "MiniWren": "version", "MiniWren 2": "variant",  # no Wren 2-Chat: its "chat" is no word of the name
        **{k: "extension" for k in ("Wren", "Wren 1", "Wren 2", "Wren 2 Pro", "Wren 3")}}
