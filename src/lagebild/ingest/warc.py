"""Web archives (`.warc`, `.warc.gz`, CC-NEWS style): one article per HTML response record.

Built on fastwarc, which is fast but silent about damage: a file cut short ends the
iteration without an error, and a half-written last record comes out with a short body.
`read_warc` therefore checks each record's length against its Content-Length and, at the
end, that the file holds nothing after the last complete record (`warc_tail`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from lagebild.ingest import decode
from lagebild.ingest.decode import UnreadableInput, declared_charset, decode_text
from lagebild.ingest.http_body import decoded_payload
from lagebild.ingest.warc_tail import damage_after
from lagebild.model import RawDocument, ReadError


def read_warc(path: Path) -> Iterator[RawDocument | ReadError]:
    """Yield one `RawDocument(format="warc", is_html=True)` per HTML response record in `path`.

    Input: a `.warc`/`.warc.gz` path. Output: documents with source `"path#<record id>"`,
    `url` from WARC-Target-URI and `hints={"warc_date": ...}`; a `ReadError` per bad record,
    and one final `ReadError` saying where a truncated or corrupt file broke. Non-HTML and
    non-2xx responses, requests, metadata and warcinfo records are skipped silently.
    Cost: streamed, one record in memory at a time (up to `decode.MAX_FILE_BYTES`); the end
    check re-reads only the last record (whole file once for single-stream gzip).
    """
    last_start: int | None = None
    with path.open("rb") as stream:
        try:
            for record in ArchiveIterator(stream, parse_http=True, fsspec_args=False):
                last_start = record.stream_pos
                if record.record_type != WarcRecordType.response:
                    continue
                item = _record_document(path, record)
                if item is None:
                    continue
                yield item
                if isinstance(item, ReadError) and item.reason.startswith("truncated"):
                    return
        except OSError as error:  # fastwarc raises OSError for damaged headers and gzip data errors
            where = "at the start" if last_start is None else f"after the record at offset {last_start}"
            yield ReadError(str(path), f"corrupt WARC {where} ({error}); records before it were read, "
                                       "the rest of the file is skipped")
            return
    problem = damage_after(path, last_start)
    if problem:
        yield ReadError(str(path), problem)


def _record_document(path: Path, record: WarcRecord) -> RawDocument | ReadError | None:
    """The document in one response record, a ReadError if it is damaged, None if it is not an article."""
    source = f"{path}#{(record.record_id or '').strip('<>') or f'offset{record.stream_pos}'}"
    declared_length = record.headers.get("Content-Length")
    if declared_length is None or not record.is_http_parsed or record.http_headers is None:
        return ReadError(source, f"truncated WARC record at offset {record.stream_pos}: its headers are "
                                 "incomplete; the file was cut short (re-download it)")
    if record.content_length > decode.MAX_FILE_BYTES:
        return ReadError(source, f"record too large ({decode.megabytes(record.content_length)} MB > "
                                 f"{decode.megabytes(decode.MAX_FILE_BYTES)} MB limit); skipped")
    content_type = (record.http_content_type or "").lower()
    status = record.http_headers.status_code or 0
    if "html" not in content_type or not 200 <= status < 300:
        return None
    raw = record.reader.read()
    if len(raw) < record.content_length:
        return ReadError(source, f"truncated WARC record at offset {record.stream_pos}: {len(raw)} of "
                                 f"{record.content_length} body bytes present; the file was cut short (re-download it)")
    headers = record.http_headers
    try:
        body = decoded_payload(raw, headers.get("Transfer-Encoding"), headers.get("Content-Encoding"))
        content = decode_text(body, declared=record.http_charset or declared_charset(body))
    except UnreadableInput as error:
        return ReadError(source, str(error).replace("empty file", "empty HTTP body"))
    return RawDocument(source=source, format="warc", content=content, is_html=True,
                       url=record.headers.get("WARC-Target-URI"),
                       hints={"warc_date": record.headers.get("WARC-Date")})
