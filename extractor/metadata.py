"""Document metadata: header (issuer, number, place/date, type, title), signer, recipients.

The header is read layout-free: in the text before the first section, the national / Party
mottos, the "Số:" number and the "<place>, ngày … tháng … năm …" line are *anchors*; what lies
between anchors (split at line breaks and table bars) are *fragments* (metadata_header_pieces.py).
The first fragment that starts with a spelled-out type word (KẾ HOẠCH, QUYẾT ĐỊNH …) opens the
title; the capital fragments before it are the issuer's lines (metadata_header.py). So a header
printed as a table, as `|` cells, as the left column then the right one, interleaved, or
flattened onto one line reads the same.

A Công văn's subject line ("V/v …") is its title and names its type; its "Kính gửi:" list is read
as its addressees. The signer and the recipients come from the first top-level `signature` and `recipients`
sections (so a template after the signature never overrides them): metadata_signer.py,
metadata_recipients.py.
"""

from __future__ import annotations

from .metadata_header import read_header
from .metadata_recipients import read_addressees, read_recipients
from .metadata_signer import read_signer
from .models import DocumentMeta, Section


def extract_metadata(text: str, sections: list[Section]) -> DocumentMeta:
    """Header fields, signer and recipients of a normalised document; what is not printed is None."""
    meta = DocumentMeta()
    read_header(text, sections, meta)
    read_signer(text, sections, meta)
    read_recipients(text, sections, meta)
    read_addressees(text, sections, meta)
    return meta
