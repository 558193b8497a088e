"""HTTP bodies stored raw in WARCs: chunked and gzip encodings undone, damage reported."""

from __future__ import annotations

import gzip
import zlib

import pytest

from lagebild.ingest.decode import UnreadableInput
from lagebild.ingest.http_body import decoded_payload

BODY = "<p>Grüße aus Köln</p>".encode()


def test_chunked_gzip_body() -> None:
    packed = gzip.compress(BODY)
    chunked = b"".join(f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in (packed[:10], packed[10:]))
    assert decoded_payload(chunked + b"0\r\n\r\n", "chunked", "gzip") == BODY


def test_raw_deflate_and_already_dechunked_body() -> None:
    raw_deflate = zlib.compressobj(wbits=-15)
    assert decoded_payload(raw_deflate.compress(BODY) + raw_deflate.flush(), None, "deflate") == BODY
    assert decoded_payload(BODY, "chunked", None) == BODY


@pytest.mark.parametrize(("encoding", "reason"), [("gzip", "broken gzip"), ("br", "unsupported Content-Encoding")])
def test_bad_encodings(encoding: str, reason: str) -> None:
    with pytest.raises(UnreadableInput, match=reason):
        decoded_payload(b"not compressed", None, encoding)
