"""The read-only check for user Cypher (``kg cypher``): a tokenizer, not a regex over the text.

The check is the second of two guards. The first is where the statement runs: on the embedded store
through ArcadeDB's query path, which refuses every statement that is not idempotent, inside a transaction
that is always rolled back; over Bolt in an explicit read-access transaction that is always rolled back,
never committed (``GraphStore.run_read_only``). This module refuses writes before they reach either, with a
message that names the clause.

The tokenizer reads comments (``//`` up to any line end: LF, CR, CRLF, U+2028, U+2029, U+0085, VT, FF;
``/* */``), strings ('...' and "..." with backslash escapes) and names in backticks (with doubled backticks)
the way the Cypher grammar does (ArcadeDB reads ``'a\\'b'`` as ``a'b``, as Neo4j does: tested). A keyword
counts only where a clause can start: ``n.remove``, ``:Set``, ``{create: 1}``, ``AS remove``, ``x IN set``
are names. Where engines might read the text differently the check takes the stricter reading: a ``//``
comment also ends at U+2028, U+2029, U+0085, VT and FF (ArcadeDB ends it at CR or LF only), keywords
are compared after Unicode compatibility folding (``ſet`` is SET), and characters no Cypher name holds
(a backslash, an invisible format character) are refused outside strings and comments.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kg.errors import KGError

# Clauses that write or administer; each refused wherever a clause can start.
WRITE_CLAUSES = frozenset({
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "INSERT", "FOREACH", "LOAD", "DROP", "ALTER",
    "RENAME", "GRANT", "DENY", "REVOKE", "USE", "START", "STOP", "TERMINATE", "ENABLE", "DEALLOCATE",
    "REALLOCATE", "TRANSACTIONS",
})
# Procedures CALL may name: schema reads only.
READ_ONLY_PROCEDURES = frozenset({
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
    "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
})
# After these a name follows, never a clause: property access, label, alias, operators, operand keywords.
NAME_BEFORE = frozenset({".", ":", "(", "[", ",", "=", "<", ">", "+", "/", "%", "^", "$",
                         "AS", "AND", "OR", "XOR", "NOT", "IS", "IN", "CONTAINS", "DISTINCT", "BY"})
NUMBER = re.compile(r"0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|[0-9][0-9_]*(?:\.[0-9][0-9_]*)?(?:[eE][+-]?[0-9]+)?")
LINE_ENDS = "\n\r\u2028\u2029\u0085\x0b\x0c"
HINT = "Write with kg build (or a Neo4j client for a Neo4j store)."


@dataclass(frozen=True)
class Token:
    """One lexical token of a Cypher statement: its kind and its text."""

    kind: str  # word, name (backticked), string, number, param, punct
    text: str
    pos: int

    @property
    def keyword(self) -> str:
        """The word as a keyword, folded the strictest way (``ſet`` and ``ＳＥＴ`` read as SET)."""
        return unicodedata.normalize("NFKC", self.text).upper() if self.kind == "word" else ""


class CypherRefused(KGError):
    """User Cypher that is not read-only, or that cannot be read safely."""


def _refuse(problem: str) -> CypherRefused:
    return CypherRefused(f"kg cypher runs read-only queries; {problem}\n  {HINT}")


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` without white space and comments.

    Raises:
        CypherRefused: an unterminated string, comment or name; a character no Cypher name holds.

    Examples:
        >>> [t.text for t in tokenize("MATCH (n) // CREATE\\rRETURN n.`x``y` AS 'a\\\\'b'")]
        ['MATCH', '(', 'n', ')', 'RETURN', 'n', '.', 'x`y', 'AS', "a\\\\'b"]
    """
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif text.startswith("//", i):
            while i < n and text[i] not in LINE_ENDS:
                i += 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise _refuse("a /* comment is not closed")
            i = end + 2
        elif ch in "'\"":
            j = i + 1
            while j < n and text[j] != ch:
                j += 2 if text[j] == "\\" else 1
            if j >= n:
                raise _refuse("a string is not closed")
            tokens.append(Token("string", text[i + 1:j], i))
            i = j + 1
        elif ch == "`":
            j, name = i + 1, []
            while True:
                end = text.find("`", j)
                if end < 0:
                    raise _refuse("a `name` is not closed")
                name.append(text[j:end])
                if text.startswith("``", end):
                    name.append("`")
                    j = end + 2
                    continue
                break
            tokens.append(Token("name", "".join(name), i))
            i = end + 1
        elif ch in "0123456789":
            # a number ends where its digits end: in ``1LOAD`` the word LOAD follows (the stricter reading)
            j = NUMBER.match(text, i).end()  # type: ignore[union-attr]
            tokens.append(Token("number", text[i:j], i))
            i = j
        elif ch.isalnum() or ch == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(Token("word", text[i:j], i))
            i = j
        elif ch == "\\" or unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cn", "Cs"):
            raise _refuse(f"the character U+{ord(ch):04X} at offset {i} is outside any string or comment")
        else:
            tokens.append(Token("punct", ch, i))
            i += 1
    return tokens


def _name_position(tokens: list[Token], index: int) -> bool:
    """True when the word at ``index`` is a name (property, label, alias, map key, operand), not a clause."""
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.kind == "punct" and after.text in ":.":
        return True
    if before is None:
        return False
    prev = before.text if before.kind == "punct" else before.keyword
    if tokens[index].keyword == "TRANSACTIONS":
        return prev in (".", ":", "AS")
    return prev in NAME_BEFORE


def _procedure(tokens: list[Token], index: int) -> str:
    """The dotted procedure name after the CALL at ``index`` (``db.labels``; names in backticks too)."""
    parts, j = [], index + 1
    while j < len(tokens) and tokens[j].kind in ("word", "name"):
        parts.append(tokens[j].text)
        if not (j + 1 < len(tokens) and tokens[j + 1].kind == "punct" and tokens[j + 1].text == "."):
            break
        j += 2
    return ".".join(parts)


def _check_tokens(tokens: list[Token]) -> None:
    for index, token in enumerate(tokens):
        word = token.keyword
        if not word or _name_position(tokens, index):
            continue
        if word in WRITE_CLAUSES:
            shown = "LOAD CSV" if word == "LOAD" else "IN TRANSACTIONS" if word == "TRANSACTIONS" else word
            raise _refuse(f"this one has {shown} (offset {token.pos})")
        if word == "CALL":
            nxt = tokens[index + 1] if index + 1 < len(tokens) else None
            if nxt is not None and nxt.kind == "punct" and nxt.text in "{(":
                continue  # a subquery: its clauses are checked as tokens like any other
            name = _procedure(tokens, index)
            if name.casefold() not in READ_ONLY_PROCEDURES:
                raise _refuse(f"CALL {name or '?'} is not a known read-only procedure (offset {token.pos})\n"
                              f"  Procedures kg cypher runs: {', '.join(sorted(READ_ONLY_PROCEDURES))}")


def check_read_only(cypher: str) -> None:
    """Refuse Cypher with a write or admin clause, an unknown procedure, or text that cannot be read safely.

    Examples:
        >>> check_read_only("MATCH (n {name: 'CREATE'}) RETURN n.set, n.name AS remove")
        >>> check_read_only("RETURN 1 AS one //\\rCREATE (x:Paper {id: 'injected'})")
        Traceback (most recent call last):
        ...
        kg.cypher_guard.CypherRefused: kg cypher runs read-only queries; this one has CREATE (offset 19)
          Write with kg build (or a Neo4j client for a Neo4j store).

    Raises:
        CypherRefused: what was found and where (offset into the statement).
    """
    _check_tokens(tokenize(cypher))
