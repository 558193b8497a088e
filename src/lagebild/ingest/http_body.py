"""Undo HTTP transfer and content encodings on a payload stored raw in a WARC record.

Crawlers differ: CC-NEWS stores bodies already decoded, others keep `chunked` and `gzip`
exactly as the server sent them. We decode here (not with fastwarc's `auto_decode`) so that
the raw length can first be checked against the record's Content-Length to spot truncation.
"""

from __future__ import annotations

import zlib

from lagebild.ingest.decode import MAX_FILE_BYTES, UnreadableInput


def decoded_payload(raw: bytes, transfer_encoding: str | None, content_encoding: str | None) -> bytes:
    """`raw` with `Transfer-Encoding: chunked` and `Content-Encoding: gzip/deflate` undone.

    Input: the payload bytes and the two header values. Output: the body bytes.
    Cost: O(len(raw)); memory bounded by `decode.MAX_FILE_BYTES`. Raises `UnreadableInput`.
    """
    body = raw
    if transfer_encoding and "chunked" in transfer_encoding.lower():
        body = _dechunked(body)
    encoding = (content_encoding or "").strip().lower()
    if encoding in {"gzip", "x-gzip", "deflate"}:
        try:
            body = _inflated(body, raw_deflate_fallback=encoding == "deflate")
        except zlib.error:
            raise UnreadableInput(f"broken {encoding} HTTP body; the record is damaged") from None
        if len(body) > MAX_FILE_BYTES:
            raise UnreadableInput("HTTP body too large once decompressed; skipped")
    elif encoding not in {"", "identity", "none"}:
        raise UnreadableInput(f"HTTP body in unsupported Content-Encoding '{encoding}'; skipped")
    return body


def _inflated(body: bytes, raw_deflate_fallback: bool) -> bytes:
    try:
        return zlib.decompressobj(wbits=47).decompress(body, MAX_FILE_BYTES + 1)  # 32+15: gzip or zlib
    except zlib.error:
        if not raw_deflate_fallback:
            raise
        return zlib.decompressobj(wbits=-15).decompress(body, MAX_FILE_BYTES + 1)  # servers send raw deflate too


def _dechunked(raw: bytes) -> bytes:
    """Join the chunks of a chunked body; a body that is not really chunked is returned as is."""
    parts: list[bytes] = []
    position = 0
    while position < len(raw):
        line_end = raw.find(b"\r\n", position)
        if line_end < 0:
            return raw
        try:
            size = int(raw[position:line_end].split(b";")[0].strip(), 16)
        except ValueError:
            return raw  # header says chunked, body is not (crawler already de-chunked it)
        if size == 0:
            break
        parts.append(raw[line_end + 2:line_end + 2 + size])
        position = line_end + 2 + size + 2
    return b"".join(parts)
