"""Bad (and a few good) input files, made on disk, for the file tests and ``bench/faults.py``.

``make_inputs(root)`` writes them and returns what a run must end with for each
input label (the ``documents.input`` or ``failures.input`` it will be recorded under):
``"stored"``, ``"failed"``, or ``"either"`` when both are honest outcomes (malformed
HTML may or may not hold an article). File names carry their set's number because a
file's document id is its name without extensions.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import zlib
from pathlib import Path

GOOD_TEXT = (
    "Officials said at least {n} people died in the floods in Valencia on Friday. "
    "About {m} homes were damaged, the regional government said.\n"
)
LONG_LATIN = (
    "Die Polizei in Zürich sagte am Montag, dass {n} Menschen verletzt wurden. Die Straße blieb "
    "gesperrt, und die Behörden prüfen die Schäden. Über {m} Häuser sind betroffen, heißt es.\n"
) * 4


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def make_inputs(root: Path, *, copies: int = 1, seed: int = 7) -> dict[str, str]:
    """Write every kind of bad file ``copies`` times under ``root``; return label -> outcome."""
    rng = random.Random(seed)
    expect: dict[str, str] = {}

    for c in range(copies):
        d = f"set{c:03d}"

        def put(name: str, data: bytes, outcome: str, d: str = d) -> Path:
            path = _write(root / d / f"{d}-{name}", data)
            expect[str(path)] = outcome
            return path

        n, m = rng.randint(2, 900), rng.randint(1000, 9000)
        put("good-text.txt", GOOD_TEXT.format(n=n, m=m).encode(), "stored")
        put(
            "good-page.html",
            (
                f"<html><head><title>t{c}</title></head><body><article><p>"
                f"{GOOD_TEXT.format(n=n + 1, m=m)}</p></article></body></html>"
            ).encode(),
            "stored",
        )
        put("empty.txt", b"", "failed")
        put("blank.txt", b" \n\t\n  ", "failed")
        put("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(4000)), "failed")
        put("random.html", bytes(rng.randrange(256) for _ in range(5000)) + b"\x00", "failed")
        put("cp1252.txt", LONG_LATIN.format(n=n, m=m).encode("cp1252") + "Kosten: 5 €.\n".encode("cp1252"), "stored")
        put("utf16.txt", LONG_LATIN.format(n=n, m=m).encode("utf-16"), "stored")
        put(
            "latin1.html",
            (
                f"<html><head><meta charset='iso-8859-1'></head><body><article><p>"
                f"{LONG_LATIN.format(n=n, m=m)}</p></article></body></html>"
            ).encode("latin-1"),
            "stored",
        )
        put(
            "malformed.html",
            b"<html><body><div><p>Officials said 8 people died <b>in the storm<div></p>"
            b"<table><tr><td>15 hurt</td><p>" + b"<div>" * 500,
            "either",
        )
        put("tags-only.html", b"<html><head><script>var x = 1;</script></head><body></body></html>", "failed")
        huge = put("huge.txt", b"", "failed")
        with open(huge, "wb") as fh:  # sparse: over the limit without writing 11 MB
            fh.truncate(11 * 1024 * 1024)
        put("bomb.html.gz", gzip.compress(b"<p>" + b"a" * (40 * 1024 * 1024), compresslevel=9), "failed")
        put("corrupt.html.gz", gzip.compress(b"<p>12 people</p>")[:-12] + b"garbage!", "failed")
        lines = [
            json.dumps({"id": f"{d}-j1", "text": GOOD_TEXT.format(n=n, m=m)}),
            '{"id": "broken", "text": "unterminated',
            json.dumps([1, 2, 3]),
            json.dumps({"text": "no id here, 5 people"}),
            json.dumps({"id": f"{d}-j5"}),
            json.dumps({"id": f"{d}-j6", "html": f"<p>{GOOD_TEXT.format(n=n + 2, m=m)}</p>"}),
        ]
        jsonl = _write(
            root / d / f"{d}-mixed.jsonl",
            ("\n".join(lines) + "\n").encode() + b'{"id": "bad-bytes", "text": "\xff\xfe 3 dead"}\n',
        )
        # Line 6 is a bare <p> in "html": whether that is an article is the cleaner's call.
        for i, outcome in enumerate(["stored", "failed", "failed", "failed", "failed", "either", "failed"], 1):
            expect[f"{jsonl}:{i}"] = outcome
        # Symlink loops: two files pointing at each other, and a folder linking back to its parent.
        for link, target in (
            ("loop-a.txt", f"{d}-loop-b.txt"),
            ("loop-b.txt", f"{d}-loop-a.txt"),
            ("back", ".."),
            ("dangling.txt", "nowhere.txt"),
        ):
            os.symlink(target, root / d / f"{d}-{link}")
            expect[str(root / d / f"{d}-{link}")] = "failed"
        os.mkfifo(root / d / f"{d}-pipe.txt")
        expect[str(root / d / f"{d}-pipe.txt")] = "failed"
        locked = put("locked.txt", GOOD_TEXT.format(n=n, m=m + 1).encode(), "failed")
        locked.chmod(0)
        if os.geteuid() == 0:  # root reads it anyway: then storing it is the right outcome
            expect[str(locked)] = "stored"
    return expect


#: Files that load but hold no article: they fail when cleaned, not when loaded.
CLEAN_FAILURES = ("tags-only.html",)


def missing_sources(root: Path) -> dict[str, str]:
    """Sources that do not exist at all: each must still end as a failure row."""
    return {str(root / "no-such-folder"): "failed", str(root / "no-such-file.txt"): "failed"}


#: A word only the files outside the source folder hold: a stored text with it is a read outside.
OUTSIDE_MARK = "Outsidemarker"


def _jsonl(lines: list[dict[str, object] | str]) -> bytes:
    return "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines).encode()


def make_hostile_inputs(root: Path, outside: Path) -> dict[str, str]:
    """Names, ids and links meant to sink a run or leak what is outside ``root``.

    Writes them under ``root`` (a folder the run is given) and ``outside`` (one it is not);
    returns label -> outcome like :func:`make_inputs`. Labels hold undecodable bytes of a
    name escaped (``\\xff``), as they are stored. Where two inputs claim one document id,
    the first in discovery order keeps it and the second fails.
    """
    from flows.ids import path_label

    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.txt").write_text(f"{OUTSIDE_MARK}: 41 people were hurt, the police said.\n")
    (outside / "deeper").mkdir(exist_ok=True)
    (outside / "deeper" / "more.txt").write_text(f"{OUTSIDE_MARK}: 17 homes burned down.\n")
    expect: dict[str, str] = {}

    def put(rel: str | bytes, data: bytes, outcome: str) -> str:
        path = os.path.join(os.fsencode(root), os.fsencode(rel))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)
        label = path_label(os.fsdecode(path))
        expect[label] = outcome
        return label

    def link(rel: str, target: str | Path, outcome: str | None) -> None:
        os.symlink(target, root / rel)
        if outcome:
            expect[path_label(root / rel)] = outcome

    text = GOOD_TEXT.format(n=31, m=3100).encode()
    put("h-good.txt", text, "stored")
    put(b"h-\xff\xfebad.txt", GOOD_TEXT.format(n=32, m=3200).encode(), "stored")  # not UTF-8
    put(b"h-\xe9t\xe9.html", b"<html><body><article><p>" + text + b"</p></article></body></html>", "stored")
    put("h-a.txt", text, "stored")  # id "h-a", claimed again by ids.jsonl:5
    put("a/index.html", b"<html><body><article><p>" + text + b"</p></article></body></html>", "stored")
    other = GOOD_TEXT.format(n=30, m=3000).encode()  # another text: an exact copy would not be a collision
    put("b/index.html", b"<html><body><article><p>" + other + b"</p></article></body></html>", "failed")
    ids = put(
        "ids.jsonl",
        _jsonl(
            [
                '{"id": "h-\\ud800x", "text": "' + GOOD_TEXT.format(n=33, m=3300).strip() + '"}',  # a lone surrogate
                {"id": 5, "text": GOOD_TEXT.format(n=34, m=3400)},
                {"id": "5", "text": GOOD_TEXT.format(n=35, m=3500)},  # the same id as 5
                {"id": "h-dup", "text": GOOD_TEXT.format(n=36, m=3600), "title": "T\ud800"},
                {"id": "h-a", "text": GOOD_TEXT.format(n=37, m=3700)},  # h-a.txt's id
            ]
        ),
        "",
    )
    del expect[ids]
    for i, outcome in enumerate(["stored", "stored", "failed", "stored", "failed"], 1):
        expect[f"{ids}:{i}"] = outcome
    ids2 = put("ids2.jsonl", _jsonl([{"id": "h-dup", "text": GOOD_TEXT.format(n=38, m=3800)}]), "")
    del expect[ids2]
    expect[f"{ids2}:1"] = "failed"  # h-dup is ids.jsonl:4's
    gz = put(
        "h-lines.jsonl.gz",
        gzip.compress(_jsonl([{"id": f"h-gz{i}", "text": GOOD_TEXT.format(n=40 + i, m=4000 + i)} for i in range(3)])),
        "",
    )
    del expect[gz]
    for i in range(1, 4):
        expect[f"{gz}:{i}"] = "stored"
    rng = random.Random(11)
    filler = ["".join(rng.choice("abcdefghijklmnop") for _ in range(6)) for _ in range(3000)]  # no figures
    whole = gzip.compress(
        _jsonl(
            [
                {
                    "id": f"h-cut{i}",
                    "text": GOOD_TEXT.format(n=60 + i, m=6000 + i) + " ".join(filler[i * 500 : (i + 1) * 500]),
                }
                for i in range(6)
            ]
        )
    )
    part = whole[: len(whole) // 2]
    cut = put("h-cut.jsonl.gz", part, "failed")  # truncated: the lines before the damage still load
    complete = zlib.decompressobj(wbits=31).decompress(part).count(b"\n")
    assert complete >= 1
    for i in range(1, complete + 1):
        expect[f"{cut}:{i}"] = "stored"
    # Symlinks: out of the folder (not followed), a loop, and one inside (followed).
    link("h-leak.txt", outside / "secret.txt", "failed")
    link("h-outdir", outside, "failed")
    link("h-root", "/", "failed")
    link("h-self", ".", "failed")
    link("h-inlink.txt", "h-good.txt", "stored")
    link("h-alias", "a", None)  # another name for a/: read once, under a/
    os.mkfifo(root / "h-fifo.txt")
    expect[path_label(root / "h-fifo.txt")] = "failed"
    os.mkfifo(root / "h-fifo-no-extension")
    expect[path_label(root / "h-fifo-no-extension")] = "failed"
    return expect
