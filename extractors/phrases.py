"""Short phrases around a figure: what is counted, what happened to it, where.

Word-window heuristics over one sentence. They read at most a dozen words either
side of the figure, so they cost nothing next to parsing and never backtrack.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][\w’'&.-]*[A-Za-z0-9]|[A-Za-z]|[^\w\s]")

_STOP = frozenset({
    "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "than", "as", "and", "or",
    "but", "who", "which", "that", "whom", "whose", "where", "when", "while", "were", "was", "is",
    "are", "be", "been", "being", "have", "has", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "do", "did", "does", "not", "no", "it", "its", "they", "them",
    "their", "he", "she", "his", "her", "we", "our", "you", "your", "i", "this", "these",
    "those", "said", "says", "say", "told", "according", "after", "before", "during", "since",
    "until", "about", "over", "under", "up", "down", "out", "off", "so", "if", "because", "per",
    "each", "every", "all", "both", "most", "more", "less", "also", "just", "only", "still",
    "then", "there", "here", "how", "what", "why", "a", "an", "the", "some", "any", "such",
    "including", "among", "like", "via", "across", "through", "between", "against", "near",
    "toward", "towards", "within", "without", "around", "onto", "upon", "yet", "ago", "later",
})
_DETS = frozenset({"the", "a", "an", "these", "those", "their", "its", "his", "her", "our", "my",
                   "your", "this", "that", "them"})
_AUX = frozenset({"were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "could",
                  "would", "may", "might", "will", "can", "also", "reportedly", "allegedly", "not",
                  "all", "already", "then", "still", "now", "who", "which", "that", "they"})
_VERBY = re.compile(r"(?:ed|ing)$")
_NOUNY_ED = frozenset({"red", "bed", "need", "speed", "seed", "feed", "hundred", "breed", "shed",
                       "weed", "creed", "greed", "deed", "shred", "sled", "infrared", "led"})


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def counted_phrase(sentence: str, rel_s: int, rel_e: int, kind: str) -> str | None:
    """The counted noun phrase, head noun last (GUIDE decision 11)."""
    after = _words(sentence[rel_e:rel_e + 120])
    np = _np_after(after, allow_of=True)
    if np:
        return np
    before = _words(sentence[max(0, rel_s - 160):rel_s])
    return _np_before(before)


def _np_after(ws: list[str], allow_of: bool) -> str | None:
    i = 0
    if ws[:1] and ws[0] in ("-", "–"):
        i += 1
    if allow_of and i < len(ws) and ws[i].lower() == "of":
        i += 1
        while i < len(ws) and ws[i].lower() in _DETS | {"all", "them"}:
            if ws[i].lower() == "them":
                return None
            i += 1
        # Possessives drop their mark: "Europe’s population" → "European population" is not
        # derivable, so keep "Europe population" and the head noun stays last.
    out: list[str] = []
    while i < len(ws) and len(out) < 5:
        w = ws[i]
        lw = w.lower()
        if not w[0].isalpha():
            if w in ("-",) and out:
                i += 1
                continue
            break
        if lw in _STOP and lw not in ("most",):
            break
        if out and _VERBY.search(lw) and lw not in _NOUNY_ED and not w[0].isupper():
            break
        if lw.endswith(("’s", "'s")):
            out.append(w[:-2])
            i += 1
            continue
        out.append(w)
        i += 1
        if lw.endswith("s") and not lw.endswith(("ss", "us", "is")) and len(out) >= 1 and i < len(ws) \
                and (ws[i].lower() in _STOP or not ws[i][0].isalpha()):
            break
    while out and (_VERBY.search(out[-1].lower()) and out[-1].lower() not in _NOUNY_ED):
        out.pop()
    return " ".join(out) if out else None


def _np_before(ws: list[str]) -> str | None:
    """The nearest noun phrase left of the figure, skipping verbs and qualifiers."""
    i = len(ws) - 1
    # Skip the verb group just before the figure ("revenue rose", "shares are up").
    skipped = 0
    while i >= 0 and skipped < 6:
        lw = ws[i].lower()
        if not ws[i][0].isalpha() or lw in _STOP or _VERBY.search(lw) or lw in ("rose", "fell", "grew",
                                                                              "sees", "earned", "spent",
                                                                              "cost", "costs", "paid",
                                                                              "gave", "got", "hit", "reached"):
            i -= 1
            skipped += 1
            continue
        break
    out: list[str] = []
    while i >= 0 and len(out) < 4:
        w = ws[i]
        lw = w.lower()
        if not w[0].isalpha() or lw in _STOP:
            break
        out.insert(0, w[:-2] if lw.endswith(("’s", "'s")) else w)
        i -= 1
    return " ".join(out) if out else None


def event_phrase(sentence: str, rel_e: int) -> str | None:
    """The verb phrase that says what happened to the counted thing."""
    ws = _words(sentence[rel_e:rel_e + 160])
    i = 0
    # Skip the counted phrase and auxiliaries to reach the verb.
    while i < len(ws) and i < 8 and not (_VERBY.search(ws[i].lower()) and ws[i].lower() not in _NOUNY_ED
                                         and ws[i][0].islower()):
        i += 1
    if i >= len(ws) or i >= 8:
        return None
    out: list[str] = []
    while i < len(ws) and len(out) < 5:
        w = ws[i]
        if not w[0].isalnum():
            break
        out.append(w)
        i += 1
    return " ".join(out) if out else None


_PLACE = re.compile(r"\b(?:in|near|at|from|across|outside|inside|throughout|into)\s+((?:the\s+)?(?:town|city|village|"
                    r"region|province|state|county)?\s*(?:of\s+)?(?:[A-Z][\w’'.-]*)(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,3}"
                    r"(?:\s+(?:region|province|state|county|oblast|district))?)")
_NOT_PLACE = re.compile(r"^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
                        r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"The|This|That|It|He|She|They|We|I|A|An|[A-Z]+\b(?<!US)|Twitter|Weibo|Facebook)\b")


def find_place(sentence: str) -> str | None:
    for m in _PLACE.finditer(sentence):
        name = m.group(1).strip()
        if name.startswith("the "):
            name = name[4:]
        if not name or _NOT_PLACE.match(name) or not any(c.isupper() for c in name):
            continue
        return name
    return None
