"""Task tables: columns Nội dung / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian / Sản phẩm.

Two layouts reach us in normalised text:
- pipe rows, one table row a line: `| 1 | Xây dựng … | Sở Nội vụ | Các sở, ngành | Quý IV/2025 |`;
- one cell a line (a .txt export that lost its grid): a header run ("STT", "Tên nhiệm vụ",
  "Cơ quan chủ trì", …), then each row as its number on a line followed by its cells.

In the second layout a cell may span several lines and a row may miss a cell; lines are then
assigned by what they look like (unit names, time expressions) after the content cell.
The header words live in data/tasks.yaml (`table_columns`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from .data import load
from .models import UnitRole
from .normalise import lower_aligned
from .tries import trie_pattern

_T = load("tasks.yaml")
_U = load("units.yaml")



_COL_KIND: dict[str, str] = {}
for _kind, _names in _T["table_columns"].items():
    for _n in _names:
        _COL_KIND.setdefault(_n.lower(), _kind)
_COLS = trie_pattern(list(_COL_KIND))  # as a trie: the same matches as longest-first, far fewer tries
_COL_RE = re.compile(rf"(?i)(?:{_COLS})(?![\w])")
_HEADER_LINE_RE = re.compile(rf"(?im)^(?:(?:{_COLS})(?:\s|$)\s*)+$")
_PIPE_ROW_RE = re.compile(r"(?m)^\|.*\|[ ]*$")
_ROW_NO_RE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXL]{1,5}\.?|[A-ZĐ]\.?)$")
_GROUP_LINE_RE = re.compile(r"^(?:[IVXL]{1,5}|[A-ZĐ])[.\-)]\s+\S")
_END_RE = re.compile(r"(?i)^(?:nơi nhận|phụ lục|tm\.|t/m|kt\.|mẫu\s+(?:số\s+)?\d|biểu\s+(?:mẫu|số|\d)|\(kèm theo)")
_HEADS = [h for hs in _U["heads"].values() for h in hs] + ["Các", "các", "Mỗi", "UBND", "Ủy ban"]
_UNITISH_RE = re.compile(rf"^(?:{trie_pattern(_HEADS)})(?!\w)")
_DATEISH_RE = re.compile(
    r"(?i)^(?:trước|chậm nhất|trong|từ|năm|quý|quí|tháng|thường xuyên|hằng|hàng|định kỳ|giai đoạn|"
    r"đến|tuần|ngày|liên tục|khi|sau khi|hoàn thành|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{4}|\d{4})"
)


@dataclass
class Row:
    label: str
    group: str | None
    start: int
    end: int
    cells: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def span(self, kind: str) -> tuple[int, int] | None:
        spans = self.cells.get(kind)
        return (spans[0][0], spans[-1][1]) if spans else None


@dataclass
class Table:
    start: int
    end: int
    columns: list[str]
    rows: list[Row] = field(default_factory=list)


def _lines(text: str, start: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line from `start` on, lazily: a table ends long before the text does."""
    pos = start
    n = len(text)
    while pos < n:
        e = text.find("\n", pos)
        e = n if e < 0 else e
        yield pos, e
        pos = e + 1


def _columns_of(header: str) -> list[str]:
    return [_COL_KIND[m.group().lower()] for m in _COL_RE.finditer(header)]


def _pipe_cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    cells: list[tuple[int, int]] = []
    pos = s + 1
    while pos < e:
        nxt = text.find("|", pos, e)
        if nxt < 0:
            break
        a, b = pos, nxt
        while a < b and text[a] == " ":
            a += 1
        while b > a and text[b - 1] == " ":
            b -= 1
        cells.append((a, b))
        pos = nxt + 1
    return cells


def _pipe_tables(text: str) -> list[Table]:
    tables: list[Table] = []
    cur: Table | None = None
    group: str | None = None
    last_end = -2
    for m in _PIPE_ROW_RE.finditer(text):
        s, e = m.start(), m.end()
        cells = _pipe_cells(text, s, e)
        values = [text[a:b] for a, b in cells]
        contiguous = s == last_end + 1
        last_end = e
        if values and all(v and _COL_RE.fullmatch(v) for v in values if v):
            cols = [_COL_KIND[v.lower()] for v in values if v]
            if "lead" in cols or "content" in cols and ("due" in cols or "support" in cols):
                cur = Table(s, e, [_COL_KIND.get(v.lower(), "other") for v in values])
                tables.append(cur)
                group = None
            continue
        if cur is None or not contiguous:
            cur = None
            continue
        cur.end = e
        nonempty = [(i, v) for i, v in enumerate(values) if v]
        if (not cur.rows and cur.columns[0] != "stt" and len(cur.columns) == len(values)
                and cur.columns[-1] == "other" and _ROW_NO_RE.fullmatch(values[0]) and values[-1]):
            # the column titles sit one cell left of the rows' cells, with an empty cell at the end
            # ("Nội dung" over the STT and content columns in the original): the first column
            # holds the row numbers
            cur.columns = ["stt", *cur.columns[:-1]]
        if len(nonempty) <= 2 and nonempty and _GROUP_LINE_RE.match(" ".join(v for _, v in nonempty) + " x"):
            group = nonempty[0][1].rstrip(".")
            continue
        label = values[0] if cur.columns and cur.columns[0] == "stt" else str(len(cur.rows) + 1)
        if cur.columns[0] == "stt" and re.fullmatch(r"[IVXL]{1,5}\.?|[A-ZĐ]\.?", label or ""):
            group = label.rstrip(".")
            continue
        row = Row(label.rstrip(".") or str(len(cur.rows) + 1), group, s, e)
        for kind, cell in zip(cur.columns, cells):
            if kind != "stt" and cell[1] > cell[0]:
                row.cells.setdefault(kind, []).append(cell)
        if row.cells.get("content"):
            cur.rows.append(row)
    return tables


def _classify(text: str, span: tuple[int, int]) -> str:
    line = text[span[0] : span[1]]
    if _UNITISH_RE.match(line):
        return "unit"
    if _DATEISH_RE.match(line) and len(line) < 60:
        return "date"
    return "text"


def _assign(text: str, columns: list[str], lines: list[tuple[int, int]], row: Row) -> None:
    cols = [c for c in columns if c != "stt"]
    kinds = [_classify(text, sp) for sp in lines]
    if len(lines) == len(cols) and all(
        kinds[i] == "unit" for i, c in enumerate(cols) if c == "lead"
    ):
        for kind, span in zip(cols, lines):
            row.cells.setdefault(kind, []).append(span)
        return
    i = 1
    while i < len(lines) and kinds[i] != "unit":
        i += 1
    row.cells["content"] = lines[:i]
    tail = "output" if "output" in cols else "other"
    last = "content"
    for span, kind in zip(lines[i:], kinds[i:]):
        if kind == "unit":
            if "lead" in cols and "lead" not in row.cells:
                target = "lead"
            elif "support" in cols and not ({"due", "output"} & row.cells.keys()):
                target = "support"
            else:
                target = last if last in ("lead", "support") else tail
        elif kind == "date" and "due" in cols and "due" not in row.cells:
            target = "due"
        elif last in ("lead", "support") and "due" not in row.cells:
            target = last  # a cell that runs on over several lines
        else:
            target = tail if last in ("due", tail) or "due" in row.cells else last
        row.cells.setdefault(target, []).append(span)
        last = target


# lead column names not containing another one ("chủ trì" covers "cơ quan chủ trì")
_LEADS = [n for n, k in _COL_KIND.items() if k == "lead"]
_LEAD_KEYS = sorted(n for n in _LEADS if not any(o != n and o in n for o in _LEADS))


def _lead_header_lines(text: str) -> list[int]:
    """Starts of the lines that hold only column names, one of them a lead column (most documents
    have none: then there is no task table to read)."""
    low = lower_aligned(text)
    seen: set[int] = set()
    out: list[int] = []
    for kw in _LEAD_KEYS:
        pos = low.find(kw)
        while pos >= 0:
            ls = text.rfind("\n", 0, pos) + 1
            if ls not in seen:
                seen.add(ls)
                le = text.find("\n", pos)
                le = len(text) if le < 0 else le
                if le - ls <= 200 and _HEADER_LINE_RE.fullmatch(text, ls, le):
                    out.append(ls)
            pos = low.find(kw, pos + 1)
    return sorted(out)


def _header_matches(text: str) -> list[re.Match[str]]:
    """The header-line matches near the lead header lines (a header block is short)."""
    windows: list[list[int]] = []
    for ls in _lead_header_lines(text):
        lo = text.rfind("\n", 0, max(0, ls - 600)) + 1
        hi = min(len(text), ls + 600)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    out: list[re.Match[str]] = []
    for lo, hi in windows:
        e = text.find("\n", hi)
        out.extend(_HEADER_LINE_RE.finditer(text, lo, len(text) if e < 0 else e))
    return out


def _line_tables(text: str) -> list[Table]:
    tables: list[Table] = []
    headers = _header_matches(text)
    i = 0
    while i < len(headers):
        s, e = headers[i].start(), headers[i].end()
        j = i + 1
        while j < len(headers) and headers[j].start() == e + 1:
            e = headers[j].end()
            j += 1
        i = j
        columns = _columns_of(text[s:e])
        if "lead" not in columns or "content" not in columns:
            continue
        table = Table(s, e, columns)
        tables.append(table)
        _read_rows(text, table, e + 1)
    return tables


def _read_rows(text: str, table: Table, pos: int) -> None:
    group: str | None = None
    label: str | None = None
    row_start = pos
    buf: list[tuple[int, int]] = []

    def flush() -> None:
        nonlocal group
        if label is None or not buf:
            return
        if re.fullmatch(r"[IVXL]{1,5}\.?|[A-ZĐ]\.?", label) and len(buf) <= 2:
            group = label.rstrip(".")
            return
        row = Row(label.rstrip("."), group, row_start, buf[-1][1])
        _assign(text, table.columns, buf, row)
        table.rows.append(row)

    for ls, le in _lines(text, pos):
        line = text[ls:le]
        if _END_RE.match(line) or _HEADER_LINE_RE.fullmatch(line):
            break
        if _ROW_NO_RE.match(line):
            flush()
            label, row_start, buf = line, ls, []
            continue
        if _GROUP_LINE_RE.match(line) and (not buf or _classify(text, buf[-1]) != "text"):
            flush()
            group = line.split(None, 1)[0].rstrip(".-)")
            label, buf = None, []
            continue
        if label is None:
            continue
        buf.append((ls, le))
        table.end = le
    flush()


@lru_cache(maxsize=8)
def find_tables(text: str) -> tuple[Table, ...]:
    """Every task table in the normalised text, with its rows and cell spans."""
    tables: list[Table] = []
    if "|" in text:
        tables.extend(_pipe_tables(text))
    tables.extend(_line_tables(text))
    return tuple(sorted(tables, key=lambda t: t.start))


_CELL_ROLES: tuple[UnitRole, ...] = ("lead", "support")  # the columns whose cells give a role


def role_cells(text: str) -> list[tuple[UnitRole, tuple[int, int]]]:
    """(role, span) for every lead and support cell of every task table."""
    out: list[tuple[UnitRole, tuple[int, int]]] = []
    for t in find_tables(text):
        for r in t.rows:
            for kind in _CELL_ROLES:
                for span in r.cells.get(kind, []):
                    out.append((kind, span))
    return out
