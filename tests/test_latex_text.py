"""LaTeX decoding: the shortcut for braced accented letters gives exactly what pylatexenc gives; font and box
commands keep their text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.sources.text import _decoded, latex_to_text

ACCENTS = [r"{\"u}", r"{\'e}", r"{\'\i}", r"{\c{c}}", r"{\o}", r"{\O}", r"{\ss}", r"{\aa}", r"{\"{o}}", r"{\v{s}}",
           r"{\H{o}}", r"{\^w}", r"{\.z}", r"{\k{a}}", r"{\r{u}}", r"{\`a}", r"{\~n}", r"{\=a}", r"{\u{g}}", r"{\ae}",
           r"{\L}", r"{\"\i}", r"{\'{\j}}"]
PIECES = ACCENTS + ["M", "ller", "Fran", "ois", "é", "Ω", "7", " ", "  ", ".", ",", ":", ";", "(", ")", "/", "{MoE}",
                    "{T}", "-", "--", "'", "''", "~", "``", '"', "_", "&", r"\&", r"\"u", r"\c c", r"\o", "{", "}",
                    "$x$", "%", "\u00a0", r"{\"u}x}", r"{{\o}}", "\t"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10), st.sampled_from(ACCENTS), st.integers(0, 10))
def test_text_with_a_command_decodes_as_pylatexenc(pieces: list[str], accent: str, at: int) -> None:
    value = "".join(pieces[:at] + [accent] + pieces[at:])  # text with no command is not parsed at all
    assert latex_to_text(value) == _decoded(value)


def test_names_with_accents() -> None:
    assert [latex_to_text(v) for v in [r"J{\"u}rgen M{\o}ller", r"Fran{\c{c}}ois Garc{\'\i}a", r"Ren{\'e}e  {D}ubois"]
            ] == ["Jürgen Møller", "François García", "Renée Dubois"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES[:PIECES.index("-")]), min_size=1, max_size=12).map("".join))
def test_names_and_titles_the_shortcut_takes_decode_as_pylatexenc(value: str) -> None:
    assert latex_to_text(value) == (_decoded(value) if "\\" in value else latex_to_text(value))


@pytest.mark.parametrize(("value", "text"), [
    # a font or box command keeps its text, as it prints: a system's name in typewriter type is that name
    (r"Federated Averaging (\texttt{FedAvg}) runs SGD", "Federated Averaging (FedAvg) runs SGD"),
    (r"This report introduces \texttt{Zorb-Korean-v1.0}, a model", "This report introduces Zorb-Korean-v1.0, a model"),
    (r"We present \textsf{Quill}, \mbox{Zorb-2} and \textup{Brio}", "We present Quill, Zorb-2 and Brio"),
    (r"Code at \texttt{\url{https://example.org/zorb}}.", "Code at <https://example.org/zorb>."),
    (r"We call it \mathbf{Zorb} and \textmd{Quill}", "We call it Zorb and Quill"),
    # negatives: maths stays as written
    (r"a loss $\mathbf{x}_i$ over \texttt{Zorb}", r"a loss $\mathbf{x}_i$ over Zorb"),
])
def test_font_commands_keep_their_text(value: str, text: str) -> None:
    assert latex_to_text(value) == text
