"""kehoach: read a Vietnamese administrative plan, return one structured record.

The few verbs users need:

    from extractor import extract, read, normalise
    record = extract("plan.pdf")          # Record (pydantic), see extractor.models
"""

from .ingest import read, read_bytes
from .models import Record
from .normalise import normalise
from .pipeline import extract, extract_bytes, extract_source, extract_text

__all__ = ["Record", "extract", "extract_bytes", "extract_source", "extract_text", "normalise", "read", "read_bytes"]
