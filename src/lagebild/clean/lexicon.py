"""Word lists the block features use: German function words and boilerplate phrases.

Why: prose has many function words and few site-furniture phrases; navigation, consent
banners, donation appeals and comment threads are the reverse. Lists are ours (short,
hand-written); matching is one set lookup per word and one regex search per block.
"""

from __future__ import annotations

import re

GERMAN_STOPWORDS: frozenset[str] = frozenset(
    ["aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "andere", "anderen", "auch", "auf", "aus", "bei", "beim", "bereits", "bis", "bisher", "da", "dabei", "damit", "dann", "darauf", "darum", "das", "dass", "daß", "dem", "den", "denen", "denn", "der", "deren", "des", "deshalb", "dessen", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "doch", "dort", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "einige", "er", "es", "etwa", "euch", "für", "gegen", "gewesen", "habe", "haben", "hat", "hatte", "hatten", "hier", "hin", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "im", "immer", "in", "ins", "ist", "ja", "jede", "jedoch", "jetzt", "kann", "kein", "keine", "können", "könnte", "man", "mehr", "mich", "mit", "muss", "müssen", "nach", "nicht", "nichts", "noch", "nun", "nur", "ob", "oder", "ohne", "schon", "sehr", "sei", "seien", "sein", "seine", "seinem", "seinen", "seiner", "seit", "sich", "sie", "sind", "so", "soll", "sollen", "sollte", "sondern", "sowie", "über", "um", "und", "uns", "unter", "vom", "von", "vor", "war", "waren", "was", "weil", "weiter", "wenn", "wer", "werde", "werden", "wie", "wieder", "will", "wir", "wird", "wurde", "wurden", "zu", "zum", "zur", "zwar", "zwischen", "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "which", "with"]
)

#: Phrases typical of site furniture, not of article prose (case-insensitive, word-bounded).
BOILERPLATE = re.compile(
    r"\b(?:cookies?|consent|datenschutz\w*|newsletter|impressum|nutzungsbedingungen|agb|"
    r"teilen|share|anzeige|werbung|kommentare?|kommentieren|jetzt unterstützen|unterstützen sie|"
    r"mehr zum thema|weitere artikel|das könnte sie auch interessieren|lesen sie auch|"
    r"abonn\w+|abo\b|anmelden|einloggen|login|registrieren|passwort|zum inhalt springen|"
    r"startseite|navigation|menü|suche|kontakt|barrierefreiheit|mediadaten|"
    r"externe[rn]? inhalte?|empfohlener externer inhalt|drittplattformen|tracking|"
    r"alle rechte vorbehalten|copyright|facebook|twitter|whatsapp|instagram|youtube|linkedin|"
    r"pinterest|telegram|e-mail|drucken|merken|weiterlesen|mehr anzeigen|zurück|"
    r"meistgelesen\w*|meistgeklickt\w*|beliebteste|top-artikel|empfehlungen|spende\w*|paypal)\b",
    re.IGNORECASE,
)

#: Headings after which an article's text is over (related lists, comments, appeals).
END_OF_ARTICLE = re.compile(
    r"^(?:mehr zum thema|\d+ kommentare?|kommentare?(?: \(\d+\))?|weitere artikel|"
    r"das könnte sie auch interessieren|artikel zum thema|ähnliche artikel|verwandte artikel|"
    r"mehr aus dem ressort|auch interessant|leserkommentare|diskussion)\s*:?\s*$",
    re.IGNORECASE,
)

#: Tracker and script leftovers that dumpers print as text.
TRACKER_JUNK = re.compile(r"^(?:piwik|matomo|noscript|no script|img|pixel|tracking|\s)+$", re.IGNORECASE)
