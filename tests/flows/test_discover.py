import json

from flows.discover import discover


def test_folder_is_walked_recursively_and_other_types_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Five people were hurt.")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.html").write_text("<html><body><p>x</p></body></html>")
    (sub / "c.pdf").write_bytes(b"%PDF-1.4")
    (sub / "d.jsonl").write_text(json.dumps({"id": "d1", "text": "x"}) + "\n\n" + json.dumps({"id": "d2", "text": "y"}))
    found = discover([str(tmp_path)])
    kinds = sorted((r.kind, r.location.rsplit("/", 1)[-1], r.line) for r in found.refs)
    assert kinds == [("file", "a.txt", None), ("file", "b.html", None),
                     ("jsonl", "d.jsonl", 1), ("jsonl", "d.jsonl", 3)]
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
        assert raw[ref.offset:].split(b"\n", 1)[0].decode() == line
