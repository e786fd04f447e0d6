"""Does ``extract_claims`` stay linear on long inputs? Time it on 0.5, 1, 2 and 5 MB.

    python bench/bench_extractor_scaling.py [--sizes 0.5,1,2,5] [--repeat 1]

The text mixes real article bodies (the AEB corpus ground truth, or the bundled seeds)
with adversarial blocks: digit runs, separator chains, stacked qualifiers, unclosed
brackets, one sentence of 200 kB without a full stop, odd Unicode digits and spaces,
the sort of input that makes backtracking regexes explode. Each size is the same mix,
so time per MB should stay flat: the ratio column is CPU time/MB against the 0.5 MB run
of the same invocation (1.0 = perfectly linear; a quadratic step would double it at
each doubling of the size).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extractors import extract_claims  # noqa: E402

MB = 1024 * 1024
CORPUS_TRUTH = REPO.parent / "shared" / "corpus" / "aeb" / "ground-truth.json"
SEEDS = REPO / "seeds" / "kursk-captives.jsonl"


def realistic_paragraphs() -> list[str]:
    paras: list[str] = []
    if CORPUS_TRUTH.exists():
        truth = json.loads(CORPUS_TRUTH.read_text(encoding="utf-8"))
        for item in truth.values():
            body = item.get("articleBody") if isinstance(item, dict) else None
            if isinstance(body, str):
                paras.extend(p.strip() for p in body.split("\n") if len(p.strip()) > 40)
    if SEEDS.exists():
        for line in SEEDS.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text") or ""
                paras.extend(p.strip() for p in text.split("\n") if len(p.strip()) > 40)
    if not paras:
        paras = [
            "At least 41 people died in the floods in Valencia, officials said on Friday, and about "
            "3,000 residents were evacuated from their homes."
        ]
    return paras


#: Units repeated to any length: each adversarial block grows with the text, so a pattern that
#: is superlinear in its own length shows up as well as one superlinear in the document's.
ADVERSARIAL_UNITS = [
    "1,",
    "1.2.3.4.",
    "about ",
    "at least more than nearly up to ",
    "between 1 and 2 and 3 and ",
    "(",
    "12-",
    "one hundred and ",
    "٣٤٥ ۱۲ ५६ 12\u00a0000 ½ ¾ 3½ 10⁶ 1e9 −5 ±3 %%% $$$ 12%% ",
    "\u200b\u202e12\u202c people\u2028",
    "!",
    " ",
    "\t\n",
    "x",
]


def adversarial_block(kind: int, n: int, rng: random.Random) -> str:
    """Block number ``kind`` (see ``ADVERSARIAL_UNITS``, plus three generated kinds), ``n`` chars long."""
    units = len(ADVERSARIAL_UNITS)
    if kind < units:
        unit = ADVERSARIAL_UNITS[kind]
        return (unit * (n // len(unit) + 1))[:n] + " 12 people"
    if kind == units:  # one long run of digits
        return "".join(rng.choice("0123456789") for _ in range(n))
    if kind == units + 1:  # grouped numbers without a word between them
        out: list[str] = []
        while sum(map(len, out)) < n:
            out.append(f"{rng.randint(1, 10**9):,}")
        return " ".join(out)[:n]
    # one sentence without a full stop, full of figures
    out = ["The ministry said"]
    i = 0
    while sum(map(len, out)) < n:
        out.append(f"{i} people were hurt in district {i},")
        i += 1
    return " ".join(out)[:n]


N_KINDS = len(ADVERSARIAL_UNITS) + 3


def build_text(size: int, paras: list[str], rng: random.Random) -> str:
    """About ``size`` characters: 80% real paragraphs, 20% adversarial blocks of every kind,
    each block's length proportional to ``size`` so every size has the same mix per MB."""
    block_len = int(size * 0.2 / N_KINDS)
    real_len = size - block_len * N_KINDS
    parts: list[str] = []
    for kind in range(N_KINDS):
        segment = 0
        while segment < real_len / N_KINDS:
            para = rng.choice(paras)
            parts.append(para)
            segment += len(para) + 1
        parts.append(adversarial_block(kind, block_len, rng))
    return "\n".join(parts)[:size]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="0.5,1,2,5", help="sizes in MB [0.5,1,2,5]")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; the fastest counts [1]")
    args = parser.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",")]
    paras = realistic_paragraphs()
    extract_claims("Warm-up: 3 people died on Monday.", date(2024, 1, 1))  # model and regex compilation
    print(f"{'size':>7} {'chars':>9} {'claims':>7} {'wall s':>7} {'cpu s':>7} {'cpu s/MB':>8} {'ratio':>6}")
    base: float | None = None
    for mb in sizes:
        text = build_text(int(mb * MB), paras, random.Random(int(mb * 1000)))
        best, wall = float("inf"), float("inf")
        claims = 0
        for _ in range(args.repeat):
            start, cpu = time.perf_counter(), time.process_time()
            claims = len(extract_claims(text, date(2024, 8, 15)))
            best = min(best, time.process_time() - cpu)  # CPU time: other load on the machine blurs wall time
            wall = min(wall, time.perf_counter() - start)
        per_mb = best / (len(text) / MB)
        base = base or per_mb
        print(
            f"{mb:>5g}MB {len(text):>9} {claims:>7} {wall:>7.2f} {best:>7.2f} {per_mb:>8.2f} {per_mb / base:>6.2f}",
            flush=True,
        )
    print()
    print("one unit repeated: CPU s at 100 kB and 400 kB, and their ratio (4.0 is linear)")
    worst = 0.0
    for unit in PURE_UNITS:
        t_small, t_big = (_cpu(unit * (n // len(unit))) for n in (100_000, 400_000))
        ratio = t_big / max(t_small, 1e-3)
        worst = max(worst, ratio)
        print(f"  {unit!r:40} {t_small:6.2f} {t_big:6.2f} {ratio:6.1f}", flush=True)
    print(f"worst ratio {worst:.1f} (4.0 is linear; quadratic would be 16)")
    return 0


#: Inputs that catch backtracking regexes and quadratic scans when repeated on their own.
PURE_UNITS = [*ADVERSARIAL_UNITS, "-", "$", "one-", "a@", "Mr. "]


def _cpu(text: str) -> float:
    start = time.process_time()
    extract_claims(text)
    return time.process_time() - start


if __name__ == "__main__":
    raise SystemExit(main())
