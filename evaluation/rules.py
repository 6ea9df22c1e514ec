"""Matching strategies (strict, soft) and the matching rule of every scored field.

Each list field is a `FieldRule`: how its items are read from gold and from the prediction, and
the score of a (gold, predicted) pair under a strategy (0 = no match; above 0, higher is better,
used by the one-to-one matcher). Attributes are compared on matched pairs only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from extractor.normalise import fold

from .matching import (
    FUZZY_MIN,
    date_key,
    id_key,
    is_prefix,
    path_key,
    ratio,
    set_f1,
    text_key,
    within_days,
)

Item = dict[str, Any]


# --- strategies ---------------------------------------------------------------------------
class Strict:
    """Canonical keys must be equal (fold() for text, canonical_number for ids, ISO for dates)."""

    name = "strict"

    def same_text(self, g: Any, p: Any) -> float:
        return 1.0 if text_key(g) == text_key(p) else 0.0

    def same_heading(self, g: Any, p: Any) -> float:
        return self.same_text(g, p)

    def same_id(self, g: Any, p: Any) -> float:
        return 1.0 if g is not None and id_key(g) == id_key(p) else 0.0

    def same_path(self, g: Any, p: Any) -> bool:
        return path_key(g) == path_key(p)

    def same_date(self, g: Any, p: Any, slack: int = 0) -> bool:
        return date_key(g) == date_key(p)

    def use_role(self) -> bool:
        return True


class Soft(Strict):
    """Folded text with rapidfuzz ratio >= 90, or a prefix of a run-on item; ids case-folded;
    dates ignore `role`; a "trước ngày" deadline may be one day off."""

    name = "soft"

    def same_text(self, g: Any, p: Any) -> float:
        r = ratio(g, p)
        return r / 100 if r >= FUZZY_MIN else 0.0

    def same_heading(self, g: Any, p: Any) -> float:
        return self.same_text(g, p) or (0.9 if is_prefix(g, p) else 0.0)

    def same_id(self, g: Any, p: Any) -> float:
        if g is None or p is None:
            return 0.0
        return 1.0 if fold(id_key(g) or "") == fold(id_key(p) or "") else 0.0

    def same_path(self, g: Any, p: Any) -> bool:
        return text_key(g) == text_key(p)

    def same_date(self, g: Any, p: Any, slack: int = 0) -> bool:
        return within_days(g, p, slack) if slack else date_key(g) == date_key(p)

    def use_role(self) -> bool:
        return False


STRICT, SOFT = Strict(), Soft()
STRATEGIES: tuple[Strict, ...] = (STRICT, SOFT)
HEADLINE = SOFT  # the mode of the headline numbers, the error lists and the gate


# --- list fields --------------------------------------------------------------------------
Attribute = Callable[[Strict, Item, Item], float | None]  # None: gold does not give it


class FieldRule:
    """How one list field is read from gold and prediction, and when two items match."""

    name = ""
    attributes: ClassVar[dict[str, Attribute]] = {}
    list_errors = True  # False for views of another field (their errors would repeat its errors)

    def gold_items(self, gold: dict[str, Any]) -> list[Item] | None:
        items = gold.get(self.name)
        return None if items is None else list(items)

    def pred_items(self, pred: dict[str, Any]) -> list[Item]:
        return list(pred.get(self.name) or [])

    def score(self, s: Strict, g: Item, p: Item) -> float:
        raise NotImplementedError

    def label(self, item: Item) -> str:
        return str(item.get("text") or item.get("id") or "")


def _attr(key: str, same: Callable[[Strict, Any, Any], float]) -> Attribute:
    def compare(s: Strict, g: Item, p: Item) -> float | None:
        if key not in g:
            return None
        if g[key] is None or p.get(key) is None:
            return 1.0 if g[key] is None and p.get(key) is None else 0.0
        return 1.0 if same(s, g[key], p[key]) else 0.0

    return compare


class Directives(FieldRule):
    """By canonical id (strict: canonical_number equal; soft: also case-folded); then accuracy of
    `issued_date` (ISO) and `issuer` (folded; soft: ratio >= 90) on the matched ones."""

    name = "directives"
    attributes: ClassVar[dict[str, Attribute]] = {
        "issued_date": _attr("issued_date", lambda s, a, b: date_key(a) == date_key(b)),
        "issuer": _attr("issuer", lambda s, a, b: s.same_text(a, b) > 0),
    }

    def score(self, s: Strict, g: Item, p: Item) -> float:
        return s.same_id(g.get("id"), p.get("id"))

    def label(self, item: Item) -> str:
        return str(item.get("id") or "")


class Citations(FieldRule):
    """A multiset of mentions: strict (canonical id, folded text); soft: id only (text breaks ties).
    Predicted self-references (form `self`) are not scored."""

    name = "citations"

    def pred_items(self, pred: dict[str, Any]) -> list[Item]:
        """Self-references ("Kế hoạch này", form `self`) are not citations in gold."""
        return [c for c in pred.get("citations") or [] if c.get("form") != "self"]

    def score(self, s: Strict, g: Item, p: Item) -> float:
        if not s.same_id(g.get("id"), p.get("id")):
            return 0.0
        text_ok = "text" not in g or STRICT.same_text(g.get("text"), p.get("text"))
        if s is STRICT:
            return 1.0 if text_ok else 0.0
        return 1.0 + ratio(g.get("text"), p.get("text")) / 1000


class Sections(FieldRule):
    """By `path` and `heading` (strict: folded heading equal; soft: ratio >= 90 or one heading a
    prefix of the other, for run-on items). Predicted bullets (dash/plus/star) and signature
    blocks are nodes of the tree that the annotation conventions do not list: not scored."""

    name = "sections"
    BULLETS: ClassVar[set[str]] = {"dash", "plus", "star", "signature"}

    def pred_items(self, pred: dict[str, Any]) -> list[Item]:
        return [x for x in pred.get("sections") or [] if x.get("kind") not in self.BULLETS]

    def score(self, s: Strict, g: Item, p: Item) -> float:
        if not s.same_path(g.get("path"), p.get("path")):
            return 0.0
        if "heading" not in g:
            return 1.0
        h = s.same_heading(g.get("heading"), p.get("heading"))
        return 1.0 + h if h else 0.0

    def label(self, item: Item) -> str:
        return f"{item.get('path')} {item.get('heading') or ''}".strip()


def _date_values_equal(s: Strict, g: Item, p: Item) -> bool:
    slack = 1 if g.get("role") == "deadline" and "trước" in fold(str(g.get("text") or "")) else 0
    for key in ("from", "to"):
        if key in g and not (s.same_date(g[key], p.get(key), slack) if g[key] else p.get(key) is None):
            return False
    if "recurrence" in g and (g["recurrence"] or None) != (p.get("recurrence") or None):
        return False
    return not (s.use_role() and "role" in g and g["role"] != p.get("role"))


class Dates(FieldRule):
    """By values (`from`, `to`, `recurrence`, `role`; soft: without role, ±1 day for "trước ngày"),
    text first: among value-equal candidates the one with the same text is taken."""

    name = "dates"

    def score(self, s: Strict, g: Item, p: Item) -> float:
        if not _date_values_equal(s, g, p):
            return 0.0
        return 1.0 + ratio(g.get("text"), p.get("text")) / 1000


def _interval_same(s: Strict, g: Item, p: Item) -> float | None:
    keys = [k for k in ("from", "to") if k in g]
    if not keys:
        return None
    return 1.0 if all((date_key(g[k]) == date_key(p.get(k))) for k in keys) else 0.0


class DatesFound(FieldRule):
    """The expressions found, whatever their values: by folded text (strict: equal; soft: ratio >= 90
    or one a prefix of the other); then, on the found ones, accuracy of the interval (`from`, `to`),
    `recurrence` and `role` — where a stage reads a date but gets its value or role wrong."""

    name = "dates.found"
    list_errors = False
    attributes: ClassVar[dict[str, Attribute]] = {
        "interval": _interval_same,
        "recurrence": _attr("recurrence", lambda s, a, b: a == b),
        "role": _attr("role", lambda s, a, b: a == b),
    }

    def gold_items(self, gold: dict[str, Any]) -> list[Item] | None:
        items = gold.get("dates")
        return None if items is None else list(items)

    def pred_items(self, pred: dict[str, Any]) -> list[Item]:
        return list(pred.get("dates") or [])

    def score(self, s: Strict, g: Item, p: Item) -> float:
        sim = s.same_heading(g.get("text"), p.get("text"))
        if not sim:
            return 0.0
        same_values = sum(date_key(g.get(k)) == date_key(p.get(k)) for k in ("from", "to") if k in g)
        return sim + same_values / 100  # among equal texts, the one with the same values


def _due(item: Item) -> Any:
    return item.get("to") or item.get("from")


class Deadlines(FieldRule):
    """Deadlines alone (role `deadline` on both sides), by due date (`to`, else `from`); soft
    allows ±1 day for "trước ngày"."""

    name = "dates.deadlines"
    list_errors = False

    def gold_items(self, gold: dict[str, Any]) -> list[Item] | None:
        items = gold.get("dates")
        return None if items is None else [d for d in items if d.get("role") == "deadline"]

    def pred_items(self, pred: dict[str, Any]) -> list[Item]:
        return [d for d in pred.get("dates") or [] if d.get("role") == "deadline"]

    def score(self, s: Strict, g: Item, p: Item) -> float:
        slack = 1 if "trước" in fold(str(g.get("text") or "")) else 0
        if not s.same_date(_due(g), _due(p), slack):
            return 0.0
        return 1.0 + ratio(g.get("text"), p.get("text")) / 1000


class Units(FieldRule):
    """By canonical name (strict: folded equal; soft: ratio >= 90 on folded). Predicted mentions
    are reduced to distinct canonical names first (gold lists each unit once); then `kind`."""

    name = "units"
    attributes: ClassVar[dict[str, Attribute]] = {"kind": _attr("kind", lambda s, a, b: a == b)}

    def pred_items(self, pred: dict[str, Any]) -> list[Item]:
        seen: set[str] = set()
        out = []
        for u in pred.get("units") or []:
            k = text_key(u.get("canonical"))
            if k and k not in seen:
                seen.add(k)
                out.append(u)
        return out

    def score(self, s: Strict, g: Item, p: Item) -> float:
        return s.same_text(g.get("canonical"), p.get("canonical"))

    def label(self, item: Item) -> str:
        return str(item.get("canonical") or item.get("name") or "")


def _names_f1(key: str) -> Attribute:
    def compare(s: Strict, g: Item, p: Item) -> float | None:
        if key not in g:
            return None
        return set_f1(g.get(key) or [], p.get(key) or [], s.same_text)

    return compare


def _due_same(s: Strict, g: Item, p: Item) -> float | None:
    if "due" not in g:
        return None
    gd, pd = g["due"], p.get("due")
    if not gd or not any(gd.get(k) for k in ("from", "to", "recurrence")):
        return 1.0 if not pd or not any(pd.get(k) for k in ("from", "to", "recurrence")) else 0.0
    if not pd:
        return 0.0
    ok = all(s.same_date(gd[k], pd.get(k)) if gd[k] else not pd.get(k) for k in ("from", "to") if k in gd)
    if "recurrence" in gd:
        ok = ok and (gd["recurrence"] or None) == (pd.get("recurrence") or None)
    return 1.0 if ok else 0.0


class Tasks(FieldRule):
    """By section path, then title (strict: folded title equal; soft: same section, the most
    similar title first); then lead/support set F1 (names matched by the mode's text rule) and
    due accuracy (`from`, `to`, `recurrence` as given in gold)."""

    name = "tasks"
    attributes: ClassVar[dict[str, Attribute]] = {"lead": _names_f1("lead"), "support": _names_f1("support"), "due": _due_same}

    def score(self, s: Strict, g: Item, p: Item) -> float:
        if not s.same_path(g.get("section"), p.get("section")):
            return 0.0
        if "title" not in g:
            return 1.0
        if s is STRICT:
            return 1.0 if STRICT.same_text(g["title"], p.get("title")) else 0.0
        bonus = 1.0 if is_prefix(g["title"], p.get("title")) else ratio(g["title"], p.get("title")) / 100
        return 1.0 + bonus

    def label(self, item: Item) -> str:
        return f"{item.get('section')} {item.get('title') or ''}".strip()


class Recipients(FieldRule):
    """`document.recipients` by name (strict: folded equal; soft: ratio >= 90 or a prefix)."""

    name = "document.recipients"

    def gold_items(self, gold: dict[str, Any]) -> list[Item] | None:
        doc = gold.get("document") or {}
        if "recipients" not in doc:
            return None
        return [{"name": r} if isinstance(r, str) else r for r in doc["recipients"] or []]

    def pred_items(self, pred: dict[str, Any]) -> list[Item]:
        return list((pred.get("document") or {}).get("recipients") or [])

    def score(self, s: Strict, g: Item, p: Item) -> float:
        return s.same_heading(g.get("name"), p.get("name"))

    def label(self, item: Item) -> str:
        return str(item.get("name") or "")


class NamedReferences(FieldRule):
    """Documents named without a number, by name (strict: folded equal; soft: ratio >= 90 or a prefix)."""

    name = "named_references"

    def score(self, s: Strict, g: Item, p: Item) -> float:
        return s.same_heading(g.get("name"), p.get("name"))

    def label(self, item: Item) -> str:
        return str(item.get("name") or "")


LIST_RULES: tuple[FieldRule, ...] = (
    Directives(), Citations(), NamedReferences(), Sections(), Dates(), DatesFound(), Deadlines(), Units(), Tasks(),
    Recipients(),
)



def same_value(s: Strict, key: str, g: Any, p: Any) -> bool:
    """document.<key>: numbers through canonical_number, dates as ISO, the rest folded."""
    if g is None or p is None:
        return g is None and p is None
    if key == "number":
        return bool(s.same_id(g, p))
    if key == "issued_date":
        return date_key(g) == date_key(p)
    if key in ("system", "doc_type"):
        return text_key(g) == text_key(p)
    return s.same_text(g, p) > 0
