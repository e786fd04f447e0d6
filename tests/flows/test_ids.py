from flows.ids import canonical_url, file_doc_id, url_doc_id


def test_file_id_strips_all_known_extensions():
    assert file_doc_id("/x/abc.html.gz") == "abc"
    assert file_doc_id("seeds/000_577a8f38bb14521c.txt") == "000_577a8f38bb14521c"
    assert file_doc_id("page.HTM") == "page"
    # Dots that are not known extensions stay part of the id.
    assert file_doc_id("report.v2.txt") == "report.v2"


def test_canonical_url_drops_fragment_tracking_and_default_port():
    assert canonical_url("HTTPS://Example.COM:443/a?utm_source=x&b=2&a=1#top") == "https://example.com/a?a=1&b=2"
    assert canonical_url("http://example.com") == "http://example.com/"
    assert canonical_url("http://example.com:8080/x") == "http://example.com:8080/x"


def test_url_id_is_stable_across_equivalent_urls():
    a = url_doc_id("https://example.com/story?utm_campaign=feed#comments")
    b = url_doc_id("https://EXAMPLE.com/story")
    assert a == b
    assert len(a) == 64
    assert a != url_doc_id("https://example.com/other")
