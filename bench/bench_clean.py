"""Cleaning quality and speed: ``clean_html`` against the hand-made article bodies of corpus/aeb.

    python -m bench.bench_clean          # tuning pages and the dev check summary
    python -m bench.bench_clean -v       # also the tuning pages' worst recalls and lost numeric sentences

For each of the 181 pages the cleaned text is scored against the page's ``articleBody``:
token precision / recall / F1 (bags of lower-cased word tokens, as trafilatura's and the
benchmark's own evaluations count them), given as the mean over pages and summed over all
tokens, and the share of ground-truth sentences holding a number that the cleaned text
keeps whole (what claimwatch needs: a lost sentence is a lost figure). Two groups: the
pages that are not dev documents of split ``check`` (tune on these) and the dev ``check``
pages (summary figures only; ``-v`` never lists them).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from extractors.errors import ExtractError
from flows.clean import clean_html

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
AEB = SHARED / "corpus" / "aeb"

_WORD = re.compile(r"\w+")
# Sentence ends: . ! ? (optionally closed by a quote or bracket) before white space, and line breaks.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n+")
_NUMBER = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half)\b",
    re.IGNORECASE,
)


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def numeric_sentences(text: str) -> list[str]:
    """The sentences of ``text`` that hold a number (digits or a number word), as token strings."""
    out = []
    for sentence in _SENTENCE_END.split(text):
        if _NUMBER.search(sentence):
            words = tokens(sentence)
            if words:
                out.append(" ".join(words))
    return out


@dataclass(frozen=True, slots=True)
class PageScore:
    doc: str
    true_tokens: int
    pred_tokens: int
    common_tokens: int
    numeric: int
    numeric_kept: int
    lost: tuple[str, ...]
    error: str | None

    @property
    def precision(self) -> float:
        return self.common_tokens / self.pred_tokens if self.pred_tokens else 0.0

    @property
    def recall(self) -> float:
        return self.common_tokens / self.true_tokens if self.true_tokens else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_page(doc: str, truth: str, cleaned: str | None, error: str | None = None) -> PageScore:
    true_bag, pred_bag = Counter(tokens(truth)), Counter(tokens(cleaned or ""))
    # Token strings of the whole cleaned text, padded so a sentence matches on word boundaries.
    haystack = " " + " ".join(tokens(cleaned or "")) + " "
    numeric = numeric_sentences(truth)
    lost = tuple(s for s in numeric if f" {s} " not in haystack)
    return PageScore(
        doc=doc,
        true_tokens=sum(true_bag.values()),
        pred_tokens=sum(pred_bag.values()),
        common_tokens=sum((true_bag & pred_bag).values()),
        numeric=len(numeric),
        numeric_kept=len(numeric) - len(lost),
        lost=lost,
        error=error,
    )


def summary(name: str, scores: list[PageScore], seconds: float) -> str:
    n = len(scores)
    mean = lambda values: sum(values) / n if n else 0.0  # noqa: E731
    true = sum(s.true_tokens for s in scores)
    pred = sum(s.pred_tokens for s in scores)
    common = sum(s.common_tokens for s in scores)
    p_all, r_all = (common / pred if pred else 0.0), (common / true if true else 0.0)
    f_all = 2 * p_all * r_all / (p_all + r_all) if p_all + r_all else 0.0
    numeric = sum(s.numeric for s in scores)
    kept = sum(s.numeric_kept for s in scores)
    failed = sum(1 for s in scores if s.error)
    return (
        f"{name}: pages={n} failed={failed} "
        f"mean P={mean([s.precision for s in scores]):.3f} R={mean([s.recall for s in scores]):.3f} "
        f"F1={mean([s.f1 for s in scores]):.3f} | tokens P={p_all:.3f} R={r_all:.3f} F1={f_all:.3f} | "
        f"numeric sentences kept {kept}/{numeric}={kept / numeric if numeric else 1.0:.3f} | "
        f"{n / seconds if seconds else 0.0:.1f} pages/s (CPU)"
    )


def check_docs() -> set[str]:
    """The dev documents of split ``check``: not to be tuned on."""
    lines = (SHARED / "gold" / "docs.jsonl").read_text(encoding="utf-8").splitlines()
    return {d["doc"] for d in map(json.loads, lines) if d["split"] == "check"}


def run(pages: Iterable[tuple[str, bytes, str]]) -> tuple[list[PageScore], float]:
    """Clean and score each ``(doc, html, truth)``; the time is the CPU time of ``clean_html`` alone.

    CPU time, not wall time: the machine is shared, and a neighbour's load would read as a slower cleaner.
    """
    scores, seconds = [], 0.0
    for doc, html, truth in pages:
        start = time.process_time()
        try:
            cleaned, error = clean_html(html).text, None
        except ExtractError as exc:
            # A page the cleaner rejects keeps nothing: scored as an empty text, and counted.
            cleaned, error = None, str(exc)
        seconds += time.process_time() - start
        scores.append(score_page(doc, truth, cleaned, error))
    return scores, seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the tuning pages' losses")
    args = parser.parse_args(argv)
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    held_out = check_docs()
    groups: dict[str, list[tuple[str, bytes, str]]] = {"tune": [], "check": []}
    for doc in sorted(truth):
        html = gzip.decompress((AEB / "html" / f"{doc}.html.gz").read_bytes())
        groups["check" if doc in held_out else "tune"].append((doc, html, truth[doc]["articleBody"]))
    for name, pages in groups.items():
        scores, seconds = run(pages)
        print(summary(name, scores, seconds))
        if args.verbose and name == "tune":
            for s in sorted(scores, key=lambda s: (s.recall, -s.precision))[:25]:
                kept = f"{s.numeric_kept}/{s.numeric}"
                print(f"  {s.doc[:12]} P={s.precision:.2f} R={s.recall:.2f} numeric {kept} {s.error or ''}")
            for s in scores:
                for sentence in s.lost:
                    print(f"  lost {s.doc[:12]}: {sentence[:150]}")


if __name__ == "__main__":
    main()
