"""HTTP fetching with one shared httpx client per run.

Basic version: timeouts, a body-size limit enforced while streaming, a redirect
limit and a polite User-Agent. Conditional GET is supported through ``etag`` and
``last_modified``.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType

import httpx

from extractors.errors import FetchError

USER_AGENT = "claimwatch/0.1 (+https://github.com/claimwatch/claimwatch; figure-claims research)"


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str  # final URL after redirects
    status: int
    body: bytes
    content_type: str
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """A shared client: ``with Fetcher() as f: f.get(url)``."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        p = self.policy
        self._client = httpx.Client(
            timeout=httpx.Timeout(p.read_timeout, connect=p.connect_timeout),
            follow_redirects=True,
            max_redirects=p.max_redirects,
            headers={"User-Agent": p.user_agent},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self._client.stream("GET", url, headers=headers) as resp:
                if resp.status_code == 304:
                    return FetchResult(str(resp.url), 304, b"", resp.headers.get("content-type", ""),
                                       etag, last_modified)
                if resp.status_code >= 400:
                    retryable = resp.status_code == 429 or resp.status_code >= 500
                    raise FetchError(f"HTTP {resp.status_code} from {url}", url=url, retryable=retryable)
                chunks = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > self.policy.max_bytes:
                        raise FetchError(f"body of {url} exceeds {self.policy.max_bytes} bytes", url=url)
                    chunks.append(chunk)
                return FetchResult(
                    url=str(resp.url), status=resp.status_code, body=b"".join(chunks),
                    content_type=resp.headers.get("content-type", ""),
                    etag=resp.headers.get("etag"), last_modified=resp.headers.get("last-modified"),
                )
        except httpx.TooManyRedirects as exc:
            raise FetchError(f"too many redirects from {url}", url=url) from exc
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out fetching {url}", url=url, retryable=True) from exc
        except httpx.TransportError as exc:
            raise FetchError(f"cannot fetch {url}: {exc}", url=url, retryable=True) from exc
        except httpx.InvalidURL as exc:
            raise FetchError(f"invalid URL {url!r}: {exc}", url=url) from exc
