"""Field-level scores of a predicted record against gold: pure functions, no I/O.

Two strategies (small classes): `Strict` (canonical keys equal) and `Soft` (fuzzy text, prefixes of
run-on items, role-free dates, ±1 day for "trước ngày"). Each list field has a matching rule
(`rules.FieldRule` subclasses, one per field, rule stated in its docstring); matching is one-to-one
(`matching.match`). Categories follow nervaluate: correct, partial (matched softly, not strictly),
missed, spurious, and incorrect for a value that is there but wrong.

Three kinds of field:
  list       precision / recall / F1 over items (micro: summed over documents; macro: mean of
             per-document F1), support = gold items;
  value      document.* — accuracy over documents whose gold has the field (null vs a value is an
             error both ways), plus P/R/F1 over the non-null values;
  attribute  a property of matched items (directives.issued_date, tasks.lead …) — accuracy (or
             mean set-F1) over matched items whose gold gives it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any

from extractor.models import Record

from .matching import match, text_key
from .rules import HEADLINE, LIST_RULES, STRATEGIES, STRICT, FieldRule, Item, same_value


# --- tallies ------------------------------------------------------------------------------
def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1. Nothing predicted and nothing to find: 1.0 each; else 0/0 -> 0."""
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Tally:
    kind: str  # list | value | attribute
    tp: int = 0
    fp: int = 0
    fn: int = 0
    partial: int = 0
    n: int = 0  # value: documents scored; attribute: matched items scored
    total: float = 0.0  # value: correct documents; attribute: sum of item scores
    doc_f1: list[float] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.partial += other.partial
        self.n += other.n
        self.total += other.total
        self.doc_f1.extend(other.doc_f1)

    def metrics(self) -> dict[str, Any]:
        p, r, f = prf(self.tp, self.fp, self.fn)
        out: dict[str, Any] = {"kind": self.kind}
        if self.kind == "list":
            out.update(precision=p, recall=r, f1=f, support=self.tp + self.fn, predicted=self.tp + self.fp,
                       correct=self.tp, missed=self.fn, spurious=self.fp, partial=self.partial,
                       macro_f1=sum(self.doc_f1) / len(self.doc_f1) if self.doc_f1 else None)
            out["metric"], out["score"] = "f1", f
        else:
            acc = self.total / self.n if self.n else None
            out.update(accuracy=acc, support=self.n)
            if self.kind == "value":
                out.update(precision=p, recall=r, f1=f)
            out["metric"], out["score"] = "accuracy", acc
        return out


@dataclass
class Error:
    """One thing a person can act on: what gold says, what was predicted, where."""

    field: str
    category: str  # missed | spurious | partial | incorrect
    gold: str | None = None
    pred: str | None = None
    start: int | None = None  # span of the prediction in the normalised text
    end: int | None = None


@dataclass
class DocScore:
    stem: str
    tallies: dict[str, dict[str, Tally]] = field(default_factory=dict)  # field -> mode -> tally
    errors: list[Error] = field(default_factory=list)

    def tally(self, name: str, mode: str, kind: str) -> Tally:
        return self.tallies.setdefault(name, {}).setdefault(mode, Tally(kind))


# --- document.* values --------------------------------------------------------------------
VALUE_FIELDS = ("system", "doc_type", "doc_type_name", "number", "place", "issued_date", "issuer",
                "parent_body", "title", "signer.name", "signer.position", "signer.capacity")


def _get(doc: dict[str, Any], key: str) -> tuple[bool, Any]:
    """(gold gives it, value) for 'title' or 'signer.name'."""
    if "." not in key:
        return key in doc, doc.get(key)
    head, sub = key.split(".", 1)
    if head not in doc:
        return False, None
    inner = doc[head]
    if inner is None:
        return True, None
    return sub in inner, inner.get(sub)


def score_values(result: DocScore, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    gdoc = gold.get("document")
    if not isinstance(gdoc, dict):
        return
    pdoc = pred.get("document") or {}
    spans = pdoc.get("spans") or {}
    for key in VALUE_FIELDS:
        given, g = _get(gdoc, key)
        if not given:
            continue
        _, p = _get(pdoc, key)
        name = f"document.{key}"
        for s in STRATEGIES:
            t = result.tally(name, s.name, "value")
            ok = same_value(s, key, g, p)
            t.n += 1
            t.total += ok
            t.tp += ok and g is not None
            t.fp += not ok and p is not None
            t.fn += not ok and g is not None
            if s is HEADLINE and not ok:
                cat = "missed" if p is None else "spurious" if g is None else "incorrect"
                span = spans.get(key.split(".")[0]) or {}
                result.errors.append(Error(name, cat, _show(g), _show(p), span.get("start"), span.get("end")))


def _show(v: Any) -> str | None:
    return None if v is None else str(v)


# --- one document ---------------------------------------------------------------------------
def score_list(result: DocScore, rule: FieldRule, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    g_items = rule.gold_items(gold)
    if g_items is None:
        return
    p_items = rule.pred_items(pred)
    strict_pairs = set()
    for s in STRATEGIES:
        pairs = match(g_items, p_items, partial(rule.score, s))
        t = result.tally(rule.name, s.name, "list")
        t.tp += len(pairs)
        t.fn += len(g_items) - len(pairs)
        t.fp += len(p_items) - len(pairs)
        t.doc_f1.append(prf(len(pairs), len(p_items) - len(pairs), len(g_items) - len(pairs))[2])
        if s is STRICT:
            strict_pairs = {(i, j) for i, j, _ in pairs}
        for attr, compare in rule.attributes.items():
            a = result.tally(f"{rule.name}.{attr}", s.name, "attribute")
            for i, j, _ in pairs:
                v = compare(s, g_items[i], p_items[j])
                if v is not None:
                    a.n += 1
                    a.total += v
                    if s is HEADLINE and v < 1 and rule.list_errors:
                        result.errors.append(Error(f"{rule.name}.{attr}", "incorrect",
                                                   f"{rule.label(g_items[i])}: {_attr_show(g_items[i], attr)}",
                                                   _attr_show(p_items[j], attr),
                                                   p_items[j].get("start"), p_items[j].get("end")))
        if s is HEADLINE:
            t.partial += sum((i, j) not in strict_pairs for i, j, _ in pairs)
            if rule.list_errors:
                _list_errors(result, rule, g_items, p_items, pairs, strict_pairs)


def _attr_show(item: Item, attr: str) -> str:
    v = item.get(attr)
    if isinstance(v, dict):
        v = {k: v.get(k) for k in ("from", "to", "recurrence") if v.get(k)}
    return str(v)


def _list_errors(result: DocScore, rule: FieldRule, g_items: list[Item], p_items: list[Item],
                 pairs: list[tuple[int, int, float]], strict_pairs: set[tuple[int, int]]) -> None:
    add = result.errors.append
    for i, j, _ in pairs:
        if (i, j) not in strict_pairs:
            add(Error(rule.name, "partial", _full(rule, g_items[i]), _full(rule, p_items[j]),
                      p_items[j].get("start"), p_items[j].get("end")))
    used_g = {i for i, _, _ in pairs}
    used_p = {j for _, j, _ in pairs}
    missed = [i for i in range(len(g_items)) if i not in used_g]
    spurious = [j for j in range(len(p_items)) if j not in used_p]
    # a miss and a spurious item with the same text: one wrong value, shown together
    by_label: dict[str, list[int]] = {}
    for j in spurious:
        by_label.setdefault(text_key(rule.label(p_items[j])) or "", []).append(j)
    for i in missed:
        same = by_label.get(text_key(rule.label(g_items[i])) or "")
        if same:
            j = same.pop(0)
            spurious.remove(j)
            add(Error(rule.name, "incorrect", _full(rule, g_items[i]), _full(rule, p_items[j]),
                      p_items[j].get("start"), p_items[j].get("end")))
        else:
            add(Error(rule.name, "missed", _full(rule, g_items[i])))
    for j in spurious:
        add(Error(rule.name, "spurious", None, _full(rule, p_items[j]), p_items[j].get("start"), p_items[j].get("end")))


_SHOWN = ("from", "to", "recurrence", "role", "issued_date", "issuer", "lead", "due")


def _full(rule: FieldRule, item: Item) -> str:
    extra = [f"{k}={item[k]}" for k in _SHOWN if item.get(k) and rule.name.startswith(("dates", "directives"))]
    return " ".join([rule.label(item), *(f"[{e}]" for e in extra)])


def prediction_dict(record: Record) -> dict[str, Any]:
    """The record as the gold format sees it (aliases: `from`)."""
    return record.model_dump(by_alias=True, exclude={"text"})


def score_document(stem: str, gold: dict[str, Any], pred: Record | dict[str, Any],
                   fields: set[str] | None = None) -> DocScore:
    """Score one prediction against one gold dict; `fields` limits the list fields scored
    (baselines cover only some)."""
    p = prediction_dict(pred) if isinstance(pred, Record) else pred
    result = DocScore(stem)
    if fields is None or "document" in fields:
        score_values(result, gold, p)
    for rule in LIST_RULES:
        if fields is None or rule.name in fields:
            score_list(result, rule, gold, p)
    return result


def aggregate(docs: list[DocScore]) -> dict[str, dict[str, dict[str, Any]]]:
    """field -> mode -> metrics, micro over documents (macro_f1: mean of per-document F1)."""
    total: dict[str, dict[str, Tally]] = {}
    for d in docs:
        for name, modes in d.tallies.items():
            for mode, t in modes.items():
                total.setdefault(name, {}).setdefault(mode, Tally(t.kind)).add(t)
    return {name: {mode: t.metrics() for mode, t in modes.items()} for name, modes in sorted(total.items(), key=_order)}


def _order(item: tuple[str, Any]) -> tuple[int, str]:
    name = item[0]
    return (0 if name.startswith("document.") else 1, name)
