"""The records that flow through lagebild's pipeline.

A reader turns a file into `RawDocument`s; cleaning and metadata turn each into an
`Article`; the corpus stages (reuse, stories) add `Passage`s and `Story`s. Records are
plain dataclasses so that every stage is a pure function from records to records and
the store, CLI, API and Spark job can all share them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

#: Input formats lagebild reads; the value is stored on each article as `format`.
InputFormat = Literal["txt", "html", "warc", "jsonl", "rss"]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One article as a reader found it, before cleaning.

    `content` is decoded text: an HTML page when `is_html`, else a flattened text dump
    or already-clean text. `hints` carry metadata the container itself gave (JSONL
    fields, RSS item fields, WARC headers); they win over what is guessed from the text.
    """

    source: str  # where it came from: a path, or "path#record" inside a WARC/JSONL/RSS file
    format: InputFormat
    content: str
    is_html: bool = False
    url: str | None = None
    hints: dict[str, object] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """Stable article id: a hash of the content, so re-reading the same input adds nothing."""
        return article_id(self.content)


def article_id(content: str) -> str:
    """16 hex digits of SHA-256 over the raw content (collisions: ~1 in 10^19 per pair)."""
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class ReadError:
    """A file or record that could not be read: reported to the user, never fatal to a run."""

    source: str
    reason: str


@dataclass(slots=True)
class Cleaned:
    """What a cleaner keeps of one document, plus what it recognised while dropping the rest.

    Cleaners know the layout (where the title, byline, tag list and captions are), so they
    hand those pieces to the metadata stage instead of throwing them away.
    """

    title: str | None
    body: str  # paragraphs separated by one blank line ("\n\n")
    teaser: str | None = None
    bylines: list[str] = field(default_factory=list)  # raw author/date lines ("Von: Bona Hyun")
    dates: list[str] = field(default_factory=list)  # raw date strings seen in dateline/footer
    authors: list[str] = field(default_factory=list)  # names from an explicit author list
    tags: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)  # raw credit lines ("Quelle: dpa, AFP")
    related: list[str] = field(default_factory=list)  # headlines of "related articles" blocks
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (role, text) of removed blocks


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention in an article's body: `body[start:end] == text`."""

    start: int
    end: int
    text: str
    kind: str  # "PER", "LOC", "ORG" or "MISC"


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression in an article's body, normalised against the publication date.

    `type` is TIMEX3's DATE, TIME, DURATION or SET; `value` is ISO/TIMEX3 at the precision
    the text gives ("2023-07-25", "2023-07", "2023-W30", "P3D", "XXXX-07-27" for a recurring
    date not pinned to a year, "2023-07-25TEV" for an evening).
    """

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of an article's body that plays a role in an event or claim: `body[start:end] == text`.

    `kind` is the NER kind when the span is a named-entity mention ("PER", "LOC", "ORG",
    "MISC"), else "" (a pronoun, a common noun phrase such as "US-Geheimdienste").
    """

    start: int
    end: int
    text: str
    kind: str = ""


#: Stances a claim can take towards its content.
Stance = Literal["asserts", "denies", "speculates"]

#: How a claim is reported: quoted verbatim, in indirect speech, or as an attributed report.
ClaimForm = Literal["direct", "indirect", "reported"]

#: Whether an event is stated as fact or not: lagebild never states speculation as fact.
Modality = Literal["asserted", "negated", "possible", "planned", "reported", "denied"]


@dataclass(slots=True)
class Event:
    """Who did what to whom, where and when, as one sentence of one article states it.

    `start`/`end` is the sentence span in the body; `trigger` the words that name the event
    (a verb with its separated particle, "traf ... zusammen", or a noun, "Besuch"); `date`
    an ISO/TIMEX3 value from the time layer at the precision the text gives, or None.
    """

    id: str
    article: str
    event_type: str
    start: int
    end: int
    trigger: str
    actors: list[Span] = field(default_factory=list)
    targets: list[Span] = field(default_factory=list)
    place: Span | None = None
    date: str | None = None
    modality: Modality = "asserted"
    confidence: float = 0.5


@dataclass(slots=True)
class Claim:
    """Something a source says, claims or denies, attributed to that source.

    `start`/`end` spans the whole attribution (cue, source and content); `content` is the
    message span, `source` the speaker or informant span (None when the text names none:
    "hieß es"), `cue` the words that mark speech ("sagte", "laut", quotation marks).
    """

    id: str
    article: str
    start: int
    end: int
    content: Span
    cue: Span | None
    source: Span | None
    stance: Stance = "asserts"
    form: ClaimForm = "reported"


@dataclass(slots=True)
class Article:
    """A clean article with its metadata: the record every later stage enriches."""

    id: str
    source: str
    format: InputFormat
    body: str
    title: str | None = None
    teaser: str | None = None
    url: str | None = None
    language: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO 8601, partial kept partial: "2023", "2023-07", "2023-07-28"
    authors: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)  # agencies: "dpa", "AFP", "Reuters" ...
    tags: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    story: str | None = None
    duplicate_of: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """Where a shared passage sits in one article: `body[start:end]`."""

    article: str
    start: int
    end: int


@dataclass(slots=True)
class Passage:
    """Text that appears (nearly) verbatim in two or more different articles."""

    text: str
    occurrences: list[Occurrence]


@dataclass(frozen=True, slots=True)
class EntityMention:
    """Where a canonical entity is mentioned: `body[start:end]` of one article."""

    article: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    """A person, place, organisation or other named thing, unified across spellings and articles."""

    id: str
    name: str  # canonical name: the fullest common form ("Sergej Schoigu", "Pjöngjang")
    kind: str  # "PER", "LOC", "ORG" or "MISC"
    aliases: list[str] = field(default_factory=list)  # every surface form seen
    mentions: list[EntityMention] = field(default_factory=list)


@dataclass(slots=True)
class Story:
    """Articles about the same news event, grown incrementally as articles arrive."""

    id: str
    title: str
    articles: list[str]
    first_published: str | None = None
    last_published: str | None = None


@dataclass(slots=True)
class TimelineEntry:
    """One happening in a story's timeline: the same event as every source reported it.

    `date` is the best date the sources give (ISO/TIMEX3, may be partial or an interval
    "1950/1953"); `sources` are article ids; `claims` ids of claims about it; `conflicts`
    say where sources disagree ("date: 2023-07-25 (a1) vs 2023-07-26 (b2)"); `background`
    marks facts restated from long before the story (a war decades ago, a yearly holiday).
    """

    date: str | None
    event_type: str
    summary: str
    events: list[str]
    sources: list[str]
    conflicts: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)  # canonical names of actors and targets
    place: str | None = None
    background: bool = False


@dataclass(slots=True)
class Timeline:
    """A story's events merged across its articles, ordered by when they happened."""

    story: str
    entries: list[TimelineEntry]
