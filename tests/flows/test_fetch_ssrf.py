"""The SSRF guard: by default no fetch reaches loopback, private, link-local or metadata
addresses, and every redirect hop is checked again."""

from __future__ import annotations

import ipaddress
import re

import pytest

from extractors.errors import BlockedAddressError, FetchError
from flows.fetch import ALLOW_PRIVATE_ENV, Fetcher, FetchPolicy, address_problem
from tests.flows.fault_server import FaultServer, fault_server_fixture  # noqa: F401

#: Lets the test server's own address through, and nothing else private.
ONLY_TEST_SERVER = FetchPolicy(allow_private=False, allow_networks=("127.0.0.1/32",), retries=0)


@pytest.mark.parametrize(
    ("addr", "why"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.9", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "metadata"),
        ("169.254.10.10", "link-local"),
        ("fe80::1", "link-local"),
        ("fd00:ec2::254", "metadata"),
        ("100.100.100.200", "metadata"),
        ("100.64.0.1", "not a public"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("::ffff:127.0.0.1", "loopback"),
        ("240.0.0.1", "reserved"),
        # 6to4 and Teredo tunnel to the IPv4 address they carry; fec0::/10 is site-local
        ("2002:7f00:1::1", "loopback"),
        ("2002:a01:203::1", "private"),
        ("fec0::1", "site-local"),
    ],
)
def test_internal_addresses_are_named(addr: str, why: str) -> None:
    problem = address_problem(ipaddress.ip_address(addr))
    assert problem is not None and why in problem


@pytest.mark.parametrize("addr", ["93.184.216.34", "2606:4700::6810:85e5", "8.8.8.8", "2002:808:808::1"])
def test_public_addresses_pass(addr: str) -> None:
    assert address_problem(ipaddress.ip_address(addr)) is None


@pytest.mark.slow
def test_loopback_is_refused_by_default_without_connecting(fault_server: FaultServer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    with Fetcher() as f, pytest.raises(BlockedAddressError, match="loopback") as err:
        f.get(fault_server.url("/article?k=ssrf-default"))
    assert "--allow-private" in str(err.value) and not err.value.retryable
    assert fault_server.hits("/article", "ssrf-default") == []  # the request never left


@pytest.mark.slow
def test_localhost_name_is_resolved_and_refused(fault_server: FaultServer) -> None:
    with Fetcher(FetchPolicy(allow_private=False)) as f, pytest.raises(BlockedAddressError, match="loopback"):
        f.get(f"http://localhost:{fault_server.port}/article")


@pytest.mark.slow
def test_redirect_to_metadata_is_refused_on_the_hop(fault_server: FaultServer) -> None:
    with Fetcher(ONLY_TEST_SERVER) as f, pytest.raises(BlockedAddressError, match=re.escape("169.254.169.254")) as err:
        f.get(fault_server.url("/to-metadata?k=m"))
    assert "metadata" in str(err.value)
    assert len(fault_server.hits("/to-metadata", "m")) == 1  # the first hop was allowed and made


@pytest.mark.slow
def test_redirect_to_private_network_is_refused(fault_server: FaultServer) -> None:
    with Fetcher(ONLY_TEST_SERVER) as f, pytest.raises(BlockedAddressError, match=re.escape("10.20.30.40")):
        f.get(fault_server.url("/to-private"))


def test_metadata_hostnames_are_refused_before_resolving() -> None:
    resolved: list[str] = []

    def resolve(host: str, port: int) -> list[str]:
        resolved.append(host)
        return ["93.184.216.34"]

    with Fetcher(FetchPolicy(), resolve=resolve) as f, pytest.raises(BlockedAddressError, match="metadata name"):
        f.get("http://metadata.google.internal/computeMetadata/v1/")
    assert resolved == []


def test_a_name_with_any_internal_address_is_refused() -> None:
    # DNS answers a public and a private address: a connect could land on either, so refuse.
    with (
        Fetcher(FetchPolicy(), resolve=lambda h, p: ["93.184.216.34", "10.0.0.7"]) as f,
        pytest.raises(BlockedAddressError, match=re.escape("10.0.0.7")),
    ):
        f.get("http://news.example/article")


def test_opt_in_from_the_environment(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")
    assert FetchPolicy().allow_private
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "0")
    assert not FetchPolicy().allow_private


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://127.0.0.1:6379/_INFO"])
def test_other_schemes_are_refused(url: str) -> None:
    with Fetcher(FetchPolicy()) as f, pytest.raises(FetchError, match="only http"):
        f.get(url)


@pytest.mark.slow
def test_metadata_stays_refused_with_the_opt_in(fault_server: FaultServer) -> None:
    with (
        Fetcher(FetchPolicy(allow_private=True, retries=0)) as f,
        pytest.raises(BlockedAddressError, match="metadata address"),
    ):
        f.get(fault_server.url("/to-metadata"))
    with Fetcher(FetchPolicy(allow_private=True)) as f, pytest.raises(BlockedAddressError, match="metadata name"):
        f.get("http://metadata.google.internal/computeMetadata/v1/")


def test_deadline_from_the_environment(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from flows.fetch import DEADLINE_ENV

    monkeypatch.setenv(DEADLINE_ENV, "7.5")
    assert FetchPolicy().deadline == 7.5
    monkeypatch.setenv(DEADLINE_ENV, "nonsense")
    assert FetchPolicy().deadline == 90.0
