"""HTTP fetching that survives the real web and cannot be aimed at internal services.

One ``Fetcher`` per batch, shared by the batch's threads. Per page it enforces:

- timeouts: connect and per-read, and a total ``deadline`` covering every attempt,
  redirect hop and the whole body (a server dripping one byte a second is cut off);
- retries with exponential backoff and full jitter on connection errors, timeouts,
  429 and 5xx, honouring ``Retry-After``; never on other 4xx. The retry loop lives
  here, per URL, rather than in Prefect task retries: a task is a batch of a hundred
  pages, and one 429 must not re-fetch the other ninety-nine;
- a body limit (default 10 MB) counted while streaming on the raw bytes *and* on the
  decompressed bytes (gzip/deflate are inflated here with a bounded output, so a
  gzip bomb stops at the limit instead of filling memory);
- a content-type allowlist checked on the headers, before any body is read;
- a redirect limit and loop detection, redirects being followed by hand so that
- every hop's host is resolved and refused if any address is loopback, private,
  link-local (cloud metadata at 169.254.169.254), reserved, multicast or otherwise
  not global. The connection then goes to the address that was checked (Host header
  and TLS SNI keep the name), so DNS cannot rebind between check and connect.
  Local sources need an explicit opt-in: ``FetchPolicy(allow_private=True)``,
  ``claimwatch run --allow-private`` or ``CLAIMWATCH_ALLOW_PRIVATE=1``. Cloud metadata
  addresses and names stay refused even then: no news source lives there;
- at most ``per_host`` requests in flight per host, and a polite User-Agent.

Conditional GET is supported through ``etag`` and ``last_modified``.
"""

from __future__ import annotations

import email.utils
import ipaddress
import os
import random
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from extractors.errors import BlockedAddressError, FetchError

USER_AGENT = "claimwatch/0.1 (+https://github.com/claimwatch/claimwatch; figure-claims research)"
ALLOW_PRIVATE_ENV = "CLAIMWATCH_ALLOW_PRIVATE"
DEADLINE_ENV = "CLAIMWATCH_FETCH_DEADLINE"

#: Media types worth fetching: articles, plain text and feeds. An empty type is let through
#: (many small servers send none) and judged later by the loader's sniffing.
ALLOWED_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "application/xml",
    "text/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
)
#: Names that point at cloud metadata services whatever they resolve to.
BLOCKED_HOSTNAMES = frozenset(
    {
        "metadata",
        "metadata.google.internal",
        "instance-data",
        "instance-data.ec2.internal",
        "metadata.azure.internal",
    }
)
_METADATA_ADDRS = frozenset(
    {
        ipaddress.ip_address("169.254.169.254"),
        ipaddress.ip_address("169.254.170.2"),
        ipaddress.ip_address("100.100.100.200"),
        ipaddress.ip_address("fd00:ec2::254"),
    }
)
_METADATA = "a cloud metadata address"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def _env_allows_private() -> bool:
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def _env_deadline(default: float = 90.0) -> float:
    try:
        value = float(os.environ.get(DEADLINE_ENV, default))
    except ValueError:
        return default
    return value if value > 0 else default


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # longest silence between two reads
    #: Whole page: every attempt, hop, backoff and the body (default 90 s, or $CLAIMWATCH_FETCH_DEADLINE).
    deadline: float = field(default_factory=_env_deadline)
    max_bytes: int = 10 * 1024 * 1024  # raw and decompressed
    max_redirects: int = 5
    retries: int = 3  # extra attempts after the first, for retryable failures only
    backoff: float = 0.5  # first backoff ceiling in seconds; doubles per attempt (full jitter)
    max_backoff: float = 20.0
    max_retry_after: float = 60.0  # a longer Retry-After is not waited for: the page fails, retryable
    per_host: int = 2
    user_agent: str = USER_AGENT
    allowed_types: tuple[str, ...] = ALLOWED_TYPES
    allow_private: bool = field(default_factory=_env_allows_private)
    #: Narrower opt-in than ``allow_private``: only these networks (CIDR) are let through.
    allow_networks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str  # final URL after redirects
    status: int
    body: bytes
    content_type: str
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 1

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def fetch_policy(allow_private: bool = False) -> FetchPolicy:
    """The default policy; ``allow_private`` (or ``$CLAIMWATCH_ALLOW_PRIVATE``) opts in to local sources."""
    return FetchPolicy(allow_private=True) if allow_private else FetchPolicy()


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def address_problem(addr: IPAddress) -> str | None:
    """Why ``addr`` must not be fetched by default, or None if it is a public address."""
    if isinstance(addr, ipaddress.IPv6Address):
        if addr.ipv4_mapped is not None:
            addr = addr.ipv4_mapped
        elif addr.is_site_local:  # fec0::/10: deprecated, but still routed inside some networks
            return "a site-local address"
        elif addr.sixtofour is not None or addr.teredo is not None:
            # 6to4 and Teredo carry an IPv4 address that a relay may deliver to: judge that one.
            inner = addr.sixtofour if addr.sixtofour is not None else addr.teredo[1]  # type: ignore[index]
            why = address_problem(inner)
            return f"a tunnelled IPv6 address to {why}" if why else None
    if addr in _METADATA_ADDRS:
        return _METADATA
    for attr, what in (
        ("is_loopback", "loopback"),
        ("is_link_local", "link-local"),
        ("is_multicast", "multicast"),
        ("is_unspecified", "unspecified"),
        ("is_reserved", "reserved"),
        ("is_private", "private"),
    ):
        if getattr(addr, attr):
            return f"a {what} address"
    if not addr.is_global:
        return "not a public address"
    return None


#: What a request was doing when its timeout hit, for the failure's reason.
_PHASE: dict[type[Exception], str] = {
    httpx.ConnectTimeout: "connecting to",
    httpx.ReadTimeout: "waiting for a response from",
    httpx.WriteTimeout: "sending the request to",
    httpx.PoolTimeout: "waiting for a free connection to",
}


class _Budget:
    """A page's deadline. Time spent queued for a host slot is added back: the deadline
    bounds the work on this page, not the wait behind slow pages of the same host."""

    __slots__ = ("deadline",)

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds

    def left(self) -> float:
        return self.deadline - time.monotonic()


class _Inflater:
    """Streaming gzip/deflate decoding whose output never exceeds what the caller allows."""

    def __init__(self, encoding: str) -> None:
        self._raw_fallback = encoding == "deflate"  # servers send zlib-wrapped or raw deflate
        self._d = zlib.decompressobj(16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS)
        self._started = False

    def feed(self, chunk: bytes, limit: int) -> bytes:
        """At most ``limit`` bytes of output; reaching it means the body is over budget."""
        try:
            out = self._d.decompress(chunk, limit)
        except zlib.error:
            if not (self._raw_fallback and not self._started):
                raise
            self._d = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._d.decompress(chunk, limit)
        self._started = True
        return out

    def finish(self, limit: int) -> bytes:
        return self._d.flush(limit) if limit > 0 else b""

    @property
    def complete(self) -> bool:
        return self._d.eof or self._raw_fallback  # raw deflate has no trailer to check


class Fetcher:
    """``with Fetcher(policy) as f: f.get(url)``; safe to share between threads."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        resolve: Callable[[str, int], list[str]] | None = None,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._sleep = sleep
        self._resolve = resolve or _getaddrinfo
        self._allowed_nets = [ipaddress.ip_network(n, strict=False) for n in self.policy.allow_networks]
        self._lock = threading.Lock()
        self._clients: dict[tuple[str, str], httpx.Client] = {}
        self._host_slots: dict[str, threading.BoundedSemaphore] = {}
        self._random = random.Random()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            clients, self._clients = list(self._clients.values()), {}
        for c in clients:
            c.close()

    # -- public ---------------------------------------------------------------------------

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """The page at ``url``; a ``FetchError`` (``retryable`` or not) says why it could not be had."""
        p = self.policy
        headers = {
            "User-Agent": p.user_agent,
            "Accept-Encoding": "gzip, deflate",
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,application/xml;q=0.8,*/*;q=0.1",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        budget = _Budget(p.deadline)
        attempt = 0
        while True:
            attempt += 1
            try:
                result = self._get_once(url, headers, budget)
                return FetchResult(
                    result.url,
                    result.status,
                    result.body,
                    result.content_type,
                    result.etag,
                    result.last_modified,
                    attempts=attempt,
                )
            except FetchError as exc:
                if not exc.retryable or attempt > p.retries:
                    if attempt > 1:
                        raise type(exc)(
                            f"{exc} (after {attempt} attempts)",
                            url=url,
                            retryable=exc.retryable,
                            retry_after=exc.retry_after,
                        ) from exc
                    raise
                delay = self._backoff(attempt, exc.retry_after)
                left = budget.left()
                if exc.retry_after is not None and exc.retry_after > p.max_retry_after:
                    raise FetchError(
                        f"{exc}; Retry-After {exc.retry_after:.0f} s is over the {p.max_retry_after:.0f} s we wait",
                        url=url,
                        retryable=True,
                        retry_after=exc.retry_after,
                    ) from exc
                if delay >= left:
                    raise FetchError(
                        f"{exc}; no time left to retry within the {p.deadline:g} s deadline "
                        f"(after {attempt} attempt{'s' if attempt > 1 else ''})",
                        url=url,
                        retryable=True,
                        retry_after=exc.retry_after,
                    ) from exc
                self._sleep(delay)

    # -- one attempt: redirects by hand, each hop checked ----------------------------------

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        p = self.policy
        if retry_after is not None:
            return retry_after + self._random.uniform(0, min(p.backoff, 1.0))
        return self._random.uniform(0, min(p.max_backoff, p.backoff * 2 ** (attempt - 1)))

    def _get_once(self, url: str, headers: dict[str, str], budget: _Budget) -> FetchResult:
        p = self.policy
        seen = {url}
        current = url
        for _hop in range(p.max_redirects + 1):
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError(f"refusing {current!r}: only http(s) URLs with a host are fetched", url=url)
            host = parts.hostname.lower()
            port = parts.port or (443 if parts.scheme == "https" else 80)
            address = self._checked_address(host, port, current)
            with self._host_slot(host, budget):
                request_url = httpx.URL(current).copy_with(host=address)
                client = self._client(parts.scheme, host)
                timeout = self._timeout(budget, url)
                try:
                    request = client.build_request(
                        "GET",
                        request_url,
                        headers={**headers, "Host": parts.netloc.rsplit("@", 1)[-1]},
                        timeout=timeout,
                        extensions={"sni_hostname": host},
                    )
                    resp = client.send(request, stream=True)
                except httpx.InvalidURL as exc:
                    raise FetchError(f"invalid URL {current!r}: {exc}", url=url) from exc
                except httpx.TimeoutException as exc:
                    raise FetchError(
                        f"timed out {_PHASE.get(type(exc), 'waiting for')} {current}", url=url, retryable=True
                    ) from exc
                except httpx.TransportError as exc:
                    raise FetchError(
                        f"cannot fetch {current}: {exc or type(exc).__name__}", url=url, retryable=True
                    ) from exc
                try:
                    if resp.status_code in _REDIRECTS:
                        location = resp.headers.get("location")
                        if not location:
                            raise FetchError(f"HTTP {resp.status_code} from {current} without a Location", url=url)
                        nxt = urljoin(current, location.strip())
                        if nxt in seen:
                            raise FetchError(f"redirect loop: {current} leads back to {nxt}", url=url)
                        seen.add(nxt)
                        current = nxt
                        continue
                    return self._read(resp, current, url, budget)
                finally:
                    resp.close()
        raise FetchError(f"more than {p.max_redirects} redirects from {url}", url=url)

    def _read(self, resp: httpx.Response, current: str, url: str, budget: _Budget) -> FetchResult:
        ctype = resp.headers.get("content-type", "")
        if resp.status_code == 304:
            return FetchResult(current, 304, b"", ctype, resp.headers.get("etag"), resp.headers.get("last-modified"))
        _check_status(resp, current, url)
        inflater = self._check_headers(resp, current, url)
        body = self._body(resp, current, url, budget, inflater)
        return FetchResult(
            current, resp.status_code, body, ctype, resp.headers.get("etag"), resp.headers.get("last-modified")
        )

    def _check_headers(self, resp: httpx.Response, current: str, url: str) -> _Inflater | None:
        """Refuse on the headers alone (type, announced length, encoding), before any body is read;
        the decoder for the body's content-encoding, if it has one."""
        p = self.policy
        media = resp.headers.get("content-type", "").split(";")[0].strip().lower()
        if media and media not in p.allowed_types:
            raise FetchError(f"{current} has content type {media}, not an article or feed", url=url)
        length = resp.headers.get("content-length", "")
        if length.isdigit() and int(length) > p.max_bytes:
            raise FetchError(f"body of {current} is {int(length)} bytes, over the {p.max_bytes}-byte limit", url=url)
        encoding = _encoding(resp)
        if encoding in ("", "identity"):
            return None
        if encoding in ("gzip", "x-gzip", "deflate"):
            return _Inflater(encoding)
        raise FetchError(f"{current} is sent with content-encoding {encoding!r}, which we did not ask for", url=url)

    def _body(self, resp: httpx.Response, current: str, url: str, budget: _Budget, inflater: _Inflater | None) -> bytes:
        """The body, streamed within the size limit (raw and decoded) and the page's deadline."""
        p = self.policy
        body = bytearray()
        raw_size = 0
        try:
            for chunk in resp.iter_raw():
                raw_size += len(chunk)
                if raw_size > p.max_bytes:
                    raise FetchError(f"body of {current} exceeds {p.max_bytes} bytes", url=url)
                body += inflater.feed(chunk, p.max_bytes - len(body) + 1) if inflater else chunk
                self._check_progress(len(body), raw_size, current, url, budget)
            if inflater:
                body += inflater.finish(p.max_bytes - len(body) + 1)
                self._check_inflated(len(body), inflater, current, url)
        except zlib.error as exc:
            raise FetchError(f"body of {current} is not valid {_encoding(resp)}: {exc}", url=url) from exc
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out reading {current} ({raw_size} bytes read)", url=url, retryable=True) from exc
        except httpx.TransportError as exc:
            raise FetchError(
                f"body of {current} is truncated or the connection broke after {raw_size} bytes: "
                f"{exc or type(exc).__name__}",
                url=url,
                retryable=True,
            ) from exc
        return bytes(body)

    def _check_progress(self, size: int, raw_size: int, current: str, url: str, budget: _Budget) -> None:
        """After each chunk: the decoded body within the limit, the page within its deadline."""
        p = self.policy
        if size > p.max_bytes:
            raise FetchError(
                f"body of {current} decompresses to more than {p.max_bytes} bytes ({raw_size} bytes read)", url=url
            )
        if budget.left() < 0:
            raise FetchError(
                f"{current} did not finish within the {p.deadline:g} s deadline ({raw_size} bytes read)",
                url=url,
                retryable=True,
            )

    def _check_inflated(self, size: int, inflater: _Inflater, current: str, url: str) -> None:
        p = self.policy
        if size > p.max_bytes:
            raise FetchError(f"body of {current} decompresses to more than {p.max_bytes} bytes", url=url)
        if not inflater.complete:
            raise FetchError(f"compressed body of {current} is truncated", url=url, retryable=True)

    # -- plumbing -------------------------------------------------------------------------

    def _timeout(self, budget: _Budget, url: str) -> httpx.Timeout:
        left = budget.left()
        if left <= 0:
            raise FetchError(
                f"{url} did not finish within the {self.policy.deadline:g} s deadline", url=url, retryable=True
            )
        p = self.policy
        return httpx.Timeout(
            min(p.read_timeout, left), connect=min(p.connect_timeout, left), pool=min(p.connect_timeout, left)
        )

    def _checked_address(self, host: str, port: int, current: str) -> str:
        """The address to connect to, after refusing internal ones (unless opted in)."""
        p = self.policy
        if host.rstrip(".") in BLOCKED_HOSTNAMES:
            raise BlockedAddressError(f"refusing {current}: {host} is a cloud metadata name", url=current)
        try:
            addresses = self._resolve(host, port)
        except OSError as exc:
            raise FetchError(
                f"cannot resolve {host}: {getattr(exc, 'strerror', None) or exc}", url=current, retryable=True
            ) from exc
        if not addresses:
            raise FetchError(f"{host} resolves to no address", url=current, retryable=True)
        for text in addresses:
            addr = ipaddress.ip_address(text.split("%", 1)[0])
            problem = address_problem(addr)
            if problem == _METADATA:  # refused even with the opt-in
                raise BlockedAddressError(f"refusing {current}: {host} resolves to {addr}, {problem}", url=current)
            if problem and not p.allow_private and not any(addr in net for net in self._allowed_nets):
                raise BlockedAddressError(
                    f"refusing {current}: {host} resolves to {addr}, {problem}; use --allow-private "
                    f"(or {ALLOW_PRIVATE_ENV}=1) for local sources",
                    url=current,
                )
        return addresses[0]

    def _client(self, scheme: str, host: str) -> httpx.Client:
        # One client per host: connections are pinned to checked addresses, and TLS must not
        # reuse a connection verified for one name to talk to another on the same address.
        with self._lock:
            client = self._clients.get((scheme, host))
            if client is None:
                client = httpx.Client(
                    follow_redirects=False, trust_env=False, limits=httpx.Limits(max_connections=self.policy.per_host)
                )
                self._clients[(scheme, host)] = client
            return client

    @contextmanager
    def _host_slot(self, host: str, budget: _Budget) -> Iterator[None]:
        with self._lock:
            slot = self._host_slots.setdefault(host, threading.BoundedSemaphore(self.policy.per_host))
        queued = time.monotonic()
        slot.acquire()  # holders are bounded by their own deadlines, so this wait is too
        budget.deadline += time.monotonic() - queued
        try:
            yield
        finally:
            slot.release()


def _check_status(resp: httpx.Response, current: str, url: str) -> None:
    """An error status is a FetchError, retryable for 429 and 5xx (with their Retry-After)."""
    if resp.status_code >= 400:
        retryable = resp.status_code == 429 or resp.status_code >= 500
        retry_after = parse_retry_after(resp.headers.get("retry-after")) if retryable else None
        raise FetchError(
            f"HTTP {resp.status_code} from {current}", url=url, retryable=retryable, retry_after=retry_after
        )
    if resp.status_code >= 300 or resp.status_code < 200:
        raise FetchError(f"HTTP {resp.status_code} from {current} is not a page", url=url)


def _encoding(resp: httpx.Response) -> str:
    return resp.headers.get("content-encoding", "identity").strip().lower()


def _getaddrinfo(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    out: list[str] = []
    for info in infos:
        addr = str(info[4][0])
        if addr not in out:
            out.append(addr)
    return out


__all__ = [
    "ALLOWED_TYPES",
    "ALLOW_PRIVATE_ENV",
    "DEADLINE_ENV",
    "FetchPolicy",
    "FetchResult",
    "Fetcher",
    "address_problem",
    "fetch_policy",
    "parse_retry_after",
]
