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
from flows.ids import IdLedger
from flows.loaders import claim_ids, load_file, load_refs, open_body
from flows.records import InputRef, RawDocument
from tests.flows.bad_inputs import CLEAN_FAILURES, OUTSIDE_MARK, make_hostile_inputs, make_inputs, missing_sources
from tests.flows.cli_runs import consistency_problems, prefect_api_fixture, query, run_cli  # noqa: F401
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


@pytest.mark.parametrize(
    ("suffix", "words"),
    [
        ("empty.txt", "is empty"),
        ("blank.txt", "is empty"),
        ("image.txt", "binary"),
        ("random.html", "binary"),
        ("huge.txt", "over the 10485760-byte limit"),
        ("bomb.html.gz", "decompresses to more than"),
        ("corrupt.html.gz", "not valid gzip"),
        ("loop-a.txt", "symlink loop"),
        ("back", "symlink loop"),
        ("dangling.txt", "dangling symlink"),
        ("pipe.txt", "not a regular file"),
        ("no-such-folder", "no such file"),
        ("mixed.jsonl:2", "not valid JSON"),
        ("mixed.jsonl:3", "not a JSON object"),
        ("mixed.jsonl:4", "no 'id'"),
        ("mixed.jsonl:5", "no 'text' or 'html'"),
        ("mixed.jsonl:7", "not valid JSON"),
    ],
)
def test_failure_reasons_say_what_is_wrong(
    loaded: tuple[dict[str, str], dict[str, object]], suffix: str, words: str
) -> None:
    assert words in reason(loaded[1], suffix)


@pytest.mark.parametrize(("name", "encoding"), [("cp1252.txt", "cp1252"), ("utf16.txt", "utf-16")])
def test_non_utf8_text_is_decoded(loaded: tuple[dict[str, str], dict[str, object]], name: str, encoding: str) -> None:
    doc = next(v for k, v in loaded[1].items() if k.endswith(name))
    text = clean_text(doc.data).text  # type: ignore[attr-defined]
    assert "Zürich" in text and "Straße" in text and "Behörden" in text
    if encoding == "cp1252":
        assert "5 €" in text


def test_latin1_html_is_decoded(loaded: tuple[dict[str, str], dict[str, object]]) -> None:
    doc = next(v for k, v in loaded[1].items() if k.endswith("latin1.html"))
    assert "Zürich" in clean_html(doc.data).text  # type: ignore[attr-defined]


def test_jsonl_good_lines_survive_bad_neighbours(loaded: tuple[dict[str, str], dict[str, object]]) -> None:
    docs = {v.doc_id for k, v in loaded[1].items() if ".jsonl:" in k and isinstance(v, RawDocument)}
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
    lines = [
        {"id": 1, "text": "3 dead", "published": "not a date", "url": 5, "title": ["x"]},
        {"id": "1", "text": "4 dead", "published": "2024-13-45"},
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    docs, fails, _ = load_refs(discover([str(tmp_path)]).refs)
    assert not fails and [d.doc_id for d in docs] == ["1", "1"] and all(d.url is None for d in docs)
    # 1 and "1" are one id: the second line is a failure that names the first, not a lost input.
    kept, clashes = claim_ids(IdLedger(), docs, {})
    assert [d.input for d in kept] == [f"{tmp_path / 'd.jsonl'}:1"]
    assert [(f.input, f.error_type) for f in clashes] == [(f"{tmp_path / 'd.jsonl'}:2", "DuplicateId")]
    assert f"{tmp_path / 'd.jsonl'}:1" in clashes[0].reason


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], dict[str, object]]:
    """The hostile names, ids and links through the real discover, load and id ledger."""
    work = tmp_path_factory.mktemp("hostile")
    expect = make_hostile_inputs(work / "in", work / "outside")
    found = discover([str(work / "in")])
    docs, fails, _ = load_refs(found.refs)
    docs, clashes = claim_ids(IdLedger(), docs, {})
    outcome: dict[str, object] = {d.input: d for d in docs}
    for f in [*found.failures, *fails, *clashes]:
        assert f.input not in outcome, f"{f.input} both loaded and failed"
        outcome[f.input] = f
    return work, expect, outcome


def test_hostile_inputs_each_end_stored_or_failed(hostile: tuple[Path, dict[str, str], dict[str, object]]) -> None:
    _, expect, outcome = hostile
    assert set(outcome) == set(expect)  # nothing lost; nothing from outside, nothing read twice
    for label, want in expect.items():
        got = "failed" if isinstance(outcome[label], Failure) else "stored"
        assert got == want, f"{label}: expected {want}, got {got} ({outcome[label]})"
    for value in outcome.values():
        assert isinstance(value, (Failure, RawDocument))
        for text in (
            value.input,
            getattr(value, "reason", ""),
            getattr(value, "doc_id", None) or "",
            getattr(value, "title", None) or "",
        ):
            text.encode("utf-8")  # storable as it is
        if isinstance(value, RawDocument):
            assert OUTSIDE_MARK.encode() not in value.data


@pytest.mark.parametrize(
    ("suffix", "words"),
    [
        ("h-leak.txt", "outside the source folder"),
        ("h-outdir", "outside the source folder"),
        ("h-root", "is a symlink to /, outside"),
        ("h-self", "symlink loop"),
        ("h-fifo.txt", "FIFO"),
        ("h-fifo-no-extension", "not a regular file"),
        ("b/index.html", "'index' is already taken in this run by"),
        ("ids.jsonl:3", "'5' is already taken"),
        ("ids.jsonl:5", "h-a.txt"),
        ("ids2.jsonl:1", "ids.jsonl:4"),
        ("h-cut.jsonl.gz", "not valid gzip"),
    ],
)
def test_hostile_failure_reasons(
    hostile: tuple[Path, dict[str, str], dict[str, object]], suffix: str, words: str
) -> None:
    assert words in reason(hostile[2], suffix)


def test_escaped_names_and_ids(hostile: tuple[Path, dict[str, str], dict[str, object]]) -> None:
    docs = {v.doc_id: v for v in hostile[2].values() if isinstance(v, RawDocument)}
    assert docs["h-\\xff\\xfebad"].input.endswith("/h-\\xff\\xfebad.txt")
    assert "h-\\xe9t\\xe9" in docs
    assert docs["h-\\ud800x"].input.endswith("ids.jsonl:1")
    assert docs["h-dup"].title == "T\ufffd"
    assert docs["index"].input.endswith("/a/index.html")


@pytest.mark.slow
def test_hostile_inputs_through_claimwatch_run(tmp_path: Path, prefect_api: str) -> None:
    """Twice through the real CLI: every input stored or failed, nothing from outside, and the
    second run stores nothing new (colliding ids no longer add a version each run)."""
    expect = make_hostile_inputs(tmp_path / "in", tmp_path / "outside")
    db = tmp_path / "h.duckdb"
    runs = [run_cli(["run", str(tmp_path / "in"), "--db", str(db)], prefect_api) for _ in range(2)]
    for proc in runs:
        assert proc.returncode == 1, proc.stdout + proc.stderr  # some inputs failed, and it says so
        assert "Traceback" not in proc.stdout + proc.stderr
    n = sum(v == "stored" for v in expect.values())
    assert f"{n} stored, 0 unchanged" in runs[0].stdout and f"0 stored, {n} unchanged" in runs[1].stdout
    stored = {r[0] for r in query(db, "SELECT input FROM documents")}
    for (run_id,) in query(db, "SELECT run_id FROM runs"):
        failed = {r[0] for r in query(db, f"SELECT input FROM failures WHERE run_id = '{run_id}'")}
        for label, want in expect.items():
            assert label in (stored if want == "stored" else failed), f"{label} not {want} in run {run_id}"
    assert stored == {k for k, v in expect.items() if v == "stored"}
    assert query(db, f"SELECT count(*) FROM documents WHERE text ILIKE '%{OUTSIDE_MARK}%'") == [(0,)]
    assert query(db, "SELECT max(version) FROM documents") == [(1,)]
    assert consistency_problems(db) == []
    # Another folder's index.html, in a later run: refused while a/index.html still exists.
    other = tmp_path / "other"
    (other / "index.html").parent.mkdir()
    (other / "index.html").write_text(
        "<html><body><article><p>Police said 3 people were hurt.</p></article></body></html>"
    )
    proc = run_cli(["run", str(other), "--db", str(db)], prefect_api)
    assert proc.returncode == 1 and "already stored from" in proc.stderr, proc.stdout + proc.stderr
    assert query(db, "SELECT count(*) FROM documents WHERE doc_id = 'index'") == [(1,)]


def test_a_repeated_jsonl_line_is_one_document_not_a_collision(tmp_path: Path) -> None:
    line = json.dumps({"id": "r1", "text": "Police said 4 people were hurt."})
    other = json.dumps({"id": "r1", "text": "Police said 5 people were hurt."})
    (tmp_path / "r.jsonl").write_text(f"{line}\n{line}\n{other}\n")
    docs, fails, _ = load_refs(discover([str(tmp_path)]).refs)
    kept, clashes = claim_ids(IdLedger(), docs, {})
    assert not fails and [d.input.rsplit(":", 1)[1] for d in kept] == ["1", "2"]  # the store counts 2 unchanged
    assert [f.input.rsplit(":", 1)[1] for f in clashes] == ["3"]
