"""Bad files: each ends as a failure (input, stage, reason) and the others carry on.

Loader-level tests here run without Prefect; ``test_files_run.py`` checks the same
files through ``claimwatch run`` (summary, failure rows and exit code).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

from extractors.errors import InputError
from flows.clean import clean_html, clean_text
from flows.discover import discover
from flows.loaders import load_file, load_refs, open_body
from flows.records import InputRef
from tests.flows.bad_inputs import CLEAN_FAILURES, make_inputs, missing_sources
from warehouse.records import Failure


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], dict[str, object]]:
    root = tmp_path_factory.mktemp("bad")
    expect = make_inputs(root) | missing_sources(root)
    found = discover([str(root), *missing_sources(root)])
    docs, fails, _ = load_refs(found.refs)
    outcome: dict[str, object] = {}
    for d in docs:  # a .gz file is checked when it is opened, in the worker that cleans it
        try:
            open_body(d)
        except InputError as exc:
            fails.append(Failure.from_exception(d.input, "load", exc))
        else:
            outcome[d.input] = d
    for f in [*found.failures, *fails]:
        assert f.input not in outcome, f"{f.input} both loaded and failed"
        outcome[f.input] = f
    return expect, outcome


def reason(outcome: dict[str, object], suffix: str) -> str:
    matches = [v for k, v in outcome.items() if k.endswith(suffix)]
    assert len(matches) == 1, f"{suffix}: {matches}"
    failure = matches[0]
    assert hasattr(failure, "reason"), f"{suffix} was loaded, not failed"
    assert failure.stage in ("discover", "load")  # type: ignore[attr-defined]
    return str(failure.reason)  # type: ignore[attr-defined]


def test_every_input_is_loaded_or_failed_with_a_reason(loaded: tuple[dict[str, str], dict[str, object]]) -> None:
    expect, outcome = loaded
    assert set(outcome) == set(expect)  # nothing lost, nothing invented
    for label, want in expect.items():
        got = "failed" if hasattr(outcome[label], "reason") else "stored"
        if label.endswith(CLEAN_FAILURES):
            want = "stored"  # loads fine; cleaning finds no article (checked by the run tests)
        assert want in (got, "either"), f"{label}: expected {want}, got {got} ({outcome[label]})"


@pytest.mark.parametrize(("suffix", "words"), [
    ("empty.txt", "is empty"), ("blank.txt", "is empty"), ("image.txt", "binary"), ("random.html", "binary"),
    ("huge.txt", "over the 10485760-byte limit"), ("bomb.html.gz", "decompresses to more than"),
    ("corrupt.html.gz", "not valid gzip"), ("loop-a.txt", "symlink loop"), ("back", "symlink loop"),
    ("dangling.txt", "dangling symlink"), ("pipe.txt", "not a regular file"), ("no-such-folder", "no such file"),
    ("mixed.jsonl:2", "not valid JSON"), ("mixed.jsonl:3", "not a JSON object"), ("mixed.jsonl:4", "no 'id'"),
    ("mixed.jsonl:5", "no 'text' or 'html'"), ("mixed.jsonl:7", "not valid JSON"),
])
def test_failure_reasons_say_what_is_wrong(loaded: tuple[dict[str, str], dict[str, object]],
                                           suffix: str, words: str) -> None:
    assert words in reason(loaded[1], suffix)


@pytest.mark.parametrize(("name", "encoding"), [("cp1252.txt", "cp1252"), ("utf16.txt", "utf-16")])
def test_non_utf8_text_is_decoded(loaded: tuple[dict[str, str], dict[str, object]], name: str,
                                  encoding: str) -> None:
    doc = next(v for k, v in loaded[1].items() if k.endswith(name))
    text = clean_text(doc.data).text  # type: ignore[attr-defined]
    assert "Zürich" in text and "Straße" in text and "Behörden" in text
    if encoding == "cp1252":
        assert "5 €" in text


def test_latin1_html_is_decoded(loaded: tuple[dict[str, str], dict[str, object]]) -> None:
    doc = next(v for k, v in loaded[1].items() if k.endswith("latin1.html"))
    assert "Zürich" in clean_html(doc.data).text  # type: ignore[attr-defined]


def test_jsonl_good_lines_survive_bad_neighbours(loaded: tuple[dict[str, str], dict[str, object]]) -> None:
    docs = {v.doc_id for k, v in loaded[1].items() if ".jsonl:" in k and hasattr(v, "doc_id")}  # type: ignore[attr-defined]
    assert docs == {"set000-j1", "set000-j6"}


def test_a_fifo_does_not_hang_the_loader(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.txt")
    with pytest.raises(InputError, match="not a regular file"):
        load_file(InputRef("file", str(tmp_path / "x.txt")))


def _load_as(uid: int, path: Path) -> str:
    """Load ``path`` in a forked child that dropped to ``uid``; the child's error message."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: no exec, so the venv need not be readable by that user
        try:
            os.setgid(uid)
            os.setuid(uid)
            try:
                load_file(InputRef("file", str(path)))
                message = "loaded"
            except InputError as exc:
                message = str(exc)
            os.write(write, message.encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        message = fh.read().decode()
    os.waitpid(pid, 0)
    return message


def test_unreadable_file_is_a_failure() -> None:
    # Root reads anything, so when the suite runs as root the load runs as "nobody".
    with tempfile.TemporaryDirectory() as d:
        os.chmod(d, 0o755)
        path = Path(d) / "secret.txt"
        path.write_text("12 people died.\n")
        path.chmod(0)
        if os.geteuid() != 0:
            with pytest.raises(InputError, match="Permission denied"):
                load_file(InputRef("file", str(path)))
        else:
            message = _load_as(65534, path)
            assert "cannot read" in message and "Permission denied" in message


def test_jsonl_that_cannot_be_read_fails_as_a_whole(tmp_path: Path) -> None:
    os.symlink("b.jsonl", tmp_path / "a.jsonl")
    os.symlink("a.jsonl", tmp_path / "b.jsonl")
    found = discover([str(tmp_path / "a.jsonl")])
    assert not found.refs and "symlink loop" in found.failures[0].reason


def test_duplicate_jsonl_ids_and_odd_fields_do_not_raise(tmp_path: Path) -> None:
    lines = [{"id": 1, "text": "3 dead", "published": "not a date", "url": 5, "title": ["x"]},
             {"id": "1", "text": "4 dead", "published": "2024-13-45"}]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    docs, fails, _ = load_refs(discover([str(tmp_path)]).refs)
    assert not fails and [d.doc_id for d in docs] == ["1", "1"] and all(d.url is None for d in docs)
