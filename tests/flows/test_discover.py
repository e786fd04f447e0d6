import gzip
import json
import os
import shutil
import socket
import tempfile
from pathlib import Path

from flows.discover import discover
from flows.loaders import load_jsonl_line, load_refs


def test_folder_is_walked_recursively_and_other_types_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Five people were hurt.")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.html").write_text("<html><body><p>x</p></body></html>")
    (sub / "c.pdf").write_bytes(b"%PDF-1.4")
    (sub / "d.jsonl").write_text(json.dumps({"id": "d1", "text": "x"}) + "\n\n" + json.dumps({"id": "d2", "text": "y"}))
    found = discover([str(tmp_path)])
    kinds = sorted((r.kind, r.location.rsplit("/", 1)[-1], r.line) for r in found.refs)
    assert kinds == [
        ("file", "a.txt", None),
        ("file", "b.html", None),
        ("jsonl", "d.jsonl", 1),
        ("jsonl", "d.jsonl", 3),
    ]
    assert found.skipped == [str(sub / "c.pdf")]
    assert found.failures == []


def test_missing_path_is_a_failure_not_an_exception(tmp_path):
    found = discover([str(tmp_path / "nope"), str(tmp_path)])
    assert found.refs == []
    assert len(found.failures) == 1
    assert found.failures[0].stage == "discover"
    assert "no such file" in found.failures[0].reason


def test_jsonl_offsets_point_at_their_lines(tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [json.dumps({"id": f"n{i}", "text": "é" * i}) for i in range(5)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    refs = discover([str(path)]).refs
    raw = path.read_bytes()
    for ref, line in zip(refs, lines, strict=True):
        assert raw[ref.offset :].split(b"\n", 1)[0].decode() == line


def _labels(found):
    return sorted(r.label for r in found.refs), {f.input.rsplit("/", 1)[-1]: f for f in found.failures}


def test_symlinks_out_of_the_folder_are_failures_not_reads(tmp_path):
    src, outside = tmp_path / "src", tmp_path / "outside"
    src.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("12 secrets")
    (outside / "sub").mkdir()
    (outside / "sub" / "deep.txt").write_text("3 deep secrets")
    (src / "ok.txt").write_text("5 people")
    os.symlink(outside / "secret.txt", src / "leak.txt")
    os.symlink(outside, src / "outdir")
    os.symlink("/", src / "root")
    os.symlink("ok.txt", src / "inner.txt")  # inside the folder: followed
    refs, fails = _labels(discover([str(src)]))
    assert refs == [str(src / "inner.txt"), str(src / "ok.txt")]
    assert set(fails) == {"leak.txt", "outdir", "root"}
    for name in fails:
        assert fails[name].error_type == "OutsideSource"
        assert "outside the source folder" in fails[name].reason and "--follow-symlinks" in fails[name].reason
    assert str(outside / "secret.txt") in fails["leak.txt"].reason
    # Opted in, they are followed; a link back up the tree is still a loop, not a walk of /.
    refs, fails = _labels(discover([str(src)], follow_symlinks=True))
    assert refs == [
        str(src / "inner.txt"),
        str(src / "leak.txt"),
        str(src / "ok.txt"),
        str(src / "outdir" / "secret.txt"),
        str(src / "outdir" / "sub" / "deep.txt"),
    ]
    assert set(fails) == {"root"} and fails["root"].error_type == "SymlinkLoop"


def test_follow_symlinks_comes_from_the_environment_by_default(tmp_path, monkeypatch):
    (tmp_path / "src").mkdir()
    (tmp_path / "out.txt").write_text("4 people")
    os.symlink(tmp_path / "out.txt", tmp_path / "src" / "l.txt")
    assert discover([str(tmp_path / "src")]).refs == []
    monkeypatch.setenv("CLAIMWATCH_FOLLOW_SYMLINKS", "1")
    assert [r.location for r in discover([str(tmp_path / "src")]).refs] == [str(tmp_path / "src" / "l.txt")]


def test_a_source_given_as_a_symlink_is_followed(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("6 people")
    os.symlink(tmp_path / "real", tmp_path / "named")
    os.symlink(tmp_path / "real" / "a.txt", tmp_path / "b.txt")
    found = discover([str(tmp_path / "named"), str(tmp_path / "b.txt")])
    assert [r.location for r in found.refs] == [str(tmp_path / "named" / "a.txt"), str(tmp_path / "b.txt")]
    assert found.failures == []


def test_loops_special_files_and_aliases(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("7 people")
    os.symlink(".", tmp_path / "self")
    os.symlink("..", tmp_path / "sub" / "up")
    os.symlink("sub", tmp_path / "alias")  # another name for sub/: read once, under sub/
    os.symlink("l2.txt", tmp_path / "l1.txt")
    os.symlink("l1.txt", tmp_path / "l2.txt")
    os.symlink("gone.txt", tmp_path / "dangling.txt")
    os.mkfifo(tmp_path / "pipe")
    os.mkfifo(tmp_path / "pipe.jsonl")
    os.symlink("pipe", tmp_path / "to-pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    short = Path(tempfile.mkdtemp(dir="/tmp"))  # a socket path must be short
    try:
        sock.bind(str(short / "s"))
        os.symlink(short / "s", tmp_path / "sock.txt")
        found = discover([str(tmp_path), str(short)], follow_symlinks=False)
    finally:
        sock.close()
        shutil.rmtree(short)
    refs, fails = _labels(found)
    assert refs == [str(tmp_path / "sub" / "x.txt")]
    kinds = {name: (f.error_type, f.reason) for name, f in fails.items()}
    assert kinds["self"][0] == kinds["up"][0] == kinds["l1.txt"][0] == kinds["l2.txt"][0] == "SymlinkLoop"
    assert kinds["dangling.txt"][0] == "DanglingSymlink" and "gone.txt" in kinds["dangling.txt"][1]
    assert kinds["pipe"] == ("SpecialFile", f"{tmp_path / 'pipe'} is a FIFO (named pipe), not a regular file")
    assert kinds["pipe.jsonl"][0] == "SpecialFile"
    assert kinds["to-pipe.txt"][0] == "SpecialFile" and "symlink to a FIFO" in kinds["to-pipe.txt"][1]
    assert kinds["sock.txt"][0] == "OutsideSource"  # not read, whatever it is
    assert kinds["s"][0] == "SpecialFile" and "a socket" in kinds["s"][1]
    assert "alias" not in kinds


def test_non_utf8_names_are_found_and_reported_escaped(tmp_path):
    os.mkdir(os.path.join(os.fsencode(tmp_path), b"d\xe9"))
    with open(os.path.join(os.fsencode(tmp_path), b"d\xe9", b"\xff.txt"), "wb") as fh:
        fh.write(b"8 people")
    with open(os.path.join(os.fsencode(tmp_path), b"\xfe.pdf"), "wb") as fh:
        fh.write(b"%PDF")
    found = discover([str(tmp_path)])
    assert [r.location for r in found.refs] == [os.fsdecode(os.path.join(os.fsencode(tmp_path), b"d\xe9", b"\xff.txt"))]
    assert found.skipped == [f"{tmp_path}/\\xfe.pdf"]  # printable in the run's log


def test_a_source_named_twice_is_one_input(tmp_path):
    (tmp_path / "a.txt").write_text("9 people")
    found = discover([str(tmp_path), str(tmp_path / "a.txt"), str(tmp_path)])
    assert [r.location for r in found.refs] == [str(tmp_path / "a.txt")]


def test_a_line_over_the_limit_is_a_failure_without_being_read_whole(tmp_path):
    path = tmp_path / "big.jsonl"
    with open(path, "wb") as fh:
        fh.write(json.dumps({"id": "small", "text": "2 people"}).encode() + b"\n")
        fh.write(b'{"id": "huge", "text": "')
        block = b"1 person was hurt. " * 52_000  # ~1 MB
        for _ in range(40):  # one line of ~40 MB
            fh.write(block)
        fh.write(b'"}\n\n   \n')
        last = json.dumps({"id": "after", "text": "3 people"}).encode()
        fh.write(last)  # no final newline
    found = discover([str(path)], line_limit=1_000_000)
    assert [(r.line, r.offset) for r in found.refs] == [(1, 0), (5, path.stat().st_size - len(last))]
    assert len(found.failures) == 1
    fail = found.failures[0]
    assert fail.input == f"{path}:2" and "over the 1000000-byte limit" in fail.reason
    assert load_jsonl_line(found.refs[1]).doc_id == "after"


def test_jsonl_gz_lines_are_streamed_and_loaded_in_one_pass(tmp_path):
    lines = [
        json.dumps({"id": f"g{i}", "text": f"{i + 2} people were hurt, é {'x' * (i * 997 % 5000)}"}) for i in range(400)
    ]
    path = tmp_path / "corpus.jsonl.gz"
    path.write_bytes(
        gzip.compress(("\n".join(lines[:200]) + "\n\n").encode())
        + gzip.compress(("\n".join(lines[200:]) + "\n").encode())
    )  # two gzip members
    found = discover([str(tmp_path)])
    assert found.failures == [] and len(found.refs) == 400
    assert found.refs[200].line == 202  # the blank line between the members counts
    docs, fails, _ = load_refs(found.refs)
    assert fails == []
    assert [d.doc_id for d in docs] == [f"g{i}" for i in range(400)]
    assert docs[399].input == f"{path}:401"
    # Out of order (a second run reads from the start again): still the right lines.
    assert load_jsonl_line(found.refs[3]).doc_id == "g3"
    assert load_jsonl_line(found.refs[398]).doc_id == "g398"


def test_a_damaged_jsonl_gz_keeps_the_lines_before_the_damage(tmp_path):
    body = "".join(json.dumps({"id": f"c{i}", "text": f"{i} people " * 200}) + "\n" for i in range(50)).encode()
    whole = gzip.compress(body)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    found = discover([str(path)])
    assert 0 < len(found.refs) < 50
    assert [f.input for f in found.failures] == [str(path)]
    assert "truncated" in found.failures[0].reason and f"after line {len(found.refs)}" in found.failures[0].reason
    docs, fails, _ = load_refs(found.refs)
    assert not fails and [d.doc_id for d in docs] == [f"c{i}" for i in range(len(found.refs))]
    (tmp_path / "junk.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage that is not deflate")
    fail = discover([str(tmp_path / "junk.jsonl.gz")]).failures
    assert len(fail) == 1 and "not valid gzip" in fail[0].reason


def test_a_source_name_that_is_not_utf8_is_a_clear_error(tmp_path):
    import pytest

    from extractors.errors import InputError
    from flows.discover import check_source_names

    check_source_names([str(tmp_path), "https://example.com/é"])
    with pytest.raises(InputError, match=r"d\\xff is not valid UTF-8; name its folder instead"):
        check_source_names([os.fsdecode(b"/in/d\xff")])
