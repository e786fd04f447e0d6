"""The fetcher against a real misbehaving HTTP server on 127.0.0.1.

Local sources need the opt-in, so these tests use ``allow_private=True`` except the
SSRF ones in ``test_fetch_ssrf.py``. Policies keep timeouts and backoffs short so
the whole module runs in a few seconds.
"""

from __future__ import annotations

import threading

import pytest

from extractors.errors import FetchError
from flows.fetch import USER_AGENT, Fetcher, FetchPolicy, parse_retry_after
from tests.flows.fault_server import ARTICLE, BIG, FaultServer, fault_server_fixture  # noqa: F401

pytestmark = pytest.mark.slow

FAST = FetchPolicy(
    allow_private=True, connect_timeout=2.0, read_timeout=2.0, deadline=10.0, retries=2, backoff=0.05, max_backoff=0.2
)


def fetch(url: str, policy: FetchPolicy = FAST) -> object:
    with Fetcher(policy) as f:
        return f.get(url)


def test_good_page_is_fetched_with_a_polite_user_agent(fault_server: FaultServer) -> None:
    with Fetcher(FAST) as f:
        page = f.get(fault_server.url("/article?k=ua"))
        agent = f.get(fault_server.url("/ua"))
    assert page.status == 200 and page.body == ARTICLE.encode()
    assert agent.body.decode() == f"agent {USER_AGENT}"
    assert fault_server.hits("/article", "ua")[0].headers["accept-encoding"] == "gzip, deflate"


def test_conditional_get_returns_not_modified(fault_server: FaultServer) -> None:
    with Fetcher(FAST) as f:
        first = f.get(fault_server.url("/article"))
        again = f.get(fault_server.url("/article"), etag=first.etag)
    assert first.etag == '"v1"' and again.not_modified and again.body == b""


def test_slow_drip_is_cut_off_by_the_page_deadline(fault_server: FaultServer) -> None:
    # The server sends a byte every 0.1 s: no single read times out, only the deadline stops it.
    policy = FetchPolicy(allow_private=True, read_timeout=5.0, deadline=1.0, retries=2, backoff=0.05)
    with pytest.raises(FetchError, match="deadline") as err:
        fetch(fault_server.url("/drip"), policy)
    assert err.value.retryable
    assert len(fault_server.hits("/drip")) == 1  # no time was left for a second try


def test_silent_server_hits_the_read_timeout(fault_server: FaultServer) -> None:
    policy = FetchPolicy(allow_private=True, read_timeout=0.3, deadline=5.0, retries=1, backoff=0.05)
    with pytest.raises(FetchError, match="timed out waiting for a response from") as err:
        fetch(fault_server.url("/stall?k=t"), policy)
    assert err.value.retryable and "after 2 attempts" in str(err.value)
    assert len(fault_server.hits("/stall", "t")) == 2


def test_500_is_retried_with_backoff_then_fails(fault_server: FaultServer) -> None:
    with pytest.raises(FetchError, match="HTTP 500") as err:
        fetch(fault_server.url("/status/500?k=r"))
    assert err.value.retryable and "after 3 attempts" in str(err.value)
    assert len(fault_server.hits("/status/500", "r")) == 3  # 1 + retries=2


def test_a_passing_5xx_is_survived(fault_server: FaultServer) -> None:
    result = fetch(fault_server.url("/flaky/2?k=flaky"))
    assert result.status == 200 and result.attempts == 3  # type: ignore[attr-defined]


def test_429_honours_retry_after(fault_server: FaultServer) -> None:
    result = fetch(fault_server.url("/429?k=ra&after=1"))
    hits = fault_server.hits("/429", "ra")
    assert result.status == 200 and len(hits) == 2  # type: ignore[attr-defined]
    assert hits[1].at - hits[0].at >= 1.0  # the server asked for a second and got it


def test_retry_after_beyond_our_patience_fails_without_waiting(fault_server: FaultServer) -> None:
    with pytest.raises(FetchError, match="Retry-After 3600") as err:
        fetch(fault_server.url("/429-forever?k=long"))
    assert err.value.retryable and err.value.retry_after == pytest.approx(3600)
    assert len(fault_server.hits("/429-forever", "long")) == 1


@pytest.mark.parametrize("status", [400, 403, 404, 410])
def test_other_4xx_are_not_retried(fault_server: FaultServer, status: int) -> None:
    with pytest.raises(FetchError, match=f"HTTP {status}") as err:
        fetch(fault_server.url(f"/status/{status}?k=no-retry"))
    assert not err.value.retryable
    assert len(fault_server.hits(f"/status/{status}", "no-retry")) == 1


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
def test_20_mb_body_is_refused(fault_server: FaultServer, path: str) -> None:
    with pytest.raises(FetchError, match="10485760") as err:
        fetch(fault_server.url(path))
    assert not err.value.retryable


def test_body_limit_is_enforced_while_streaming(fault_server: FaultServer) -> None:
    # No Content-Length to trust: the limit must trip on the bytes counted so far.
    policy = FetchPolicy(allow_private=True, max_bytes=BIG // 4)
    with pytest.raises(FetchError, match=f"exceeds {BIG // 4} bytes"):
        fetch(fault_server.url("/big-chunked"), policy)


def test_gzip_bomb_stops_at_the_decompressed_limit(fault_server: FaultServer) -> None:
    with pytest.raises(FetchError, match="decompresses to more than 10485760 bytes") as err:
        fetch(fault_server.url("/gzip-bomb"))
    read = int(str(err.value).split("(")[1].split(" bytes read")[0])
    assert read < 1024 * 1024  # refused after a small part of the compressed body


def test_gzip_body_is_decoded(fault_server: FaultServer) -> None:
    assert fetch(fault_server.url("/gzip-ok")).body == ARTICLE.encode()  # type: ignore[attr-defined]


def test_png_is_refused_on_its_content_type(fault_server: FaultServer) -> None:
    with pytest.raises(FetchError, match="content type image/png") as err:
        fetch(fault_server.url("/png"))
    assert not err.value.retryable


def test_redirect_loop_is_detected(fault_server: FaultServer) -> None:
    with pytest.raises(FetchError, match="redirect loop") as err:
        fetch(fault_server.url("/redirect-loop"))
    assert not err.value.retryable


def test_redirect_limit(fault_server: FaultServer) -> None:
    assert fetch(fault_server.url("/redirect-chain/4")).url.endswith("/article")  # type: ignore[attr-defined]
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(fault_server.url("/redirect-chain/5"))


def test_truncated_body_is_a_retryable_failure(fault_server: FaultServer) -> None:
    with pytest.raises(FetchError, match="truncated") as err:
        fetch(fault_server.url("/truncated?k=tr"))
    assert err.value.retryable
    assert len(fault_server.hits("/truncated", "tr")) == 3


def test_connection_reset_is_retried(fault_server: FaultServer) -> None:
    with pytest.raises(FetchError, match=r"cannot fetch|truncated") as err:
        fetch(fault_server.url("/reset?k=rs"))
    assert err.value.retryable and len(fault_server.hits("/reset", "rs")) == 3


def test_nothing_listening_is_a_retryable_connection_error() -> None:
    import socket

    with socket.socket() as s:  # a port that was free a moment ago
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="cannot fetch") as err:
        fetch(f"http://127.0.0.1:{port}/", FetchPolicy(allow_private=True, retries=1, backoff=0.01))
    assert err.value.retryable


@pytest.mark.parametrize("limit", [2, 5])
def test_per_host_concurrency_limit(fault_server: FaultServer, limit: int) -> None:
    policy = FetchPolicy(allow_private=True, per_host=limit)
    errors: list[BaseException] = []
    with Fetcher(policy) as f:
        fault_server.reset_concurrency()

        def one(i: int) -> None:
            try:
                f.get(fault_server.url(f"/slow?k=c{limit}-{i}&s=0.3"))
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=one, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert not errors
    # Exactly the limit: never more, and the 8 threads do fill it (so the check can fail).
    assert fault_server.max_in_flight == limit


def test_parse_retry_after() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past: now
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_waiting_for_a_host_slot_does_not_eat_the_page_deadline(fault_server: FaultServer) -> None:
    # One slot per host; a drip holds it for its whole 1.5 s deadline. The page queued behind
    # it then needs 1 s of its own: it must get its full deadline once it has the slot.
    policy = FetchPolicy(allow_private=True, per_host=1, deadline=1.5, retries=0)
    outcome: dict[str, object] = {}
    with Fetcher(policy) as f:

        def drip() -> None:
            try:
                f.get(fault_server.url("/drip?k=slot"))
            except FetchError as exc:
                outcome["drip"] = exc

        t = threading.Thread(target=drip)
        t.start()
        while not fault_server.hits("/drip", "slot"):
            threading.Event().wait(0.01)
        outcome["page"] = f.get(fault_server.url("/slow?s=1.0&k=slot"))
        t.join()
    assert isinstance(outcome["drip"], FetchError) and "deadline" in str(outcome["drip"])
    assert outcome["page"].status == 200  # type: ignore[attr-defined]
    assert fault_server.hits("/slow", "slot")[0].at - fault_server.hits("/drip", "slot")[0].at >= 1.4
