"""Places and broadcasters written around a number: it names a house or a station, no figure."""

from __future__ import annotations

import re

from extractors.vocabulary import en as vocab

# Courts are not streets: "Supreme Court", "District Court"; nor is the "Highway Patrol".
_STREET_SUFFIX = (
    r"(?:"
    + "|".join(vocab.STREET_SUFFIXES)
    + r"|(?:"
    + "|".join(vocab.HIGHWAY_SUFFIXES)
    + r")(?!\.?\s+(?:"
    + "|".join(vocab.HIGHWAY_AGENCIES)
    + r"))|"
    + "".join(f"(?<!{w} )" for w in vocab.LAW_COURTS)
    + r"(?:"
    + "|".join(vocab.COURT_SUFFIXES)
    + r"))\b"
)
# Up to four capitalised words (or an ordinal street, "35th") then a street suffix, after
# an optional direction: "1400 W. Elm Ave.", "30 Porter Street", "2527 Elms Court".
ADDRESS_AFTER = re.compile(
    r"[ \t]+(?:(?:[NSEW]|N\.?[EW]|S\.?[EW]|" + "|".join(vocab.COMPASS_WORDS) + r")\.?[ \t]+)?"
    r"(?:(?:[A-Z][\w'’-]*\.?|\d+(?:st|nd|rd|th))[ \t]+){1,4}" + _STREET_SUFFIX
)
# A numbered street, its suffix right after the number: "42 Street", "9 Avenue". A house number
# before a compass letter and a name: "2208 N. Elmwood", or the letter ending the line.
NUMBERED_STREET = re.compile(
    r"[ \t]+(?:(?:"
    + "|".join(vocab.NUMBERED_STREET_SUFFIXES)
    + r")\b|(?:[NSEW]|N[EW]|S[EW])\.(?:[ \t]+[A-Z]|[ \t]*(?:\n|$)))"
)
STATION = re.compile(vocab.CALL_SIGN + "|" + "|".join(vocab.NETWORKS))
