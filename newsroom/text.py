"""Text that may reach an XML or JSON reader: no control characters, no lone surrogates."""

import re

# C0/C1 control characters other than tab and newline, plus the non-characters that
# break XML (Django's feed generator raises on \x0b, for one).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    return _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
