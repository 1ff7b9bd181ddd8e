"""English retrieval (issue 16): hit@3 and latency in English, sia beside FTS5 (porter).

The English question set has a tuning part, used by the tests
(Tests/SiaKitTests/Fixtures/retrieval/questions-en.tsv), and a held-out part never used
for tuning (Bench/Data/english-heldout.tsv); the latency queries are
Bench/Data/queries-en.txt. sia answers as the product does in English
(`GuideSearch.ask(lang: .en)`); FTS5 indexes the same English fields with the same
weights, tokenised by `porter unicode61 remove_diacritics 2` (Porter's English stemmer).
bench.py calls `run`, report.py `section` and `target`.

Runnable alone (no other part of the benchmark), after building the bench package:

    swift build -c release --package-path Bench --scratch-path Bench/.build-bench
    python3 Bench/english.py            # prints the Markdown section
    python3 Bench/english.py --debug    # with a debug build of the bench package
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KNOWLEDGE = os.path.join(ROOT, "Knowledge")
TUNING = os.path.join(ROOT, "Tests", "SiaKitTests", "Fixtures", "retrieval", "questions-en.tsv")
HELDOUT = os.path.join(ROOT, "Bench", "Data", "english-heldout.tsv")
QUERIES = os.path.join(ROOT, "Bench", "Data", "queries-en.txt")


def run(sia_bench, knowledge=KNOWLEDGE, rounds="11"):
    """The English run, None when a question table is missing."""
    if not (os.path.exists(TUNING) and os.path.exists(HELDOUT) and os.path.exists(QUERIES)):
        return None
    return sia_bench("english", knowledge, TUNING, HELDOUT, QUERIES, rounds)


def us(microseconds):
    return f"{microseconds:.0f} µs" if microseconds >= 10 else f"{microseconds:.1f} µs"


def section(english, table):
    """The Markdown section of BENCHMARKS.md, or [] when the run is missing."""
    if not english:
        return []
    rows = []
    for part, label in zip(english["tables"], ("tuning (questions-en.tsv)", "held-out (english-heldout.tsv)")):
        total = part["questions"]
        rows.append((label, f"{part['siaHits']}/{total}", f"{part['fts5Hits']}/{total}"))
    lines = ["## Retrieval quality in English", "",
             "English questions asked with the English interface (Bench/english.py). sia indexes every field, "
             "the English guide bodies (guide/en/) with the English stemmer; FTS5 gets the English fields only ("
             + ", ".join(f"`{c}`" for c in english["fts5Columns"]) + ") with sia's weights and the porter "
             "tokenizer. French terms of art (AIPD, CNIL, HDS) stay in the English texts in brackets.", "",
             table(("question set", "sia hit in top 3", "FTS5 porter hit in top 3"), rows), "",
             table(("English query latency (Bench/Data/queries-en.txt)", "p50", "p99", "mean"), [
                 ("sia `GuideSearch.ask(lang: .en)`, snippets included", us(english["siaAskLatency"]["p50"]),
                  us(english["siaAskLatency"]["p99"]), us(english["siaAskLatency"]["mean"])),
                 ("FTS5 porter MATCH, top 3", us(english["fts5Latency"]["p50"]), us(english["fts5Latency"]["p99"]),
                  us(english["fts5Latency"]["mean"])),
             ])]
    misses = [r for part in english["tables"] for r in part["misses"] if not r["siaHit"]]
    if misses:
        lines += ["", "sia's English misses:", "",
                  table(("question", "expected", "sia top 3", "FTS5 top 3"),
                        [(r["question"], ", ".join(r["expected"]), ", ".join(r["sia"]) or "—",
                          ", ".join(r["fts5"]) or "—") for r in misses])]
    return lines + [""]


def target(english):
    """The summary row: held-out English hit@3 not below FTS5 porter's."""
    name = "English held-out questions: hit in top 3 at least FTS5 porter's"
    if not english:
        return (name, "not run", None)
    heldout = english["tables"][1]
    total = heldout["questions"]
    return (name, f"{heldout['siaHits']}/{total} vs {heldout['fts5Hits']}/{total}",
            heldout["siaHits"] >= heldout["fts5Hits"])


def main():
    parser = argparse.ArgumentParser(description="The English part of the benchmark alone.")
    parser.add_argument("--debug", action="store_true", help="use Bench/.build-bench/debug/sia-bench")
    parser.add_argument("--rounds", default="11")
    options = parser.parse_args()
    binary = os.path.join(ROOT, "Bench", ".build-bench", "debug" if options.debug else "release", "sia-bench")

    def sia_bench(*arguments):
        output = subprocess.run([binary, *arguments], check=True, stdout=subprocess.PIPE, cwd=ROOT).stdout
        return json.loads(output)

    def table(header, rows):
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(str(cell).replace("|", "\\|") for cell in row) + " |" for row in rows]
        return "\n".join(lines)

    result = run(sia_bench, rounds=options.rounds)
    print("\n".join(section(result, table)))
    name, value, met = target(result)
    print(f"{name}: {value} ({'met' if met else 'not met'})")
    return 0 if result else 1


if __name__ == "__main__":
    sys.exit(main())
