"""Formatting noise that keeps the gold valid: each variant is a pure str -> str on the source text.

The gold is written against the document as a person reads it, so none of these changes what
the gold says; a drop in score under a variant is a robustness bug (most of them should be undone
by `extractor.normalise`). The .docx/.pdf renderings (corpus/renderings/<stem>.docx|pdf) are run
as two more variants by the harness.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections.abc import Callable

from extractor.normalise import _TONE_TABLE, MARKER_RE

# new-style tone placement (hòa, thủy) -> old style (hoà, thuỷ): the inverse of the normaliser's table
_OLD_STYLE = {new: old for old, new in _TONE_TABLE.items()}
_LETTER = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_OLD_STYLE_RE = re.compile("(?<![qQ])(?:" + "|".join(sorted(_OLD_STYLE, key=len, reverse=True)) + f")(?![{_LETTER}])")


def tone_old_style(text: str) -> str:
    """hòa -> hoà, thủy -> thuỷ, ủy -> uỷ (the placement many documents use)."""
    return _OLD_STYLE_RE.sub(lambda m: _OLD_STYLE[m.group()], text)


def nfd(text: str) -> str:
    """Decomposed Unicode (combining marks), as some PDF and Mac exports give."""
    return unicodedata.normalize("NFD", text)


def dashes(text: str) -> str:
    """Spaced hyphens -> en dash, hyphens inside words/symbols -> non-breaking hyphen."""
    text = re.sub(r"(?<=\w)-(?=\w)", "\u2011", text)
    return re.sub(r"(?<=\s)-(?=\s)|^-(?=\s)", "\u2013", text, flags=re.MULTILINE)


def quotes(text: str) -> str:
    """Straight quotes -> typographic quotes."""
    text = re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", text)
    return text.replace("'", "\u2019")


def nbsp(text: str) -> str:
    """Every other space -> a non-breaking space."""
    parts = text.split(" ")
    return "".join(p + ("\u00a0" if i % 2 == 0 else " ") for i, p in enumerate(parts[:-1])) + parts[-1]


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def hard_wrap(text: str, width: int = 70) -> str:
    """Every line longer than `width` broken at spaces, as plain-text exports do."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


_MD_MARK_RE = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|\\(?=[-.*_\[\]()#+!])|^#{1,6} ", re.MULTILINE)


def markdown_stripped(text: str) -> str:
    """**bold**, *italic*, escapes and # headings removed (a plain-text export of a markdown file)."""
    return _MD_MARK_RE.sub("", text)


def _is_heading(line: str) -> bool:
    s = line.strip()
    if not s or s.startswith(("*", "-", "+", "|")):
        return False
    letters = [c for c in s if c.isalpha()]
    return bool(MARKER_RE.match(s)) and len(s) < 120 or (len(letters) > 3 and all(c.isupper() for c in letters))


def markdown_bold(text: str) -> str:
    """Headings (numbered items, upper-case lines) wrapped in **bold**, as markdown exports do."""
    return "\n".join(f"**{ln.strip()}**" if _is_heading(ln) and "**" not in ln else ln for ln in text.split("\n"))


VARIANTS: dict[str, Callable[[str], str]] = {
    "tone_old_style": tone_old_style,
    "nfd": nfd,
    "dashes": dashes,
    "quotes": quotes,
    "nbsp": nbsp,
    "crlf": crlf,
    "hard_wrap_70": hard_wrap,
    "markdown_stripped": markdown_stripped,
    "markdown_bold": markdown_bold,
}
RENDERINGS = ("docx", "pdf")  # corpus/renderings/<stem>.<ext>, when present
