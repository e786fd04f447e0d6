"""Who says so, and how sure: sources and modality cues within one sentence.

Pattern rules over a sentence string. Every regex is anchored on a cue word and
reads a bounded name after or before it, so the cost stays linear. Each cue also
says which part of the sentence it covers (GUIDE decision 13): "according to X"
covers the whole sentence, "X said" covers what follows it, a trailing ", X said"
covers what precedes it unless a subordinate "though officials say" starts a
clause of its own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extractors.tokens import lemma
from extractors.vocabulary import en as vocab

#: Capital letters, accented ones included: "Met Éireann", "Óscar Pérez", "Łukasz" open names too.
_UP = vocab.UPPER_LETTERS
#: A person's name, a short title ("Sgt.") and a middle initial allowed: "Jo Roe", "Sgt. Ann B. Lee".
_TITLED_NAME = (
    r"(?:["
    + _UP
    + r"][a-z]{1,4}\.\s+)?["
    + _UP
    + r"][\w’'-]+(?:\s+["
    + _UP
    + r"]\.)?(?:\s+["
    + _UP
    + r"][\w’'-]+){0,2}"
)
# A capitalised run of up to six words ("Indiana State Police", "Sky News").
_CAP_RUN = r"[" + _UP + r"][\w&.’'-]*(?:\s+(?:of\s+|for\s+|and\s+|on\s+|&\s+)?[" + _UP + r"][\w&.’'-]*){0,5}"
_LOW = r"[a-z][a-z’'-]+"
_SAY_VERBS = (
    r"(?:"
    + "|".join(vocab.SPEECH_VERBS)
    # "released the names of three men": a body making figures public
    # or the cause of death of those killed
    + r"|released(?=\s+(?:the\s+)?(?:names|identities|details|figures|numbers|data|statistics|causes?\s+of\s+death)\b)"
    # "Police identified the two men killed as Jo Roe and ...": the body's account of who they were; naming
    # a suspect ("identified a man as the gunman in a shooting that left four hurt") tells who, not how many.
    + r"|identified(?=\s[^,;.]{1,60}\sas\s)(?![^,;.]{1,60}\sas\s+(?:a|an|the)\s+(?:[a-z]+\s+)?"
    + r"(?:suspects?|shooters?|gunman|gunmen|killers?|persons?\s+of\s+interest)\b)"
    # "police records show", "court documents indicate": a paper's own verbs, after its noun only.
    + r"|(?:"
    + "|".join(r"(?<=\b" + n + r"\s)" for n in vocab.DOCUMENT_NOUNS)
    + r")(?:"
    + "|".join(vocab.DOCUMENT_VERBS)
    + r")"
    # "the ministry put the number of displaced families at 12,000": a body setting a figure.
    # "Police put attendance at 20,000": with no determiner the noun must be one word
    + r"|(?:"
    + "|".join(vocab.VALUE_SETTING_VERBS)
    + r")(?=\s+(?:(?:the|its|their|his|her|our|that|this)\s+[^,;.]{1,60}?|"
    + r"(?:[a-z]+\s+){0,2}[a-z]+)"
    + r"\s+(?:at|closer\s+to|nearer(?:\s+to)?)\s+"
    + r"(?:(?:"
    + vocab.VALUE_HEDGES_PATTERN
    + r"|at\s+least|nearer|closer\s+to|between|as\s+(?:many|much|high)\s+as)\s+)*(?:[$€£]?\d|(?:"
    + "|".join(sorted(vocab.SMALL_NUMBERS))
    + r")\b))"
    # "Health officials have attributed 37 deaths to the heat", "blamed 12 deaths on the storm": a body's
    # account of what caused the figure.
    + r"|(?:attributed|attributes|linked|links|blamed|blames)(?=\s[^,;.]{1,60}?\s(?:to|on)\s)"
    # "prosecutors asserted that ...", "the firm maintains that ...": speech only before its "that" clause.
    + r"|(?:"
    + "|".join(vocab.SPEECH_VERBS_BEFORE_THAT)
    + r")(?=\s+that\b))"
)
_AUX = (
    r"(?:has\s+|have\s+|had\s+|were\s+|was\s+|is\s+|are\s+)?"
    r"(?:also\s+|previously\s+|earlier\s+|later\s+|now\s+|ultimately\s+|originally\s+|initially\s+)?"
)
HEDGE_VERBS = vocab.HEDGE_VERBS
#: When or where a subject spoke, between it and its verb: "Jo Roe on Tuesday said", "Acme in a statement said".
_WHEN_SAID = (
    r"(?:(?:(?:on|in|last|this|early|late|earlier)\s+)?(?i:" + "|".join((*vocab.WEEKDAYS, *vocab.MONTH_NAMES)) + r")"
    r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?,?\s+|(?:in|on)\s+(?:a|an|its|his|her|their)\s+(?:"
    + "|".join(vocab.SAID_IN_MEDIA)
    + r")\s+|(?:earlier|late|early|this|last)\s+(?:(?:this|last)\s+)?(?:week|month|year)\s+)?"
)
_OUTLET_WORD = re.compile(
    r"\b(?:Post|Times|News|Journal|Guardian|Telegraph|Independent|Reuters|AP|AFP|BBC|CNN|NPR|"
    r"Press|Agency|Herald|Tribune|Leader|Review|Express|Mail|Standard|Gazette|Observer|"
    r"Chronicle|Bloomberg|Wire|Radio|TV|Television|Magazine|Xinhua|Interfax|Sun|Star)\b"
)

_ACCORDING = re.compile(
    # "according Elm police": the "to" a hasty page left out.
    r"\b(?:[Aa]ccording(?:\s+to|(?!\s+to\b))|[Cc]iting|[Qq]uoting)\s+(?:the\s+)?"
    # "according to his LinkedIn page": a possessive opens the phrase as an article does.
    r"(?:(?:a|an|the|new|latest|recent|his|her|their|its)\s+)*(?:"
    # "a national survey released ... by X"; not "the police report from the shooting": the police's report
    r"(?:(?!(?:"
    + "|".join(vocab.SOURCE_NOUNS)
    + r")\s)[a-z]+\s+){0,2}?(?:report|study|story|survey|statement|analysis|"
    # "according to a news release from Elm police": the body that issued it.
    r"article|post|tweet|data|figures|estimates?|(?:news\s+|press\s+)?release)\s+"
    # "a study of 18,500 adults published in ...": what the study was of comes first
    r"(?:of\s+(?:[^,;]|,(?=\d)){1,40}?\s+(?=(?:published|conducted|released|issued|led|carried\s+out)\s))?"
    r"(?:(?:published|conducted|released|issued|led|carried\s+out)\s+"
    # "a survey released Tuesday by the Perrin Institute": the day it came out, before its author
     + r"(?:(?:on\s+)?(?:(?i:" + "|".join(vocab.WEEKDAYS) + r")|yesterday|today|last\s+week|this\s+week)\s+(?=by\s))?)?"
    r"(?:in|by|from|of|on)\s+(?:the\s+)?)?"
    # "according to Elm police": a place name and the body; "the Cook County medical examiner's office",
    # "Orleans Parish court records": a body or paper named in lower case after it, unless a name follows
    # ("MTSU spokesman Jo Roe": the person is the source).
    r"((?:"
    + _CAP_RUN
    # "the Independent's source": an outlet's unnamed source is the outlet's account (GUIDE 13).
    + r"(?:\s+(?:police|deputies|officials|authorities|investigators|prosecutors)\b"
    + r"|(?!\s+sources?\b)\s+(?:[a-z-]+\s+){0,2}(?:"
    + "|".join((*vocab.SOURCE_NOUNS, *vocab.DOCUMENT_NOUNS))
    + r")\b(?:[’']s\s+office\b)?(?!\s+[A-Z]))?)"
    # "according to the teachers' union": a possessive inside a lower-case name
    # (not before a name it describes: "the sheriff's spokeswoman, Ana Ruiz")
    r"|(?:[a-z]+[’']s?\s+[a-z]+(?:\s+[a-z]+){0,2}\b(?!\s*,\s+[A-Z])|[a-z]+(?:\s+[a-z]+){0,3}))"
    r"|\b[Pp]er\s+(?:the\s+)?(" + _CAP_RUN + r"|(?:[a-z]+\s+){0,2}(?:" + "|".join(vocab.SOURCE_NOUNS) + r")\b)"
)
#: What figures do when they speak for themselves: "data from the CDC show", "NHS figures showed".
_SHOW_VERBS = r"(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed)\b"
#: "data from the CDC show", "figures released by the ministry suggest": the body behind the numbers.
_DATA_FROM = re.compile(
    r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Nn]umbers|[Ee]stimates|[Rr]ecords)\s+(?:(?:released|published|compiled|"
    r"collected|gathered|obtained)\s+)?(?:from|by)\s+(?:the\s+)?(" + _CAP_RUN + r")(?:\s+(?:and|or)\s+[^,;.]{1,60}?)?"
    r"\s+" + _SHOW_VERBS
)
#: "NHS figures show", "official data showed", "the carrier's filing showed": numbers named by whose or which
#: they are, with a verb of their own. Only with a modifier: a bare "the data show" names no one.
_FIGURES_SHOW = re.compile(
    r"(?:\b(?:the|its|their)\s+)?\b((?:[" + _UP + r"][\w&.’'-]*\s+){1,4}|(?:[a-z][\w’'-]*\s+){1,2})"
    r"(data|figures|statistics|numbers|filings?)\s+" + _SHOW_VERBS
)
_NOT_FIGURES_OWNER = frozenset(("the", "these", "those", "such", "new", "latest", "recent", "and", "but", "which"))
#: A title of one person, which a name may follow ("police spokesman Tom Baker").
# "said neighbor Jo Roe", "according to classmate Jo Roe": a person's role in the story before the name, too.
_ONE_SPEAKER = re.compile(
    r"\b(?:spokes(?:man|woman|person)|analyst|official|" + "|".join(vocab.ROLE_BEFORE_NAME) + r")$"
)
# "said a neighbor Sunday": a day after the title is when, not who.
_NAME_AFTER_TITLE = re.compile(
    r"\s+(?!(?i:" + "|".join(vocab.WEEKDAYS) + r")\b)"
    r"(" + _TITLED_NAME + r")"
)
#: Capitalised words after a title that are no name: "officials Tuesday said".
_NOT_A_NAME = frozenset((*vocab.WEEKDAYS, *vocab.MONTH_NAMES, *vocab.PRONOUNS))
#: Nouns of a piece of research, which is a source on its own ("according to a new study").
_STUDY_NOUN = re.compile(
    r"\b(study|survey|poll|analysis|review|trial|paper|report|census|audit|research|experiment|"
    r"investigation|studies|surveys|polls|analyses|trials|reports)$"
)


def generic_study(name: str | None) -> bool:
    """Whether a source is only "report", "study" or "survey": a definite one refers back to a named one."""
    return name is not None and _STUDY_NOUN.fullmatch(name.lower()) is not None


def named_cue(sentence: str, noun: str) -> str | None:
    """The body that ``sentence`` names as a source, for a later "the report" (``noun``) to refer to.

    A source of the whole sentence ("according to DigiTimes", "reported by the IEA"), or any when the
    sentence speaks of the same kind of document ("A recent report by the IEA stated ...").
    """
    same_noun = re.search(r"\b" + re.escape(noun.rstrip("s")) + r"s?\b", sentence, re.I) is not None
    for c in cues(sentence):
        if not generic_study(c.name) and (c.scope == "all" or same_noun):
            return c.name
    return None


def _study_noun(raw: str) -> str | None:
    m = _STUDY_NOUN.search(raw.strip())
    return m.group(1) if m else None


_BY = re.compile(
    r"\b(?:[Rr]eported|surveyed|polled|compiled|cited|quoted|published|released|calculated|"
    r"estimated|posted|confirmed|announced|tallied|counted)\s+by\s+(?:the\s+)?(?:[a-z]+\s+){0,2}"
    r"[“\"]?(" + _CAP_RUN + r")"
    # "Early reports by deputies said": a body named in lower case.
    r"|\b[Rr]eports?\s+by\s+(?:the\s+)?((?:[a-z]+\s+){0,2}(?:" + "|".join(vocab.SOURCE_NOUNS) + r"))\b"
    # "The two men killed were identified by Elm Police as ...": the passive of "Elm Police identified ... as".
    r"|\bidentified\s+by\s+(?:the\s+)?(" + _CAP_RUN + r")(?=\s+as\b)"
)
# A station's channel number is part of its name: "told KING 5", "tells Channel 2 Action News", "told 11 News".
_TOLD = re.compile(
    r"\b(?:told|tells|tell)\s+(?:the\s+)?((?:\d{1,2}\s+)?"
    + _CAP_RUN
    + r"(?:\s+\d{1,2}\b(?:\s+["
    + _UP
    + r"][\w&.’'-]*){0,3})?)"
)
#: "Officers were told by witnesses that ...", "a dispatcher was advised by a hospital that ...": the agent of a
#: passive telling is who says what follows; the subject is who heard it.
_TOLD_BY = re.compile(
    r"\b(?:was|were|been)\s+(?:told|advised|informed|notified)\s+by\s+("
    + _CAP_RUN
    + r"|(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,2}(?:"
    + "|".join(vocab.TELLER_NOUNS)
    + r"))\s+that\b"
)
#: "police confirmed to WSB-TV that ...": a station or paper the figure came to (GUIDE 13), after a verb and "to".
_TO_OUTLET = re.compile(
    r"\b(?:(?:confirmed|said|says|reported|explained|stated|described|speaking|talking|spoke|talked)\s+to|"
    # "in an interview with CNBC", "speaking on BBC Radio 4"
    r"interview\s+with|speaking\s+(?:on|with))\s+(?:the\s+)?((?:\d{1,2}\s+)?" + _CAP_RUN + r"(?:\s+\d{1,2}\b)?)"
)
_STATION = re.compile(r"\b(?:" + vocab.CALL_SIGN + r"|" + "|".join(vocab.NETWORKS) + r")\b|^[A-Z]{2,5}$")
_PERSON_TITLE = re.compile(
    r"(?:Officer|Officers|Detective|Detectives|Deputy|Deputies|Judge|Sgt|Lt|Capt|Mr|Mrs|Ms|Dr|Sheriff|Trooper|"
    r"Agent|Investigators?|Police)\b"
)
_FOR_OUTLET = re.compile(r"\breports?\s+for\s+(?:the\s+)?(" + _CAP_RUN + r")")
#: "according to @ElmPD", "tells @WXYZ_News": inside a tweet, the account the figure came from or went to
#: is named by its handle, and it speaks for the line rather than the tweet's author.
_AT_HANDLE = re.compile(r"\b(?:[Aa]ccording\s+to|told|tells|tell)\s+@([A-Za-z]\w{1,30})")
_SOURCES_OF = re.compile(
    r"\b(?:(?:[Aa]n?|[Tt]he)\s+)?(" + _CAP_RUN + r")(?:[’']s)?\s+(?:sources?|officials?|"
    r"spokes(?:man|woman|person)|analysts?|data|figures|estimates?|statement|report)\b"
)
# Subject before a speech verb: "Sky News reported", "Health bosses said",
# "Elmland’s public defender’s office said", "Roe and her team wrote".
# A lower-case word of a subject, not its auxiliary or speech verb ("police sources have confirmed").
_SUBJ_LOW = (
    # nor a subordinator, which opens a clause of its own ("a day after police in Elmton said")
    r"(?!(?:after|before|since|until|when|while|because|where|once|although|though|whereas)\b)"
    r"(?!(?:has|have|had|were|was|is|are|also|previously|earlier|later|now|ultimately|originally|initially|"
    + _SAY_VERBS[3:-1]
    + r")\b)"
    + _LOW
)
_SUBJ = (
    r"((?:[Tt]he\s+|[Aa]n?\s+|(?:[Ss]ome|[Ss]everal|[Mm]any)\s+(?=[a-z]))?"
    r"(?:" + _CAP_RUN + r"(?:\s+and\s+(?:his|her|their|its)\s+" + _LOW + r")?"
    # "police and a community advocate said": an article inside a pair of speakers.
    r"(?:\s+" + _SUBJ_LOW + r"){0,3}|"
    # "the uncle of one of the guests said": a person named by what they are to someone in the story.
    r"(?:"
    + "|".join(vocab.SPEAKER_NOUNS)
    + r")\s+of\s+(?:[a-z]+\s+){0,3}[a-z]+(?=\s+(?:said|says|told)\b)|"
    + _LOW
    + r"(?:\s+(?:an?\s+)?"
    + _SUBJ_LOW
    + r"){0,3}"
    # "a spokeswoman for Acme said": a lower-case speaker for a named body.
    r"(?:\s+(?:for|of|at|with)\s+(?:the\s+)?" + _CAP_RUN + r")?))"
    r"(?:\s*\([^()]{1,40}\))?"
)
#: "Friends and family say goodbye to ...": a verb of speech whose object is a greeting or a prayer says nothing.
_NOT_SPEECH_OBJECT = r"(?!\s+(?:(?:a|their|his|her|our)\s+)?(?:" + "|".join(vocab.NOT_SPEECH_OBJECTS) + r")\b)"
_SUBJ_SAYS = re.compile(
    # A spaced hyphen ends a dateline as a dash does: "TAMPA - Tampa police say ...".
    # "... when police say two gunmen fired": a speaker inside a subordinate clause covers the rest of it.
    r"(?:^|[,;:“\"(—–]\s*|,[”’]\s+|\s-\s+|\b(?:and|but|that|though|although|while|whereas|as|because|when|after|"
    r"before|where|since|until|once|for|with)\s+)"
    + _SUBJ
    # "prosecutors in Lyon said", "the Attorney's Office in Boston said": where the speaker sits is no speaker
    + r"(?:\s+in\s+"
    + _CAP_RUN
    + r")?"
    + r"\s+"
    + _WHEN_SAID
    + _AUX
    + r"("
    + _SAY_VERBS
    + r")\b"
    + _NOT_SPEECH_OBJECT
)
_SAYS_SUBJ = re.compile(
    r"[,”\"’]\s*("
    + _SAY_VERBS
    + r")\s+(?:\d{1,3}-year-old\s+)?((?:(?:the|a|an)\s+)?(?:"
    + _CAP_RUN
    + r"|[a-z]+(?:\s+[a-z]+){0,3}))"
)
#: The bodies a place name may stand before in lower case: "Marlow police", "Elm County deputies".
_BODY_WORDS = r"police|deputies|officials|authorities|investigators|prosecutors|detectives"
# "Photo 2 of 5 Marlow police say ...": a place's body in lower case after the capitalised place.
_CAP_SAYS = re.compile(
    r"(" + _CAP_RUN + r"(?:\s+(?:" + _BODY_WORDS + r"))?)"
    r"(?:\s*\([^()]{1,40}\))?\s+" + _WHEN_SAID + _AUX + r"(" + _SAY_VERBS + r")\b" + _NOT_SPEECH_OBJECT
)
#: A station named with its channel number as the subject: "Channel 2 has learned", "KOB 4 reports", "2 NEWS has
#: learned", ", Local 4 has learned." A newsroom "learned" what it reports, in the perfect or not.
_STATION_WORD = (
    r"(?:Channel|News|NEWS|Local|Action|Eyewitness|" + vocab.CALL_SIGN + "|" + "|".join(vocab.NETWORKS) + r")"
)
_STATION_SAYS = re.compile(
    r"(?<![\d:])\b((?:(?:[A-Z][\w&.’'-]*\s+){0,2}" + _STATION_WORD + r"\s+\d{1,2}|\d{1,2}\s+" + _STATION_WORD + r")"
    r"(?:\s+[A-Z][\w&.’'-]*){0,3})\s+" + _AUX + r"(" + _SAY_VERBS + r"|learned)\b"
)
#: "Police in Oakland, California, say ...": a body named with a town and its state, whose commas part the
#: body from its verb.
_TOWN_BODIES = r"(?i:" + _BODY_WORDS + r")"
_BODY_IN_TOWN_SAYS = re.compile(
    r"(?:^|[:—–]\s*|\s-\s+)("
    + _TOWN_BODIES
    + r")\s+in\s+"
    + _CAP_RUN
    + r",\s+"
    + _CAP_RUN
    + r",?\s+"
    + _WHEN_SAID
    + _AUX
    + r"("
    + _SAY_VERBS
    + r")\b"
)
# "Jo Roe, an Acme soil engineer who led ..., said"
#: A job title that opens an apposition without an article: "Jo Roe, president of Acme, said".
_TITLE = (
    r"(?:president|vice\s+president|chief|director|head|founder|co-founder|chairman|chairwoman|chair|"
    r"professor|secretary|minister|senator|spokesman|spokeswoman|spokesperson|executive|manager|analyst|"
    r"economist|researcher|author|editor|leader|coordinator|commissioner|superintendent|principal|partner|"
    r"lieutenant|sergeant|captain|officer|attorney|lawyer|CEO|CFO|COO|owner|mayor|governor|official|representative)"
)
#: A title written before a name: "police spokesman", "officer", "Sgt." (", officer Jo Roe said").
# In either case: ", Elm County Assistant Police Chief Jo Roe said".
_TITLE_LOW = r"(?:(?i:" + _TITLE + "|" + "|".join(vocab.SPEAKER_TITLES) + r")|[A-Z][a-z]{1,4}\.)"
#: "Jo Roe of the Marlow Fire Department said": a person named with the body they speak for.
_PERSON_OF = re.compile(
    r"("
    + _CAP_RUN
    + r")\s+(?:of|with|from|for)\s+the\s+"
    + _CAP_RUN
    # "Officer Jo Roe with the Marlow police said"
    + r"(?:\s+(?:"
    + _BODY_WORDS
    + r"))?\s+"
    + _AUX
    + r"("
    + _SAY_VERBS
    + r")\b"
)
#: "His mother, Jo Roe, said ...", "A neighbor, Ann Lee, told ...": the person's role, then the name between
#: commas, then the verb. The name is the speaker.
_ROLE_NAME_SAYS = re.compile(
    r"(?:^|(?<=[\s“\"(]))(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]he|[A-Z]?[\w-]+[’']s)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:" + "|".join(vocab.ROLE_BEFORE_NAME) + r"),\s+"
    r"(" + _TITLED_NAME + r"),\s+" + _AUX + r"(" + _SAY_VERBS + r")\b"
)
#: The nouns a speaker is called by in lower case: bodies ("the union") and people ("organisers", "a lawyer").
_SPEAKING_NOUNS = "|".join((*vocab.SOURCE_NOUNS, *vocab.SPEAKER_NOUNS))
_ACTING_FOR_WORDS = r"(?:representing|advising|defending)"
_ACTING_FOR = re.compile(r"\s+" + _ACTING_FOR_WORDS + r"\s")
#: "The union representing workers at the plant said", "a lawyer for the family said": a speaker noun, then a
#: phrase that says whom it acts for, then the verb. The speaker is the noun.
_ACTING_FOR_SAYS = re.compile(
    r"(?:^|[,;:“\"]\s*|\b(?:and|but|that)\s+)(?:[Tt]he|[Aa]n?)\s+((?:[a-z-]+\s+){0,2}(?:"
    + _SPEAKING_NOUNS
    + r"))\s+"
    + _ACTING_FOR_WORDS
    + r"\s+[^,;:“”\"]{1,80}?\s+"
    + _AUX
    + r"("
    + _SAY_VERBS
    + r")\b"
)
#: "The band's agency, Lumen Entertainment, said": a body named after the descriptor it is apposed to.
_BODY_NAME_SAYS = re.compile(
    r"(?:^|(?<=[\s“\"(]))(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?|[Tt]he|[A-Z]?[\w-]+[’']s)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:" + "|".join(vocab.BODY_DESCRIPTORS) + r"),\s+(" + _CAP_RUN + r"),\s+" + _AUX + r"(" + _SAY_VERBS + r")\b"
)
_APPOSITIVE = re.compile(
    # "The carmaker, which has ..., says": a body named in lower case, with a clause of its own, speaks too.
    # "One witness, who declined to give her name, said", "A police source, speaking on condition of anonymity,
    # said": a speaker the article does not name, with the aside that says why.
    r"(?<!\bin )(?<!\bat )(?<!\bon )(" + _CAP_RUN + r"|(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+"
    # "The United Steel Workers local, which ...": a body's name of up to three words before its noun
    r"(?:[A-Za-z’'-]+\s+){0,3}[a-z-]+),\s+"
    # "Jo Roe, with the Marlow Police Department, said": the body the person speaks for.
    r"(?:a|an|the|who|which|whose|one|(?:with|of|from|for)\s+the|"
    + "|".join(vocab.ASIDE_PARTICIPLES)
    + r"|"
    + _TITLE
    # The aside runs to the next comma; a comma inside a figure ("$15,000") does not end it.
    + r")\s(?:[^,;“”\"]|(?<=\d),(?=\d{3}\b)){1,160},\s+"
    + _AUX
    + r"("
    + _SAY_VERBS
    + r")\b"
)
#: "Jo Roe, speaking to reporters, said": a participle apposition between a speaker and the verb.
_SPEAKING_SPEAKER = re.compile(
    r"("
    + _CAP_RUN
    + r"),\s+(?:speaking|writing|talking|testifying|responding|appearing)\b[^,;“”\"]{1,100},\s+"
    + _AUX
    + r"("
    + _SAY_VERBS
    + r")\b"
)
#: "Acme’s chief executive, Jo Roe, said": the name set off after a title.
_TITLE_COMMA_NAME = re.compile(r"\b" + _TITLE_LOW + r",\s+(" + _CAP_RUN + r"),\s+" + _AUX + r"(" + _SAY_VERBS + r")\b")
#: "Jo Roe, 36, said", "Jo Roe, 36, of Elm City, said": a person named with an age.
_AGED_SPEAKER = re.compile(
    r"(" + _CAP_RUN + r"),\s+\d{1,3},(?:\s+(?:of|from)\s+[^,;“”\"]{1,60},)?\s+" + _AUX + r"(" + _SAY_VERBS + r")\b"
)
#: "Early reports said": a first account from no one named, whose "reports" is a noun and not a verb.
_FIRST_ACCOUNTS = frozenset({"initial", "early", "earlier", "preliminary", "first", "unconfirmed"})
_REPORTS_NOUN = re.compile(r"\s+(?:said|say|says|indicated|indicate|indicates|suggested|showed|show|shows|were|was)\b")
#: "reports", "early news reports", "local media": accounts from no one named.
_UNNAMED_ACCOUNT = r"(?:(?:" + "|".join(vocab.UNNAMED_REPORT_WORDS) + r")\s+)*(?:reports|media)(?!\s+(?:by|of)\b)"
_UNNAMED = re.compile(
    # "Early reports said", "The initial report was that": first accounts, from no one named.
    r"\b(?:(?:" + "|".join(_FIRST_ACCOUNTS) + r")\s+reports?\s+(?:said|say|says|indicated|"
    r"indicate|indicates|suggested|showed|show|shows|(?:was|were)\s+that)|"
    r"it\s+(?:became|was|has\s+been|is|had\s+been)\s+(?:known|reported|announced|confirmed|"
    # "It became known on Monday that ...": when it became known may stand before "that"; ", it was
    # reported on Tuesday." closes the sentence with the same frame.
    r"learned|revealed)(?:\s+(?:on|in|last|this|early|late|earlier)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"(?:\s+that|(?=\s*[.!?]?\s*$))|reportedly|is\s+said\s+to|are\s+said\s+to|was\s+said\s+to|"
    r"were\s+said\s+to|allegedly|reports\s+say|sources\s+say|reports?\s+(?:that|of)|"
    # "Reports indicate that four people were shot": accounts from no one named, as "reports say".
    r"reports\s+(?:indicate|indicated|suggest|suggested|show|showed|said)|according\s+to\s+"
    + _UNNAMED_ACCOUNT
    + r")\b",
    re.I,
)

#: Words of an intention, a hedge that doubts only what it plans: "aims to open 60 more".
_INTENTION_WORDS = r"(?:aims?|aiming|hopes?|hoping|intends?|intending)\s+to"
#: What follows a modal that doubts nothing: what a witness perceives, a counterfactual age, a limit.
_NOT_DOUBTED = r"(?:be\s+(?:seen|heard|spotted)|have\s+turned|only\s+(?!be\b)\w+)"
_HEDGE = re.compile(
    # "Bullet holes could be seen in five homes": what a witness perceives, not a doubt; "would have turned
    # 18" is a counterfactual of a known age.
    # A hedge that opens the sentence is capitalised ("Could the outbreak infect 10,000 ...?", "Possibly 40 ...");
    # "May" is left out, as it opens a date.
    # "I could only manage two steps", "guests may only bring two bags": a limit, not a doubt ("might only be 20" is).
    # "would often stay", "police would later recover 17 casings": a habit or the story's own later, no doubt.
    r"\b(?:(?:[Cc]ould|may|[Mm]ight)(?!\s+" + _NOT_DOUBTED + r"\b)|[Ww]ould(?!\s+(?:" + _NOT_DOUBTED + r"|"
    r"often|always|usually|sometimes|frequently|regularly|routinely|later|eventually)\b)|"
    r"[Ee]stimated|estimates?|estimating|expecting|"
    r"forecasts?|forecasted|projected|projects|predicted|predicts|[Ll]ikely(?!\s+voters)|[Pp]ossibly|[Pp]erhaps|"
    # "Our best guess is that ...": a guess is an estimate. "a 30% chance that ...": a likelihood forecasts both its
    # own figure and what may come about.
    # "It is thought that 60 homes ...": a belief with no one named who holds it.
    r"believed|believes?|thought\s+to|(?:(?<=\bis\s)|(?<=\bwas\s))thought(?=\s+that\b)|"
    r"sees|[Pp]otentially|[Pp]robably|feared|guess(?:es|ed)?|"
    r"(?:chance|probability|likelihood|odds)(?=\s+that\b)|" + _INTENTION_WORDS + r")\b"
    # An intention is not yet a fact, as a promise is not: "aims to open 60 more", "hope to attract 50,000".
    # A plan is left out: one told by who made it ("revealed plans to hire 200") is reported, as "said it would".
    # Doubt about a person or a prognosis, not the figure: "suspected of shooting five people",
    # "all four are expected to survive".
    # "Police expected all four to survive", "is expected to fully recover".
    # "suspected in the shooting" is a suspicion about a person; "expected in town" forecasts a crowd, "expected in
    # court" is an appearance.
    r"|\b(?:suspected(?!\s+in\b)|expected(?!\s+in\s+court\b)|expects|expect)\b(?!\s+(?:of\b|(?:[\w’'-]+\s+){0,3}?to\s+(?:\w+ly\s+)?"
    r"(?:survive|recover|live|be\s+(?:released|okay|(?i:ok)|fine|all\s+right))\b))"
)
#: Hedges of intention, which doubt only what they plan: the figure after them.
_INTENTION = re.compile(_INTENTION_WORDS, re.I)
_DENIAL = re.compile(
    # "a fake story", "a false police report", "false information": a thing of a kind, not a claim called
    # false; "fake news" is a verdict on reports.
    r"\b(?:(?:fake|false|untrue|" + "|".join(vocab.FALSE_WORDS) + r")"
    # "false or misleading claims": a kind of claim, counted, as "false claims" is.
    r"(?!(?:\s+(?:or|and)\s+(?:misleading|inaccurate|exaggerated|unfounded|fake|false|untrue))?"
    r"\s+(?!(?:news|by|and|or|to|in|on|at|of|for|from|with|as|after|since)\b)"
    r"[a-z][a-z-]*\b)|a\s+lie(?!-)|lies(?!\s+(?:in|on|at|near|about|just|some|between|within|north|south|east|west|\d))|baseless|fabricated|fabrication|"
    # A suspect denying an act ("denied firing any shots", "denies any involvement") or a court
    # denying bail, to whomever ("denied him bail", "denied both men bond"), says nothing false of a figure.
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?:denied|denies|deny)(?!\s+(?:\w+ing\b|(?:[\w’'-]+\s+){0,2}(?:"
    + "|".join(vocab.DENIED_NON_CLAIMS)
    + r")\b))|"
    r"refuted|refutes|(?:dismissed|rejected)\s+as|disinformation|misinformation|hoax|"
    # "rejected claims that 300 jobs would go", "dismissed reports of ...", "rejected that 40 posts would go".
    r"(?:rejected|rejects|reject|dismissed|dismisses|dismiss)\s+(?:the\s+|such\s+)?(?:\w+\s+)?"
    r"(?:claims?|reports?|allegations?|suggestions?|accounts?|figures?|estimates?)(?=\s+that\b)|"
    r"(?:rejected|rejects)(?=\s+that\b)|"
    # "disputed the union's figure of 350", "contests the count of 19", "disputes that 900 jobs will go": a
    # figure, a claim or a clause disputed is called false.
    r"(?:disputed|disputes|dispute|contested|contests|contest)(?:(?=\s+that\b)|\s+(?:the\s+|a\s+|its\s+|their\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:claims?|reports?|figures?|estimates?|counts?|numbers?|tally|totals?|data|statistics)\b)|"
    # "the claim is “absolutely not true”", "a figure that has been debunked".
    r"not\s+(?:\w+\s+)?[“\"]?true|debunked|debunks)\b",
    re.I,
)
#: An adverb frame that speaks for its own clause only: "one person was reportedly shot".
_FRAME_ADVERB = re.compile(r"\b(?:reportedly|allegedly)\b", re.I)
_CLAUSE_EDGE = re.compile(r"[,;:()—–]|\s-\s|\b(?:" + "|".join(vocab.CLAUSE_OPENERS) + r")\b", re.I)
# Where the account of a speech verb stops: a new clause of its own.
_CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s?|—|\s--\s|,\s+(?:but|while|though|although|whereas|and)\b|[()]"
    # "expects to carry 70 million passengers and will add 15 aircraft": a verb with an auxiliary of its own
    r"|\s+and\s+(?=(?:will|would|could|may|might|can|should|has|have|had|is|are|was|were)\s)"
)
# ", while cutting prices by 0.35 percent": a participle with no subject of its own goes on with the account.
_ACCOUNT_BREAK = re.compile(r";|\s[—–]\s?|—|\s--\s|,\s+(?:but|while|though|although|whereas)\b(?!\s+[a-z]+ing\b)")
_SUBORDINATE = vocab.SUBORDINATORS
_NOT_SOURCE = vocab.NOT_SOURCES
_SOURCE_NOUN = re.compile(r"\b(?:" + "|".join(vocab.SOURCE_NOUNS) + r")$")
_TRIM_TAIL = re.compile(r"(?:[’']s?|\s+(?:on|in|at|for|of|and|the))+$")
_LEAD_DET = re.compile(r"^(?:the|a|an|its|his|her|their|our|some|several|many)\s+", re.I)
_LEAD_CONJ = re.compile(
    r"^(?:though|although|while|whereas|but|as|because|and|that|so|when|after|before|where|since|until|once)\s+",
    re.I,
)
_VERBISH_LAST = re.compile(r"(?:ly|ing)$")
_PRONOUN_FIRST = vocab.PRONOUN_SUBJECTS


@dataclass(frozen=True, slots=True)
class Cue:
    """One attribution in a sentence: the name, where its cue sits, and what it covers.

    ``scope``: "all" covers the whole sentence; "after" what follows ``end``;
    "before" what precedes ``start``.
    """

    name: str
    start: int
    end: int
    scope: str
    verb: str = ""


_WHEN_TAIL = re.compile(r"\s+(?:on|in)\s+(?i:" + "|".join((*vocab.WEEKDAYS, *vocab.MONTH_NAMES)) + r")\b.*$")
_GLUED_NAME = re.compile(r"(?<=[a-z]{2})[.!?](?=[A-Z])")


def _clean(name: str | None) -> str | None:
    if not name:
        return None
    name = _GLUED_NAME.split(name)[0]  # "Suffolk County Police.Two women ...": the name ends at the stop
    name = name.strip(" ,.;:“”\"'’()")
    name = _LEAD_CONJ.sub("", name)
    name = _TRIM_TAIL.sub("", name)
    name = _WHEN_TAIL.sub("", name)  # "Reuters on Monday": the day is when it reported
    name = _LEAD_DET.sub("", name).strip()
    name = re.sub(r"\s*\([^()]*\)$", "", name).strip()
    if not name or len(name) > 80:
        return None
    # Acronyms ("WHO", "AP") are names even when they spell a function word.
    if name.lower() in _NOT_SOURCE and not (name.isupper() and len(name) > 1):
        return None
    if name.split()[0].lower() in _PRONOUN_FIRST and not name.split()[0].isupper():
        return None
    return name


def _outlet_after(sentence: str, end: int) -> str | None:
    """ "Jo Roe of the Marlow Times": the outlet the figure came to."""
    m = re.match(r"\s+(?:of|at|from|with)\s+(?:the\s+)?(" + _CAP_RUN + r")", sentence[end : end + 80])
    if m and _OUTLET_WORD.search(m.group(1)):
        return _clean(m.group(1))
    return None


def _quoted_after(sentence: str, end: int) -> str | None:
    """ "the telegram channel “VChK-OGPU”": the quoted name after a descriptor."""
    m = re.match(r"\s*[“\"]([^”\"]{2,60})[”\"]", sentence[end : end + 70])
    return _clean(m.group(1)) if m else None


def readable(sentence: str) -> str:
    """An all-capitals line ("POLICE SAY FIVE PEOPLE WERE SHOT", a broadcast transcript) in lower case, so
    that the cue words read; offsets are kept, as only letters that lower-case to one letter change."""
    letters = [c for c in sentence if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return sentence
    low = "".join(low if len(low := c.lower()) == 1 else c for c in sentence)
    # "JO ROE SAYS SHE LOST 25 POUNDS": the words that open the line before its speech verb are the speaker's
    # name, read as one once capitalised; a body ("POLICE SAY") reads in lower case already.
    m = _LINE_SPEAKER.match(low)
    if m and not any(
        len(w) < 2 or w in vocab.NOT_LINE_SPEAKER_WORDS or _SOURCE_NOUN.search(w) for w in m.group(1).split()
    ):
        low = low[: m.start(1)] + m.group(1).title() + low[m.end(1) :]
    return low


_LINE_SPEAKER = re.compile(r"^\W*((?:[a-z][a-z’'.-]*\s+){1,4}?)(?:says|said|say)\b")


def cues(sentence: str) -> list[Cue]:
    """Every attribution in ``sentence``, strongest kinds first."""
    sentence = _set_off_adverbs(readable(sentence))
    found = [_uncut(sentence, c) for c in _all_cues(sentence) if not _picture_credit(sentence, c)]
    return _bodies_first(sentence, found)


def _bodies_first(sentence: str, found: list[Cue]) -> list[Cue]:
    """ "..., researchers at the Elm Institute said": the body the speakers belong to is the source, as it is
    when the same words open the sentence; the cue for the bare people noun is dropped."""
    names = {c.name for c in found}
    kept = []
    for c in found:
        if c.name.lower() in vocab.MEMBER_NOUNS:
            behind = re.compile(re.escape(c.name) + r"\s+(?:at|from|with)\s+(?:the\s+)?(" + _CAP_RUN + r")")
            m = behind.search(sentence, c.start)
            if m and _clean(m.group(1)) in names:
                continue
        kept.append(c)
    return kept


#: A sentence adverb in commas between a speaker and the verb: "Bakers, however, said".
_ADVERB_ASIDE = re.compile(r",\s*(?:however|meanwhile|in\s+turn),(?=\s*(?:said|says|say|told|tells|added|adds)\b)")


def _set_off_adverbs(sentence: str) -> str:
    """ "Bakers, however, said" read as "Bakers said", the aside blanked out and offsets kept: its commas
    are not the comma that closes a clause before a trailing speaker."""
    return _ADVERB_ASIDE.sub(lambda m: " " * len(m.group(0)), sentence)


#: A capitalised word of a long body-and-title name ("Sheriff's", "Sgt.", "O'Neil"), not a day or month.
_NAME_WORD = r"(?!(?:" + "|".join((*vocab.WEEKDAYS, *vocab.MONTH_NAMES)) + r")\b)[" + _UP + r"][\w’'-]*(?:[’']s|\.)?"
_CAP_LEFT = re.compile(r"(?:" + _NAME_WORD + r"\s+)+$")
_CAP_RIGHT = re.compile(r"(?:\s+" + _NAME_WORD + r")+")
#: The person a long name ends on, after their title: "... Police Department Officer Jo Lanfield" → Jo Lanfield.
_TITLED_TAIL = re.compile(
    r"\b(?:Officer|Ofc\.|Sergeant|Sgt\.|Lieutenant|Lt\.|Corporal|Cpl\.|Captain|Capt\.|Detective|Det\.|Deputy|"
    r"Trooper|Chief|Sheriff|Spokes(?:man|woman|person)|Investigator|Agent|Commander|Cmdr\.)"
    r"\s+((?:[" + _UP + r"][\w’'-]+\s+)?(?:[" + _UP + r"]\.\s+)?[" + _UP + r"][\w’'-]+)$"
)


def _uncut(sentence: str, cue: Cue) -> Cue:
    """A speaker's name that a length limit cut off inside a long body-and-title name, made whole.

    "according to Elm City Police Department Officer Jo Lanfield" runs past the six capitalised words a
    name is read as, so the cue ends on "Officer Jo". When more capitals follow the name, the whole run
    is read again and the person after the last title is the source, as with shorter titled names
    ("police spokesman Jo Roe" gives Jo Roe).
    """
    at = sentence.find(cue.name, max(0, cue.start - 2))
    if at < 0 or at > cue.end:
        return cue
    end = at + len(cue.name)
    right = _CAP_RIGHT.match(sentence, end)
    if right is None:
        return cue  # the name ends where its capitals end: nothing was cut off
    left = _CAP_LEFT.search(sentence, 0, at)
    run = sentence[left.start() if left else at : right.end()]
    person = _TITLED_TAIL.search(run.rstrip("."))
    if person is None:
        return cue
    return Cue(person.group(1), cue.start, cue.end, cue.scope, cue.verb)


#: A picture's credit before its provider: "This undated photo provided by the ", "an image released by ".
_PICTURE = r"\b(?i:" + "|".join(vocab.PICTURE_NOUNS) + r")s?\s+(?:(?:was|were)\s+)?"
_PICTURE_BY = re.compile(_PICTURE + r"(?:" + "|".join(vocab.PICTURE_CREDIT_VERBS) + r")\s+by\s+(?:the\s+)?$")
_PICTURE_BEFORE = re.compile(_PICTURE + r"$")


def _picture_credit(sentence: str, cue: Cue) -> bool:
    """Whether a cue only credits a picture: "This photo released by Elm police shows Jo Roe, one of two officers
    killed" is the caption's account; the police gave the photo, not the figure."""
    if cue.verb in ("shows", "showed", "show"):
        return _PICTURE_BY.search(sentence, 0, cue.start) is not None
    return (
        cue.scope == "all"
        and not cue.verb
        and _PICTURE_BEFORE.search(sentence, 0, cue.start) is not None
        and re.match(r"(?:" + "|".join(vocab.PICTURE_CREDIT_VERBS) + r")\s+by\b", sentence[cue.start :]) is not None
    )


def _listener(told: str, name: str) -> bool:
    """ "Cook told Benioff", "told Lenexa police": one capitalised word after "told", with no "the" and no mark of
    an outlet, is a person who heard it (or the place of a body), not an outlet ("told Reuters", "told the Trib")."""
    if re.fullmatch(r"[A-Z]{2,}s", name):
        return True  # "told MPs", "told GPs": people of a role, written as a plural acronym
    return (
        re.fullmatch(r"[A-Z][a-z’'-]+", name) is not None
        and re.search(r"\b[Tt]he\s", told) is None
        and not _OUTLET_WORD.search(name)
        and name not in vocab.PRESS_NAMES
    )


def _figures_cues(sentence: str) -> list[Cue]:
    out: list[Cue] = []
    for m in _FIGURES_SHOW.finditer(sentence):
        owner = m.group(1).split()
        if owner[-1].lower() in _NOT_FIGURES_OWNER:
            continue
        # "NHS figures show": the body; "official figures show", "customs data show": the figures themselves.
        name = _clean(m.group(1) if owner[0][0].isupper() and m.start(1) > 0 else m.group(1) + m.group(2))
        if name:
            out.append(Cue(name, m.start(), m.end(), "all"))
    return out


#: Speakers named by one of them: "Critics, including the Rail Users' Group, say".
_INCLUDING_SAYS = re.compile(
    r"\b[A-Za-z]+,\s+including\s+(?:the\s+)?(" + _CAP_RUN + r"),\s+(?:have\s+)?"
    r"(say|says|said|claim|claims|claimed|argue|argues|argued|warn|warns|warned)\b"
)
#: A court, tribunal, inquiry or jury that heard an account: "the High Court in Leeds heard", "the inquiry was told".
_COURT_HEARD = re.compile(
    r"\b(?:[Tt]he\s+)?((?:[" + _UP + r"][\w’'-]*\s+){0,3}(?i:court|tribunal|inquiry|inquest|hearing|jury))"
    r"(?:\s+in\s+" + _CAP_RUN + r")?\s+(?:heard|was\s+told|were\s+told)\b"
)
#: A participle of speech after the main clause: "Acme cut its forecast, saying demand had fallen 8%".
_SAYING = re.compile(r",\s+(?:saying|claiming|insisting|arguing|warning|noting|adding\s+that)\b")


#: Before a participle: a clause of another subject, or a speaker's own verb (", Jo Roe said, adding that").
_ANOTHER_SUBJECT = re.compile(
    r"\b(?:but|while|whereas|when|after|because|as|said|says|told|added)\b|;|,\s+and\b|[“”\"]", re.I
)


def _participle_cues(sentence: str) -> list[Cue]:
    """ "The union rejected the offer, saying pay had fallen 12%": what the participle says is said by the
    subject the sentence opens on, when that subject acts (not "Sales rose 4%, ...")."""
    m = _SAYING.search(sentence)
    if m is None or _ANOTHER_SUBJECT.search(sentence, 0, m.start()):
        return []  # "..., but a driver filmed the scene, saying": the driver's, not the opener's
    name = opening_speaker(sentence, sentence, acting=True)
    if name is None:
        return []
    words = name.split()
    titled = [i for i, w in enumerate(words) if w.islower()]
    if titled and titled[-1] < len(words) - 1:
        name = " ".join(words[titled[-1] + 1 :])  # "Finance minister Ola Berg" -> "Ola Berg"
    return [Cue(name, m.start(), m.end(), "after", "said")]


#: A figure, then a relative clause up to a "by" cue: "$4.3 billion that analysts polled by", "the 40% which
#: those surveyed by".
_FIGURE_THEN_RELATIVE = re.compile(
    r"(?:[$€£¥]\s?)?\d[\d,.]*(?:\s*(?:%|per\s+cent|percent|million|billion|trillion|bn|m))?"
    r"\s+(?:that|which)\s+(?:[a-z]+\s+){1,3}$"
)


def _relative_figure(sentence: str, at: int) -> int | None:
    """Where the figure starts that a relative clause ending at ``at`` modifies, if there is one."""
    m = _FIGURE_THEN_RELATIVE.search(sentence, max(0, at - 80), at)
    return m.start() if m else None


def _outlet_cues(sentence: str) -> list[Cue]:
    """ "told Sky News" / "reports for NPR" / "reported by X" name the outlet the figure came to."""
    out: list[Cue] = []
    for pat in (_TOLD, _FOR_OUTLET, _BY):
        for m in pat.finditer(sentence):
            name = _clean(m.group(1) or m.group(m.lastindex or 1))
            if pat is _TOLD and name and (_PERSON_TITLE.match(name) or _listener(m.group(0), name)):
                continue  # "told Officer Jo Roe that ...": a person who heard it, not an outlet it came to
            if pat is _BY and m.group(1) and _CONTENT_AFTER.match(sentence, m.end(1)):
                # "cited by Taiwanese publication DigiTimes": the first capital was an adjective.
                name = _name_after_by(sentence, m.start(1)) or name
            modified = _relative_figure(sentence, m.start()) if pat is _BY else None
            if name and modified is not None:
                # "the $4.3 billion that analysts polled by X had expected": X's figure and those after it only
                out.append(Cue(name, m.start(), modified, "after"))
            elif name:
                out.append(Cue(name, m.start(), m.end(), "all"))
    return out


def _all_cues(sentence: str) -> list[Cue]:
    out = _outlet_cues(sentence)
    for m in _TO_OUTLET.finditer(sentence):
        name = _clean(m.group(1))
        # "in an interview with the FBI": an interview names an outlet only by an outlet's word.
        station = _STATION.search(name or "") is not None and not m.group(0).startswith("interview")
        if name and (_OUTLET_WORD.search(name) or station):
            out.append(Cue(name, m.start(), m.end(), "all"))
    out.extend(_according_cues(sentence))
    out.extend(
        Cue(n, m.start(), m.end(), "after", "told by") for m in _TOLD_BY.finditer(sentence) if (n := _clean(m.group(1)))
    )
    out.extend(Cue(m.group(1).replace("_", " "), m.start(), m.end(), "all") for m in _AT_HANDLE.finditer(sentence))
    # "Critics, including the Rail Users' Group, say ...": the one named among the speakers.
    out.extend(
        Cue(n, m.start(), m.end(), "after", m.group(2).lower())
        for m in _INCLUDING_SAYS.finditer(sentence)
        if (n := _clean(m.group(1)))
    )
    # "the High Court in Leeds heard", "the inquiry was told": what a court hears is the account put to it.
    out.extend(Cue(n, m.start(), m.end(), "all") for m in _COURT_HEARD.finditer(sentence) if (n := _clean(m.group(1))))
    for m in _DATA_FROM.finditer(sentence):
        name = _clean(m.group(1))
        if name:
            out.append(Cue(name, m.start(), m.end(), "all"))
    out.extend(_participle_cues(sentence))
    out.extend(_figures_cues(sentence))
    # Before "X report": "a report by the World Bank found" is the World Bank's.
    out.extend(_study_cues(sentence))
    for m in _SOURCES_OF.finditer(sentence):
        # "Acme News’s sources" names Acme News; "Marlow officials" are the officials.
        possessive = re.search(r"[’']s\s+\w+$", m.group(0)) is not None
        name = _clean(m.group(1) if possessive else m.group(0))
        # "Elm Police spokeswoman Jo Roe said": a title before a name; the person is the source.
        person = _NAME_AFTER_TITLE.match(sentence, m.end()) if _ONE_SPEAKER.search(m.group(0)) else None
        if person and person.group(1).split()[0].lower() not in _NOT_A_NAME:
            name = _clean(person.group(1))
        # Only as the speakers of a clause ("Acme News’s sources in the ministry claim"): "MPD officials
        # investigate" or "officials gather" report nothing.
        speech = _SPEECH_AFTER.match(sentence, m.end())
        if name and m.group(1).split()[0] not in ("A", "An", "The") and speech:
            # The verb goes with the cue: "Industry analysts predict that ..." is a forecast (GUIDE 14).
            out.append(Cue(name, m.start(), m.end(), "all", speech.group(1).lower()))
    for m in _SAYS_SUBJ.finditer(sentence):
        # ", said Metro spokesman Don Aaron": the person after the body's title.
        person = _TITLED_PERSON.match(sentence, m.end()) or (
            _NAME_AFTER_TITLE.match(sentence, m.end()) if _ONE_SPEAKER.search(m.group(2)) else None
        )
        name = _subject_name(person.group(1) if person else m.group(2))
        if name:
            out.append(Cue(name, m.start(), m.end(), "before", m.group(1).lower()))
    out.extend(_speech_cues(sentence))
    out.extend(_line_cues(sentence))
    out.extend(_they_say_cues(sentence))
    out.extend(_closing_study_cues(sentence))
    return out


#: "Police are looking for a driver they say hurt two people", "... after they said six people were hurt".
# "Police have identified the girl and say three teens were charged": the subject left out after "and".
_THEY_SAY = re.compile(r"\b(?:they|who\s+they|that\s+they|and|but)\s+(?:also\s+)?(?:say|said|says)\b")
#: The body a "they" of the same sentence stands for: "Marlow Police are investigating after they say".
_THEY_BODY = re.compile(
    r"((?:[A-Z][\w’'.-]*\s+){0,4}(?:" + "|".join(vocab.SOURCE_NOUNS) + r"|Police|Officials|Authorities|Deputies|"
    r"Investigators|Detectives|Officers))\b"
)


#: A closing speaker with no comma before it: "... in a shooting Saturday in Kansas City police said."
_BARE_TRAILING = re.compile(
    r"\s((?:[A-Z][\w’'-]*\s+){0,3}(?:police|authorities|officials|deputies|investigators|troopers|prosecutors))"
    r"\s+(?:said|say|says)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s*[.!?]?[”\"]?\s*$"
)


def _they_say_cues(sentence: str) -> list[Cue]:
    """ "they say" inside a sentence whose subject is the body that says it."""
    out: list[Cue] = []
    bare = _BARE_TRAILING.search(sentence)
    if bare and not _TRAILING_LEAD.search(sentence, 0, bare.start(1)):
        out.append(Cue(bare.group(1), bare.start(1), bare.end(), "before", "said"))
    for m in _THEY_SAY.finditer(sentence):
        body = _THEY_BODY.search(sentence, 0, m.start())
        # "police spokesman Jo Roe met reporters and said": the person after the title.
        person = _TITLED_PERSON.match(sentence, body.end()) if body else None
        name = _subject_name((person or body).group(1)) if body else None
        if name:
            out.append(Cue(name, m.start(), m.end(), "after", "say"))
    return out


#: "according to Elm police spokesman Jo Roe", "according to the sheriff's spokeswoman, Jo Roe": the person
#: after the body's title, which the body's name run stops before.
_BODY_TITLE_NAME = re.compile(r"(?:[’']s)?\s+(?:[a-z]+\s+)?" + _TITLE_LOW + r",?" + _NAME_AFTER_TITLE.pattern)


#: A capitalised name right after a lower-case description of it: "(property data firm) CoreMetric".
_NAME_AFTER_DESCRIPTOR = re.compile(r"\s+(" + _CAP_RUN + r")")


def _named_after_descriptor(sentence: str, raw: str, at: int) -> str | None:
    """The name a lower-case description runs into: "according to chart tracker Hanbit" is Hanbit's, "according
    to the state weather agency Aemet" Aemet's. Not a day ("according to police Saturday"), nor a place after a
    preposition ("according to police in Elm")."""
    last = raw.split()[-1]
    if last in _DESCRIPTOR_BREAKS or _STUDY_NOUN.search(last) or last in _PAPERS:
        return None  # "according to the statement Jo Roe, 19, was charged": a paper names no one after it
    m = _NAME_AFTER_DESCRIPTOR.match(sentence, at)
    if m is None or m.group(1).split()[0].lower().strip(".,") in _NOT_A_NAME:
        return None
    if _CLAUSE_AFTER_NAME.match(sentence, m.end(1)):
        return None  # "according to police Jo Roe was ...": the name opens the clause the account covers
    return _clean(m.group(1))


#: A name followed by its age or its verb is the subject of a clause, not the name of a description.
_CLAUSE_AFTER_NAME = re.compile(
    r",\s*\d{1,3}\b|\s+(?:was|were|is|are|has|had|have|did|does|do|wasn[’']t|isn[’']t|didn[’']t|will|would|could)\b"
)
#: Papers, whose description names no one after it.
_PAPERS = frozenset(
    (*vocab.DOCUMENT_NOUNS, "statement", "release", "complaint", "affidavit", "filing", "document", "record", "data")
)
#: Words that end a description without naming anything after them.
_DESCRIPTOR_BREAKS = frozenset(("in", "on", "at", "of", "for", "from", "with", "by", "and", "or", "to", "the", "a"))


_CITING = re.compile(r"[Cc]iting\b")
#: What "citing" may name in lower case: a body, a person's role, or a paper ("citing police records").
_CITABLE = frozenset(lemma(w) for w in (*vocab.SOURCE_NOUNS, *vocab.DOCUMENT_NOUNS, *vocab.CITED_NOUNS))


def _cited_source(raw: str) -> bool:
    words = re.findall(r"[a-z][\w’'-]*", raw.lower())
    return bool(words) and lemma(words[-1]) in _CITABLE


def _according_cues(sentence: str) -> list[Cue]:
    """ "according to X", "citing X", "per X": X covers the whole sentence."""
    out: list[Cue] = []
    for m in _ACCORDING.finditer(sentence):
        g = 1 if m.group(1) else 2
        raw = m.group(g)
        name = _outlet_after(sentence, m.end(g)) or _clean(raw)
        titled = _BODY_TITLE_NAME.match(sentence, m.end(g))
        # "spokeswoman Cpl." at a cut-off line: a second title, and no name after it.
        cut = (
            titled is not None
            and re.fullmatch(r"[A-Z][a-z]{1,4}", titled.group(1))
            and sentence[titled.end() :][:1] == "."
        )
        if titled and not cut and titled.group(1).split()[0].lower() not in _NOT_A_NAME:
            name = _clean(titled.group(1)) or name
        if raw and raw[0].islower() and _CITING.match(sentence, m.start()) and not _cited_source(raw):
            continue  # "..., the operator said, citing higher fuel prices": a reason, not who told it
        if raw and raw[0].islower():
            # "according to his mother who spoke with reporters": the speaker ends at the relative clause.
            name = _clean(_RELATIVE.split(name)[0]) if name else name
            by = _name_after_by(sentence, m.end(g)) if re.search(r"\b(?:by|from)(?:\s+the)?$", raw) else None
            # "according to reports received by Acme Watch": the body named after "by".
            name = by or _quoted_after(sentence, m.end(g)) or name or _study_noun(raw)
            # "according to police spokesman Jo Roe": the person after the title.
            person = _NAME_AFTER_TITLE.match(sentence, m.end(g)) if _ONE_SPEAKER.search(raw) else None
            if person and person.group(1).split()[0].lower() not in _NOT_A_NAME:
                name = _clean(person.group(1)) or name
            elif not person:
                # "according to property data firm CoreMetric": what the body is, then its name.
                name = _named_after_descriptor(sentence, raw, m.end(g)) or name
        if name and not re.fullmatch(_UNNAMED_ACCOUNT + r"(?:\s+from\s+the\s+scene)?", name, re.I):
            out.append(Cue(name, m.start(), m.end(), "all"))
    return out


#: A lower-case word after a capitalised one that makes the capitalised one an adjective ("Taiwanese
#: publication DigiTimes"), as opposed to a function word that ends the name ("Amnesty in London").
_CONTENT_AFTER = re.compile(r"\s+(?!(?:in|on|at|of|for|and|or|to|that|which|who|with|from|as|by)\b)[a-z][\w-]{2,}")


def _name_after_by(sentence: str, at: int) -> str | None:
    """The body after "cited by", "received by": "hit-or-miss trade publication TechWire" → TechWire."""
    m = re.match(r"\s*(?:the\s+)?((?:[a-z][\w-]*\s+){0,3})", sentence[at : at + 100])
    if m is None:
        return None
    body = _LOWER_BODY.match(sentence, at)
    if body:
        return _clean(body.group(1))  # "reports received by the rights group"
    start = prev = at + m.end()
    for run in re.finditer(_CAP_RUN, sentence[start : start + 80]):
        if not _LOWER_WORDS.fullmatch(sentence, prev, start + run.start()):
            return None  # punctuation or a clause before any name
        if not _CONTENT_AFTER.match(sentence, start + run.end()):
            return _clean(run.group(0))
        prev = start + run.end()
    return None


_LOWER_BODY = re.compile(
    r"\s*(?:the\s+)?((?:[a-z][\w-]*\s+){0,2}(?:" + "|".join(vocab.SOURCE_NOUNS) + r"))\b(?!\s+[A-Z])"
)
_LOWER_WORDS = re.compile(r"(?:\s*[a-z][\w-]*)*\s*")


def _line_cues(sentence: str) -> list[Cue]:
    """Who speaks for a headline or a tweet line."""
    out: list[Cue] = []
    # A headline's "Police: 4 shot at house party" or "Coroner: ..." speaks for the whole line.
    head = _HEADLINE_SAYS.match(sentence) or _HEADLINE_SAYS_AFTER.search(sentence)
    if head and _line_speaker(head.group(1)):
        name = _clean(head.group(1))
        if name:
            out.append(Cue(name, head.start(1), head.end(), "all"))
    # An embedded tweet whose signature ends the same line: "... 4 victims: pic.twitter.com/x — Jo Roe (@jroe)".
    for m in _TWEET_SIGNATURE.finditer(sentence):
        name = _clean(m.group(1))
        if name:
            # The whole tweet is the account holder's, across the stops inside it.
            out.append(Cue(name, m.start(1), m.end(), "all"))
    return out


def _line_speaker(name: str) -> bool:
    """Whether the words before (or after) a headline's colon name who speaks for it: a body ("Police:",
    "Court documents:") or a titled person ("Mayor Jo Roe:")."""
    words = name.split()
    last = words[-1].lower()
    return (
        _AGENCY_INITIALS.fullmatch(words[-1]) is not None
        or _SOURCE_NOUN.search(last) is not None
        or last in _SPEAKER_NOUNS
        or (len(words) > 1 and re.fullmatch(_TITLE_LOW, words[0], re.I) is not None and words[-1][0].isupper())
    )


_AGENCY_INITIALS = re.compile(vocab.AGENCY_INITIALS)
#: "Four People Shot in Elm Park: Police": the body after a headline's last colon.
_HEADLINE_SAYS_AFTER = re.compile(r"(?::|\s[-—–])\s+((?:[A-Z][\w.&’'-]*\s+){0,2}[A-Za-z][\w’'-]*)\s*$")
# The dash may follow the tweet's last stop without a space: "Stay safe.— Jo Roe (@jroe)".
_TWEET_SIGNATURE = re.compile(r"(?:\s|(?<=[.!?]))[—–]\s*([A-Za-z0-9][^(@—–\n]{1,60}?)\s*\(@\w+\)")
# A related-story link keeps its headline's speaker: "Related: Police: 5 hurt at a fair".
_HEADLINE_SAYS = re.compile(
    r"^[^\w“\"]*(?:(?i:related(?:\s+(?:story|stories|headlines?|content|coverage))?|read\s+more|more|"
    r"previous\s+story|see\s+also|watch|video)\s*:\s+)?"
    r"([A-Z][\w.&’'-]*(?:\s+[\w&’'-]+){0,3})\s*:\s+(?=[A-Za-z0-9“\"])"
)


#: A study, survey or poll as the subject of a finding: "one small study in 24 adults found", "a 2018
#: Harvard survey showed", "another analysis of hospital records suggests". Its sample ("in 24 adults")
#: may hold numbers, so the general subject pattern does not reach the verb.
_STUDY_SAYS = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+"
    # Modifiers hold no second determiner: "the funds went unspent, the audit found" is the audit's.
    r"((?:(?!(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts)\s)[\w’'-]+,?\s+){0,4}?)(study|survey|poll|analysis|review|trial|paper|report|census|audit|"
    r"research|experiment|investigation|studies|surveys|polls|analyses|trials|reports)"
    r"((?:\s+(?:in|of|on|from|by|for|among|with|involving|published|conducted|led|carried|released)\b"
    r"(?:[^,;:.“”\"()]|(?<=\d)[,.](?=\d)){0,80}?)?(?:\s*\(\d{1,3}\))?(?:,[^,;:.“”\"()]{1,60},)?)\s+"
    + _AUX
    + r"(found|finds|find|"
    r"showed|shows|show|shown|"
    r"suggests|suggested|suggest|concluded|concludes|estimated|estimates|estimate|revealed|reveals|indicated|"
    r"indicates|observed|reported|reports|determined|projected|projects|predicted|predicts|"
    # "The police incident report states that ...": a document says what it records.
    r"states|stated|says|said|claims|claimed)\b"
)


_GENERIC_ADJ = vocab.GENERIC_STUDY_ADJECTIVES


def _naming(word: str) -> bool:
    """Whether a modifier of "study" names it ("university survey", "Stanford study"), not sizes or dates it."""
    return bool(word) and not any(ch.isdigit() for ch in word) and word.lower() not in _GENERIC_ADJ


#: A verb joined to the clause before it, after a "report of ..." that is what someone responded to: "responded to
#: a report of gunfire and found", "after getting reports of a person shot, and on arrival, found".
_JOINED_VERB = re.compile(r"\b(?:and|but|then)\s*$|,\s*(?:and|but|then)\b[^,]*,\s*$")


#: Plural studies speak without a determiner: "Polls show", "Recent surveys suggest" (``_STUDY_SAYS`` needs one).
_BARE_STUDIES_SAY = re.compile(
    r"(?:^|(?<=[,;:“\"(]\s)|(?<=\bthat\s))((?:[Rr]ecent|[Nn]ew|[Oo]pinion|[Ee]arlier|[Ss]everal|[Mm]any|[Ss]ome)\s+)?"
    r"([Ss]tudies|[Ss]urveys|[Pp]olls|[Aa]nalyses|[Tt]rials)\s+"
    + _AUX
    + r"(show|shows|showed|shown|suggest|suggests|suggested|found|find|indicate|indicates|indicated)\b"
)


def _study_cues(sentence: str) -> list[Cue]:
    """ "One study in 48 people found that ...": the study is the source of what it found.

    Named by its capitalised modifiers ("Harvard survey", "Reuters poll"), else by its noun.
    """
    out: list[Cue] = []
    for m in _STUDY_SAYS.finditer(sentence):
        if _JOINED_VERB.search(m.group(3)):
            continue  # "Deputies answered a report of gunfire and found two men": the deputies found them
        # "a report by the World Bank", "a survey of parents, conducted by Ipsos,": the body that made it.
        # "a report by gaming site PixelRank": a lower-case description may stand before the body's name
        # "a poll for the Daily Herald": the outlet that commissioned it.
        by = re.search(r"\b(?:by|from|for)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(" + _CAP_RUN + r")", m.group(3))
        named = [w.strip(",") for w in m.group(1).split() if _naming(w.strip(","))]
        name = _clean(by.group(1)) if by else None
        out.append(Cue(name or " ".join([*named, m.group(2)]), m.start(), m.end(), "after", m.group(4).lower()))
    for m in _BARE_STUDIES_SAY.finditer(sentence):
        out.append(Cue(m.group(2), m.start(), m.end(), "after", m.group(3).lower()))
    return out


def _closing_study_cues(sentence: str) -> list[Cue]:
    """ "..., the audit found.": a study that closes the sentence found what precedes it.

    Tried after the speakers: "..., the police report says." names the police by _SUBJ_SAYS.
    """
    return [
        Cue(c.name, c.start, c.end, "before", c.verb)
        for c in _study_cues(sentence)
        if _closing(sentence, c.start, c.end)
    ]


#: A speech verb within the subject's clause: "sources in the SSU claim", "officials have said".
_SPEECH_AFTER = re.compile(r"[^,;.:“”\"]{0,60}?\b(" + _SAY_VERBS + r")\b")


#: Subjects that may be the second half of "Police in Oakland, California say".
_RUNS = (_SUBJ_SAYS, _CAP_SAYS)
#: Speech verbs that are nouns too; before "of" they are the noun.
_ALSO_NOUNS = frozenset({"estimate", "estimates", "forecast", "forecasts", "claim", "claims", "count", "counts"})


def _speech_cues(sentence: str) -> list[Cue]:
    """ "X said" before what it covers, and a trailing ", X said" after it."""
    out: list[Cue] = []
    people: list[tuple[int, int]] = []
    pats = (_SUBJ_SAYS, _CAP_SAYS, _BODY_IN_TOWN_SAYS, _APPOSITIVE, _PERSON_OF, _AGED_SPEAKER, _SPEAKING_SPEAKER)
    for pat in (*pats, _TITLE_COMMA_NAME, _STATION_SAYS, _ROLE_NAME_SAYS, _BODY_NAME_SAYS, _ACTING_FOR_SAYS):
        for m in pat.finditer(sentence):
            # A station's number is part of its name, not a count of speakers.
            name = _clean(m.group(1)) if pat is _STATION_SAYS else _subject_name(m.group(1))
            if name is None and pat is _SUBJ_SAYS and _closing_speaker(sentence, m):
                name = _shorten(_clean(m.group(1)) or "") or None
            # "Police in Elm City say": the speakers stand before the place the name run began at.
            body = (
                _BODY_IN.search(sentence, max(0, m.start(1) - 40), m.start(1))
                or _BODY_IN_TOWN.search(sentence, 0, m.start(1))
                or _SPEAKERS_OF_IN.search(sentence, 0, m.start(1))
                if pat in _RUNS
                else None
            )
            if body:
                name = _clean(body.group(1))
            if not name or (_TIME_AS_SPEAKER.search(sentence, 0, m.start(1)) and name.lower() in _NOT_A_NAME):
                continue  # "Jo Roe in March revealed": the month is when, not who
            if _POSSESSIVE_END.search(m.group(1)):
                continue  # "Epstein’s alleged victims", "the firm’s reported profit": an adjective, not a speaker
            lead = sentence[max(0, m.start(1) - 12) : m.start(1)].split()
            subordinate = (bool(lead) and lead[-1].lower() in _SUBORDINATE) or m.group(1).split()[
                0
            ].lower() in _SUBORDINATE
            verb = m.group(2).lower()
            if name.split()[-1].lower() in vocab.PLACE_SPEAKERS and verb not in vocab.PLACE_SPEECH_VERBS:
                continue  # "the city recorded 780 homicides": what happened there, not what the city says
            if verb in ("reports", "report") and (
                re.match(r"\s+(?:by|of|from|on|in)\b", sentence[m.end() :])
                or (m.group(1).lower() in _FIRST_ACCOUNTS and _REPORTS_NOUN.match(sentence, m.end()))
                or m.group(1).lower().startswith("according to")
            ):
                # "Initial reports by police said ...", "Early reports said", "according to media reports": a noun,
                # not a verb
                continue
            if verb in _ALSO_NOUNS and re.match(r"\s+of\b", sentence[m.end() :]):
                continue  # "well above the police estimate of 25,000": a noun, not a verb
            if verb in ("added", "adds") and not _SPEECH_ADD.match(sentence, m.end()):
                continue  # "the index added 20 points", "Jo Roe added his seventh goal": not a remark
            if not verb.endswith("ing") and _PASSIVE.search(sentence, m.end(1), m.start(2)):
                # "employees were told that ...", "revenue is projected to grow": the subject is who was
                # told or what was projected, not who says so.
                continue
            if (
                verb == "found"
                and not _a_finding(sentence, m.end(), name)
                and not _closing(sentence, m.start(1), m.end())
            ):
                continue  # "police found two men shot": what they came upon, not what they say
            # Before the verb: covers what follows; as a trailing ", X said" it covers what precedes,
            # unless a subordinate clause ("though officials say") stands on its own.
            out.append(Cue(name, m.start(1), m.end(), "after", verb))
            if pat is _PERSON_OF and len(name.split()) > 1:  # a name, not "Officers with the ..."
                people.append((m.start(1), m.end()))
            # ", officer Chris Wilburn said": a lower-case job title may stand between the comma and the name.
            trailing = not body and _TRAILING_LEAD.search(sentence[: m.start(1)]) is not None
            # "After a shooting left one dead, police told reporters that ...": a verb with a complement of
            # its own gives that account, not the clause before the comma.
            if trailing and not subordinate and not _COMPLEMENT.match(sentence, m.end()):
                out.append(Cue(name, m.start(1), m.end(), "before", verb))
    # "Jo Roe with the Marlow Police Department said": the body only says whom the person speaks for.
    return [c for c in out if not any(start < c.start and c.end == end for start, end in people)]


_POSSESSIVE_END = re.compile(r"(?:[’']s|s[’'])$")
#: A speech verb that ends its sentence: ", the promoters said." Whoever stands between the comma and it speaks.
_ENDS_SENTENCE = re.compile(
    r"(?:\s+(?:on\s+|last\s+|late\s+|early\s+)?(?i:"
    + "|".join((*vocab.WEEKDAYS, "yesterday", "today"))
    + r")(?:\s+(?:night|morning|afternoon|evening))?)?\s*[.!?]?[”\"’]?\s*$"
)
_ACCOUNT_NOUNS = frozenset({"reports", "report", "accounts", "media", "rumours", "rumors"})
_PLAIN_SAY = frozenset({"said", "says", "say", "told", "reported", "reports", "noted", "notes", "wrote", "writes"})
_COMMON_SPEAKER = re.compile(r"(?:the\s+)?(?:[a-z]+\s+){0,2}[a-z]{3,}s?")


def _closing_speaker(sentence: str, m: re.Match[str]) -> bool:
    """Whether a lower-case subject, outside the speaker nouns, is a trailing speaker all the same: right after
    a comma, with only the verb after it to the sentence's end ("..., the promoters said."), a noun phrase of
    common nouns can be nothing but who said it."""
    if sentence[: m.start(1)].rstrip()[-1:] != "," or not _ENDS_SENTENCE.match(sentence, m.end()):
        return False
    raw = m.group(1)
    words = raw.split()
    return (
        m.group(2).lower() in _PLAIN_SAY  # not "..., including two suspects.": a verb that is a noun too
        and _COMMON_SPEAKER.fullmatch(raw) is not None
        and not any(_VERBISH_LAST.search(w) for w in words)
        and words[-1].lower() not in vocab.PRONOUNS
        and words[0].lower() not in vocab.NUMBER_WORDS
        and words[-1].lower() not in _ACCOUNT_NOUNS  # "..., reports said.": no one is named
    )


_TIME_AS_SPEAKER = re.compile(r"\b(?:on|in|last|this|early|late|earlier)\s+$", re.I)
#: What opens a speech verb's own account: "that", an object and "that" ("told a news conference
#: Friday that"), or an infinitive ("vowed to step up patrols").
# "to local media", "to reporters" after "confirmed" is whom it was said to, not an infinitive complement.
# "..., her cousin told the paper he believes ...": a clause of the speaker's own after whom it was
# told to.
_COMPLEMENT = re.compile(
    r"\s+(?:(?:[\w’'-]+\s+){0,5}?that\b|to\s+(?!(?:the|a|an|local|news|reporters|journalists|media)\b)[a-z]+|"
    r"(?:(?:an?|the)\s+)?(?:[a-z]+\s+){0,2}(?:paper|newspaper|station|reporters?|journalists?)\s+(?:he|she|they|we|I)\s)"
)


_TITLED_PERSON = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:" + _TITLE_LOW + r")\s+([" + _UP + r"][\w’'-]+(?:\s+[" + _UP + r"][\w’'-]+){1,2})"
)
# ", Elm County Sheriff's Office spokesman Lt. Jo Roe said", ", officials with the Elm County Sheriff's Office said":
# a body and a title, or speakers "with"/"at" a body, may stand between the comma and the name.
_TRAILING_LEAD = re.compile(
    # ", Spain's weather agency Aemet said": a place or body in the possessive may open the description
    r"[,”\"’—–]\s*(?:[A-Z][\w.-]*[’']s\s+)?(?:(?:[A-Z][\w’'.-]*\s+){0,5}(?:[a-z][a-z’'-]*\s+){0,2}"
    # ", neighbor Jo Roe said": a person's role in the story stands there as a title does.
    + r"(?:"
    + _TITLE_LOW
    + r"|(?i:"
    + "|".join(vocab.ROLE_BEFORE_NAME)
    # ", coach Ian Roe told reporters": a role of the other beats, as the roles of the story are
    + r"|"
    + "|".join(sorted(vocab.PERSON_ROLE_NOUNS))
    + r"))\s+|(?:[a-z][a-z’'-]*\s+){1,2}(?:with|at|of|from)\s+(?:the\s+)?"
    # ", Marlow police Chief Jo Roe said": the body in lower case before a titled name.
    + r"|(?:[A-Z][\w’'.-]*\s+){0,4}(?:police|fire|county|city|state|sheriff[’']s)\s+"
    # A long capitalised title that the speaker's run could not take in whole.
    + r"|(?:[A-Z][\w’'.-]*\s+){1,3}"
    # ", chart compiler Tallyo said", ", promoter Bright Live told fans": what the speaker is, in lower case;
    # not a conjunction, a subordinator or a verb ("and Jo Roe said", "beating Jo Roe")
    + r"|(?:(?!(?:and|but|or|nor|so|yet|then|while|when|as|after|before|because|since|until|though|although|"
    + r"including|whereas|where|if|unless|once|who|whom|which|that|than|also|both|even|only|just|not|now|said|"
    + r"says|told|with|for|from|by|to|of|in|on|at)\b)(?![a-z]+(?:ing|ed)\b)[a-z][a-z’'-]*\s+){1,2}"
    # ", the energy regulator Powercheck said": a body's name after a lower-case description of it.
    + r"|(?:the\s+)?(?:[a-z][a-z’'-]*\s+){0,3}(?:"
    + "|".join(vocab.BODY_DESCRIPTION_NOUNS)
    + r")\s+)?$"
)

#: What follows "added" when it reports speech: a quote, "that", or the clause's end.
_SPEECH_ADD = re.compile(r"\s*(?:[,.:;!?“”\"—–]|that\b|$)")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+\s+)?$")

_FINDERS = re.compile(
    r"\b(?:study|survey|poll|report|analysis|review|audit|census|data|research|researchers|scientists|"
    r"investigation|inquiry|paper|researcher|scientist|authors?|team)$",
    re.I,
)


def _closing(sentence: str, start: int, end: int) -> bool:
    """Whether a speaker and verb close the sentence after a comma: "..., the regulator found." has found
    what precedes it, as "..., the regulator said." says it."""
    return _AFTER_COMMA.search(sentence, 0, start) is not None and _CLOSES.match(sentence, end) is not None


_AFTER_COMMA = re.compile(r"[,”\"]\s*$")
_CLOSES = re.compile(r"\s*[.!?]?[”\"]?\s*$")


def _a_finding(sentence: str, end: int, name: str) -> bool:
    """Whether "X found" reports a finding: "the survey found", "X found that ..." (not "police found a body")."""
    return _FINDERS.search(name) is not None or re.match(r"\s+that\b", sentence[end : end + 6]) is not None


_SPEAKER_NOUNS = frozenset(vocab.SPEAKER_NOUNS)
#: "police and a community advocate": a body first in a pair of speakers.
_PAIR_OF_SPEAKERS = re.compile(r"\b(?:" + "|".join(vocab.SOURCE_NOUNS) + r")\s+and\s")
_BODY_IN = re.compile(
    r"\b((?i:" + "|".join(vocab.SOURCE_NOUNS) + r"))\s+in\s+(?:(?:" + "|".join(vocab.REGION_ADJECTIVES) + r")\s+)?$"
)
#: "Organisers of Saturday's march in Tarrow said": speakers of something, then where it was.
_SPEAKERS_OF_IN = re.compile(r"(?:^|[,;:]\s+)((?i:" + _SPEAKING_NOUNS + r"))\s+of\s+[^,;:.]{1,60}?\s+in\s+$")
# "Police in Oakland, California say": the town before the state the name run began at, when the body opens
# the sentence (not "shot at a party in Elm, police said").
_BODY_IN_TOWN = re.compile(r"(?:^|[:—–]\s*|\s-\s+)(" + _TOWN_BODIES + r")\s+in\s+" + _CAP_RUN + r",\s+$")
# "executives of both companies announced": the speakers are named before a lower-case "of" phrase (not the
# "of" inside a name, "Ministry of Health").
_SUBJECT_PLACE = re.compile(r"\s+(?:at|in|on|from|near|outside|inside|of(?=\s+[a-z]))\s")


#: Who "one ... said" names: one person of those the article speaks of ("one witness", "one neighbor").
_ONE_SPEAKERS = frozenset(vocab.ONE_SPEAKERS)
_CONTRACTION = re.compile(r"[’'](?:ll|d|ve|re|m)$", re.IGNORECASE)


def _subject_name(raw: str) -> str | None:
    # "a convicted felon who police say", "the car, which police say": the speakers follow the relative.
    name = _clean(re.split(r"(?:^|\s)(?:who|whom|which|that)\s", raw)[-1])
    if not name:
        return None
    # "Police at the scene say", "officials in the Elm County Sheriff's Office said": the speakers are
    # named before the place.
    cut = _SUBJECT_PLACE.search(name) or _ACTING_FOR.search(name)
    if cut and _subject_name(name[: cut.start()]):
        name = name[: cut.start()]  # "the union representing the workers": the union
    words = name.split()
    if len(words) == 1 and _CONTRACTION.sub("", words[0]).lower() in vocab.PRONOUNS:
        return None  # "I'll tell you", "We'd say": the speaker of a quotation, not a source the article names
    # "reportedly", "saying" end no subject; "family" and "assembly" are nouns all the same.
    if _VERBISH_LAST.search(words[-1]) and not words[-1][0].isupper() and words[-1] not in vocab.LY_NOUNS:
        return None
    if words[0].lower() == "one" and len(words) > 1 and words[-1].lower() in _ONE_SPEAKERS:
        # "one witness said", "One resident says": a single person of the story, not a count.
        words = words[1:]
        name = " ".join(words)
    if words[0].lower() in vocab.NUMBER_WORDS or words[0][0].isdigit():
        return None  # "Five suspects were charged": a count of people, not a speaker
    # Mixed or lower-case subjects are sources only when they end in a body or group noun.
    if (
        not words[-1][0].isupper()
        and not _SOURCE_NOUN.search(name.lower())
        and words[-1].lower() not in vocab.PLACE_SPEAKERS
        and words[-1] not in _SPEAKER_NOUNS
        and not _PAIR_OF_SPEAKERS.search(name.lower())
    ):
        # "Lucas Paganini and his team": keep the name.
        m = re.match(r"(" + _CAP_RUN + r")\s+and\s+(?:his|her|their|its)\s+", name)
        if not m:
            return None
    return _shorten(name)


#: Two sentences run together without a space ("police said.The victims"): a boundary all the same.
_GLUED = re.compile(r"[a-z]{2}[.!?][\"”]?(?=[A-Z][a-z])")


#: Whom a speaker tells what follows: "told police", "told a dispatcher", "tells us".
_TOLD_TO = re.compile(r"(?:(?:the|a|an)\s+)?(?:" + "|".join(vocab.TOLD_RECIPIENTS) + r")", re.I)


def _covers(sentence: str, cue: Cue, pos: int, end: int) -> bool:
    if _GLUED.search(sentence, min(end, cue.start), max(pos, cue.end)):
        return False
    if cue.scope == "all":
        return True
    if cue.scope == "after":
        if pos < cue.end:
            return False
        between = sentence[cue.end : pos]
        # "told a few thousand teachers": the figure is who was told, not what was said; "Netflix added
        # 8.8 million subscribers": what was added, not a remark.
        if (
            cue.verb in ("told", "tells", "added", "adds")
            and len(between.split()) <= 2
            and not re.search(r"[,:“\"]|\bthat\b", between)
            # "told police three men were shot": whom it was told to, then what was said.
            and not (cue.verb in ("told", "tells") and _TOLD_TO.fullmatch(between.strip()))
        ):
            return False
        # A closed pair of dashes is an aside inside the account, which goes on after it.
        between = _DASH_PAIR.sub(" ", between)
        if _heads_sentence(sentence, cue):
            # "Police said three were hurt, but one was taken into surgery": the speaker of the main clause
            # gives both halves of its account.
            between = _BUT.sub(" ", between)
        return _ACCOUNT_BREAK.search(between) is None
    if end > cue.start:
        return False
    between = sentence[end : cue.start]
    return not any(_ends_sentence(m.group(1)) for m in _STOP.finditer(between))


_BUT = re.compile(r",\s+but\b")


def _heads_sentence(sentence: str, cue: Cue) -> bool:
    """Whether ``cue`` is the speech verb of the main clause: "Police said ...", "Sheriff Jo Roe says ..."."""
    return cue.verb in _ACCOUNT_VERBS and not sentence[: cue.start].strip(' —–-("“')


#: A full stop inside a sentence, with the word before it; one before a lower-case word ends no sentence
#: ("on Mermaid Ave. and W. 15th St."), whatever the abbreviation.
_STOP = re.compile(r"(\S*)\.\s(?!\s*[a-z])")
_ABBREVIATIONS = vocab.SENTENCE_ABBREVIATIONS | vocab.SENTENCE_FINAL_ABBREVIATIONS


def _ends_sentence(word: str) -> bool:
    """Whether a full stop after ``word`` ends a clause: not after "p.m", "St" or an initial ("11 p.m. in")."""
    w = word.lower().lstrip('(“"')
    return not (w in _ABBREVIATIONS or len(w) <= 1 or "." in w)


def leads_account(sentence: str, cue: Cue) -> bool:
    """Whether ``cue`` heads the main clause of ``sentence`` and its account runs to the end.

    "Lt. Jo Roe says four teens were ...", "At a news conference, Jo Roe reported that one victim ...":
    such an account goes on into the next sentence of its paragraph (GUIDE 13). Not when the speakers
    speak of themselves ("Jo Lane says she moved ..."): what follows may be the article's background.
    """
    if cue.scope != "after" or cue.verb not in _ACCOUNT_VERBS:
        return False
    lead = sentence[: cue.start].strip(' —–-("“')
    if lead and not lead.endswith(","):
        return False
    rest = sentence[cue.end :]
    return _SELF_ACCOUNT.match(rest) is None and _ACCOUNT_BREAK.search(rest) is None


#: Verbs that give an account someone goes on with; "identified ... as", "found" or "estimated" do not.
_ACCOUNT_VERBS = frozenset(
    {"said", "says", "say", "told", "tells", "reported", "reports", "stated", "states", "added", "adds"}
    | {"explained", "noted", "confirmed", "announced", "wrote", "writes"}
)
_SELF_ACCOUNT = re.compile(r"\s+(?:that\s+)?(?:he|she|they|I|we|his|her|their|my|our)\b")


def dash_aside(sentence: str, cue: Cue, pos: int) -> bool:
    """GUIDE 13: the reporter's background between dashes inside reported speech is the article's.

    Only inside the pair: after the closing dash the account goes on ("NASA said the five companies — A, B
    and C — would join the nine others": the nine are NASA's).
    """
    return cue.end <= pos and len(_DASH.findall(sentence, cue.end, pos)) % 2 == 1


_DASH = re.compile(r"\s[—–]\s?|—|\s--\s")
_DASH_PAIR = re.compile(r"(?:\s[—–]\s?|—|\s--\s)[^—–;]{1,200}?(?:\s[—–]\s?|—|\s--\s)")


def find_source(sentence: str, pos: int | None = None, end: int | None = None) -> str | None:
    """The attribution in ``sentence`` that covers a figure at ``pos:end`` (GUIDE decision 13).

    With no position, the first attribution of any kind.
    """
    sentence = readable(sentence)
    found = cues(sentence)
    if pos is None:
        return found[0].name if found else None
    c = covering_cue(sentence, pos, pos if end is None else end, found)
    return c.name if c else None


def covering_cue(sentence: str, pos: int, end: int, found: list[Cue] | None = None) -> Cue | None:
    """The first cue that covers the figure at ``pos:end``; a speaker before an unnamed finding of theirs.

    "The preliminary investigation indicates all five ..., police said": the investigation is the
    police's, and they are who says so.
    """
    sentence = readable(sentence)
    covering = [c for c in (cues(sentence) if found is None else found) if _covers(sentence, c, pos, end)]
    if covering and _unnamed_finding(covering[0]):
        speaker = (c for c in covering[1:] if c.verb in _ACCOUNT_VERBS and not _unnamed_finding(c))
        return next(speaker, covering[0])
    first = covering[0] if covering else None
    if first and first.scope == "after":
        # "Drivers reported 500 potholes, and the city says it repairs 80%": a speaker opening a clause of its
        # own, between the first one and the figure, gives the figures after it.
        later = [
            c
            for c in covering
            if c.scope == "after"
            and first.end <= c.start < pos
            and _opens_clause(sentence, c.start)
            # a subject of its own, not "and said" going on with the first speaker
            and sentence.find(c.name, c.start) >= 0
        ]
        if later:
            first = later[-1]
    if (
        first
        and first.verb in vocab.BELIEF_VERBS
        and not (first.end <= pos and belief_covers(sentence[first.end : pos]))
    ):
        # "Detectives believe they know who fired ..., injuring three others, police said": a belief about
        # something else is a view inside the account that a trailing speaker gives whole ("officials believe two
        # others are at large, the spokeswoman said" is the officials' count).
        trailing = (c for c in covering[1:] if c.scope == "before" and c.verb in _ACCOUNT_VERBS)
        return next(trailing, first)
    if first and first.verb in _FINDING_VERBS:
        # "deputies determined that ... two accomplices, the sheriff said": the finding is told by the trailing
        # speaker, as a belief inside an account is.
        trailing = (c for c in covering[1:] if c.scope == "before" and c.verb in _ACCOUNT_VERBS)
        return next(trailing, first)
    return first


_FINDING_VERBS = frozenset(vocab.FINDING_VERBS_BEFORE_THAT)


def _opens_clause(sentence: str, start: int) -> bool:
    """Whether a cue starting at ``start`` opens a coordinate clause (", and witnesses said"), its
    conjunction inside the cue or before it."""
    return bool(
        _OPENS_CLAUSE.search(sentence, 0, start)
        or (re.search(r"[,;]\s+$", sentence[:start]) and re.match(r"(?:and|but|while|whereas)\s", sentence[start:]))
    )


#: Right before a speaker who opens a coordinate clause: ", and ", "; ", ", but ".
# "..., but union official Jo Roe said", "..., but an independent survey by the Calder Institute puts": the
# speaker's lower-case description may stand between.
_OPENS_CLAUSE = re.compile(
    r"(?:[,;]\s+(?:and|but|while|whereas)\s+(?:(?:a|an|the)\s+)?"
    r"(?:(?:[a-z][\w’'-]*\s+){0,4}|(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*,\s+)|;\s+)$"
)


def _unnamed_finding(cue: Cue) -> bool:
    """A finding whose subject is a study or report named by its noun alone: "the investigation indicates"."""
    return cue.scope == "after" and cue.name.islower() and _STUDY_NOUN.search(cue.name) is not None


#: "the chief", "the police chief", "the county sheriff": a speaker named by a title alone.
_BARE_TITLE = re.compile(r"(?:[a-z]+\s+){0,2}(" + "|".join(vocab.ANAPHORIC_TITLES) + r")")


def titled_name(name: str, sentence: str, text: str, end: int) -> str | None:
    """The person a bare title refers back to: "the chief added ..." after "Police Chief Jo Roe said ...".

    Only a definite title ("the chief", not "a sheriff") refers back; the name is the nearest one in
    ``text`` before ``end`` written after that title or its short form ("Lt. Lee Horton" for "the lieutenant").
    """
    m = _BARE_TITLE.fullmatch(name)
    if m is None or not re.search(r"\bthe\s+" + re.escape(name) + r"\b", sentence, re.I):
        return None
    forms = "|".join(vocab.ANAPHORIC_TITLES[m.group(1)])
    found = None
    # A lookahead, so that "county sheriff, Elm County Sheriff Jo Roe" still reaches the second title.
    titled = re.compile(r"\b(?=(?i:" + forms + r")\.?\s+(" + _PERSON_NAME + r"))")
    for hit in titled.finditer(text, 0, end):
        words = hit.group(1).split()
        while words and words[0].lower() in _NOT_IN_NAME:
            words.pop(0)  # "Chief Inspector Jo Roe": a second title before the name
        if len(words) > 1 and not _NOT_IN_NAME.intersection(w.lower().rstrip(".") for w in words):
            found = " ".join(words)
    return found


#: A body's name: capitalised words, with "&" and digits between ("Harrow & Vale", "Flickbox").
_BODY_NAME = r"[" + _UP + r"][\w’'.-]*(?:\s+(?:&\s+)?[" + _UP + r"0-9][\w’'.-]*){0,3}"


def _the_descriptor(name: str, sentence: str) -> re.Match[str] | None:
    """Where ``sentence`` writes the speaker ``name`` with "the" ("the company said"), if it does."""
    return re.search(r"\bthe\s+" + re.escape(name) + r"\b", sentence, re.I)


def described_body(name: str, sentence: str, text: str, start: int, own_sentence: bool = True) -> str | None:
    """The body a definite descriptor refers back to: "the carrier said" after "parcel carrier Halden
    Logistics", "the retailer" after "Britain's biggest retailer, Currex,", or after "Streaming service Flickbox
    added ..." earlier in its own sentence (which begins at ``start`` in ``text``).

    Only a descriptor the sentence writes with "the" refers back, and only to a name the article
    introduced with such a noun before it (the nearest): a bare "the company" elsewhere stays as it is.
    """
    # "the parcel carrier said": a descriptor with its modifiers is its head noun's
    words = name.split()
    nouns = vocab.BODY_DESCRIPTORS.get(words[-1].lower()) if all(w.islower() for w in words[:-1]) else None
    written = _the_descriptor(name, sentence)
    if nouns is None or written is None:
        return None
    # not ``own_sentence``: a body introduced before this sentence only
    end = start + written.start() if own_sentence else start
    noun = "(?:" + "|".join(nouns) + ")"
    introduced = re.compile(
        # "parcel carrier Halden Logistics", "chipmaker Aurelis Semiconductor"
        r"\b(?i:" + noun + r")\s+(?P<a>" + _BODY_NAME + r")"
        # "Britain's biggest retailer, Currex,", "the budget airline, SkyLark,"
        r"|\b(?i:" + noun + r"),\s+(?P<b>" + _BODY_NAME + r")\s*[,(]"
        # "Currex, Britain's biggest retailer,", "SkyLark, a budget carrier,"
        r"|(?P<c>"
        + _BODY_NAME
        + r"),\s+(?:a|an|the|its|["
        + _UP
        + r"][\w’']*['’]s)\s+(?:[\w-]+\s+){0,3}?(?i:"
        + noun
        + r")\s*[,)]"
    )
    found = None
    for hit in introduced.finditer(text, 0, end):
        body = hit.group("a") or hit.group("b") or hit.group("c")
        if body and body.split()[0].lower() not in _NOT_A_BODY:
            found = body
    # Named lately: a body the article has moved on from ("the firm Alden Capital" paragraphs
    # before, then "McClatchy, a chain of 30 newspapers ... the company") is not the one meant.
    if found is None or found.split()[0] not in text[max(0, end - _BODY_REACH) : end]:
        return None
    return found


#: Words that make a capitalised name a body's, not a person's: "National Weather Service", "Nordvik Air".
_BODY_WORD = re.compile(
    r"\b(?:"
    + "|".join(
        sorted({*(n.capitalize() for n in vocab.BODY_DESCRIPTION_NOUNS), *vocab.BODY_NAME_WORDS}, key=len, reverse=True)
    )
    + r")\b"
)

_TITLE_WORDS = vocab.PERSON_TITLE_WORDS


def body_like(name: str, owner: bool = False) -> bool:
    """Whether a capitalised name is a body's or an outlet's rather than a person's: one word ("Lumora"),
    or a name holding a body's or an outlet's word ("Sky Sports", "Nordvik Air"). The ``owner`` of a
    product an article opens on ("Halcyon Orbital's new rocket") may be any name without a title."""
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    if len(words) > 1 and any(w.lower() in _TITLE_WORDS for w in words):
        return False  # "Humana CEO Bruce Broussard": a person with the body's name as a title
    return owner or len(words) == 1 or bool(_BODY_WORD.search(name) or _OUTLET_WORD.search(name))


#: A name a sentence opens on in the possessive: "Sonaro's new headphones ...".
_OPENING_OWNER = re.compile(
    r"^[“\"]?(?:(" + _CAP_RUN + r")['’]s?\s"
    # "Shares in Orvex Foods fell": whose shares
    r"|(?:Shares|Stock)\s+(?:in|of)\s+(" + _CAP_RUN + r")\b)"
)


#: Speakers named after a capitalised modifier: "Union leaders", "Orlen workers".
_SPEAKERS_NEXT = re.compile(r"\s+(?:" + _SPEAKING_NOUNS + r")\b", re.I)


def modifies_speakers(name: str, sentence: str) -> bool:
    """Whether ``name`` only modifies the speakers named after it in ``sentence`` ("Union leaders said"): the
    speakers are people, and the name is no body that speaks."""
    at = sentence.find(name)
    return at >= 0 and _SPEAKERS_NEXT.match(sentence, at + len(name)) is not None


def opening_owner(sentence: str) -> str | None:
    """The name a sentence opens on as an owner ("Halcyon Orbital's rocket"): whose product it is about."""
    m = _OPENING_OWNER.match(readable(sentence))
    return _clean(m.group(1) or m.group(2)) if m else None


def speaking_body(name: str, sentence: str) -> bool:
    """Whether the speaker is a bare descriptor the sentence writes with "the" ("the company said",
    "the agency warned"): a body named before, whose name the article does not repeat."""
    words = name.split()
    # "the snack maker said": a descriptor with lower-case modifiers is its head noun's
    descriptor = words[-1].lower() in vocab.BODY_DESCRIPTORS and all(w.islower() for w in words[:-1])
    return descriptor and _the_descriptor(name, sentence) is not None


#: How far back (characters) the body must have been named for a descriptor to mean it.
_BODY_REACH = 400
#: Capitalised words that open a sentence or a phrase, not a body's name.
_NOT_A_BODY = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "this", "that", "in", "on", "at", "but", "and"}
    | set(vocab.WEEKDAYS)
    | set(vocab.MONTH_NAMES)
)


_PERSON_NAME = r"[" + _UP + r"][a-z’'-]+(?:\s+[" + _UP + r"]\.)?(?:\s+[" + _UP + r"][\w’'-]+){1,2}"
#: Words of a body or a title, which a person's name does not hold ("Elm County Sheriff").
_NOT_IN_NAME = frozenset(
    {f for forms in vocab.ANAPHORIC_TITLES.values() for f in forms}
    | {"county", "city", "police", "office", "department", "inspector", "deputy", "assistant", "interim", "acting"}
)


def _shorten(name: str) -> str:
    """Keep the named part: "High school art teacher Jo Roe" → "Jo Roe"."""
    words = name.split()
    caps = [i for i, w in enumerate(words) if w[:1].isupper()]
    if caps and caps[-1] == len(words) - 1 and caps[0] > 0:
        # Lower-case words before a capitalised run: job titles; keep the run.
        k = len(words) - 1
        while k > 0 and words[k - 1][:1].isupper():
            k -= 1
        return " ".join(words[k:])
    if len(words) > 4 and not _PAIR_OF_SPEAKERS.search(name.lower()):
        return " ".join(words[-4:])
    return name


def unnamed_report(sentence: str, pos: int | None = None, end: int | None = None) -> bool:
    """An attribution frame without a name: "it became known that", "reportedly".

    With a figure's position, "reportedly" and "allegedly" count only in the figure's own
    clause: "one person was reportedly shot", not "two were hurt after someone reportedly fired".
    """
    for m in _UNNAMED.finditer(sentence):
        if pos is not None and _REPORT_NOUN.match(m.group(0)):
            # "responded to reports of a fight and found three people": the report is of the event; it
            # frames only a figure inside its own phrase ("a report of one person shot").
            between = sentence[m.end() : pos]
            if (
                m.end() <= pos
                and len(between.split()) <= 4
                and not _CLAUSE_EDGE.search(between)
                and not re.search(r"\band\b", between)
            ):
                return True
            continue
        if pos is None or not _FRAME_ADVERB.fullmatch(m.group(0)):
            return True
        between = sentence[m.end() : pos] if m.end() <= pos else sentence[pos if end is None else end : m.start()]
        if _CLAUSE_EDGE.search(between) is None:
            return True
    return False


_REPORT_NOUN = re.compile(r"reports?\s+(?:that|of)$", re.I)


#: A speaker named only by a pronoun, who covers the sentence: "..., he added." or "She said ...".
_PRONOUN_TRAILING = re.compile(
    # "it said": a company, agency or report named before speaks as "it" on other beats.
    r"[,”\"]\s*(?:(?:he|she|they|it)\s+(?:also\s+|later\s+)?(?:said|says|added|adds|explained|noted)|"
    r"(?:said|says|added)\s+(?:he|she))\b(?:[^,;.“”\"]{0,40}|"
    # "..., they said, up from £10 last year": the figure it is set against is theirs too
    r"(,\s+(?:up|down)\s+from\b[^;“”\"]{0,60}?))[.!?]?[”\"]?\s*$"
)
_PRONOUN_LEADING = re.compile(
    r"^[“\"]?(?:He|She|They|It)\s+(?:also\s+|later\s+)?(?:said|says|told\s+\S+|announced|confirmed|stated|explained|added|"
    # a finding or an estimate: "They found that 14% ...", "It estimates that ..."
    # ("They found three men inside" is what officers came upon, not a finding they report)
    r"found\s+that|estimated?|estimates|reported|reports|warned|warns|predicted|predicts|recommended|recommends)\b"
)


def pronoun_speaker(sentence: str, pos: int, end: int) -> bool:
    """Whether a speaker named only by a pronoun reports the figure at ``pos:end``."""
    sentence = readable(sentence)
    m = _PRONOUN_TRAILING.search(sentence)
    if m and (
        (end <= m.start() and re.search(r";|\.\s", sentence[end : m.start()]) is None)
        or (m.group(1) is not None and pos >= m.start(1))
    ):
        return True
    m = _PRONOUN_LEADING.match(sentence)
    return m is not None and pos >= m.end()


#: "... after it said ...": a body the sentence opened on speaks as "it" in a clause of its own.
_IT_SAID_IN_CLAUSE = re.compile(
    r"\b(?:after|as|when|because|since|while)\s+it\s+(?:said|says|reported|reports|announced|announces|warned|"
    r"warns|forecast|forecasts|predicted|predicts)\b"
)
#: A sentence opening on a company's shares: "Shares of budget airline Skyward ...", "Brightwell Bank shares ...".
_SHARES_OWNER = re.compile(
    r"^[“\"]?(?:Shares\s+(?:of|in)\s+(?:[a-z][\w-]*\s+){0,3}(" + _CAP_RUN + r")|(" + _CAP_RUN + r")['’]?s?\s+shares\b)"
)


def it_in_clause(sentence: str, pos: int) -> str | None:
    """The body that "it" stands for in "after it said" before the figure at ``pos``: the company whose shares
    the sentence opens on ("Shares of Skyward jumped 22% after it said ..."), or the body it opens on acting."""
    sentence = readable(sentence)
    if not _IT_SAID_IN_CLAUSE.search(sentence, 0, pos):
        return None
    owner = _SHARES_OWNER.match(sentence)
    if owner:
        return _clean(owner.group(1) or owner.group(2))
    body = opening_speaker(sentence, sentence, acting=True)
    return body if body and body_like(body) else None


#: A sentence opening on a person named with an age: "Jo Roe, 21, ..." or "Jo Roe (21) ...".
_AGED_SUBJECT = re.compile(r"^[“\"]?(" + _PERSON_NAME + r")(?:,\s+\d{1,3},|\s+\(\d{1,3}\))")


def aged_subject(sentence: str) -> str | None:
    """The person a sentence opens on, named with an age: whom a "he said" right after most likely means."""
    m = _AGED_SUBJECT.match(readable(sentence))
    return _clean(m.group(1)) if m else None


#: The subject a sentence opens on, up to its verb or a place or body after it: "Researchers at the
#: university followed ...", "The regulator published ...".
_OPENING_SUBJECT = re.compile(
    r"^[“\"]?((?:[A-Za-z][\w’'.-]*\s+){0,4}?[A-Za-z][\w’'-]*)"
    r"(?=\s+(?:at|from|of|in|for|with)\s|\s+(?:has\s+|have\s+|had\s+)?(?:[a-z]+(?:ed|s)|"
    + "|".join(sorted(vocab.IRREGULAR_PAST, key=len, reverse=True))
    + r")\b)"
)


_COPULAS = vocab.COPULAS
_NOT_SUBJECTS = vocab.QUANTIFIER_OPENERS
#: The verb after an opening subject, past "has" or "had" (a preposition after it starts no verb).
_SUBJECT_VERB = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?!(?:at|from|of|in|for|with)\s)([a-z]+)")


#: The verb after a subject's prepositional phrase: "Profit at Calder Mills rose", "Sales in the north fell".
_VERB_AFTER_PHRASE = re.compile(
    r"\s+(?:at|from|of|in|for|with)\s+(?:[\w&.’'-]+\s+){1,10}?(?:(?:has|have|had)\s+)?("
    + "|".join(sorted({*vocab.CHANGE_WORDS, *vocab.COPULAS}, key=len, reverse=True))
    + r")\b"
)


def opening_speaker(sentence: str, later: str, acting: bool = False) -> str | None:
    """A body or person ``sentence`` opens on, as its subject: whom a "They found" or "He said" in the
    ``later`` sentence means when no one spoke before. A quotation opens on no subject of the article's,
    and "he" or "she" is never a plural body ("Officers ..."). ``acting``: the subject must act, not change
    or be described ("Sales rose 4%" opens on no body)."""
    text = readable(sentence)
    m = None if sentence.lstrip()[:1] in "“\"‘'" else _OPENING_SUBJECT.match(text)
    if m is None or not (m.group(1)[:1].isupper() and m.group(1).isascii()):
        return None  # a quotation or a lower-case opening is no subject; "You’ve" is a pronoun
    name = _subject_name(m.group(1))
    if name is None or name.lower() in _NOT_SUBJECTS:
        return None
    if acting:
        verb = _SUBJECT_VERB.match(text, m.end()) or _VERB_AFTER_PHRASE.match(text, m.end())
        if verb and (verb.group(1) in vocab.CHANGE_WORDS or verb.group(1) in _COPULAS):
            # "Sales rose 4%", "Prices are high", "Profit at Calder Mills rose 8%": what changed or is
            # described, no one acting
            return None
    later = readable(later)
    said = _PRONOUN_LEADING.match(later) or _PRONOUN_TRAILING.search(later)
    person = said is not None and re.search(r"\b(?:he|she)\b", said.group(0), re.I) is not None
    last = name.split()[-1].lower()
    return None if person and last.endswith("s") and _SOURCE_NOUN.search(last) else name


def last_speaker(sentence: str) -> str | None:
    """The attribution nearest the end of ``sentence``: whom a following "he said" most likely means."""
    found = cues(sentence)
    return max(found, key=lambda c: c.start).name if found else None


#: "Arizona Senator Jo Roe released the following statement on the shooting:": who a statement quoted after the
#: colon is by.
_STATEMENT_INTRO = re.compile(
    r"((?:["
    + _UP
    + r"][\w.’'-]*\s+){0,6}["
    + _UP
    + r"][\w’'-]*)\s+(?:has\s+|have\s+)?(?:"
    + "|".join(vocab.STATEMENT_VERBS)
    + r")\s+"
    r"(?:the\s+following|this|a|an)\s+(?:written\s+)?(?:statement|message|update|information)\b[^:.!?]{0,120}:\s*$"
)


def statement_author(paragraph: str) -> str | None:
    """Who a paragraph ending "X released the following statement:" says the quoted statement after it is by."""
    m = _STATEMENT_INTRO.search(paragraph)
    return _clean(m.group(1)) if m else None


def hedged(sentence: str) -> bool:
    return _HEDGE.search(sentence) is not None


#: A yes/no question, which opens on its auxiliary: "Will the console really sell 20 million units?" puts the
#: figure in doubt (GUIDE 14); "How did 300 jobs go?" takes it as given.
_YES_NO_QUESTION = re.compile(
    r"^[\W_]*(?:Will|Would|Could|Can|Is|Are|Was|Were|Did|Does|Do|Has|Have|Had|Might|Should|Shall)\b[^?“”\"]*\?[\W_]*$"
)


def yes_no_question(sentence: str) -> bool:
    return _YES_NO_QUESTION.match(sentence.strip()) is not None


#: A number in words that starts a phrase of its own: "six hurt, five of them shot" or "four shot, one fatally, possibly
#: with a rifle" end the first figure's phrase; "one of them a child" inside it does not.
_NUMBER_WORD = re.compile(r"\b(?i:" + "|".join(sorted(vocab.NUMBER_WORDS, key=len, reverse=True)) + r")\b(?!\s+of\b)")


#: An article or possessive right before "estimated": the word is the figure's adjective ("an estimated").
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:an|the|its|their|his|her)\s+$", re.I)
#: From an estimated figure to the next that it goes "to": "9,000 head down to ".
_TO_NEXT = re.compile(r"[$€£¥]?\d[\d,.]*(?:\s+[a-z]+)?\s+(?:down\s+|up\s+)?to\s+")
#: From "estimated" to the figure it qualifies: "estimated £3m", "estimated street value of £3m".
_ESTIMATE_OF_FIGURE = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?(?:of\s+)?(?=[$€£¥]?\d)")


class Hedges:
    """Hedge words and clause breaks of one sentence, found once; looked up per figure."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence = readable(sentence)
        self.breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(sentence)]
        self.hedges = [(m.start(), m.end()) for m in _HEDGE.finditer(sentence) if not _backshifted(sentence, m)]

    def _estimate_of(self, hs: int, he: int) -> int | None:
        """Where the figure starts that an attributive "an estimated" is of ("an estimated £3m", "an estimated
        street value of £3m"), if the hedge at ``hs:he`` is one."""
        if not _ATTRIBUTIVE_BEFORE.search(self.sentence, max(0, hs - 8), hs):
            return None
        m = _ESTIMATE_OF_FIGURE.match(self.sentence, he)
        return m.end() if m else None

    def near(self, pos: int, end: int, attributed: bool) -> bool:
        """A hedge that bears on the figure at ``pos:end``: in its clause, and close to it.

        Attributed figures take any hedge of their clause before them; unattributed ones a
        hedge a few words before, or one just after them with no other number between.
        """
        if not self.hedges:
            return False
        seg_s, seg_e = self.clause(pos, end)
        i = bisect.bisect_left(self.hedges, (seg_s, -1))
        for hs, he in self.hedges[i:]:
            if hs >= seg_e:
                break
            if (estimated := self._estimate_of(hs, he)) is not None and not (
                pos <= estimated < end or _TO_NEXT.fullmatch(self.sentence, estimated, pos)
            ):
                # "300 cars worth an estimated £900,000": the estimate is of the £900,000 alone (and of where it
                # goes: "from an estimated 9,000 head down to 6,000")
                continue
            if he <= pos:
                between = self.sentence[he:pos]
                if (
                    _BELIEF.fullmatch(self.sentence[hs:he])
                    and not belief_covers(between)
                    and not _passive_belief(self.sentence, hs, he)
                ):
                    continue
                if _in_scope(between) and (
                    attributed or len(between.split()) <= 6 or _HEDGE_COMPLEMENT.match(between) is not None
                ):
                    return True
            elif hs >= end and not _INTENTION.fullmatch(self.sentence[hs:he]):
                # An intention reaches forward only: "opened 42 outlets and aims to open 60 more" plans the 60.
                # A hedge after the figure bears on it in the same phrase ("five may have died", "several
                # hundred soldiers, including conscripts, could be"), not after a comma that closed the
                # figure's phrase ("four wounded and police searching, possibly with ...").
                between = self.sentence[end:hs]
                # Another number between ends the figure's phrase, unless it is the whole the figure is a
                # share of: "half of the 300 workers could be laid off" doubts the half (and "workers" is
                # the share's noun, not a subject of the hedge's own).
                share = _SHARE_OF_GIVEN.fullmatch(between) is not None
                # A phrase of place or time between ends the figure's clause, and the hedge after it is
                # another's: "three others were hurt in a shooting police believe is gang related".
                return (
                    len(between.split()) <= 8
                    and len(_COMMA.findall(between)) % 2 == 0
                    and not re.search(r";|\b(?:that|which|who|where)\b", between)
                    and (share or not (re.search(r"\d", between) or _NUMBER_WORD.search(between)))
                    and not _PLACE_OR_TIME_PHRASE.search(between)
                    # "three men were shot and they believe the shooting ...": a hedge verb with a subject of
                    # its own heads another clause.
                    and not _OWN_SUBJECT.search(between)
                    # "were injured in what police believe was ...": the belief of a subject of its own.
                    and not (
                        _BELIEF.fullmatch(self.sentence[hs:he])
                        and _belief_of_another(between)
                        and not _BELIEVED_STATE.match(self.sentence, he)
                    )
                    # "Several neighbours said they expected ...": any hedge with a subject of its own.
                    and (share or not _SUBJECT_BEFORE.search(between))
                )
        return False

    def clause(self, pos: int, end: int) -> tuple[int, int]:
        """The clause around ``pos:end``: between the nearest breaks (dash, semicolon, ", but")."""
        i = bisect.bisect_right(self.breaks, (pos, 1 << 30))
        s = 0
        for k in range(i - 1, -1, -1):
            if self.breaks[k][1] <= pos:
                s = self.breaks[k][1]
                break
        e = len(self.sentence)
        for bs, _ in self.breaks[max(0, i - 1) :]:
            if bs >= end:
                e = bs
                break
        return s, e


#: A past speech verb and its subject before "would": "Acme said it would cut 300 jobs" is "will" told in the
#: past tense, a plan reported, not a doubt.
_SAID_BEFORE_WOULD = re.compile(
    # Active: "staff were told that 300 jobs would go" names no one who plans it.
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    # A comma or point inside a number ("said 1,800 drivers would") is no clause break.
    r"\b(?:said|told\s+\S+|announced|confirmed|stated|added|wrote|explained)\s+"
    r"(?:[^,;:.!?“”\"()—–]|(?<=\d)[,.](?=\d)){1,60}$"
)


def _backshifted(sentence: str, hedge: re.Match[str]) -> bool:
    return hedge.group(0).lower() == "would" and _SAID_BEFORE_WOULD.search(sentence, 0, hedge.start()) is not None


#: Hedges of belief: in a crime report they are mostly about who did it or why, not about how many.
_BELIEF = re.compile(r"(?:" + "|".join(vocab.BELIEF_VERBS) + r")(?:\s+to)?", re.I)
#: What may stand between a belief and a figure it doubts: "believe that there were at least two shooters",
#: "believed to be 19", "believe four or five men were inside".
_BELIEF_OPENS = re.compile(r"\s*(?:that\s+)?(?:there\s+(?:were|was|are|is|had\s+been|have\s+been)\s+|to\s+be\s+)?")
_SUBJECT_BEFORE = re.compile(
    r"\b(?:(?:the|some|many)\s+)?(?:" + "|".join((*vocab.PRONOUNS, *vocab.SOURCE_NOUNS)) + r")\s*$"
)


def _belief_of_another(between: str) -> bool:
    """Whether a belief after a figure, across ``between``, is about something else than the count.

    "in what police believe was", "in what's believed to be": the belief has a subject of its own;
    "two men believed to be involved": a participle that says who the people are, not how many there
    are ("Four men were believed to be inside" is a doubt about the four).
    """
    return (
        _SUBJECT_BEFORE.search(between) is not None
        # "in what police believed was a robbery", "in what is thought to be": a belief about the event.
        or re.search(r"\bwhat(?:[’']s|\s+(?:is|was|are|were|had\s+been|has\s+been))?\s*$", between) is not None
        or re.search(r"\b(?:is|are|was|were|be|been|being)\b|[’']s\b", between) is None
    )


#: What those counted are believed to be, which doubts the count: "dozens of people believed trapped", "two
#: climbers thought to have died" (not who they are: "two men believed to be involved").
_BELIEVED_STATE = re.compile(
    r"(?:\s+to\s+(?:be|have\s+been|have))?\s+(?:dead|died|killed|trapped|missing|buried|drowned|injured|hurt|"
    r"captured|held|kidnapped|infected|displaced|stranded|lost)\b",
    re.I,
)


#: "The board is believed to be weighing an offer of $44", "the cold is thought to have killed 1,000 sheep": a
#: belief in the passive holds its subject's whole predicate in doubt, figures included.
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:(?:also|now|widely|still)\s+)?$", re.I)


def _passive_belief(sentence: str, hs: int, he: int) -> bool:
    infinitive = sentence[hs:he].endswith("to") or re.match(r"\s+to\s", sentence[he:]) is not None
    return infinitive and _COPULA_BEFORE.search(sentence, max(0, hs - 30), hs) is not None


def belief_covers(between: str) -> bool:
    """Whether a belief ("police believe") doubts the figure that follows it after ``between``.

    When the figure opens what is believed, as an indefinite count ("believe four men were inside",
    "believe there were two shooters"), or what is believed is a whole "that" clause. "Believe a man
    shot five people" and "believe the three victims knew each other" doubt the act or the people,
    and the count stands.
    """
    # "scientists believe that there's an ocean ... with twice as much water": a "that" clause is believed whole.
    return _BELIEF_OPENS.fullmatch(between) is not None or re.match(r"\s*that\b", between) is not None


_OWN_SUBJECT = re.compile(
    r"\b(?:and|but|so)\s+(?:(?:the|some|many)\s+)?(?:" + "|".join((*vocab.PRONOUNS, *vocab.SOURCE_NOUNS)) + r")\s*$"
)
_PLACE_OR_TIME_PHRASE = re.compile(r"\b(?:in|at|on|during|near|outside|inside)\s+(?:the|a|an)\b")
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose)\b")


#: What opens a hedge's complement: "estimate that", "the estimate is that".
_HEDGE_COMPLEMENT = re.compile(r"\s*(?:(?:is|was)\s+)?that\b")


def _in_scope(between: str) -> bool:
    """Whether a hedge before a figure reaches it across ``between``.

    A hedge verb followed by "that" covers its whole complement ("scientists believe that
    ... twice as much water"); otherwise a relative clause is a clause of its own ("might
    have led to a shooting that left two dead"). So does a hedge noun's "is that" ("the estimate is that ...").
    """
    if _HEDGE_COMPLEMENT.match(between):
        return True
    return _RELATIVE.search(between) is None


def hedged_near(sentence: str, pos: int, end: int, attributed: bool) -> bool:
    return Hedges(sentence).near(pos, end, attributed)


#: "Roe, who denies the charges, has lived abroad for six years": a denial in an aside about someone, set off by
#: commas, is what they say of an accusation, not of the sentence's figures.
_DENIAL_ASIDE = re.compile(r",\s+(?:who|which)\s+(?:\w+\s+){0,2}?(?:denied|denies|deny)\b[^,;.]*,")


def denied(sentence: str) -> bool:
    asides = [m.span() for m in _DENIAL_ASIDE.finditer(sentence)]
    return any(not any(s <= m.start() < e for s, e in asides) for m in _DENIAL.finditer(sentence))


#: What a denier goes on to say after the denial, in a participle or a clause of its own: ", saying the real
#: number was closer to 900", "and put the real audience at under two million", "and that only 412 were".
_COUNTER = re.compile(
    r",\s+(?:saying|adding|insisting|arguing|putting)\b"
    r"|\s+and\s+(?:that\b|(?:put|puts|putting|placed|places|said|says|estimated|estimates|insisted|added)\b)"
)
#: Nouns for a figure or an account of one: "that figure", "the governor's toll".
_FIGURE_NOUN = (
    r"(?:figures?|numbers?|estimates?|claims?|accounts?|reports?|totals?|counts?|tally|tolls?|forecasts?|"
    r"projections?|predictions?|fee|price|cost|sum)"
)
#: A word pointing back at the figure before: "that figure", "this estimate", "Sky's reported fee"; its owner,
#: its modifiers and what it is "of" name the figure meant.
_BACK_FIGURE = (
    r"(?P<owner>that|this|the|those|these|both|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s?)\s+"
    r"(?P<topic>(?:[\w’'-]+\s+){0,2}?)" + _FIGURE_NOUN + r"(?P<about>\s+of\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
)
_FALSE_WORD = (
    r"[“\"]?(?:(?:wildly|grossly|hugely|vastly|greatly|simply|completely|totally|absolutely|outdated\s+and)\s+)?"
    r"(?:false|untrue|inflated|exaggerated|overstated|wrong|incorrect|inaccurate|fabricated|baseless|made[- ]up|"
    r"fantasy|fiction|nonsense)\b"
)
#: A denial of the sentence before, by what it called it: "Kanal 9 called that figure false", "Halcyon called
#: that account untrue", "called that number 'wildly inflated'".
_DENIALS_OF_THE_ONE_BEFORE = tuple(
    re.compile(p, re.I)
    for p in (
        # "A rival network called that figure false", "dismissed the account of the farmers' deaths as baseless"
        r"\b(?:called|calls|dismissed|dismisses|described|labell?ed|branded|termed|rejected|rejects)\s+"
        + _BACK_FIGURE
        + r"\s+(?:as\s+)?"
        + _FALSE_WORD,
        # "said the consultancy figure was simply wrong"
        r"\b(?:said|says|insisted|added)\s+(?:that\s+)?" + _BACK_FIGURE + r"\s+(?:was|is|were|are)\s+" + _FALSE_WORD,
        # "State officials disputed the filings' numbers"
        r"\b(?:disputed|disputes|rejected|rejects|denied|denies)\s+" + _BACK_FIGURE + r"\b",
    )
)


def denial_of_the_one_before(sentence: str, opening: bool = False) -> frozenset[str] | None:
    """What ``sentence`` calls false of the sentence before it by a word that points back ("A rival network
    called that figure false"), whoever opens it; None when it denies nothing before it.

    The result names the figure meant: "the consultancy figure" {"consultancy"}, "the account of the farmers'
    deaths" {"farmers", "deaths"}, "the governor's toll" {"governor"}; it is empty for a bare pointer ("that
    figure", "both figures"), when every figure before is meant. ``opening``: the sentence opens a paragraph, and
    answers the paragraph before only if it denies before giving any figure of its own ("The command called
    both figures false, saying ...").
    """
    m = next((m for p in _DENIALS_OF_THE_ONE_BEFORE if (m := p.search(sentence))), None)
    if m is None or (opening and re.search(r"\d", sentence[: m.start()])):
        return None
    named = " ".join(m.group(g) or "" for g in ("owner", "topic", "about"))
    return frozenset(
        w
        for w in re.findall(r"[a-z]+", re.sub(r"['’]s?\b", "", named.lower()))
        if w not in vocab.NP_STOP_WORDS and w not in _POINTER_WORDS
    )


def names_topic(text: str, topic: frozenset[str]) -> bool:
    """Whether ``text`` names a word of a denial's topic (``denial_of_the_one_before``), in any form: "consultants"
    for "consultancy", "save" for "savings", "dead" for "deaths"."""

    def alike(a: str, b: str) -> bool:
        n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        return n >= 3 and n >= min(len(a) - 1, len(b) - 1, 4)

    return any(alike(w, t) for w in re.findall(r"[a-z]+", text.lower()) for t in topic)


#: Words of a pointer back that name nothing of its own: "that figure", "both figures", "the reported total".
_POINTER_WORDS = frozenset({"that", "this", "the", "those", "these", "both", "of", "reported", "official"})


def counter_account(sentence: str, pos: int) -> bool:
    """Whether the figure at ``pos`` is in the denier's own account after a denial in ``sentence``.

    "Acme disputed the figure of 2,500 layoffs, saying the real number was closer to 900": the 2,500 is
    denied (GUIDE 14), the 900 is what Acme says.
    """
    denial = _DENIAL.search(sentence)
    return denial is not None and _COUNTER.search(sentence, denial.end(), pos) is not None


_CONTINUES = re.compile(
    r"^(?:This|That|It|These|The\s+(?:information|report|figure|claim|data|footage|video))\b"
    r"[^.]{0,60}\b(?:was|were|has\s+been|is)\s+(?:reported|posted|published|confirmed|"
    r"announced|claimed)\s+by\s+(?:the\s+)?(?:[a-z]+\s+){0,3}[“\"]?([^”\",.]{2,60})"
)
_TRAILING = re.compile(
    r",[”\"]?\s+(?:(?:"
    + _SAY_VERBS
    + r")\s+((?:the\s+)?(?:"
    + _CAP_RUN
    + r"|"
    + _LOW
    + r"(?:\s+"
    + _LOW
    + r"){0,3}))|((?:the\s+)?(?:"
    + _CAP_RUN
    + r"|"
    + _LOW
    + r"(?:\s+"
    + _LOW
    + r"){0,3}))\s+"
    + _AUX
    + _SAY_VERBS
    # ", police said in a statement", ", police said Wednesday night": when they said it.
    + r")(?:\s+(?:on|in|at)\s+[\w ]{1,30}|\s+(?:early\s+|late\s+)?(?i:"
    + "|".join(vocab.WEEKDAYS)
    + r")(?:\s+(?:morning|afternoon|evening|night))?)?\s*[.!?]?[”\"]?$"
)
_TWEET_BY = re.compile(r"^\s*[—–-]\s*([A-Za-z0-9][^(@\n]{1,60}?)\s*(?:[^\w\s(]{1,4}\s*)*\(@\w+\)")


#: A sentence about those just counted, whose account may carry back to them (GUIDE 13 reads sources backwards;
#: a trailing speaker of the next sentence covers the count only when that sentence goes on about the same people).
_BACK_REFERENCE = re.compile(r"^\W*(?:" + "|".join(vocab.BACK_REFERENCE_OPENERS) + r")\b", re.I)
#: Two sentences run together: "... Police.A woman was ..." as well as "... Police.The".
_GLUED_NEXT = re.compile(r"[a-z]{2}[.!?][\"”]?(?=[A-Z][a-z]|A\s)")


def continued_source(next_sentence: str) -> str | None:
    """A source named by the next sentence for the one before.

    "This was reported by X", or the next sentence of the same paragraph ending in
    a trailing ", the commission said" that carries the account on, when it goes on about
    those counted ("One victim ...", "They ..."), not about someone new ("Another man ...").
    """
    next_sentence = readable(next_sentence)
    # "... early Thursday. The four were shot ...Police.A woman was killed, police said.": only the sentence
    # right after carries back, not the ones run together with it.
    glued = _GLUED_NEXT.search(next_sentence)
    if glued:
        next_sentence = next_sentence[: glued.start() + 3]
    m = _CONTINUES.search(next_sentence)
    if m:
        name = (
            _quoted_after(next_sentence, m.start(1) - 1) if next_sentence[m.start(1) - 1 : m.start(1)] in '“"' else None
        )
        return name or _clean(m.group(1))
    m = _TRAILING.search(next_sentence) if _BACK_REFERENCE.match(next_sentence) else None
    if m and next_sentence[m.start() + 1 : m.start() + 2] not in '”"':
        # A quotation closing before its speaker ('...," said X') is X's own words: it does
        # not carry an account back to the sentence before it.
        return _subject_name(m.group(1) or m.group(2))
    return None


def tweet_author(next_line: str) -> str | None:
    """An embedded tweet's signature line, "— Dianna E. Anderson (@handle) November 18, 2019"."""
    m = _TWEET_BY.match(next_line)
    return _clean(m.group(1)) if m else None


def tweet_signature(later: str) -> str | None:
    """The signature that closes an embedded tweet inside a later sentence of it: "... 2 shot. — Jo Roe (@jroe)"."""
    m = _TWEET_SIGNATURE.search(later) or _TWEET_BY.match(later)
    return _clean(m.group(1)) if m else None


#: A determiner that makes a count given, not introduced: "the two men", "all four victims", "his three sons",
#: "Acme’s 12,000 employees" (not "it’s 40 degrees").
_OWNER = r"\b(?!(?:it|that|there|he|she|what|who|here|where|let)[’']s)[\w-]+[’']s"
_GIVEN = re.compile(
    r"(?:\b(?:the|these|those|all|both|his|her|their|its|our|my|your)|" + _OWNER + r")\s+"
    r"(?:(?:other|remaining|first|last)\s+)?$",
    re.I,
)
#: Between a share and a hedge after it, the given whole it is a share of: " of the 300 workers ".
#: A comma of the text, not of a number ("12,000").
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_SHARE_OF_GIVEN = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our|these|those|" + _OWNER + r")\s+[\d,.]+\s+"
    # The share's noun and an auxiliary, not a clause with a subject or speaker of its own ("said they").
    r"(?:(?!(?:" + "|".join(vocab.PRONOUNS) + "|" + _SAY_VERBS[3:-1] + r")\b)[a-z-]+\s+){0,3}",
    re.I,
)


def given_count(sentence: str, pos: int) -> bool:
    """Whether the figure at ``pos`` counts people or things already known ("the two men", "all four").

    A hedge near such a count doubts what is said of them ("the two fires are not thought to be
    linked", "all four are expected to be okay"), not how many there are (GUIDE 14).
    """
    if _SCALE_PLURAL.match(sentence, pos):
        return False  # "could climb into the hundreds": a range reached, not people already known
    return _GIVEN.search(sentence, max(0, pos - 40), pos) is not None


_SCALE_PLURAL = re.compile(r"(?:dozens|hundreds|thousands|millions|billions|tens\s+of)\b", re.I)


def claimed_by(sentence: str, rel_s: int, rel_e: int) -> re.Match[str] | None:
    """A figure given again with "the" and a relative clause of speech that names its speaker: "well below the
    50 million (users) the company claims", "more than the 1,200 (jobs) that the firm announced"."""
    if not _DEFINITE_BEFORE.search(sentence, max(0, rel_s - 6), rel_s):
        return None
    return _CLAIMED_BY.match(sentence, rel_e)


_DEFINITE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_CLAIMED_BY = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?:that\s+)?the\s+((?:[a-z-]+\s+)?(?i:"
    + "|".join((*vocab.SOURCE_NOUNS, *vocab.BODY_DESCRIPTORS))
    + r"))\s+(?:had\s+|has\s+)?(?:claims|claimed|says|said|reports|reported|estimates|estimated|cites|cited|announced)"
    r"(?=\s*[,.;)]|\s+(?:last|earlier|on|in|this)\b)"
)
