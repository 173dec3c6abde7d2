"""Names as keys: one folded, transliterated form per spelling, so that "Zelenskyy",
"ZELENSKYY" and "Зеленський" (→ "zelenskiy") compare by plain string equality.

anyascii transliterates every script to ASCII (Cyrillic, Greek, accents: "Erdoğan" → "erdogan")
with tables shipped in the package; apostrophes of transliteration ("Zelens'kiy") are dropped
and every other run of punctuation or space becomes one space.
"""

import re

from anyascii import anyascii

APOSTROPHES = re.compile(r"['’ʼ`]")
NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def name_key(name: str) -> str:
    """The folded ASCII form of a name: case-, accent- and script-insensitive."""
    ascii_name = APOSTROPHES.sub("", anyascii(name)).casefold()
    return NOT_ALNUM.sub(" ", ascii_name).strip()


def name_keys(names, surnames: bool = False) -> set[str]:
    """The keys of a name and its aliases, and their skeletons marked "~"; with `surnames`,
    each multi-word name's last word too, so that "Zelensky" finds "Volodymyr Zelenskyy"."""
    keys = {name_key(n) for n in names} - {""}
    if surnames:
        keys |= {key.rsplit(" ", 1)[1] for key in keys if " " in key}
    return keys | {"~" + skeleton(key) for key in keys}


DOUBLED = re.compile(r"([a-z])\1+")
DIGRAPH_I = re.compile(r"iy|yi|ij|ii")


def skeleton(key: str) -> str:
    """A key with the usual transliteration variants collapsed: doubled letters, y for i and
    the -iy/-yi/-ij endings ("Zelenskyy", "Zelenskiy", "Зеленський" → "zelenski";
    "Volodymyr", "Володимир" → "volodimir")."""
    words = (DIGRAPH_I.sub("i", DOUBLED.sub(r"\1", word)).replace("y", "i") for word in key.split())
    return " ".join(DOUBLED.sub(r"\1", word) for word in words)
