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
from dataclasses import dataclass

from extractor.data import load
from extractor.line_joins import MARKER_RE
from extractor.normalise import _TONE_TABLE

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


# --- header layouts -----------------------------------------------------------------------------
# A plan's header is a two-column table: the issuing body and its number on the left, the motto and
# "<place>, ngày … tháng … năm …" on the right. Text exports print it in several layouts; these
# rewrite only the header (the lines above the type word: KẾ HOẠCH, QUYẾT ĐỊNH …) into another one,
# keeping every character of its content (only line breaks, blank lines and `|` cell bars change).

_TYPE_WORDS = sorted((name.upper() for name in load("doc_types.yaml")["types"]), key=len, reverse=True)
_TYPE_LINE_RE = re.compile(r"^[\s*#_|]*(?:" + "|".join(re.escape(t) for t in _TYPE_WORDS) + r")(?![\w])")
# the right column: the mottos and the date line (simple rules: this is a test-data generator)
_RIGHT_RE = re.compile(r"CỘNG\s+H(?:ÒA|OÀ)|Độc\s+lập|ĐẢNG\s+CỘNG\s+SẢN|,\s*ngày|^\W*ngày\s|tháng\s+\S*\s*năm\s+\d{4}")
_NUMBER_LINE_RE = re.compile(r"^\W*Số\b")
_HEADER_LINES = 60  # a type word further down is a title inside the body, not the header's end


@dataclass
class _Unit:
    """One logical header line (one or more physical lines: a wrapped cell paragraph) and the
    decoration lines ("-------", "*") printed right under it."""

    lines: list[str]
    column: str = "left"

    @property
    def text(self) -> str:
        return " ".join(ln.strip() for ln in self.lines)


def split_header(text: str) -> tuple[list[str], list[str]] | None:
    """(header lines, the rest from the type word's line on), or None when no type word is found."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:_HEADER_LINES]):
        if _TYPE_LINE_RE.match(line):
            return lines[:i], lines[i:]
    return None


def _has_content(line: str) -> bool:
    return any(c.isalnum() for c in line)


def _open_emphasis(line: str) -> bool:
    """An emphasis (**bold**, *italic*) opened on this line and closed on a later one."""
    bold = line.count("**")
    return bold % 2 == 1 or line.replace("**", "").count("*") % 2 == 1


def _continues(line: str) -> bool:
    """The cell paragraph goes on on the next physical line ("Số:" / "2820/QĐ-UBND",
    "*Cần Thơ, ngày 18" / "tháng 11 năm 2025*")."""
    s = line.strip()
    return _open_emphasis(s) or s.rstrip("*").endswith((":", ",")) or bool(re.search(r"\bngày(?:\s+\d+)?\W*$", s))


def _units(header: list[str]) -> tuple[list[_Unit], list[str]]:
    """The header's logical lines (each with its column) and the lines left over (bare markup
    such as "** **" after a blank line), in order. Lone `|` bars and blank lines are dropped."""
    units: list[_Unit] = []
    tail: list[str] = []
    open_unit: _Unit | None = None  # the unit the next physical line continues
    last: _Unit | None = None  # the unit a decoration line right under it belongs to
    for line in header:
        s = line.strip()
        if not s or s == "|":
            open_unit = last = None
            continue
        if open_unit is not None:
            open_unit.lines.append(line)
            if not _continues(open_unit.text):  # its emphasis closed, it does not end open
                open_unit = None
            continue
        if not _has_content(s):
            if last is not None:
                last.lines.append(line)
            else:
                tail.append(line)
            continue
        unit = _Unit([line])
        units.append(unit)
        last = unit
        open_unit = unit if _continues(s) else None
    for u in units:
        u.column = "right" if _RIGHT_RE.search(u.text) else "left"
    return units, tail


def _rows(units: list[_Unit]) -> list[tuple[list[_Unit], list[_Unit]]]:
    """The table's rows: (body | motto), then (number | date)."""
    left = [u for u in units if u.column == "left"]
    right = [u for u in units if u.column == "right"]
    cut_l = next((i for i, u in enumerate(left) if _NUMBER_LINE_RE.match(u.text)), len(left))
    cut_r = next((i for i, u in enumerate(right) if not re.search(r"CỘNG\s+H(?:ÒA|OÀ)|Độc\s+lập|ĐẢNG\s+CỘNG\s+SẢN", u.text)), len(right))
    rows = [(left[:cut_l], right[:cut_r]), (left[cut_l:], right[cut_r:])]
    return [r for r in rows if r[0] or r[1]]


def _relayout(text: str, build: Callable[[list[_Unit], list[str]], list[str]]) -> str:
    split = split_header(text)
    if split is None:
        return text
    header, rest = split
    units, tail = _units(header)
    if not units:
        return text
    return "\n".join([*build(units, tail), *rest])


def header_pipe_rows(text: str) -> str:
    """The header table flattened: one line per row, its cells joined as "LEFT | RIGHT"."""

    def build(units: list[_Unit], tail: list[str]) -> list[str]:
        out = [" | ".join(" ".join(u.text for u in cell) for cell in row) for row in _rows(units)]
        return [*out, *tail]

    return _relayout(text, build)


def header_markdown_table(text: str) -> str:
    """The header as a markdown table (a pandoc export): "| LEFT | RIGHT |" rows, a "|---|---|" rule
    under the first."""

    def build(units: list[_Unit], tail: list[str]) -> list[str]:
        rows = [
            "| " + " | ".join(" ".join(u.text for u in cell) for cell in row) + " |" for row in _rows(units)
        ]
        return [*rows[:1], "|---|---|", *rows[1:], "", *tail]

    return _relayout(text, build)


def header_left_then_right(text: str) -> str:
    """All the left column's lines (body, number), then all the right column's (motto, date)."""

    def build(units: list[_Unit], tail: list[str]) -> list[str]:
        ordered = [u for u in units if u.column == "left"] + [u for u in units if u.column == "right"]
        return [ln for u in ordered for ln in u.lines] + tail

    return _relayout(text, build)


def header_interleaved(text: str) -> str:
    """The two columns interleaved line by line, row by row, a wrapped cell paragraph kept whole:
    body line, motto line, body line, … then the number and the date."""

    def build(units: list[_Unit], tail: list[str]) -> list[str]:
        out: list[str] = []
        for left, right in _rows(units):
            for k in range(max(len(left), len(right))):
                for cell in (left, right):
                    if k < len(cell):
                        out.extend(cell[k].lines)
        return out + tail

    return _relayout(text, build)


def header_interleaved_lines(text: str) -> str:
    """The two columns interleaved by printed line, a wrapped cell's lines too (a PDF read line by
    line across the page): "ỦY BAN NHÂN" / "CỘNG HÒA XÃ" / "DÂN" / "HỘI CHỦ NGHĨA VIỆT NAM" …"""

    def build(units: list[_Unit], tail: list[str]) -> list[str]:
        out: list[str] = []
        for left, right in _rows(units):
            cells = ([ln for u in left for ln in u.lines], [ln for u in right for ln in u.lines])
            for k in range(max(map(len, cells))):
                out.extend(cell[k] for cell in cells if k < len(cell))
        return out + tail

    return _relayout(text, build)


def header_side_by_side(text: str) -> str:
    """The two columns on shared lines, a tab between the cells (a Word table copied as text, or
    `pdftotext -layout` with its run of spaces read as one gap): "ỦY BAN NHÂN DÂN<TAB>CỘNG HÒA XÃ
    HỘI CHỦ NGHĨA VIỆT NAM" / "TỈNH ĐẮK LẮK<TAB>Độc lập - Tự do - Hạnh phúc" …"""

    def build(units: list[_Unit], tail: list[str]) -> list[str]:
        out: list[str] = []
        for left, right in _rows(units):
            cells = ([ln for u in left for ln in u.lines], [ln for u in right for ln in u.lines])
            for k in range(max(map(len, cells))):
                out.append("\t".join(cell[k] if k < len(cell) else "" for cell in cells).rstrip("\t"))
        return out + tail

    return _relayout(text, build)


def header_blank_lines(text: str) -> str:
    """A blank line between every header line (an HTML export's paragraphs)."""
    split = split_header(text)
    if split is None:
        return text
    header, rest = split
    lines = [ln for ln in header if ln.strip()]
    if not lines:
        return text
    return "\n\n".join(lines) + "\n\n" + "\n".join(rest)


# --- the signature block ----------------------------------------------------------------------
_CAPACITY_LINE_RE = re.compile(r"^[\s*|]*(?:T/M|TM\.|K/T|KT\.|T/L|TL\.|TUQ\.)\s+\S")
_NAME_LINE_RE = re.compile(r"^[\s*]*(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s+){1,4}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+[\s*]*$")
_SIGNATURE_LINES = 10  # from the first capacity line to the signer's name, at most
_STATE_CAPACITY_RE = re.compile(r"^([\s*|]*(?:TM|KT|TL|TUQ)\.) +(?=\S)")


def _signature_blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, name line) of every signature block: a capacity line ("T/M BAN THƯỜNG VỤ",
    "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH") down to the first name line under it."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if _CAPACITY_LINE_RE.match(lines[i]):
            end = next((j for j in range(i + 1, min(len(lines), i + _SIGNATURE_LINES))
                        if _NAME_LINE_RE.match(lines[j])), None)
            if end is not None:
                out.append((i, end))
                i = end
        i += 1
    return out


def signature_variants(text: str) -> str:
    """The signature block as other exports print it: a blank line around and between its lines
    (HTML), and a state capacity's dot not followed by a space ("TM.ỦY BAN NHÂN DÂN",
    "KT.CHỦ TỊCH"), which folds to the same value. (Swapping the Party "T/M" for the state "TM."
    would change what the gold reads: the capacity is scored as printed.)"""
    lines = text.split("\n")
    blocks = _signature_blocks(lines)
    if not blocks:
        return text
    out: list[str] = []
    at = 0
    for first, name in blocks:
        out.extend(lines[at:first])
        block = [_STATE_CAPACITY_RE.sub(r"\1", ln) for ln in lines[first : name + 1] if ln.strip()]
        out.extend(["", *"\n\n".join(block).split("\n"), ""])
        at = name + 1
    out.extend(lines[at:])
    return "\n".join(out)


# --- whole-document exports ---------------------------------------------------------------------
_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def html_paragraphs(text: str) -> str:
    """An HTML export's leftovers: every line a `<p>` paragraph, headings in `<b>`, characters
    escaped as entities (&quot; &amp; &lt; &gt;) and every third space a `&nbsp;`."""
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append(line)
            continue
        body = line.translate(_HTML_ESCAPES)
        words = body.split(" ")
        body = "".join(w + ("&nbsp;" if i % 3 == 2 else " ") for i, w in enumerate(words[:-1])) + words[-1]
        out.append(f"<p><b>{body}</b></p>" if _is_heading(line) else f"<p>{body}</p>")
    return "\n".join(out)


# --- numbering as typists type it ----------------------------------------------------------------
_ROMAN_ITEM_RE = re.compile(r"(?m)^([IVX]{1,5})\. ")
_ARABIC_ITEM_RE = re.compile(r"(?m)^(\d{1,2})\. ")
_LETTER_ITEM_RE = re.compile(r"(?m)^([a-zđ])\) ")
_NUMBERED_ITEM_RE = re.compile(r"(?m)^(\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)) (?=[^\W\d_])")


def numbering_slash(text: str) -> str:
    """Items numbered with a slash, as older Party and district documents print them: "I/ MỤC
    ĐÍCH", "1/ Công tác …", "a/ Các chi bộ …"."""
    text = _ROMAN_ITEM_RE.sub(r"\1/ ", text)
    text = _ARABIC_ITEM_RE.sub(r"\1/ ", text)
    return _LETTER_ITEM_RE.sub(r"\1/ ", text)


_DASH_ITEM_RE = re.compile(r"(?m)^- ")


def bullets_star(text: str) -> str:
    """Dash items as a markdown export of a Word list prints them: "* Như trên;", "* Các chi bộ …"."""
    return _DASH_ITEM_RE.sub("* ", text)


def bullets_no_space(text: str) -> str:
    """Dash items typed with no space after the dash: "-Phối hợp với …", "-Lưu: VT."."""
    return _DASH_ITEM_RE.sub("-", text)


def numbering_no_space(text: str) -> str:
    """No space typed after an item's number: "1.Xác định …", "2.1.Xây dựng …", "a)Nội dung …"."""
    return _NUMBERED_ITEM_RE.sub(r"\1", text)


def html_line_breaks(text: str) -> str:
    """An HTML fragment pasted as text: every line ends in `<br>` (the source's own line breaks
    kept after it), spaced dashes as `&ndash;`, quotes as `&ldquo;`/`&rdquo;`, an ellipsis as
    `&hellip;`, a non-breaking space after "Số" as `&#160;`."""
    out = []
    for line in text.split("\n"):
        line = line.replace(" - ", " &ndash; ").replace("…", "&hellip;").replace("Số ", "Số&#160;")
        parts = line.split('"')
        line = "".join(p + ("&ldquo;" if i % 2 == 0 else "&rdquo;") for i, p in enumerate(parts[:-1])) + parts[-1]
        out.append(line + "<br>")
    return "\n".join(out)


def blank_lines_everywhere(text: str) -> str:
    """An HTML export of a printed page: every line its own paragraph, a blank line after each (a
    blank line of the text, an empty paragraph, becomes three)."""
    return "\n\n".join(text.split("\n"))


_PAGE_LINES = 40


def page_breaks(text: str) -> str:
    """A text read off printed pages: every 40 lines or so a page ends between two lines of text
    (often mid-sentence), with a form feed and the next page's number on a line of its own between
    blank lines ("- 2 -")."""
    lines = text.split("\n")
    out: list[str] = []
    page, since = 1, 0
    for i, line in enumerate(lines):
        out.append(line)
        since += 1
        if since >= _PAGE_LINES and line.strip() and i + 1 < len(lines) and lines[i + 1].strip():
            page, since = page + 1, 0
            out.extend(["\f", f"- {page} -" if page % 2 else str(page), ""])
    return "\n".join(out)


HEADER_LAYOUTS: dict[str, Callable[[str], str]] = {
    "header_pipe_rows": header_pipe_rows,
    "header_markdown_table": header_markdown_table,
    "header_left_then_right": header_left_then_right,
    "header_interleaved": header_interleaved,
    "header_interleaved_lines": header_interleaved_lines,
    "header_side_by_side": header_side_by_side,
    "header_blank_lines": header_blank_lines,
}

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
    **HEADER_LAYOUTS,
    "signature_variants": signature_variants,
    "html_paragraphs": html_paragraphs,
    "html_line_breaks": html_line_breaks,
    "blank_lines_everywhere": blank_lines_everywhere,
    "page_breaks": page_breaks,
    "numbering_slash": numbering_slash,
    "numbering_no_space": numbering_no_space,
    "bullets_star": bullets_star,
    "bullets_no_space": bullets_no_space,
}
RENDERINGS = ("docx", "pdf")  # corpus/renderings/<stem>.<ext>, when present
