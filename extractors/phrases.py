"""Short phrases around a figure: what is counted, what happened to it, where.

Word-window heuristics over one sentence. They read at most a dozen words either
side of the figure, so they cost nothing next to parsing and never backtrack.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][\w’'&.-]*[A-Za-z0-9]|[A-Za-z]|[^\w\s]")

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


# Verbs of a change in value: "revenue rose 3.5 percent", "shares are up 39 percent".
_CHANGE = frozenset({"rose", "rise", "rises", "fell", "fall", "falls", "grew", "grow", "grows", "increased",
                     "decreased", "dropped", "declined", "jumped", "climbed", "slid", "slipped", "gained",
                     "lost", "surged", "soared", "plunged", "tumbled", "sank", "was", "were", "is", "are",
                     "up", "down", "off", "by", "to", "at", "totalled", "totaled", "reached", "hit", "be",
                     "been", "will", "stood", "came", "in", "of", "ended", "closed", "traded", "around", "about",
                     "too", "also", "now", "currently", "only", "just", "still", "so", "far", "roughly"})
_GROWTH = frozenset({"growth", "increase", "rise", "gain", "decline", "drop", "fall", "jump", "cut", "hike",
                     "increases", "rises", "gains", "declines", "drops", "falls"})
_STOCK = frozenset({"shares", "stock", "stocks", "share"})
#: Words a bare count stands before when it counts people: "3 Hospitalized", "two dead".
_CASUALTY = re.compile(r"^\s*(?:were\s+|are\s+|have\s+been\s+|had\s+been\s+|was\s+)?(?:killed|dead|died|die|"
                       r"injured|hurt|wounded|hospitali[sz]ed|missing|rescued|arrested|detained|evacuated|"
                       r"quarantined|infected|displaced|charged|sickened|treated|taken|stabbed|shot)\b"
                       # a verb or predicate, not an adjective before a noun ("two infected patients")
                       r"(?=\s*(?:$|[,.;:!?)\-–—]|(?:in|at|on|after|by|and|or|as|when|while|during|near|"
                       r"following|from|with|to|for|over|since|amid|inside|outside)\b))", re.I)
#: An elided noun: "the earlier two", "these two", "All but four", "the other 28".
_ELIDED_BEFORE = re.compile(r"\b(?:the|these|those|all\s+but|the\s+other|the\s+first|the\s+earlier|the\s+remaining|"
                            r"the\s+last|the\s+latter|the\s+former|other|remaining)\s*$", re.I)
_KIND_OF = frozenset({"types", "kinds", "sorts", "varieties", "strains", "species", "forms", "brands"})


def counted_phrase(sentence: str, rel_s: int, rel_e: int, kind: str, antecedent: str | None = None) -> str | None:
    """The counted noun phrase, head noun last (GUIDE decision 11).

    For money what the amount is for, for a percent what it is a share of or what
    changed by it; a bare numeral takes the noun it stands for (``antecedent``).
    """
    after_text = sentence[rel_e:rel_e + 120]
    after = _words(after_text)
    before = _words(sentence[max(0, rel_s - 160):rel_s])
    if kind in ("money", "percent"):
        np = _money_or_share(sentence, rel_s, rel_e, after, before, kind)
        if np:
            return np
    if kind == "other" and after[:2] in (["as", "many"], ["as", "much"]):
        return _np_after(after[2:], allow_of=False)
    if kind == "count" and _CASUALTY.match(after_text):
        return "people"
    np = _np_after(after, allow_of=True)
    if np and antecedent and kind == "count" and np.lower() in ("others", "more", "other"):
        return antecedent  # "12 people were killed and 5 others injured"
    if np:
        if np.split()[0].lower() in _KIND_OF and len(after) > len(np.split()) + 1:
            rest = after[len(np.split()):]
            if rest and rest[0].lower() == "of":
                tail = _np_after(rest, allow_of=True)
                if tail:
                    return f"{np} of {tail}"
        return np
    if kind == "count" and antecedent and _ELIDED_BEFORE.search(sentence[max(0, rel_s - 30):rel_s]):
        return antecedent
    return _np_before(before)


def _money_or_share(sentence: str, rel_s: int, rel_e: int, after: list[str], before: list[str],
                    kind: str) -> str | None:
    low_after = [w.lower() for w in after[:4]]
    if kind == "money":
        # "spends $449K on a campaign", "$2 billion in cash reserves", "gave $5.9 million toward X".
        k = 0
        if re.search(r"\b(?:a|per)\s+(?:diluted\s+)?share$", sentence[rel_s:rel_e], re.I):
            return "earnings per share"
        if low_after[:2] in (["a", "share"], ["per", "share"]) or low_after[:1] == ["per"]:
            return "earnings per share"
        if [w.lower() for w in before[-1:]] in (["earned"], ["earns"], ["earn"], ["netted"]):
            return "earnings"
        if low_after[:1] in (["on"], ["for"], ["toward"], ["towards"], ["in"]):
            k = 1
            while k < len(after) and after[k].lower() in _DETS | {"new", "its", "their", "his", "her"}:
                k += 1
            np = _np_after(after[k:], allow_of=False)
            if np and not np[0].isdigit() and not _MONTHISH.match(np) and np.split()[-1].lower() not in _TIME_NOUNS:
                return np
        prev = [w.lower() for w in before[-3:]]
        if prev[-1:] in (["earned"], ["earns"], ["earn"], ["made"], ["profit"]):
            return "earnings"
    elif low_after[:1] == ["of"]:
        return None  # "12 percent of voters": the general rule reads it
    # Before the figure: "revenue of $27.53 billion", "revenue rose 3.5 percent to $27.2 billion",
    # "sales growth of 1.8 percent", "Home Depot shares are up 39 percent".
    i = len(before) - 1
    skipped = 0
    while i >= 0 and skipped < 8:
        w = before[i]
        lw = w.lower()
        if lw in _CHANGE or not w[0].isalpha() or lw in ("percent", "cent", "per") or _NUMBERISH.match(w):
            i -= 1
            skipped += 1
            continue
        break
    out: list[str] = []
    while i >= 0 and len(out) < 4:
        w = before[i]
        lw = w.lower()
        if not w[0].isalpha() or lw in _STOP or (_VERBY.search(lw) and lw not in _NOUNY_ED and out):
            break
        out.insert(0, w[:-2] if lw.endswith(("’s", "'s")) else w)
        i -= 1
    while len(out) > 1 and out[-1].lower() in _GROWTH:
        out.pop()
    # "base school spending" and "earnings" end in -ing/-s; a lone past participle is a verb.
    if not out or (out[-1].lower().endswith("ed") and out[-1].lower() not in _NOUNY_ED):
        return None
    if out[-1].lower() in _STOCK:
        return " ".join([*out[:-1], "share price"])
    if out[-1].lower() in _GROWTH:
        return None
    return " ".join(out)


_TIME_NOUNS = frozenset({"quarter", "year", "month", "week", "period", "half", "day", "days", "years", "months",
                         "weeks", "decade", "fall", "spring", "summer", "winter", "morning", "total"})
_MONTHISH = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                       r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_NUMBERISH = re.compile(r"^(?:[\d.,]+|billion|million|thousand|bn|m|k)$", re.I)


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


# Irregular past participles that name what happened: "taken into captivity", "shot dead".
_PARTICIPLES = frozenset({"taken", "shown", "given", "held", "seen", "found", "hit", "hurt", "shot", "left", "kept",
                          "caught", "put", "sent", "brought", "driven", "thrown", "stolen", "beaten", "bitten",
                          "born", "made", "lost", "won", "struck", "slain", "freed", "fled", "spent", "paid",
                          "sold", "built", "cut", "stuck", "trapped", "dead", "missing", "died", "ill", "sick"})
# Where the event's phrase stops: a new clause or another figure's verb.
_EVENT_STOP = frozenset({"and", "or", "but", "while", "when", "which", "who", "that", "as", "because", "said",
                         "says", "according", "officials", "police", "than", "although", "though"})
_EVENT_TRIM = frozenset({"in", "on", "at", "by", "for", "of", "to", "the", "a", "an", "into", "from", "with",
                         "after", "before", "during", "near", "this", "its", "their", "his", "her"})


def event_phrase(sentence: str, rel_e: int) -> str | None:
    """The verb phrase that says what happened to the counted thing: the verb with its
    particles and a short complement ("taken into Ukrainian captivity", "injured in the crash")."""
    ws = _words(sentence[rel_e:rel_e + 160])
    i = 0
    # Skip the counted phrase and auxiliaries to reach the verb.
    while i < len(ws) and i < 8 and not (ws[i][0].islower() and (
            (_VERBY.search(ws[i].lower()) and ws[i].lower() not in _NOUNY_ED) or ws[i].lower() in _PARTICIPLES)):
        if ws[i] in (",", ";", ":") or ws[i].lower() in ("and", "or", "but"):
            return None
        i += 1
    if i >= len(ws) or i >= 8:
        return None
    out: list[str] = []
    while i < len(ws) and len(out) < 6:
        w = ws[i]
        if not w[0].isalnum() or (out and w.lower() in _EVENT_STOP):
            break
        if out and w[0].isdigit():
            break
        # Place and time have fields of their own: "on Thursday", "in Leeds", "last week".
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        if out and (w.lower() in ("last", "this", "yesterday", "today", "earlier", "overnight")
                    or (w.lower() in ("on", "in", "at", "near", "since", "during") and nxt[:1].isupper())):
            break
        out.append(w)
        i += 1
    while len(out) > 1 and out[-1].lower() in _EVENT_TRIM:
        out.pop()
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
