"""Builders for small ingest fixtures, written into tmp_path by the tests themselves."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

GERMAN = "Die Bürgerinnen in Köln äußern sich über die Maßnahmen der Straßenbahn."


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], gzip: bool) -> Path:
    """A WARC with a warcinfo record, then one response per (url, body, content type) and a request."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "lagebild-tests"}))
        for url, body, content_type in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://example.org/", "request",
                                                      payload=io.BytesIO(b""), http_headers=request))
    return path


def page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>"
