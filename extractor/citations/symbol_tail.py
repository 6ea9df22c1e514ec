"""What is read around a cited number/symbol: the date, the issuer and the title that follow it
("… ngày 14/5/2025 của UBND tỉnh về …"), or the issuer printed before the type word ("… của
UBND tỉnh tại Quyết định số …"). They go into the mention's fields; the date and issuer also
extend its `phrase_end`.
"""

from __future__ import annotations

import re
from datetime import date

from . import patterns as P
from .mention import Mention

_UPPER_START_RE = re.compile(r"^[A-ZÀ-ỸĐ]")


def _iso(d: str, m: str, y: str) -> str | None:
    """The ISO date, or None for a day the calendar does not have ("31/02/2025", "29/02/2023")."""
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def read_tail(text: str, pos: int, mention: Mention) -> int:
    """Read the date, issuer and title after a symbol; return the end of date/issuer."""
    end = pos
    for _ in range(2):
        if mention.issued_date is None:
            m = P.DATE_RE.match(text, end)
            if m and end < m.end():
                # a day the calendar lacks ("ngày 31/02/2025", a typing slip) is still the date's
                # place: read over it to the issuer, the date left unknown
                mention.issued_date = _iso(m["d"] or m["d2"], m["m"] or m["m2"], m["y"] or m["y2"])
                end = m.end()
                continue
        if mention.issuer is None:
            # a steering committee named by its remit first ("của Ban Chỉ đạo về …, … và … tỉnh")
            window = text[end:end + 12]
            m = P.COMMITTEE_ISSUER_RE.match(text, end) if any(w in window for w in P.COMMITTEE_LEADS) else None
            if m is None:
                m = P.ISSUER_RE.match(text, end)
            if m:
                iss = P.trim_trailing_glue(m["iss"]).strip()
                if iss and _UPPER_START_RE.match(iss):
                    end = m.start("iss") + len(iss)
                    jm = P.JOINT_ISSUER_RE.match(text, end)
                    if jm:
                        iss = P.trim_trailing_glue(text[m.start("iss"):jm.end()]).strip()
                        end = m.start("iss") + len(iss)
                    if text.startswith(" (cũ)", end):  # "UBND tỉnh Phú Yên (cũ)": part of the name
                        iss, end = iss + " (cũ)", end + 5
                    mention.issuer = iss
                    continue
            m = P.PLENUM_RE.match(text, end)
            if m:
                mention.issuer = m["iss"].strip()
                end = m.end("iss")
                continue
        break
    m = P.TITLE_RE.match(text, end)
    if m:
        title = (m["q"] or m["ve"] or "").strip().strip(",. ")
        if title:
            mention.title = title
    return end


def issuer_before(text: str, s: int) -> str | None:
    """The issuer printed before the type word at `s`: "của <issuer> tại|theo " ending right there."""
    lo = max(0, s - 120)
    before = text[lo:s].removesuffix("\n")  # (the regex ends "(?:tại|theo)[ ]+$": checked first)
    pm = (P.PRE_ISSUER_RE.search(text, lo, s)
          if before.endswith(" ") and before.rstrip(" ").endswith(P.PRE_ISSUER_ENDINGS) else None)
    return pm["iss"].strip() if pm else None
