"""A page number printed on a line of its own: "2", "- 2 -", "Trang 2/5", "Page 3".

Both readers of printed pages drop it: the PDF reader in a page's top or bottom band, the
normaliser beside a form feed of a text read off printed pages. One to three digits: a bare
"2025" is a year (a table cell, a footer's year), not page 2025."""

import re

PAGE_NUMBER_LINE_RE = re.compile(
    r"[ \t]*[-–—]*[ \t]*(?:(?:trang|page)[ \t]*)?\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?[ \t]*[-–—]*[ \t]*\r?",
    re.IGNORECASE,
)
