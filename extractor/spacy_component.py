"""spaCy pipeline component "kehoach" (optional extra: `pip install kehoach[spacy]`).

    import spacy
    import extractor.spacy_component  # registers the factory (also via the spacy_factories entry point)
    nlp = spacy.blank("xx")
    nlp.add_pipe("kehoach")
    doc = nlp(text)
    for span in doc.spans["kehoach"]:
        span.label_, span._.kehoach_id, span._.kehoach_value

Reads:  doc.text (any text; it is normalised internally and spans are mapped back to doc.text).
Writes: doc.spans[spans_key] — one span per citation (label CITATION), date (DATE) and unit (UNIT)
        found by the same stages as the record (`extract`); Span extensions:
          _.kehoach_id     canonical id (citation: directive id; date: "from/to"; unit: canonical name)
          _.kehoach_kind   citation kind (KL, NQ …) / date role / unit kind
          _.kehoach_value  the record item as a dict (Citation / DateValue / Unit, JSON-ready)
Matching (the extractor) is kept apart from setting annotations (`set_annotations`). The core
extractor never imports spaCy; only this module does.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import citations as citations_stage
from . import dates as dates_stage
from . import metadata as metadata_stage
from . import segment as segment_stage
from . import units as units_stage
from .normalise import normalise

for _name in ("kehoach_id", "kehoach_kind", "kehoach_value"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

Item = tuple[int, int, str, str | None, str | None, dict[str, Any]]


class KehoachComponent:
    def __init__(self, nlp: Language, name: str, spans_key: str, citations: bool, dates: bool, units: bool):
        self.name = name
        self.spans_key = spans_key
        self.want = {"citations": citations, "dates": dates, "units": units}

    def find(self, text: str) -> list[Item]:
        """Items (start, end, label, id, kind, value) in `text` offsets (source, not normalised)."""
        norm = normalise(text)
        t = norm.text
        sections = segment_stage.segment(t)
        document = metadata_stage.extract_metadata(t, sections)
        cited = citations_stage.extract_citations(t, sections, document)
        raw: list[tuple[int, int, str, str | None, str | None, dict[str, Any]]] = []
        if self.want["citations"]:
            raw += [(c.start, c.end, "CITATION", c.id, c.kind, c.model_dump()) for c in cited.citations]
        if self.want["dates"]:
            for d in dates_stage.extract_dates(t, sections, cited.citations, document):
                raw.append((d.start, d.end, "DATE", f"{d.from_ or ''}/{d.to or ''}", d.role, d.model_dump(by_alias=True)))
        if self.want["units"]:
            raw += [(u.start, u.end, "UNIT", u.canonical, u.kind, u.model_dump()) for u in units_stage.extract_units(t, sections, document)]
        items: list[Item] = []
        for s, e, label, ident, kind, value in raw:
            ss, se = norm.to_source(s, e)
            items.append((ss, se, label, ident, kind, value))
        return items

    def set_annotations(self, doc: Doc, items: list[Item]) -> None:
        spans: list[Span] = []
        for s, e, label, ident, kind, value in items:
            span = doc.char_span(s, e, label=label, alignment_mode="expand")
            if span is None:
                continue
            span._.kehoach_id = ident
            span._.kehoach_kind = kind
            span._.kehoach_value = value
            spans.append(span)
        doc.spans[self.spans_key] = spans

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc.text))
        return doc


@Language.factory(
    "kehoach",
    default_config={"spans_key": "kehoach", "citations": True, "dates": True, "units": True},
    assigns=["doc.spans"],
)
def make_kehoach(nlp: Language, name: str, spans_key: str, citations: bool, dates: bool, units: bool) -> KehoachComponent:
    return KehoachComponent(nlp, name, spans_key, citations, dates, units)
