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


def test_undecodable_name_bytes_and_lone_surrogates_become_escapes():
    import os

    from flows.ids import path_label, printable

    name = os.fsdecode(b"/in/h-\xff\xfebad.txt")  # how Python holds a name that is not UTF-8
    assert path_label(name) == "/in/h-\\xff\\xfebad.txt"
    assert file_doc_id(name) == "h-\\xff\\xfebad"
    assert printable("a\ud800b") == "a\\ud800b"
    assert printable("déjà vu") == "déjà vu"  # valid text is left alone
    for value in (path_label(name), printable("a\ud800b")):
        value.encode("utf-8")  # what DuckDB and Arrow need


def test_input_kind_from_labels():
    from flows.ids import input_kind

    assert input_kind("https://example.com/a") == "url"
    assert input_kind("/x/docs.jsonl:12") == "jsonl"
    assert input_kind("/x/docs.JSONL.gz:3") == "jsonl"
    assert input_kind("/x/a.txt") == "file"


def test_a_second_input_with_the_same_id_fails_and_names_the_first():
    from flows.ids import IdLedger

    ledger = IdLedger()
    assert ledger.clash("index", "/in/a/index.html", None) is None
    assert ledger.clash("index", "/in/a/index.html", None) is None  # the same input again keeps it
    why = ledger.clash("index", "/in/b/index.html", None)
    assert why is not None and "/in/a/index.html" in why and "'index'" in why
    # A byte-identical copy (a line repeated in a corpus) is the same document, not a collision.
    assert ledger.clash("index", "/in/c/index.html", None, raw_hash="h1") is not None
    ledger.clash("n7", "/in/d.jsonl:7", None, raw_hash="h1")
    assert ledger.clash("n7", "/in/d.jsonl:8", None, raw_hash="h1") is None
    assert ledger.clash("n7", "/in/d.jsonl:9", None, raw_hash="h2") is not None
    why = ledger.clash("5", "/in/d.jsonl:2", "/in/other.txt")
    assert why is not None and "/in/other.txt" in why and "file" in why  # a line against a stored file


def test_across_runs_an_id_stays_with_what_stored_it(tmp_path):
    from flows.ids import IdLedger

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "index.html", tmp_path / "b" / "index.html"
    first.write_text("<p>1</p>")
    second.write_text("<p>2</p>")
    # Another file that still exists: refused.
    why = IdLedger().clash("index", str(second), str(first))
    assert why is not None and str(first) in why
    # The same file named another way (relative from here, absolute there): the same input.
    os_cwd = tmp_path / "a"
    import os

    here = os.getcwd()
    os.chdir(os_cwd)
    try:
        assert IdLedger().clash("index", str(first), "index.html") is None
    finally:
        os.chdir(here)
    # The file that stored it is gone (moved): the id goes with the new place.
    first.unlink()
    assert IdLedger().clash("index", str(second), str(first)) is None
    # A JSONL line keeps its id from file to file (a corpus re-exported), and a URL its canonical form.
    assert IdLedger().clash("n1", "/in/may.jsonl:4", "/in/april.jsonl.gz:9") is None
    assert IdLedger().clash("ab12", "https://example.com/a", "https://example.com/a?utm_source=x") is None
