"""A request's site address (``tickets.validate_url``): an http or https address with a host.

The common shape is recognised without ``urllib.parse``; whatever the shape, the answer is
``urlsplit``'s, which the property below holds it to."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.errors import InvalidInput
from deskcli.domain.tickets import validate_url


def _urlsplit_says(url: str) -> bool:
    """The rule in urlsplit's own terms: http(s), a host, a port it can read that is not 0,
    no space or control character."""
    url = url.strip()
    if len(url) > 2000 or any(c.isspace() or ord(c) < 32 or c == "\x7f" for c in url):
        return False
    try:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:  # a port it cannot read, or past 65535
        return False


def _accepted(url: str, *, password: bool = True) -> bool:
    try:
        return validate_url(url, password=password) == url.strip()
    except InvalidInput:
        return False


_PIECES = st.sampled_from(["a", "Z", "0", "9", ".", "-", "_", ":", "@", "[", "]", "/", "?", "#", "%", "~", " ",
                           "\t", "\x00", "\\", "ж", "рф", "::1", "80", "99999", "65536", ":0", "٤", "&", "=", "+", "!", "'"])
_ADDRESSES = st.builds(
    lambda scheme, host, rest: scheme + host + rest,
    st.sampled_from(["http://", "https://", "HTTPS://", "Http://", "ftp://", "http:/", "http:", "//", "", " https://"]),
    st.lists(_PIECES, max_size=12).map("".join),
    st.lists(_PIECES, max_size=12).map("".join),
)


@given(st.one_of(_ADDRESSES, st.text(max_size=40)))
def test_an_address_is_accepted_exactly_when_urlsplit_finds_http_and_a_host(url) -> None:
    assert _accepted(url) == _urlsplit_says(url)


@given(st.one_of(_ADDRESSES, st.text(max_size=40)))
def test_an_address_with_a_password_in_it_is_refused_unless_the_caller_hides_it(url) -> None:
    """An agent's address (a license's site, an article's link) holds no password; a
    customer's site may, and the caller takes it out (``credentials.site_without_password``)."""
    if _accepted(url):
        assert _accepted(url, password=False) == (not urlsplit(url.strip()).password)


@pytest.mark.parametrize("url", ["https://shop.example.ru/cart", "http://shop.example.ru", "https://10.0.0.1:8443/admin",
                                 "https://shop.example.ru/?q=1#top", "HTTPS://Shop.Example.ru", "https://магазин.рф/",
                                 "https://user@shop.example.ru/", "https://[::1]:8080/", "  https://shop.example.ru  "])
def test_sites_of_every_shape_are_accepted(url) -> None:
    assert validate_url(url) == url.strip()


@pytest.mark.parametrize("url", ["ftp://shop.example.ru", "shop.example.ru", "https://", "https:///path", "https://:80/",
                                 "https://shop.example.ru/a b", "https://shop.example.ru/\x00", "https://[::1/",
                                 "javascript:alert(1)", "https://" + "a" * 2000, "https://shop.ru:abc/",
                                 "https://shop.ru:99999/", "https://shop.ru:0", "https://[::1]:65536/", "https://магазин.рф:x/"])
def test_an_address_without_http_or_a_host_is_refused(url) -> None:
    with pytest.raises(InvalidInput):
        validate_url(url)


def test_a_site_without_its_scheme_is_answered_with_the_address_to_write() -> None:
    """``--site shop.example.ru``, as customers say it, was refused without saying what to type."""
    with pytest.raises(InvalidInput, match=r"'shop\.example\.ru' is not an http or https address with a host; "
                                           r"write it as https://shop\.example\.ru$"):
        validate_url("shop.example.ru")
    with pytest.raises(InvalidInput) as refused:
        validate_url("not a site")
    assert "write it as" not in str(refused.value)
