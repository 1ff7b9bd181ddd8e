"""The declarant's questions, held out (issue 14): hit@3 and empty answers, sia vs FTS5.

Bench/Data/journey-heldout.tsv was written before GuideSearch's confidence design was
tuned and is never used for tuning (the tuning part is
Tests/SiaKitTests/Fixtures/retrieval/journey-tuning.tsv). Measured by `sia-bench
quality` like the retrieval engineer's table; bench.py calls `run`, report.py `section`.
"""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HELDOUT = os.path.join(ROOT, "Bench", "Data", "journey-heldout.tsv")


def run(sia_bench, knowledge, queries):
    """The quality run on the held-out questions (one latency round: the question
    table's run already measures it)."""
    if not os.path.exists(HELDOUT):
        return None
    return sia_bench("quality", knowledge, HELDOUT, queries, "1")


def section(journey, table):
    """The Markdown section of BENCHMARKS.md, or [] when the run is missing."""
    if not journey:
        return []
    total = journey["answerable"]
    lines = ["## Retrieval quality: the declarant's held-out questions", "",
             "Bench/Data/journey-heldout.tsv: questions written the way people type them (long and short, "
             "French and English, typos, first person), kept out of all tuning (Bench/journey.py).", "",
             table(("engine", "hit in top 3", "empty answer", "labelled \"closest passages\""), [
                 ("sia (`GuideSearch.ask`)", f"{journey['siaHits']}/{total}", f"{journey['siaEmpty']}/{total}",
                  f"{journey['siaClosest']}/{total}"),
                 ("FTS5 (OR of the words)", f"{journey['fts5Hits']}/{total}", f"{journey['fts5Empty']}/{total}", "—"),
             ])]
    misses = [r for r in journey["rows"] if r["expected"] and not r["siaHit"]]
    if misses:
        lines += ["", "sia's misses:", "",
                  table(("question", "expected", "sia top 3", "FTS5 top 3"),
                        [(r["question"], ", ".join(r["expected"]), ", ".join(r["sia"]) or "—",
                          ", ".join(r["fts5"]) or "—") for r in misses])]
    return lines + [""]


def target(journey):
    """The summary row: hit@3 on the held-out questions above FTS5's, no empty answer."""
    if not journey:
        return ("held-out questions: hit in top 3 above FTS5's, no empty answer", "not run", None)
    total = journey["answerable"]
    return ("held-out questions: hit in top 3 above FTS5's, no empty answer",
            f"{journey['siaHits']}/{total} vs {journey['fts5Hits']}/{total}, {journey['siaEmpty']} empty",
            journey["siaHits"] > journey["fts5Hits"] and journey["siaEmpty"] == 0)
