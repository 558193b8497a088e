"""Organisation cues for the NER: a hand-written list of organisation names and ORG head words.

Why: ORG is the weakest kind (held-back F1 ~51): acronyms ("FBI", "UEFA"), media ("Spiegel",
"n-tv"), companies and clubs are missed or typed PER/LOC, because nothing in a rare word's
spelling says "organisation". Two cues, both optional (`training.train(org_features=...,
org_ruler=...)`):
- name flags (lexicon.py): FLAG24 "known organisation word" (the one-word names and acronyms
  below, their genitive "-s"/"-es" forms, and legal-form words such as "GmbH", "AG", "e.V."),
  FLAG25 "ends like an organisation" (`ORG_HEAD_SUFFIXES`: "-partei", "-ministerium",
  "-verband", "-gericht", "-bank", "-werke", ...). The tok2vec embeds them like the other flags
  and learns how far to trust them ("Union", "Bahn", "Spiegel" are also common words).
- an entity_ruler ("lagebild_org_names", `ruler_patterns`) of the multi-word names and the
  unambiguous acronyms, adding ORG only where the model found nothing, followed by
  "lagebild_org_relabel" (`OrgRelabel`): an entity whose text is exactly one of those names
  becomes ORG ("Juventus Turin", "Sun Microsystems" were typed PER).

Source: compiled by hand for lagebild from general knowledge (names of organisations are
facts; no list was copied), with GermEval 2014's convention in mind: a *named* organisation is
ORG (parties, named federal bodies, courts, companies, clubs, leagues, media, international
bodies), a generic one is not ("die Polizei", "die Bundesregierung", "das Landgericht").
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

#: One-word organisation names and acronyms (case as written in news).
ORG_WORDS: tuple[str, ...] = (
    # parties (Germany, Austria, Switzerland, historical, European)
    "CDU", "CSU", "SPD", "FDP", "AfD", "Grüne", "Grünen", "Linke", "Linken", "Linkspartei", "NPD", "DVU",
    "Piratenpartei", "BSW", "ÖDP", "DKP", "KPD", "SED", "PDS", "WASG", "USPD", "NSDAP",
    "ÖVP", "SPÖ", "FPÖ", "BZÖ", "NEOS", "SVP", "CVP", "Labour", "Tories", "Likud", "Fidesz", "PiS",
    "Syriza", "Podemos", "ANC", "Hamas", "Fatah", "Hisbollah", "Taliban", "PKK", "ETA", "IRA", "RAF",
    "Al-Kaida", "al-Qaida", "Al-Qaida",
    # federal and state bodies (named ones)
    "Bundestag", "Bundesrat", "Bundesverfassungsgericht", "Bundesgerichtshof", "BGH", "BVerfG",
    "Bundesverwaltungsgericht", "BVerwG", "Bundessozialgericht", "BSG", "Bundesfinanzhof", "BFH",
    "Bundesarbeitsgericht", "BAG", "Bundeswehr", "Bundesbank", "Bundeskartellamt", "BaFin",
    "Bundesnetzagentur", "Bundesrechnungshof", "Bundesanwaltschaft", "Bundesagentur", "Arbeitsagentur",
    "Umweltbundesamt", "Verfassungsschutz", "BfV", "BND", "BKA", "LKA", "MAD", "BSI", "BAMF", "RKI",
    "Destatis", "KfW", "Treuhandanstalt", "Bundespräsidialamt", "Kanzleramt", "Bundeskanzleramt",
    "Bundesfinanzministerium", "Bundesinnenministerium", "Bundesjustizministerium", "Bundesumweltministerium",
    "Bundeswirtschaftsministerium", "Bundesverteidigungsministerium", "Bundesgesundheitsministerium",
    "Bundesverkehrsministerium", "Bundesbildungsministerium", "Bundesfamilienministerium",
    "Bundesarbeitsministerium", "Bundesagrarministerium", "Bundesentwicklungsministerium", "Bundesforschungsministerium",
    "Landtag", "Bürgerschaft", "Abgeordnetenhaus", "Bundesliga",
    "Reichstag", "Wehrmacht", "Reichswehr", "Gestapo", "SS", "SA", "HJ", "Stasi", "Volkskammer", "Politbüro",
    "Kreml", "Pentagon", "Repräsentantenhaus", "Knesset", "Duma", "Unterhaus",
    "Oberhaus", "Nationalrat", "Ständerat", "Bundesversammlung", "Europaparlament", "Bundesanstalt",
    # international bodies and NGOs
    "EU", "UN", "UNO", "Uno", "NATO", "Nato", "EZB", "IWF", "Weltbank", "WTO", "WHO", "OECD", "OSZE", "OPEC",
    "Opec", "UNESCO", "Unesco", "UNICEF", "Unicef", "UNHCR", "IAEA", "IAEO", "ILO", "FAO", "Interpol",
    "Europol", "Frontex", "Eurostat", "Euratom", "ASEAN", "Mercosur", "EFTA", "G7", "G8", "G20", "ISAF",
    "KFOR", "SFOR", "UNIFIL", "Unifil", "Bundespolizei", "Greenpeace", "Amnesty", "Attac", "Oxfam", "Caritas",
    "Diakonie", "DRK", "IKRK", "Misereor", "Transparency", "Foodwatch", "BUND", "NABU", "Nabu", "WWF",
    "EKD", "ZdK", "Scientology", "Bundesärztekammer", "Ärztekammer",
    # security services, police forces, armies (named)
    "FBI", "CIA", "NSA", "DEA", "KGB", "FSB", "GRU", "Mossad", "MI5", "MI6", "GSG", "Europol",
    "Navy", "Luftwaffe", "Bundesmarine", "Volksarmee", "NVA",
    # unions, associations, chambers
    "DGB", "Verdi", "ver.di", "IGM", "GEW", "GDL", "EVG", "BDI", "BDA", "DIHK", "IHK",
    "ZDH", "ADAC", "ADFC", "VDA", "VDMA", "Bitkom", "BDEW", "GKV", "AOK", "Barmer", "DAK", "TK",
    "Mieterbund", "Städtetag", "Landkreistag", "Bauernverband", "Börsenverein", "Zentralrat", "Kolpingwerk",
    "Lebenshilfe", "Bertelsmann-Stiftung", "Volkshochschule", "VHS", "vhs",
    # media and news agencies
    "ARD", "ZDF", "RTL", "RTL2", "Sat.1", "SAT.1", "ProSieben", "Pro7", "Kabel1", "VOX", "Vox", "n-tv", "ntv",
    "N24", "Phoenix", "Arte", "arte", "3sat", "KiKA", "WDR", "NDR", "SWR", "BR", "HR", "hr", "MDR",
    "RBB", "rbb", "SR", "SFB", "ORB", "DW", "Deutschlandfunk", "Deutschlandradio", "ORF", "ORF1", "ORF2",
    "SRF", "SRG", "BBC", "CNN", "ABC", "CBS", "NBC", "MSNBC", "CNBC", "Bloomberg", "Reuters", "dpa",
    "AFP", "AP", "epd", "KNA", "SID", "ddp", "dapd", "APA", "Xinhua", "Tass", "TASS", "Interfax", "Spiegel",
    "Stern", "Focus", "Zeit", "FAZ", "F.A.Z.", "FAS", "SZ", "Bild", "BamS", "Handelsblatt", "taz",
    "tageszeitung", "Tagesspiegel", "Kicker", "Bunte", "Wirtschaftswoche", "WirtschaftsWoche", "Cicero",
    "Titanic", "Super-Illu", "Superillu", "WAZ", "NRZ", "HAZ", "NZZ",
    "Guardian", "Economist", "Independent",
    "Telegraph", "Libération", "Figaro", "Corriere", "Repubblica", "Haaretz", "Prawda",
    "Iswestija", "Kommersant", "Heise", "heise", "Golem", "Netzpolitik", "Wikipedia", "Wikileaks", "WikiLeaks",
    # companies (large, often in German news)
    "Siemens", "BASF", "Bayer", "BMW", "Daimler", "DaimlerChrysler", "Mercedes", "Mercedes-Benz", "Volkswagen",
    "VW", "Audi", "Porsche", "Opel", "Toyota", "Honda", "Nissan", "Renault", "Peugeot", "Citroën",
    "Fiat", "Tesla", "Chrysler", "Volvo", "Skoda", "Hyundai", "Kia", "Allianz", "Commerzbank",
    "Postbank", "HypoVereinsbank", "Dresdner", "Helaba", "Sparkasse", "Sparkassen", "Volksbank",
    "Telekom", "Vodafone", "O2", "Telefónica", "Telefonica", "E.ON", "Eon", "RWE", "EnBW", "Vattenfall",
    "Uniper", "Thyssenkrupp", "ThyssenKrupp", "Krupp", "Bosch", "Continental", "Schaeffler", "Lufthansa",
    "Condor", "Eurowings", "Germanwings", "Ryanair", "easyJet", "TUI", "Bahn", "DB", "DHL", "UPS",
    "FedEx", "SAP", "Infineon", "Henkel", "Beiersdorf", "Adidas", "adidas", "Puma", "Nike", "Aldi", "Lidl",
    "Edeka", "Rewe", "Metro", "Karstadt", "Kaufhof", "Arcandor", "Quelle", "Schlecker", "Rossmann", "Ikea",
    "IKEA", "Zalando", "Merck", "Fresenius", "Bertelsmann", "Burda", "ProSiebenSat.1", "Airbus", "EADS",
    "Boeing", "MAN", "Linde", "Evonik", "Covestro", "Salzgitter", "Hochtief", "Bilfinger", "Heidelberger",
    "Microsoft", "Apple", "Google", "Alphabet", "Amazon", "Facebook", "Meta", "Twitter", "Instagram",
    "WhatsApp", "YouTube", "Youtube", "TikTok", "Yahoo", "IBM", "Intel", "AMD", "Nvidia", "Oracle", "Dell",
    "HP", "Hewlett-Packard", "Sony", "Samsung", "LG", "Nokia", "Ericsson", "Huawei", "Philips", "Shell", "BP",
    "Exxon", "ExxonMobil", "Chevron", "Gazprom", "Rosneft", "Lukoil", "Nestlé", "Unilever", "Novartis",
    "Roche", "Pfizer", "BioNTech", "Moderna", "AstraZeneca", "Sanofi", "Citigroup", "UBS", "HSBC",
    "Barclays", "JPMorgan", "Mattel", "Hasbro", "Disney", "Netflix", "Uber", "Spotify", "eBay", "PayPal",
    "Visa", "Mastercard", "Coca-Cola", "McDonald's", "Starbucks", "Walmart", "Nintendo", "Atari", "Sega",
    "Ubisoft", "Blizzard", "Vivendi", "Paramount", "EMI", "Motorola", "Qualcomm",
    "Cisco", "Lenovo", "Xerox", "Kodak", "Canon", "Nikon", "Panasonic", "Toshiba", "Hitachi", "Mitsubishi",
    "Bombardier", "Alstom", "Ikea", "Rheinmetall", "Krauss-Maffei", "Thales", "Safran",
    "Ferrari", "Lamborghini", "Bugatti", "McLaren", "Petrobras", "Statoil", "Equinor",
    "Aramco", "Glencore", "Lehman", "Goldman", "Wirecard", "Zeiss", "Miele", "Vorwerk", "Haribo",
    "Oetker", "Tchibo", "Nivea", "Tengelmann",
    "Hapag-Lloyd", "Maersk", "Mærsk", "Cosco", "Fraport", "Flughafengesellschaft",
    # clubs and sports bodies
    "DFB", "DFL", "UEFA", "Uefa", "FIFA", "Fifa", "IOC", "DOSB", "NOK", "IAAF", "FIS", "ITF", "ATP", "WTA",
    "NBA", "NHL", "NFL", "MLB", "DEL", "DHB", "BBL", "HBL", "DTM", "ADAC", "BVB", "HSV",
    "KSC", "FCK", "FCN", "VfB", "VfL", "TSV", "TuS", "SpVgg", "BSC", "SC", "SV", "FC", "FSV", "SG", "TSG",
    "Schalke", "Werder", "Hertha", "Eintracht", "Borussia", "Fortuna", "Arminia", "Alemannia",
    "Dynamo", "Hansa", "Hoffenheim", "Gladbach", "Juventus", "Juve", "Barça", "Arsenal", "Tottenham",
    "Chelsea", "Benfica", "Ajax", "Galatasaray", "Fenerbahçe", "Besiktas", "Beşiktaş", "Celtic", "Rangers",
    "PSG", "Atlético", "Lazio", "Napoli",
    "Sporting", "Anderlecht", "Feyenoord", "PSV", "ManU", "Füchse", "THW", "Eisbären",
)

#: Legal-form and club-prefix tokens: part of many organisation names, rarely anything else.
ORG_FORM_WORDS: tuple[str, ...] = (
    "GmbH", "AG", "KG", "KGaA", "OHG", "GbR", "e.V.", "eV", "e.V", "SE", "mbH", "Co.", "Co", "Inc.", "Inc",
    "Ltd.", "Ltd", "Corp.", "Corp", "LLC", "plc", "PLC", "S.A.", "SA.", "N.V.", "NV", "S.p.A.", "SpA",
    "Holding", "Holdings", "Group", "Airlines", "Airways", "Motors", "Systems", "Technologies", "Club",
    "Klub", "United", "Athletic", "Rovers", "Olympique", "Sportverein", "Sportfreunde",
)

#: Endings of German organisation compounds ("Piratenpartei", "Finanzministerium", "Landgericht").
ORG_HEAD_SUFFIXES: tuple[str, ...] = (
    "partei", "parteien", "ministerium", "ministeriums", "verband", "verbandes", "verbands", "verbände",
    "gericht", "gerichts", "gerichtes", "gerichtshof", "gerichtshofs", "bank", "werke", "werken",
    "verein", "vereins", "vereine", "gesellschaft", "stiftung", "institut", "instituts", "universität",
    "hochschule", "akademie", "gymnasium", "gymnasiums", "gewerkschaft", "kommission", "behörde",
    "agentur", "zeitung", "rundschau", "anzeiger", "kurier", "konzern", "konzerns", "gruppe", "holding",
    "verlag", "verlags", "versicherung", "sparkasse", "kasse", "klinikum", "kammer", "bund", "bundes",
    "liga", "club", "klub", "fraktion", "amt", "amtes", "amts", "anstalt", "beirat", "stadtrat", "landesrat",
)


def org_words() -> list[str]:
    """The words of the "known organisation" flag: `ORG_WORDS` (+ genitive forms), `ORG_FORM_WORDS`."""
    words = set(ORG_WORDS) | set(ORG_FORM_WORDS)
    for word in ORG_WORDS:
        if word[-1:].isalpha() and word[-1:].islower() and word[-1] not in "sxzß":
            words.add(word + "s")
            if len(word) > 4:
                words.add(word + "es")
    return sorted(words)


def ends_like_org(text: str) -> bool:
    """True when a capitalised word ends in an ORG head ("Piratenpartei", "Landgericht")."""
    return len(text) > 4 and text[:1].isupper() and text.lower().endswith(ORG_HEAD_SUFFIXES)


#: Multi-word names for the ORG ruler (added only where the model found nothing).
ORG_PHRASES: tuple[str, ...] = (
    "Europäische Union", "Europäischen Union", "Europäische Kommission", "Europäischen Kommission",
    "Europäisches Parlament", "Europäischen Parlament", "Europäischen Parlaments", "Europäische Zentralbank",
    "Europäischen Zentralbank", "Europäischer Gerichtshof", "Europäischen Gerichtshof", "Europäischen Gerichtshofs",
    "Vereinte Nationen", "Vereinten Nationen", "Internationale Währungsfonds", "Internationalen Währungsfonds",
    "Internationaler Währungsfonds", "Internationalen Strafgerichtshof", "Internationale Strafgerichtshof",
    "Deutscher Bundestag", "Deutschen Bundestag", "Deutschen Bundestages", "Deutschen Bundestags",
    "Deutsche Bank", "Deutschen Bank", "Deutsche Bahn", "Deutschen Bahn", "Deutsche Post", "Deutschen Post",
    "Deutsche Telekom", "Deutschen Telekom", "Deutsche Börse", "Deutschen Börse", "Deutsche Welle",
    "Deutschen Welle", "Deutscher Fußball-Bund", "Deutschen Fußball-Bund", "Deutschen Fußball-Bundes",
    "Deutscher Gewerkschaftsbund", "Deutschen Gewerkschaftsbund", "Deutschen Gewerkschaftsbundes",
    "IG Metall", "IG BCE", "Marburger Bund", "Stiftung Warentest", "Amnesty International",
    "Human Rights Watch", "Ärzte ohne Grenzen", "Reporter ohne Grenzen", "Transparency International",
    "Rotes Kreuz", "Roten Kreuz", "Roten Kreuzes", "Deutsches Rotes Kreuz", "Deutschen Roten Kreuz",
    "Deutschen Roten Kreuzes", "Auswärtige Amt", "Auswärtiges Amt", "Auswärtigen Amt", "Auswärtigen Amts",
    "Auswärtigen Amtes", "Robert Koch-Institut", "Robert-Koch-Institut", "Statistische Bundesamt",
    "Statistisches Bundesamt", "Statistischen Bundesamt", "Statistischen Bundesamtes", "Max-Planck-Gesellschaft",
    "Fraunhofer-Gesellschaft", "Bundesagentur für Arbeit", "Bundesamt für Verfassungsschutz",
    "Bundesamt für Migration und Flüchtlinge", "Zentralrat der Juden", "Evangelische Kirche in Deutschland",
    "Deutsche Bischofskonferenz", "Deutschen Bischofskonferenz", "Freie Wähler", "Freien Wähler",
    "Die Linke", "Bündnis 90/Die Grünen", "Alternative für Deutschland", "Christlich Demokratische Union",
    "Rote Armee", "Roten Armee", "Rote Armee Fraktion", "Islamischer Staat", "Islamische Staat",
    "Islamischen Staat", "Islamischen Staates", "Muslimbruderschaft", "Weißes Haus", "Weiße Haus",
    "Weißen Haus", "Weißen Hauses", "Spiegel Online", "Süddeutsche Zeitung", "Süddeutschen Zeitung",
    "Frankfurter Allgemeine Zeitung", "Frankfurter Allgemeinen Zeitung", "Frankfurter Allgemeine",
    "Frankfurter Allgemeinen", "Frankfurter Rundschau", "Berliner Zeitung", "Berliner Morgenpost",
    "Berliner Kurier", "Hamburger Abendblatt", "Kölner Stadt-Anzeiger", "Rheinische Post", "Rheinischen Post",
    "Stuttgarter Zeitung", "Stuttgarter Nachrichten", "Neue Zürcher Zeitung", "Neuen Zürcher Zeitung",
    "Financial Times", "Financial Times Deutschland", "New York Times", "Washington Post", "Wall Street Journal",
    "Le Monde", "Bild am Sonntag", "Welt am Sonntag", "Der Spiegel", "Die Zeit", "Die Welt", "Der Standard",
    "Deutsche Presse-Agentur", "Deutschen Presse-Agentur", "Associated Press", "Agence France-Presse",
    "Fox News", "Al Jazeera", "Al-Dschasira", "Radio Bremen", "Das Erste", "Sat.1", "Pro Sieben",
    "FC Bayern", "FC Bayern München", "Bayern München", "Borussia Dortmund", "Borussia Mönchengladbach",
    "Schalke 04", "FC Schalke 04", "Werder Bremen", "SV Werder Bremen", "Hamburger SV", "VfB Stuttgart",
    "VfL Wolfsburg", "VfL Bochum", "Bayer Leverkusen", "Bayer 04 Leverkusen", "Eintracht Frankfurt",
    "Eintracht Braunschweig", "Hertha BSC", "1. FC Köln", "1. FC Nürnberg", "1. FC Kaiserslautern",
    "1. FSV Mainz 05", "Mainz 05", "FSV Mainz 05", "SC Freiburg", "Hannover 96", "TSG Hoffenheim",
    "1899 Hoffenheim", "RB Leipzig", "FC St. Pauli", "1. FC Union Berlin", "Union Berlin",
    "Fortuna Düsseldorf", "Arminia Bielefeld", "Energie Cottbus", "Dynamo Dresden", "Hansa Rostock",
    "MSV Duisburg", "Karlsruher SC", "FC Augsburg", "TSV 1860 München", "1860 München", "Alemannia Aachen",
    "Kickers Offenbach", "Rot-Weiss Essen", "Real Madrid", "FC Barcelona", "Atlético Madrid",
    "Manchester United", "Manchester City", "FC Chelsea", "FC Liverpool", "FC Arsenal", "Tottenham Hotspur",
    "Juventus Turin", "AC Mailand", "Inter Mailand", "AS Rom", "Lazio Rom", "SSC Neapel", "AC Florenz",
    "Paris Saint-Germain", "Olympique Marseille", "Olympique Lyon", "Ajax Amsterdam", "PSV Eindhoven",
    "Benfica Lissabon", "Sporting Lissabon", "FC Porto", "Celtic Glasgow", "Dynamo Kiew", "Schachtar Donezk",
    "Zenit St. Petersburg", "ZSKA Moskau", "Spartak Moskau", "FC Basel", "Young Boys", "Rapid Wien",
    "Austria Wien", "Red Bull Salzburg", "THW Kiel", "SG Flensburg-Handewitt", "Rhein-Neckar Löwen",
    "Füchse Berlin", "Eisbären Berlin", "Kölner Haie", "Adler Mannheim", "Alba Berlin", "Bayern Basketball",
    "Champions League", "Europa League", "Premier League", "Primera División", "Serie A",
    "Internationale Olympische Komitee", "Internationalen Olympischen Komitee", "Internationalen Olympischen Komitees",
    "General Motors", "General Electric", "Goldman Sachs", "Morgan Stanley", "Lehman Brothers",
    "Credit Suisse", "BNP Paribas", "Munich Re", "Münchener Rück", "Hannover Rück", "Dresdner Bank",
    "DZ Bank", "Air Berlin", "Air France", "British Airways", "Media Markt", "Boehringer Ingelheim",
    "Axel Springer", "Axel Springer Verlag", "RTL Group", "Sun Microsystems", "Hewlett-Packard",
    "Royal Dutch Shell", "Deutsche Lufthansa", "Carl Zeiss", "Robert Bosch", "Heidelberg Cement",
    "HeidelbergCement", "Volkswagen AG", "Daimler AG", "Siemens AG", "BMW AG", "Warner Bros.",
    "Sony Music", "Universal Music", "Walt Disney", "Electronic Arts", "Harvard University",
    "Humboldt-Universität", "Freie Universität Berlin", "Freien Universität Berlin", "FU Berlin",
    "TU Berlin", "TU München", "TU Dresden", "RWTH Aachen", "ETH Zürich", "LMU München",
)


#: Acronyms and names safe for the ruler: all-caps or unambiguous one-word organisation names.
_RULER_WORDS = {
    "CDU", "CSU", "SPD", "FDP", "AfD", "NPD", "NSDAP", "ÖVP", "SPÖ", "FPÖ", "SVP", "BGH", "BVerfG", "BND",
    "BKA", "BAMF", "RKI", "KfW", "EZB", "IWF", "WTO", "OECD", "OSZE", "OPEC", "UNESCO", "UNICEF", "UNHCR",
    "IAEA", "IAEO", "Interpol", "Europol", "Frontex", "ISAF", "KFOR", "Greenpeace", "DRK", "IKRK", "FBI",
    "CIA", "NSA", "KGB", "FSB", "Mossad", "Stasi", "DGB", "Verdi", "GDL", "BDI", "DIHK", "ADAC", "ARD",
    "ZDF", "RTL", "ProSieben", "n-tv", "WDR", "NDR", "SWR", "MDR", "ORF", "BBC", "CNN", "dpa", "AFP",
    "Reuters", "FAZ", "taz", "NZZ", "Bundestag", "Bundesrat", "Bundeswehr", "Bundesverfassungsgericht",
    "Bundesgerichtshof", "Bundesbank", "Bundeskartellamt", "Bundesnetzagentur", "Siemens", "BASF", "BMW",
    "Daimler", "Volkswagen", "Lufthansa", "Microsoft", "Google", "Facebook", "Twitter", "Nokia", "Samsung",
    "DFB", "DFL", "UEFA", "Uefa", "FIFA", "Fifa", "IOC", "DOSB", "NBA", "NHL", "NFL", "BVB", "HSV",
}


def ruler_patterns() -> list[dict[str, Any]]:
    """entity_ruler phrase patterns (label ORG): `ORG_PHRASES` and the unambiguous one-word names."""
    names = list(dict.fromkeys(ORG_PHRASES)) + sorted(_RULER_WORDS)
    return [{"label": "ORG", "pattern": name} for name in names]


class OrgRelabel:
    """Relabels entities whose text is exactly a name of the ORG ruler's patterns as ORG.

    The names are read from the pipeline's entity_ruler `ruler` (so they travel with the model).
    Runs after that ruler. Cost: one set lookup per entity.
    """

    def __init__(self, nlp: Language, name: str, ruler: str) -> None:
        self.nlp = nlp
        self.name = name
        self.ruler = ruler
        self._names: frozenset[str] | None = None

    def names(self) -> frozenset[str]:
        if self._names is None:
            patterns = self.nlp.get_pipe(self.ruler).patterns  # type: ignore[attr-defined]
            self._names = frozenset(p["pattern"] for p in patterns if p["label"] == "ORG" and isinstance(p["pattern"], str))
        return self._names

    def __call__(self, doc: Doc) -> Doc:
        names = self.names()
        ents = list(doc.ents)
        changed = False
        for i, ent in enumerate(ents):
            if ent.label_ != "ORG" and ent.text in names:
                ents[i] = Span(doc, ent.start, ent.end, label="ORG")
                changed = True
        if changed:
            doc.ents = ents
        return doc


@Language.factory("lagebild_org_relabel", default_config={"ruler": "lagebild_org_names"})
def make_org_relabel(nlp: Language, name: str, ruler: str) -> OrgRelabel:
    """spaCy factory of `OrgRelabel` (registered when this module is imported)."""
    return OrgRelabel(nlp, name, ruler)
