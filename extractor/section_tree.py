"""The section tree as it grows: a stack of the open sections and where each new one goes.

`segment.py` reads the lines and says which open a section (a `Marker`: its style, kind, label);
`TreeBuilder.place` decides its parent from the styles open above it — a style already open
closes everything above it (a sibling), a new style opens below the current section (a child) —
and records its fields once, as the `Section` validation takes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

from .data import load

# named parts, outermost first (headings.yaml): a part never sits under a later one
_NAMED_RANK = {style: i for i, style in enumerate(load("headings.yaml")["named_parts"])}

MAJOR = {"letter_part", "roman"} | set(_NAMED_RANK)
BLOCKS = {"recipients", "signature", "attachment", "appendix", "form"}
BULLET_SIGNS = "-+*•·▪●○◦"  # what a bulleted item may open with ("–" and "—" are "-" once normalised)
# a bullet typed without its space ("-Phối hợp …"): all of them but "*", which before a letter opens
# markdown emphasis
GLUED_BULLET_SIGNS = BULLET_SIGNS.replace("*", "")
MINOR = {"arabic.", "arabic)", "arabic-", "arabic/", "paren_num", "paren_alpha", "letter"} | {f"decimal{d}" for d in range(1, 5)} | {
    "bullet" + c for c in BULLET_SIGNS
}


@dataclass(slots=True)
class Marker:
    style: str
    kind: str
    label: str
    rest: str
    weak: bool = False  # a bare decimal ("6.3" alone on a line): a section only under its parent


class Fields(TypedDict):
    """A section's fields as `Section` validates them: made once per section and validated in
    bulk at the end (no node object copied into a dict in between)."""

    id: str
    label: str
    path: str
    level: int
    kind: str
    heading: str
    start: int
    end: int  # `start` until the section is closed
    parent: str | None


class TreeBuilder:
    """The open sections as a stack (innermost last) and every section made so far."""

    def __init__(self) -> None:
        self.sections: list[Fields] = []
        self.stack: list[Fields] = []
        # per stack entry: its style (a list `in` scans at C speed) and its bullets' counts by sign
        self.styles: list[str] = []
        self.bullets: list[dict[str, int] | None] = []  # made when the first bullet under it comes
        self.root_bullets: dict[str, int] = {}
        self.has_signature = False
        self.floor = 0  # stack depth just above the innermost open block
        self.root_article = False

    # -- stack helpers ------------------------------------------------------------------
    def close_above(self, depth: int, at: int) -> None:
        """Pop the stack down to `depth` entries; popped sections end before `at` (or at their start)."""
        stack = self.stack
        if len(stack) == depth + 1:  # the commonest: a sibling closes its predecessor
            section = stack.pop()
            section["end"] = max(at, section["start"])
            self.styles.pop()
            self.bullets.pop()
        else:
            for section in stack[depth:]:
                section["end"] = max(at, section["start"])
            del stack[depth:]
            del self.styles[depth:]
            del self.bullets[depth:]
        if self.floor > depth:
            self.floor = self._scan_floor()

    def _scan_floor(self) -> int:
        for d in range(len(self.styles) - 1, -1, -1):
            if self.styles[d] in BLOCKS:
                return d + 1
        return 0

    def block_floor(self) -> int:
        """Stack depth just above the innermost open block (roots for what follows them)."""
        return self.floor

    def find(self, pred, floor: int) -> int | None:
        """The innermost stack depth at or above `floor` whose (style, section) `pred` accepts."""
        for d in range(len(self.stack) - 1, floor - 1, -1):
            if pred(self.styles[d], self.stack[d]):
                return d
        return None

    def find_style(self, style: str, floor: int) -> int | None:
        styles = self.styles
        if style in styles:  # one scan in C first: a first child's style is not open yet
            for d in range(len(styles) - 1, floor - 1, -1):
                if styles[d] == style:
                    return d
        return None

    # -- placement ----------------------------------------------------------------------
    def place(self, mk: Marker, start: int, heading: str, at: int) -> None:
        """Decide the parent of a new section (popping the stack), then push it."""
        style = mk.style
        if style in MINOR:
            if not self._place_item(mk, at):
                return
        elif style in ("recipients", "attachment", "appendix") or (style == "signature" and not self.signed()):
            self.close_above(0, at)
        elif style in ("signature", "form"):
            d = None
            if style == "form":
                d = self.find(lambda st, s: st == "form" and mk.label.startswith(s["label"] + "."), 0)
                if d is None:
                    d = self.find_style("form", 0)
                    if d is not None:
                        self.close_above(d, at)
                        d = None
            if d is None:
                d = self.find(lambda st, _s: st in ("appendix", "attachment", "form"), 0)
            self.close_above(0 if d is None else d + 1, at)
        else:  # MAJOR: never under an arabic, lettered or bulleted item
            floor = self.floor
            d = self.find(lambda st, _s: st in MAJOR, floor)
            self.close_above(floor if d is None else d + 1, at)
            same = self.find_style(style, floor)
            if same is None and style in _NAMED_RANK:
                same = self.find(lambda st, _s: _NAMED_RANK.get(st, -1) >= _NAMED_RANK[style], floor)
            if same is not None:
                self.close_above(same, at)
        self.push(mk, start, heading)

    def _place_item(self, mk: Marker, at: int) -> bool:
        """Pop the stack for a MINOR item (the most sections, so written out); False: no section
        (a bare decimal whose parent is not open)."""
        floor, styles, style = self.floor, self.styles, mk.style
        depth = len(styles)
        if style[0] != "b":  # a numbered item never sits under a bullet
            while depth > floor and styles[depth - 1][0] == "b":
                depth -= 1
            if depth < len(styles):
                self.close_above(depth, at)
        if mk.kind == "decimal":
            prefix = mk.label.rsplit(".", 1)[0]
            stack = self.stack
            for d in range(depth - 1, floor - 1, -1):
                s = stack[d]
                if s["label"] == prefix and s["kind"] in ("arabic", "decimal"):
                    self.close_above(d + 1, at)
                    return True
            if mk.weak:
                return False
        if style in styles:  # one scan in C first: a first child's style is not open yet
            for d in range(depth - 1, floor - 1, -1):
                if styles[d] == style:
                    self.close_above(d, at)
                    break
        return True

    def form_start(self) -> int:
        """Where the innermost open form starts (0 when none is open)."""
        d = self.find_style("form", 0)
        return 0 if d is None else self.stack[d]["start"]

    def signed(self) -> bool:
        return self.has_signature

    def push(self, mk: Marker, start: int, heading: str) -> None:
        stack = self.stack
        style, label, kind = mk.style, mk.label, mk.kind
        depth = len(stack)
        if style[0] == "b":  # a bullet: numbered among its parent's bullets of that sign
            if depth:
                counter = self.bullets[-1]
                if counter is None:
                    counter = self.bullets[-1] = {}
            else:
                counter = self.root_bullets
            nth = counter.get(label, 0) + 1
            counter[label] = nth
            own = f"{label}{nth}"
        else:
            own = label
        if depth:
            above = stack[-1]
            parent: str | None = above["id"]
            up_path, up_label = above["path"], above["label"]
            if kind == "decimal" and above["kind"] in ("arabic", "decimal") and own.startswith(up_label + "."):
                path = up_path[: len(up_path) - len(up_label)] + own
            else:
                path = f"{up_path}.{own}"
        else:
            parent, path = None, own
        section: Fields = {
            "id": f"s{len(self.sections) + 1}", "label": label, "path": path, "level": depth + 1, "kind": kind,
            "heading": heading, "start": start, "end": start, "parent": parent,
        }
        self.sections.append(section)
        stack.append(section)
        self.styles.append(style)
        self.bullets.append(None)
        if style in BLOCKS:
            self.floor = depth + 1
            if style == "signature":
                self.has_signature = True
        elif style == "article" and parent is None:
            self.root_article = True
