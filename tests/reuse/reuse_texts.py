"""Small German fixture articles written for these tests (no third-party text)."""

from __future__ import annotations

AGENCY_PARAGRAPH = (
    "Die Landesregierung will bis zum Ende des kommenden Jahres rund zweihundert neue Ladesäulen "
    "an Autobahnraststätten errichten lassen. Nach Angaben des Verkehrsministeriums sollen die "
    "Arbeiten im Frühjahr beginnen, die Kosten trägt zu einem Drittel der Bund."
)

HARBOUR = (
    "Im Hafen von Kiel haben am Montag mehrere hundert Beschäftigte für höhere Löhne gestreikt. "
    "Die Gewerkschaft sprach von einer großen Beteiligung, der Betreiber von erheblichen Verzögerungen "
    "bei der Abfertigung der Fähren nach Skandinavien. Reisende mussten teils mehrere Stunden warten. "
    "Ein Sprecher des Hafens kündigte an, man werde die Passagiere über die Internetseite informieren. "
    "Weitere Verhandlungen sind für die kommende Woche in Lübeck geplant, eine Einigung gilt als offen. "
    "Bereits im Frühjahr hatte es einen ersten Warnstreik gegeben, der den Güterverkehr einen Tag lang "
    "nahezu vollständig zum Erliegen brachte."
)

ORCHESTRA = (
    "Das städtische Orchester hat seine neue Saison mit einem Konzert unter freiem Himmel eröffnet. "
    "Rund dreitausend Zuhörerinnen und Zuhörer kamen trotz des kühlen Wetters auf den Marktplatz. "
    "Auf dem Programm standen Werke von Brahms und Dvořák sowie eine Uraufführung einer jungen Komponistin "
    "aus Leipzig. Der Dirigent zeigte sich nach dem Abend begeistert von der Stimmung im Publikum."
)

ROADS_A = (
    "Verkehr im Norden: Mehr Strom an den Autobahnen\n\n"
    "Schwerin – Autofahrer mit Elektrowagen sollen es bald leichter haben. "
    + AGENCY_PARAGRAPH
    + "\n\nDer Automobilclub begrüßte die Pläne, mahnte aber eine schnellere Umsetzung an."
)

ROADS_B = (
    "Ladesäulen: Ministerium legt Zeitplan vor\n\n"
    "Kritik kommt von der Opposition, die das Vorhaben für zu zaghaft hält. "
    + AGENCY_PARAGRAPH
    + "\n\nOb die Netzbetreiber rechtzeitig liefern können, ist noch unklar, heißt es aus Branchenkreisen."
)

ROADS_C = (
    "Wie viele Ladepunkte braucht das Land?\n\n"
    "Eine Studie der Hochschule kommt zu dem Ergebnis, dass der Bedarf deutlich höher liegt. "
    + AGENCY_PARAGRAPH
    + "\n\nDie Autoren empfehlen zusätzlich Schnellladeparks in den größeren Städten."
)

QUOTE_A = (
    "Gespräche in der Steppe\n\n"
    "Sie trafen sich zum ersten Mal seit drei Jahren. Die beiden Außenminister hätten sich über "
    "„Fragen der regionalen Sicherheit und der wirtschaftlichen Zusammenarbeit zwischen beiden "
    "Ländern sowie über den Ausbau der Bahnverbindungen“ ausgetauscht, teilte das Ministerium mit. "
    "Beobachter werten das Treffen als vorsichtige Annäherung."
)

INSERTED_PHRASE = "am Dienstag in der mongolischen Hauptstadt Ulan Bator"

QUOTE_B = (
    "Außenminister vereinbaren engere Zusammenarbeit\n\n"
    "Die Regierung in Peking hatte den Besuch kurzfristig bestätigt. Die beiden Außenminister hätten sich "
    + INSERTED_PHRASE
    + ' über "Fragen der regionalen Sicherheit und der wirtschaftlichen Zusammenarbeit zwischen beiden '
    'Ländern sowie über den Ausbau der Bahnverbindungen" ausgetauscht, teilte das Ministerium mit. '
    "Einzelheiten wurden zunächst nicht bekannt."
)
