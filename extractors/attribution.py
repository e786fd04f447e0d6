"""Who says so, and how sure: sources and modality cues within one sentence.

Pattern rules over a sentence string. Every regex is anchored on a cue word and
reads a bounded name after or before it, so the cost stays linear.
"""

from __future__ import annotations

import re

_NAME = r"(?:[A-Z][\w&.’'-]*|of|the|for|and|de|al|von|van)"
# A capitalised run of up to six words ("Indiana State Police", "Sky News").
_CAP_RUN = r"[A-Z][\w&.’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.’'-]*){0,5}"
_SAY_VERBS = (r"(?:said|says|say|told|tells|claimed|claims|claim|estimated|estimates|estimate|reported|reports|"
              r"report|announced|announces|confirmed|confirms|stated|states|added|adds|wrote|writes|noted|"
              r"notes|explained|revealed|reveals|warned|warns|posted|published|tweeted|predicted|"
              r"expects|expected|believes|calculated|counted|recorded|showed|shows|found)")
_AUX = r"(?:has\s+|have\s+|had\s+)?(?:also\s+|previously\s+|earlier\s+|later\s+)?"

_ACCORDING = re.compile(r"\b(?:[Aa]ccording\s+to|[Pp]er|[Cc]iting|[Qq]uoting|[Rr]eported\s+by)\s+(?:the\s+)?"
                        r"((?:" + _CAP_RUN + r")|(?:[a-z]+(?:\s+[a-z]+){0,3}))")
_TOLD = re.compile(r"\btold\s+(?:the\s+)?(" + _CAP_RUN + r")")
_FOR_OUTLET = re.compile(r"\breports?\s+for\s+(?:the\s+)?(" + _CAP_RUN + r")")
_SOURCES_OF = re.compile(r"\b(?:(?:[Aa]n?|[Tt]he)\s+)?(" + _CAP_RUN + r")(?:[’']s)?\s+(?:sources?|officials?|"
                         r"spokes(?:man|woman|person)|analysts?|data|figures|estimates?|statement|report)\b")
_SUBJ_SAYS = re.compile(r"(?:^|[,;“\"]\s*|\b(?:and|but|that)\s+)((?:[Tt]he\s+)?(?:" + _CAP_RUN + r"|[a-z][a-z’'-]+"
                        r"(?:\s+[a-z][a-z’'-]+){0,3}))\s+" + _AUX + _SAY_VERBS + r"\b")
_SAYS_SUBJ = re.compile(r"[,”\"]\s*(?:" + _SAY_VERBS + r")\s+((?:the\s+)?(?:" + _CAP_RUN
                        + r"|[a-z]+(?:\s+[a-z]+){0,3}))")
_CAP_SAYS = re.compile(r"(" + _CAP_RUN + r")\s+" + _AUX + _SAY_VERBS + r"\b")
_UNNAMED = re.compile(r"\b(?:it\s+(?:became|was|has\s+been|is)\s+(?:known|reported|announced|confirmed)|reportedly|"
                      r"is\s+said\s+to|are\s+said\s+to|was\s+said\s+to|were\s+reported|allegedly)\b", re.I)

_HEDGE = re.compile(r"\b(?:could|may|might|would|estimated|estimates?|estimating|expects?|expected|expecting|"
                    r"forecasts?|forecasted|projected|projects|predicted|predicts|likely|possibly|perhaps|"
                    r"believed|thought\s+to|sees|guidance|outlook|potentially|suspected)\b")
_DENIAL = re.compile(r"\b(?:fake|false|untrue|a\s+lie|lies|baseless|fabricated|fabrication|denied|denies|deny|"
                     r"refuted|refutes|dismissed\s+as|disinformation|misinformation|hoax)\b", re.I)

# Words that cannot be a source on their own.
_NOT_SOURCE = frozenset({
    "it", "he", "she", "they", "we", "i", "you", "this", "that", "there", "which", "who", "what",
    "one", "the", "a", "an", "some", "many", "others", "both", "all", "footage", "video", "study",
    "the footage", "data", "results", "the results", "the study", "analysis", "and", "but",
    "also", "as", "in", "on", "at", "for", "media", "the media", "the public", "public",
})
# A lower-case subject is a source only when it names people or a body ("the unions").
_SOURCE_NOUN = re.compile(r"\b(?:officials?|police|researchers|scientists|unions?|analysts?|commission|ministry|"
                          r"department|authorities|experts|groups?|sources?|spokes(?:man|woman|person)|agency|"
                          r"office|bosses|government|team|doctors|company|management|residents|witnesses)$")
_TRIM_TAIL = re.compile(r"(?:[’']s?|\s+(?:on|in|at|for|of|and|the))+$")
_LEAD_DET = re.compile(r"^(?:the|a|an|its|his|her|their|our)\s+", re.I)
_VERBISH_LAST = re.compile(r"(?:ly|ing)$")


def _clean(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip(" ,.;:“”\"'’")
    name = _TRIM_TAIL.sub("", name)
    name = _LEAD_DET.sub("", name).strip()
    if not name or name.lower() in _NOT_SOURCE or len(name) > 80:
        return None
    if name.split()[0].lower() in ("it", "he", "she", "they", "we", "i", "you", "this", "that", "there"):
        return None
    return name


def find_source(sentence: str, before: int | None = None) -> str | None:
    """The attribution named in ``sentence``, outlets first (GUIDE decision 13).

    ``before``: offset of the figure; subject-verb attributions after a long gap
    still count, since news puts "X said" at either end.
    """
    # "told Sky News" / "reports for NPR" name the outlet the figure came to.
    for pat in (_TOLD, _FOR_OUTLET):
        m = pat.search(sentence)
        if m:
            name = _clean(m.group(1))
            if name:
                return name
    m = _ACCORDING.search(sentence)
    if m:
        name = _clean(m.group(1))
        if name:
            return name
    m = _SOURCES_OF.search(sentence)
    if m:
        name = _clean(m.group(1))
        if name and name.split()[0] not in ("A", "An", "The"):
            return name
    for pat in (_SAYS_SUBJ, _SUBJ_SAYS, _CAP_SAYS):
        for m in pat.finditer(sentence):
            name = _clean(m.group(1))
            if name and not _VERBISH_LAST.search(name.split()[-1]) and (
                    name[0].isupper() or _SOURCE_NOUN.search(name)):
                return _shorten(name)
    return None


def _shorten(name: str) -> str:
    """Keep the named part: "High school math teacher Angela Cooper" → "Angela Cooper"."""
    words = name.split()
    caps = [i for i, w in enumerate(words) if w[:1].isupper()]
    if caps and caps[-1] == len(words) - 1 and caps[0] > 0:
        # Lower-case words before a capitalised run: job titles; keep the run.
        k = len(words) - 1
        while k > 0 and words[k - 1][:1].isupper():
            k -= 1
        return " ".join(words[k:])
    if len(words) > 4:
        return " ".join(words[-4:])
    return name


def unnamed_report(sentence: str) -> bool:
    """An attribution frame without a name: "it became known that", "reportedly"."""
    return _UNNAMED.search(sentence) is not None


def hedged(sentence: str) -> bool:
    return _HEDGE.search(sentence) is not None


def denied(sentence: str) -> bool:
    return _DENIAL.search(sentence) is not None


_CONTINUES = re.compile(r"^(?:This|That|It|These|The\s+(?:information|report|figure|claim|data|footage|video))\b"
                        r"[^.]{0,60}\b(?:was|were|has\s+been|is)\s+(?:reported|posted|published|confirmed|"
                        r"announced|claimed)\s+by\s+(?:the\s+)?(?:[a-z]+\s+){0,3}[“\"]?([^”\",.]{2,60})")


def continued_source(next_sentence: str) -> str | None:
    """A source named by the next sentence for the one before ("This was reported by X")."""
    m = _CONTINUES.search(next_sentence)
    return _clean(m.group(1)) if m else None
