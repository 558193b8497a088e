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

#: Phrases typical of site furniture, not of article prose (matched on lower-cased text, word-bounded):
#: consent, newsletter, share/print widgets, paywall and donation appeals, legal footer.
BOILERPLATE = re.compile(
    r"\b(?:cookies?|consent|datenschutz\w*|newsletter|impressum|nutzungsbedingungen|agb|"
    r"teilen|share|anzeige|werbung|kommentare?|kommentieren|jetzt unterstützen|unterstützen sie|"
    r"mehr zum thema|weitere artikel|das könnte sie auch interessieren|lesen sie auch|"
    r"abonn\w+|abo\b|anmelden|einloggen|login|registrieren|passwort|zum inhalt springen|"
    r"startseite|navigation|menü|suche|kontakt|barrierefreiheit|mediadaten|"
    r"externe[rn]? inhalte?|empfohlener externer inhalt|drittplattformen|tracking|"
    r"alle rechte vorbehalten|copyright|facebook|twitter|whatsapp|instagram|youtube|linkedin|"
    r"pinterest|telegram|e-mail|drucken|merken|weiterlesen|mehr anzeigen|zurück|"
    r"meistgelesen\w*|meistgeklickt\w*|beliebteste|top-artikel|empfehlungen|spende\w*|paypal|"
    r"mehr erfahren|jetzt lesen|hier klicken|zum artikel|alle artikel|herunterladen|download|"
    r"probeabo|zugang|podcast\w*|bewertung(?:en)?|kaffee ausgeben|hat ihnen (?:dieser|der) artikel gefallen|"
    r"gefällt ihnen|folgen sie uns|shop|gutschein\w*|partner|sponsored|affiliate|verlinkungen)\b",
)

#: Cues of a heading after which an article's text is over (related lists, comments,
#: appeals, author boxes); matched on the lower-cased start of short blocks.
END_OF_ARTICLE = re.compile(
    r"^(?:mehr zum thema|mehr zu |mehr aus |mehr (?:artikel|beiträge|kolumnen|nachrichten|themen)|"
    r"\d+ kommentare?|kommentare?(?:\s*\(\d+\))?\s*:?\s*$|leserkommentare|diskussion\s*:?\s*$|schreibe?n? (?:sie )?einen kommentar|"
    r"kommentar (?:schreiben|hinzufügen|verfassen)|kommentieren sie|"
    r"weitere (?:artikel|beiträge|themen|meldungen|nachrichten|informationen)|"
    r"(?:das )?könnte (?:sie|dich) auch interessieren|auch interessant|artikel zum thema|"
    r"(?:ähnliche|verwandte|passende|beliebte|neueste|aktuelle|empfohlene) (?:artikel|beiträge|themen|dossiers)|"
    r"passend zum thema|zum weiterlesen|weiterlesen|lesen sie (?:auch|mehr|weiter)|schon gelesen|"
    r"(?:die )?meist(?:gelesen|geklickt|kommentiert)\w*|am meisten gelesen|seit \d+ tagen am meisten|"
    r"top[- ]?(?:artikel|themen|news)|empfehlungen|über (?:den|die) (?:autor|autorin|verfasser)|"
    r"zur person|themen in diesem artikel|hat ihnen (?:dieser|der) artikel gefallen|"
    r"newsletter|teilen sie|artikel teilen|diesen artikel teilen)",
)

#: Formal or informal address of the reader; appeals and widgets talk to the reader,
#: reports mostly do not (matched case-sensitively on words not opening the block).
READER_ADDRESS: frozenset[str] = frozenset(
    ["Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Du", "Dich", "Dir", "Dein", "Deine"])

#: Ends of teaser blocks that link onwards ("... mehr...", "Weiterlesen", "Zum Artikel"), lower-cased.
TEASER_TAIL = re.compile(
    r"(?:\bmehr\s*(?:\.\.\.|…|»|›|>)?|weiterlesen\W*|zum artikel\W*|mehr erfahren\W*|\.\.\.|…)\s*$",
)

#: Tracker and script leftovers that dumpers print as text.
TRACKER_JUNK = re.compile(r"^(?:piwik|matomo|noscript|no script|img|pixel|tracking|\s)+$", re.IGNORECASE)
