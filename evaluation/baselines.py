"""Peer baselines: what a user would otherwise reach for, as Record-shaped predictions, so the
same scorer runs on them.

  dateparser   dates: `search_dates(languages=['vi'])` line by line, each hit re-read with
               `DateDataParser` for its period (day / month / year -> the whole interval); no role.
  underthesea  units: `underthesea.ner` ORG spans (its CRF model ships in the wheel: offline).
  regex        directives and citations: one regular expression for a number/symbol, through
               `canonical_number`.

Each baseline declares the fields it covers; only those are scored. A baseline whose package is
missing (the `baselines` extra) or needs a download is reported 'unavailable', never faked.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from extractor.models import Citation, DateValue, Directive, Record, Source, Unit
from extractor.symbols import canonical_number

REFERENCE_DATE = datetime(2026, 1, 1)  # dateparser's relative base, pinned: results do not depend on today
MAX_LINE = 3000  # characters of one line given to a baseline (underthesea slows down on long lines)


@dataclass(frozen=True)
class Baseline:
    name: str
    covers: frozenset[str]  # field names scored for it
    what: str
    predict: Callable[[str, str], Record]  # (normalised text, name) -> Record


def _record(text: str, name: str, **fields: Any) -> Record:
    return Record(source=Source(name=name, sha256="", format="txt", chars=len(text)), **fields)


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line[:MAX_LINE]))
        pos += len(line) + 1
    return out


# --- dateparser ---------------------------------------------------------------------------
def _interval(when: datetime, period: str | None) -> tuple[str, str, str]:
    if period == "year":
        return f"{when.year}-01-01", f"{when.year}-12-31", "year"
    if period == "month":
        last = calendar.monthrange(when.year, when.month)[1]
        return f"{when:%Y-%m}-01", f"{when:%Y-%m}-{last:02d}", "month"
    day = when.date().isoformat()
    return day, day, "day"


def predict_dates(text: str, name: str = "text.txt") -> Record:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings = {"DATE_ORDER": "DMY", "RELATIVE_BASE": REFERENCE_DATE, "PREFER_DAY_OF_MONTH": "first"}
    ddp = DateDataParser(languages=["vi"], settings=settings)
    dates: list[DateValue] = []
    for offset, line in _lines(text):
        found = search_dates(line, languages=["vi"], settings=settings) or []
        cursor = 0
        for surface, when in found:
            at = line.find(surface, cursor)
            if at < 0:
                continue
            cursor = at + len(surface)
            period = ddp.get_date_data(surface).period
            start, end, grain = _interval(when, period)
            dates.append(DateValue.model_validate({
                "text": surface, "start": offset + at, "end": offset + cursor,
                "from": start, "to": end, "grain": grain, "role": "reference"}))
    return _record(text, name, dates=dates)


# --- underthesea --------------------------------------------------------------------------
def predict_units(text: str, name: str = "text.txt") -> Record:
    from underthesea import ner

    units: list[Unit] = []
    for offset, line in _lines(text):
        if not line.strip():
            continue
        cursor, current = 0, None  # current: [start, end] of the ORG span being built
        for token, _pos, _chunk, tag in ner(line):
            at = line.find(token, cursor)
            if at < 0:
                continue
            cursor = at + len(token)
            if tag == "B-ORG" or (tag == "I-ORG" and current is None):
                if current:
                    units.append(_unit(line, offset, *current))
                current = [at, cursor]
            elif tag == "I-ORG" and current:
                current[1] = cursor
            elif current:
                units.append(_unit(line, offset, *current))
                current = None
        if current:
            units.append(_unit(line, offset, *current))
    return _record(text, name, units=units)


def _unit(line: str, offset: int, start: int, end: int) -> Unit:
    surface = line[start:end]
    return Unit(name=surface, canonical=surface, start=offset + start, end=offset + end)


# --- one regex ------------------------------------------------------------------------------
SYMBOL_RE = re.compile(r"\b\d+[a-z]?(?:/(?:19|20)\d\d)?[-/][A-ZĐƯ][\wĐđƯư.\-]*(?:/[A-ZĐƯ][\wĐđƯư.\-]*)?")


def predict_directives(text: str, name: str = "text.txt") -> Record:
    citations: list[Citation] = []
    seen: dict[str, Directive] = {}
    for m in SYMBOL_RE.finditer(text):
        cid = canonical_number(m.group().rstrip(".-"))
        if not cid:
            continue
        citations.append(Citation(id=cid, start=m.start(), end=m.end(), text=m.group()))
        seen.setdefault(cid, Directive(id=cid))
        seen[cid].mentions += 1
    return _record(text, name, citations=citations, directives=list(seen.values()))


BASELINES: tuple[Baseline, ...] = (
    Baseline("dateparser", frozenset({"dates", "dates.deadlines"}), "dateparser.search_dates(languages=['vi'])",
             predict_dates),
    Baseline("underthesea", frozenset({"units"}), "underthesea.ner, ORG spans", predict_units),
    Baseline("regex", frozenset({"directives", "citations"}), "one number/symbol regex + canonical_number",
             predict_directives),
)


def availability(baseline: Baseline) -> str | None:
    """None when the baseline can run here, offline; else why not (one line)."""
    try:
        if baseline.name == "dateparser":
            import dateparser.search  # noqa: F401
        elif baseline.name == "underthesea":
            from importlib import resources

            import underthesea  # noqa: F401

            model = resources.files("underthesea").joinpath("pipeline/ner/ner_crf_2017_10_12.bin")
            if not model.is_file():
                return "unavailable offline: underthesea's NER model is not in the installed wheel (needs a download)"
    except ImportError as e:
        return f"unavailable: {e.name} is not installed (pip install 'kehoach[baselines]')"
    return None
