"""Section tree: headings grammar -> list[Section] (document order, parents before children).

One regex scan of the whole text finds the marker lines (not a regex call per line, no
per-character loops). A line that starts with a marker opens a section; where it sits in the tree
is decided by a stack of marker *styles*: a style already open closes everything above it (a
sibling), a new style opens below the current section (a child). So levels follow the order in
which styles first appear, not a fixed table — with three guards: named parts / lettered capitals /
Roman numerals never sit under arabic, lettered or bulleted items; a numbered item never sits under
a bullet; and decimal items ("2.1") go under the item whose number they extend ("2"). Closing
blocks (Nơi nhận, signature, Phụ lục, Mẫu, a document attached after the signature) are roots; what
follows them nests below them. (The stack and these rules: `section_tree.py`; each section's
heading text: `section_headings.py`.)

Vocabulary (named-part words, capacities, positions, attachment types, closing cues) lives in
`extractor/data/headings.yaml`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, repeat
from operator import add

from pydantic import TypeAdapter

from .data import load
from .form_lines import fill_line, table_cell_or_note
from .models import Section
from .section_headings import BARE_ROMAN_RE, DATE_LINE_RE, form_title, heading_text, is_title
from .section_tree import BLOCKS, BULLET_SIGNS, Fields, Marker, TreeBuilder
from .table_groups import BARE_GROUP_RE, group_row, lists_content

_DATA = load("headings.yaml")


def _alt(words: list[str]) -> str:
    """Alternation of words as printed, capitalised and in capitals, spaces flexible."""
    forms: set[str] = set()
    for w in words:
        for f in (w, w[:1].upper() + w[1:], w.upper(), w.lower()):
            forms.add(r"\s+".join(re.escape(p) for p in f.split()))
    return "|".join(sorted(forms, key=len, reverse=True))


_ORD = _alt(_DATA["ordinals"])
_NAMED: list[tuple[str, str, re.Pattern[str]]] = []
for _rank, (_style, _entry) in enumerate(_DATA["named_parts"].items()):
    _num = r"\d{1,3}" if _style == "article" else rf"(?:(?:thứ|THỨ|Thứ)\s+(?:{_ORD})|[IVXL]{{1,6}}|\d{{1,3}}[a-z]?)"
    _NAMED.append((_style, _entry["kind"], re.compile(
        rf"^(?P<label>(?:{_alt(_entry['words'])})\s+{_num})(?!\w)\s*(?P<p>[.:)\-](?![\d.]))?\s*(?P<rest>.*)$"
    )))

_APPENDIX_RE = re.compile(
    rf"^(?P<label>(?:{_alt(_DATA['appendix'])})(?:\s+(?:số\s+|SỐ\s+)?(?:[IVXL]{{1,6}}|\d{{1,3}}[a-z]?|[A-Z]))?)"
    r"(?!\w)\s*(?:[.:\-]\s*(?P<rest>.*))?$"
)
_FORM_RE = re.compile(
    rf"^(?P<label>(?:{_alt(_DATA['form'])})\s+(?:số\s+|SỐ\s+)?\d{{1,3}}(?:\.\d{{1,2}})*(?:/[\w\-]+)?[a-z]?)"
    r"(?!\w)\.?\s*[.:\-]?\s*(?P<rest>.*)$"
)
_RECIPIENTS_RE = re.compile(rf"^(?P<label>{_alt(_DATA['recipients'])})\s*:?\s*(?P<rest>.*)$")
_CAPACITY_RE = re.compile(r"^(?:" + "|".join(re.escape(c) for c in _DATA["capacities"]) + r")\s*[^\W\d_a-z]")
_POSITION_RE = re.compile(r"^(?:" + "|".join(re.escape(p) for p in _DATA["positions"]) + r")(?!\w)")
_ATTACH_RE = re.compile(r"^(?P<label>" + "|".join(re.escape(t) for t in _DATA["attachment_types"]) + r")(?!\w)\s*(?P<rest>.*)$")
_CLOSING = tuple(_DATA["closing_cues"]) + tuple(_DATA["notes_cues"])
_NOTES = tuple(_DATA["notes_cues"])
_CLOSING_FIRST = frozenset(c[0] for c in _CLOSING)  # a cheap look before startswith, per line
_CAPACITY_FIRST = frozenset(c[0] for c in _DATA["capacities"])

_ROMAN_RE = re.compile(r"^(?P<label>[IVX]{1,5}|L)\s*(?P<p>[.)\-:]|/(?=\s))(?!\d)\s*(?P<rest>.*)$")
_LETTER_PART_RE = re.compile(r"^(?P<label>[A-HJ-UWYZĐ])\s*(?P<p>[.)])\s+(?P<rest>\S.*)$")
_DECIMAL_RE = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){1,3})(?P<p>\.|\))?(?:(?:\s+|(?<=[.)])(?=[^\W\d_]))(?P<rest>.*)|$)")
_ARABIC_RE = re.compile(r"^(?P<label>\d{1,2})(?P<p>[.)](?=\s|$)|[-/](?=\s)|\.(?=[^\W\d_]))\s*(?P<rest>.*)$")
_LETTER_RE = re.compile(r"^(?P<label>[a-zđ])(?P<p>\)|[./](?=\s))\s*(?P<rest>.*)$")
_PAREN_RE = re.compile(r"^(?P<label>\((?:\d{1,2}|[a-zđ])\))\s*(?P<rest>.*)$")
_BULLET_RE = re.compile(rf"^(?P<label>[{re.escape(BULLET_SIGNS)}])\s*(?P<rest>.*)$")
_BULLET_KIND = {"+": "plus", "*": "star"}

_NAME_RE = re.compile(r"^(?:[^\W\d_][^\W\d_A-ZĐ]*\s+){1,4}[^\W\d_][^\W\d_A-ZĐ]*$")


# One cheap test that rejects most lines starting with a letter (ordinary paragraphs).
_GATE_RE = re.compile(
    r"[IVXL]{1,6}\s*(?:[.)\-:]|/\s)|[A-ZĐ]\s*[.)]\s|[a-zđ](?:\)|[./]\s)|"
    + "|".join(
        _alt(ws)
        for ws in (
            [w for e in _DATA["named_parts"].values() for w in e["words"]],
            _DATA["recipients"], _DATA["appendix"], _DATA["form"],
        )
    )
)

def _prefix_groups(prefix: str, pattern: str) -> str:
    """`(?P<group>` -> `(?P<prefix__group>`."""
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{prefix}__{m.group(1)}>", pattern)


def _combined() -> re.Pattern[str]:
    """All marker patterns as one alternation (one `match` per line), in order of precedence.

    Their groups are renamed `<pattern>__<group>`; the pattern that matched is the one its last
    group belongs to. (No group around each alternative: sre records every group slot up to the
    one it opens, per line and alternative, so fewer and later groups scan faster.)"""
    parts: list[tuple[str, re.Pattern[str]]] = [
        ("decimal", _DECIMAL_RE), ("arabic", _ARABIC_RE), ("paren", _PAREN_RE), ("bullet", _BULLET_RE),
        *((f"named_{style}", rx) for style, _k, rx in _NAMED),
        ("recipients", _RECIPIENTS_RE), ("appendix", _APPENDIX_RE), ("form", _FORM_RE),
        ("roman", _ROMAN_RE), ("letter_part", _LETTER_PART_RE), ("letter", _LETTER_RE),
    ]
    alts = []
    for name, rx in parts:
        alts.append(f"(?:{_prefix_groups(name, rx.pattern)})")
    return re.compile("|".join(alts))


_ALL_RE = _combined()


def _within_lines(pattern: str) -> str:
    """`pattern` made safe to run over a whole text (re.M): whitespace never crosses a line break,
    so a match is exactly the match the pattern makes on that line alone."""
    return re.sub(r"\\(.)", lambda m: r"[^\S\n]" if m.group(1) == "s" else m.group(0), pattern)


# The marker lines of a whole text in one scan: led by the literal line break (found at C speed),
# instead of a Python call per line. The first line is matched by _FIRST_LINE_RE.
_FIRST_LINE_RE = re.compile(_within_lines(_ALL_RE.pattern), re.MULTILINE)
_NEXT_LINE_RE = re.compile(r"\n(?:" + _within_lines(_ALL_RE.pattern) + ")", re.MULTILINE)
# the last group of a match -> (the pattern that matched, its label group, its rest group)
_GROUP_NAMES = {
    group: (name, f"{name}__label", f"{name}__rest") for group in _ALL_RE.groupindex for name in [group.split("__")[0]]
}
_NAMED_KIND = {f"named_{style}": (style, kind) for style, kind, _r in _NAMED}
_PLAIN = frozenset(("letter", "roman", "letter_part"))  # style and kind are the pattern's name


def classify(line: str) -> Marker | None:
    """The marker a line opens with, or None. `line` is one normalised paragraph."""
    c = line[:1]
    if not c or (c.isalpha() and not _GATE_RE.match(line)):
        return None
    m = _ALL_RE.match(line)
    return None if m is None else _marker(m, line)


def _marker(m: re.Match[str], line: str) -> Marker | None:
    """The marker of a line the marker patterns matched (`m`), or None where it is none after all.
    (The commonest first: bullets, arabic and lettered items are most marker lines.)"""
    name, label_group, rest_group = _GROUP_NAMES[m.lastgroup or ""]
    label, rest = m.group(label_group, rest_group)
    rest = rest or ""
    if name == "bullet":
        c = line[0]
        if c == "-" and line[1:2].isdigit():
            return None  # "-2025" a wrapped remnant, not a bullet
        return Marker("bullet" + c, _BULLET_KIND.get(c, "dash"), c, rest)
    if name == "arabic":
        return Marker("arabic" + m.group("arabic__p")[0], "arabic", label, rest)
    if name in _PLAIN:
        return Marker(name, name, label, rest)
    if name == "decimal":
        weak = not rest and not m.group("decimal__p")
        return Marker(f"decimal{label.count('.')}", "decimal", label, rest, weak=weak)
    if name == "paren":
        if rest[:2] == "..":
            return None  # "(1)......" a blank to fill in a form, not an item
        if label == "(1)" and " (2) " in rest:
            return None  # "(1) Công nghiệp …; (2) Nông nghiệp …": an inline list, not items
        return Marker("paren_num" if label[1].isdigit() else "paren_alpha", "paren", label, rest)
    if name in _NAMED_KIND:
        style, kind = _NAMED_KIND[name]
        # "Điều 4 Nghị quyết số …" / "Mục II.4 Kế hoạch này" (a wrapped sentence) are no parts:
        # a part is punctuated, alone on its line, or followed by a heading in capitals
        if m.group(name + "__p") or not rest or rest.isupper() or (style == "step" and rest[:1].isupper()):
            return Marker(style, kind, _space(label), rest)
        return None
    if name == "recipients":
        return Marker("recipients", "recipients", "Nơi nhận", "Nơi nhận")
    return Marker(name, name, _named_label(label), rest)  # appendix, form


def _space(s: str) -> str:
    return " ".join(s.split())


_NUMBER_WORD_RE = re.compile(r"^(\S+(?:\s+lục)?)\s+(?:số|SỐ)\s+", re.IGNORECASE)


def _named_label(label: str) -> str:
    """'PHỤ LỤC I' -> 'Phụ lục I', 'Mẫu số 01/HNCT' -> 'Mẫu 01/HNCT' (the corpus convention)."""
    label = _NUMBER_WORD_RE.sub(r"\1 ", _space(label))
    word, _, ident = label.partition(" ")
    if word.upper() == "PHỤ":
        word, _, ident = label.partition(" ")[2].partition(" ")
        return " ".join(x for x in ("Phụ lục", ident) if x)
    return " ".join(x for x in (word[:1].upper() + word[1:].lower(), ident) if x)


def is_signature_line(line: str) -> bool:
    """A capacity line (T/M BAN THƯỜNG VỤ, KT. CHỦ TỊCH …) or a position line (BÍ THƯ)."""
    return bool(_CAPACITY_RE.match(line) or _POSITION_RE.match(line))


def is_person_name(line: str) -> bool:
    """'Nguyễn Quốc Việt': 2-5 capitalised words, nothing else."""
    return bool(_NAME_RE.match(line)) and all(w[:1].isupper() for w in line.split())


_LETTERS_RE = re.compile(r"[^\W\d_]")


def _pipe_group(line: str) -> Marker | None:
    """A table row read from a .docx/.pdf (`| II | NHÓM TỔ CHỨC … | 30 |`, `| I. Kinh tế số |  |  |`)
    that is an appendix table's group row: its first cell is a bare Roman numeral or part letter
    followed by a text cell, or holds a Roman/part heading itself, and no other cell holds words
    (a total may stand beside it). The same rows as `group_row` and `classify` find in a text
    that has one cell a line."""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    filled = [c for c in cells if c]
    if not filled:
        return None
    first = filled[0]
    if BARE_GROUP_RE.match(first.rstrip(".")):
        if len(filled) < 2 or not (filled[1][:1].isalpha() and " " in filled[1]):
            return None
        label, rest, others = first.rstrip("."), filled[1], filled[2:]
        style = "roman" if BARE_ROMAN_RE.match(label) else "letter_part"
        mk = Marker(style, style, label, rest)
    else:
        found = classify(first)
        if found is None or found.style not in ("roman", "letter_part") or not found.rest:
            return None
        mk, others = found, filled[1:]
    if any(_LETTERS_RE.search(c) for c in others):
        return None  # a row with words in other cells: a task, not a group
    return mk


def _attachment_start(lines: list[str], i: int, floor_line: int, marks: dict[int, Marker | None]) -> int:
    """Walk back from an attached document's type line over its header (capitals, date line)."""
    j = i
    while j - 1 > floor_line:
        prev = lines[j - 1]
        if not (prev.isupper() or DATE_LINE_RE.search(prev) or prev.startswith("Độc lập")):
            break
        if is_signature_line(prev) or marks.get(j - 1) is not None:
            break
        j -= 1
    return j


_GLUED_SIG_RE = re.compile(r"\s(?=(?:" + "|".join(re.escape(c) for c in _DATA["capacities"]) + r")\s*[^\W\d_a-z])")
_GLUED_APPENDIX_RE = re.compile(r"\s(?=(?:PHỤ LỤC|Phụ lục)(?:\s+(?:[IVXL]{1,5}|\d{1,2}))?\s*$)")
_CAPACITY_HINTS = tuple(c.rstrip(".") for c in _DATA["capacities"] if len(c) > 2)
# the hints grouped by their first letter, one pattern each ("K(?:/T|T)", "T(?:/M|/L|M|L|UQ)"): led by
# a literal, where one alternation of them all is led by a class that sre tests at every position
_CAPACITY_HINT_RES = tuple(
    re.compile(re.escape(first) + "(?:" + "|".join(re.escape(h[1:]) for h in _CAPACITY_HINTS if h[0] == first) + ")")
    for first in sorted({h[0] for h in _CAPACITY_HINTS})
)
_HINT_CHAR = min(set.intersection(*(set(h) for h in _CAPACITY_HINTS)), default="")  # "" checks nothing


def _names_capacity(ln: str) -> bool:
    """Does the line hold a capacity hint ("TM", "K/T" …) anywhere?"""
    for rx in _CAPACITY_HINT_RES:  # (a loop: a generator costs more than the searches here)
        if rx.search(ln):
            return True
    return False


def _glued(ln: str) -> re.Match[str] | None:
    """Where a signature starts inside a recipient line ("- Lưu: MTTQ TM. BAN …"), if it does."""
    # a letter every hint has ("T"): a scan in C before the regex (most lines name no capacity)
    return _GLUED_SIG_RE.search(ln, 2) if ln[:1] in "-+" and _HINT_CHAR in ln and _names_capacity(ln) else None


def _unglue(lines: list[str], starts: list[int]) -> tuple[list[str], list[int]]:
    """A hard-wrapped export lets the last recipient run into the signature and the appendix
    ("- Lưu: MTTQ TM. BAN THƯỜNG TRỰC CHỦ TỊCH Lan Thị Vân PHỤ LỤC"): cut such a line where the
    signature and the appendix start, as if they were lines of their own."""
    if not any(_glued(ln) for ln in lines):
        return lines, starts  # nothing glued (nearly always)
    out_l: list[str] = []
    out_s: list[int] = []
    for ln, st in zip(lines, starts):
        m = _glued(ln)
        if m is None:
            out_l.append(ln)
            out_s.append(st)
            continue
        cuts = [0, m.end()]
        a = _GLUED_APPENDIX_RE.search(ln, m.end())
        if a:
            cuts.append(a.end())
        for x, y in zip(cuts, [*cuts[1:], len(ln) + 1]):
            out_l.append(ln[x : y - 1] if y <= len(ln) else ln[x:])
            out_s.append(st + x)
    return out_l, out_s


def _marks(text: str, lines: list[str], starts: list[int]) -> dict[int, Marker | None]:
    """Line index -> its marker, for the lines the marker patterns match (None where `classify`
    turns the match down): one scan of the whole text rather than a `classify` call per line."""
    if len(lines) != len(starts) or "\n".join(lines) != text:  # glued lines were cut: per line
        return {i: mk for i, ln in enumerate(lines) if (mk := classify(ln)) is not None}
    marks: dict[int, Marker | None] = {}
    m = _FIRST_LINE_RE.match(text)
    if m is not None:
        marks[0] = _marker(m, lines[0])
    for m in _NEXT_LINE_RE.finditer(text):
        i = bisect_left(starts, m.start() + 1)
        marks[i] = _marker(m, lines[i])
    return marks


def segment(text: str) -> list[Section]:
    """The section tree of a normalised text (one paragraph per line)."""
    lines = text.split("\n")
    starts = [0, *accumulate(map(add, map(len, lines[:-1]), repeat(1)))]  # len + 1, at C speed
    marks = _marks(text, lines, starts)
    # a glued line starts with "-" or "+", so it is a bulleted marker line: look only at those
    if any(lines[i][:1] in "-+" and _glued(lines[i]) for i in marks):
        lines, starts = _unglue(lines, starts)
        marks = _marks(text, lines, starts)
    b = TreeBuilder()
    mode = ""  # "recipients" while reading the Nơi nhận list
    notes = False  # after a form's "Ghi chú:" until the next block
    last_block_line = -1
    content_tables: dict[str, bool] = {}  # block id -> do its table's group rows open sections?
    marked = marks.get
    for i, line in enumerate(lines):
        if not line:
            continue
        c = line[0]
        if c in _CLOSING_FIRST and line.startswith(_CLOSING):
            b.close_above(b.block_floor(), starts[i] - 1 if i else 0)
            notes = line.startswith(_NOTES)
            continue
        mk = marked(i)
        if mk is None:
            if b.floor and c == "|" and (mk := _pipe_group(line)) is not None:
                # a .docx/.pdf table's group row, read as `| II | NHÓM … |`: a section like "II" / "NHÓM …"
                b.place(mk, starts[i], heading_text(mk.rest, [line], 0, {}), starts[i] - 1 if i else 0)
                continue
            if b.floor and BARE_GROUP_RE.match(line) and group_row(lines, i, marks):
                # an appendix table's group row: "II" / "NHÓM TỔ CHỨC …", "A" / "PHÁT TRIỂN NỀN MÓNG …"
                table_block = b.stack[b.floor - 1]["id"]
                if table_block not in content_tables:  # the first group row of the block's table
                    content_tables[table_block] = lists_content(lines, i)
                if content_tables[table_block]:
                    style = "roman" if BARE_ROMAN_RE.match(line) else "letter_part"
                    mk = Marker(style, style, line, "")
        elif notes and mk.style not in BLOCKS:
            continue  # "(1) Tên cơ quan …" under a form's "Ghi chú:": notes, not items
        elif mk.style not in BLOCKS and "form" in b.styles and (
            fill_line(mk.rest) or table_cell_or_note(mk, text, b.form_start(), starts[i])
        ):
            continue  # "1. Ông (bà) ………… Tổ trưởng." in a form: a blank to fill in, not an item
        if mk is None:
            capacity = c in _CAPACITY_FIRST and _CAPACITY_RE.match(line) is not None
            if not capacity and mode != "recipients" and not b.has_signature:
                continue  # an ordinary paragraph (before the signature only a capacity line opens one)
            top_block = b.styles[0] if b.styles else ""
            if b.styles and b.styles[-1] == "signature" and (capacity or _POSITION_RE.match(line)):
                continue  # "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH": one signature block
            if capacity or (
                mode == "recipients" and (_POSITION_RE.match(line) or is_person_name(line))
            ):
                mk = Marker("signature", "signature", "Chữ ký", line)
            elif b.has_signature and top_block in ("signature", "recipients"):
                m = _ATTACH_RE.match(line)
                if m and (not m.group("rest") or m.group("rest").isupper()):
                    first = _attachment_start(lines, i, last_block_line, marks)
                    if b.root_article:
                        # Quyết định ban hành kế hoạch: the attached document, titled below its type word
                        mk = Marker("attachment", "attachment", m.group("label").capitalize(), m.group("rest"))
                        heading = heading_text(mk.rest, lines, i, marks, title=True)
                    else:  # a template after the signature (personal plan): an unlabelled form
                        mk = Marker("form", "form", "Mẫu", line)
                        heading = heading_text(line, lines, i, marks, title=True)
                    b.place(mk, starts[first], heading, max(starts[first] - 1, 0))
                    last_block_line, mode = i, ""
                    continue
        if mk is None:
            continue
        style = mk.style
        block = style in BLOCKS
        if block:
            mode, notes = ("recipients" if style == "recipients" else ""), False
            if style == "signature":
                heading = line
            elif style == "form" and not is_title(mk.rest):
                heading = form_title(lines, i, marks) or heading_text(mk.rest, lines, i, marks)
            else:
                heading = heading_text(mk.rest, lines, i, marks, title=style == "appendix")
            last_block_line = i
        else:
            heading = heading_text(mk.rest, lines, i, marks)
        start = starts[i]
        b.place(mk, start, heading, start - 1 if i else 0)
    b.close_above(0, len(text))
    return _sections(b.sections)


_SECTIONS = TypeAdapter(list[Section])


def _sections(fields: list[Fields]) -> list[Section]:
    """Sections from their fields, in one bulk validation (pydantic's public API; a few ms slower
    than writing model internals by hand, and safe across pydantic versions). Strict: every value
    already has its field's type, so there is nothing to coerce and no time spent looking."""
    return _SECTIONS.validate_python(fields, strict=True)
