"""The signer, from the first top-level `signature` section: capacity (KT. CHỦ TỊCH, TM. …),
position (PHÓ CHỦ TỊCH …) and name, from lines that may be flattened onto one. A signer's
capacity also tells the system (state or Party) when the header did not.
"""

from __future__ import annotations

import re

from .data import load
from .models import DocumentMeta, Section, Signer, Span

_META = load("metadata.yaml")
_HEADINGS = load("headings.yaml")
_CAP_TOKEN_RE = re.compile(r"(?<!\S)(?:" + "|".join(re.escape(c) for c in _HEADINGS["capacities"]) + r")(?=\s|$)")
_POSITIONS = sorted(_HEADINGS["positions"], key=len, reverse=True)
_NOISE_RE = re.compile("|".join(re.escape(n) for n in _META["signature_noise"]))


def _is_name_word(w: str) -> bool:
    return w[:1].isupper() and w[1:].islower() and w.isalpha()


def split_signature(lines: list[str]) -> tuple[str | None, str | None, str | None, int]:
    """Signature lines -> (capacity, position, name, lines used). Lines may be flattened."""
    caps: list[str] = []
    name: str | None = None
    used = 0
    for line in lines:
        line = " ".join(_NOISE_RE.sub(" ", line).split())
        used += 1
        if not line:
            continue
        if line.startswith("["):
            break
        words = line.split()
        k = 0
        while k < len(words) and (words[k].isupper() or _CAP_TOKEN_RE.fullmatch(words[k])) and not _is_name_word(words[k]):
            k += 1
        if k:
            caps.append(" ".join(words[:k]))
        n = k
        while n < len(words) and _is_name_word(words[n]) and n - k < 5:
            n += 1
        if n - k >= 2:
            name = " ".join(words[k:n])
            break
        if k < len(words):
            break  # neither capitals nor a name: the block is over
    capacity, position = _capacity_position(caps)
    return capacity, position, name, used


def _capacity_position(caps: list[str]) -> tuple[str | None, str | None]:
    if not caps:
        return None, None
    last = caps[-1]
    if len(caps) > 1 and not _CAP_TOKEN_RE.match(last) and last in _POSITIONS:
        return " ".join(caps[:-1]), last
    joined = " ".join(caps)
    cuts = [m.start() for m in _CAP_TOKEN_RE.finditer(joined)]
    if not cuts:
        return None, joined
    tail = joined[cuts[-1] :]
    token = _CAP_TOKEN_RE.match(tail)
    body = tail[token.end() :].strip() if token else tail
    for p in _POSITIONS:
        if body.endswith(" " + p) and len(body[: -len(p)].split()) >= 2:
            return joined[: len(joined) - len(p)].strip(), p
    return joined, None


def read_signer(text: str, sections: list[Section], meta: DocumentMeta) -> None:
    sig = next((s for s in sections if s.kind == "signature" and s.parent is None), None)
    if sig is None:
        return
    block = text[sig.start : sig.end]
    lines = block.split("\n")
    capacity, position, name, used = split_signature(lines)
    if not (capacity or position or name):
        return
    end = sig.start + len("\n".join(lines[:used]))
    if name:
        end = text.index(name, sig.start) + len(name)
    meta.signer = Signer(name=name, position=position, capacity=capacity, start=sig.start, end=end)
    meta.spans["signer"] = Span(start=sig.start, end=end)
    if meta.system is None and capacity:
        for system, tokens in _META["capacity_system"].items():
            if any(capacity.startswith(t) for t in tokens):
                meta.system = system
                break
