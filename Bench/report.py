"""Renders the results of Bench/bench.py: a table for the terminal and BENCHMARKS.md.

Every target of the benchmark is checked here, in one list (`targets`), so the report
says plainly which are met.
"""
import english  # Bench/english.py: English questions, sia vs FTS5 porter
import journey  # Bench/journey.py: the declarant's held-out questions
import os

MB = 1024 * 1024


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def us(microseconds):
    return f"{microseconds / 1000:.2f} ms" if microseconds >= 1000 else f"{microseconds:.1f} µs"


def mb(size):
    return f"{size / MB:.1f} MB"


def table(header, rows):
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows])


def label(result):
    return "guide" if result["dataset"] == "guide" else f"corpus {result['documents']:,}".replace(",", " ")


def per_posting(result):
    """Scoring cost per posting walked, ns (total over the query set)."""
    total = sum(result["postings"])
    return 1000 * sum(result["siaScoring"]["perQuery"]) / total if total else float("nan")


def targets(results):
    """(target, measured, met) for every target; met is None when not measured yet."""
    startup, retrieval = results["startup"], results["retrieval"]
    guide = next(r for r in retrieval if r["dataset"] == "guide")
    corpora = [r for r in retrieval if r["dataset"] == "corpus"]
    full = max(corpora, key=lambda r: r["documents"])
    ten = next((r for r in corpora if r["documents"] == 10000), None)
    rows = []
    if "ask" in startup:
        rows.append(("`sia ask` start-up to an answer ≤ 30 ms (median)", ms(startup["ask"]["median"]),
                     startup["ask"]["median"] <= 0.030))
    else:
        rows.append(("`sia ask` start-up to an answer ≤ 30 ms (median)", "no `ask` command in this build", None))
    rows.append(("REPL to first prompt ≤ 25 ms (median, `printf '/quitter\\n' | sia`)",
                 ms(startup["repl"]["median"]), startup["repl"]["median"] <= 0.025))
    peak = max(startup[k]["peakRSS"] for k in ("ask", "repl") if k in startup)
    rows.append(("peak RSS ≤ 30 MB with the bundled guide", mb(peak), peak <= 30 * MB))
    rows.append(("query p50 ≤ 50 µs on the guide", us(guide["sia"]["p50"]), guide["sia"]["p50"] <= 50))
    rows.append((f"query p50 ≤ 0.6 ms on the full corpus ({full['documents']:,} sentences)",
                 us(full["sia"]["p50"]), full["sia"]["p50"] <= 600))
    if ten:
        growth = per_posting(full) / per_posting(ten)
        rows.append(("growth no worse than linear in matching postings (scoring ns/posting, full ÷ 10k ≤ 1.25)",
                     f"{per_posting(ten):.2f} → {per_posting(full):.2f} ns/posting (×{growth:.2f})", growth <= 1.25))
    ratio = full["fts5"]["p50"] / full["sia"]["p50"]
    rows.append(("full corpus p50 at least 2× lower than FTS5's", f"×{ratio:.1f} ({us(full['sia']['p50'])} vs "
                 f"{us(full['fts5']['p50'])})", ratio >= 2))
    rows.append(("index build ≤ 3 s on the full corpus", f"{full['siaBuild']['seconds']:.2f} s",
                 full["siaBuild"]["seconds"] <= 3))
    rows.append(("index memory ≤ 300 MB on the full corpus (peak RSS growth while building)",
                 mb(full["siaBuild"]["peakBytes"]), full["siaBuild"]["peakBytes"] <= 300 * MB))
    quality = results.get("quality")
    if quality:
        rows.append(("hit in top 3 strictly higher than FTS5's", f"{quality['siaHits']}/{quality['answerable']} vs "
                     f"{quality['fts5Hits']}/{quality['answerable']}", quality["siaHits"] > quality["fts5Hits"]))
    else:
        rows.append(("hit in top 3 strictly higher than FTS5's", "question table not found", None))
    rows.append(journey.target(results.get("journey")))
    rows.append(english.target(results.get("english")))
    engine = results.get("engine")
    rows.append(("assessment p50 ≤ 100 µs", us(engine["latency"]["p50"]) if engine else "TODO: no decision engine",
                 engine["latency"]["p50"] <= 100 if engine else None))
    signatures = results.get("signatures")
    rows.append(("batch verification ≥ 20× faster per file than one `ssh-keygen` per file",
                 f"×{signatures['ratio']:.1f}" if signatures else "TODO: no `sia verify` in this build",
                 signatures["ratio"] >= 20 if signatures else None))
    return rows


def verdict(met):
    return "not measured" if met is None else "met" if met else "**not met**"


def startup_rows(startup):
    names = {"floor": "process floor: `/bin/true`", "repl": "REPL: `printf '/quitter\\n' | sia`",
             "ask": "`sia ask \"données de santé ChatGPT\"`",
             "replCold": "REPL, no cache (`SIA_NO_CACHE=1`)", "askCold": "`sia ask`, no cache (`SIA_NO_CACHE=1`)"}
    return [(names[k], v["runs"], ms(v["median"]), ms(v["p90"]), ms(v["min"]), mb(v["peakRSS"]))
            for k, v in startup.items()]


def retrieval_rows(retrieval):
    rows = []
    for r in retrieval:
        rows.append((
            label(r), f"{r['siaBuild']['seconds'] * 1000:.0f} ms", f"{r['fts5Build']['seconds'] * 1000:.0f} ms",
            mb(r["siaBuild"]["peakBytes"]), mb(r["fts5SQLiteBytes"]),
            us(r["sia"]["p50"]), us(r["sia"]["p99"]), us(r["fts5"]["p50"]), us(r["fts5"]["p99"]),
            f"×{r['fts5']['p50'] / r['sia']['p50']:.1f}", us(r["siaScoring"]["p50"]), us(r["siaScoring"]["p99"]),
            f"{sorted(r['postings'])[len(r['postings']) // 2]:,}".replace(",", " "), f"{per_posting(r):.2f}"))
    return rows


RETRIEVAL_HEADER = ("data set", "sia build", "FTS5 build", "sia memory", "FTS5 memory", "sia p50", "sia p99",
                    "FTS5 p50", "FTS5 p99", "FTS5 ÷ sia (p50)", "sia scoring p50", "sia scoring p99",
                    "postings p50", "ns/posting")


def quality_section(quality):
    lines = [f"sia (`GuideSearch.ask`, top 3): **{quality['siaHits']}/{quality['answerable']}** answerable questions "
             f"hit; FTS5 (OR of the question's words, same fields and weights): "
             f"**{quality['fts5Hits']}/{quality['answerable']}**.",
             f"Questions the guide cannot answer (expected \"-\"): sia declined or labelled \"closest passages\" {quality['siaDeclined']}/"
             f"{quality['unanswerable']}, FTS5 {quality['fts5Declined']}/{quality['unanswerable']} "
             "(FTS5 has no notion of \"no answer\": an OR query returns whatever shares a word).",
             f"`GuideSearch.ask` (parse, score, coverage check, snippets) on the query set: p50 "
             f"{us(quality['askLatency']['p50'])}, p99 {us(quality['askLatency']['p99'])}.", ""]
    misses = [r for r in quality["rows"] if r["expected"] and not r["siaHit"]]
    fts5_only = [r for r in quality["rows"] if r["expected"] and r["fts5Hit"] and not r["siaHit"]]
    sia_only = [r for r in quality["rows"] if r["expected"] and r["siaHit"] and not r["fts5Hit"]]
    lines.append(f"Answerable questions hit by sia only: {len(sia_only)}; by FTS5 only: {len(fts5_only)}.")
    if misses:
        lines += ["", "sia's misses:", "",
                  table(("question", "expected", "sia top 3", "FTS5 top 3"),
                        [(r["question"], ", ".join(r["expected"]), ", ".join(r["sia"]) or "—",
                          ", ".join(r["fts5"]) or "—") for r in misses])]
    return "\n".join(lines)


def render(results, notes_path):
    machine, corpus = results["machine"], results["corpus"]
    summary = table(("target", "measured", "verdict"), [(t, m, verdict(v)) for t, m, v in targets(results)])
    startup = table(("command", "runs", "median", "p90", "min", "peak RSS"), startup_rows(results["startup"]))
    retrieval = table(RETRIEVAL_HEADER, retrieval_rows(results["retrieval"]))
    terminal = "\n\n".join([summary, startup, retrieval])

    packages = ", ".join(f"{name} ({count:,} sentences)".replace(",", " ") for name, count in corpus["packages"].items())
    parts = [
        "# Benchmarks",
        "",
        "<!-- Generated by `make bench` (Bench/bench.py, Bench/report.py): do not edit; the analysis "
        "below comes from Bench/NOTES.md. -->",
        "",
        f"Run of {results['date']} on {machine['cpu']}, {machine['cores']} cores, Linux {machine['kernel']}, "
        f"{machine['swift']}, system SQLite {machine['sqlite']}. Load average at start "
        f"{machine['load'][0]:.1f}, at end {machine['loadAfter'][0]:.1f}: the machine is shared, so wall times "
        "carry noise; medians over many runs are reported.",
        "",
        "## Targets",
        "",
        summary,
        "",
        "## Start-up (whole process, release build, bundled guide)",
        "",
        "Wall time from `posix_spawn` to `wait4` (CLOCK_MONOTONIC), after 3 warm-up runs; peak RSS from "
        "one more run under GNU `time -f %M`. Private HOME, `LANG=fr_FR.UTF-8`, output to /dev/null. "
        "The release build is the one handed out, `swift build -c release --static-swift-stdlib` (`make "
        "build-release`). The warm-up runs fill the knowledge cache (`$XDG_CACHE_HOME/sia`) as a person's "
        "first run does; the *no cache* rows start without it, as after every change to `Knowledge/`.",
        "",
        startup,
        "",
        "## Retrieval, in process: sia vs SQLite FTS5",
        "",
        f"Corpus: {corpus['sentences']:,} unique French sentences from Debian's ".replace(",", " ") + packages
        + " (`apt-get download`, `dpkg -x`, HTML and roff stripped; Bench/corpus.py). The first N sentences make the "
        "smaller steps. Queries: the " + str(results["retrieval"][0]["queries"]) + " of Bench/Data/queries.txt, "
        "the same on every data set and for both engines.",
        "",
        "Both engines are built and queried in the same process (one process per data set), with the same "
        "timer (CLOCK_MONOTONIC), after 3 warm-up passes; each round times every query on both engines, "
        "interleaved (the order flips every round); a query's latency is its median over the rounds, and "
        "p50/p99 are taken over the queries. sia: `SearchEngine.search(text, limit: 3)` — analysis, stemming, "
        "typo tolerance, synonyms, BM25F scoring, top 3. *sia scoring* is the same with the query already "
        "parsed. FTS5: an in-memory table, `tokenize='unicode61 remove_diacritics 2'`, built in one "
        "transaction then `optimize`d, queried with `SELECT rowid … WHERE docs MATCH ? ORDER BY bm25(docs, "
        "weights…) LIMIT 3` on one prepared statement (SQLite's C API; the MATCH expression is the OR of the "
        "words sia keeps, each quoted). On the guide, FTS5 gets the same fields as columns with sia's field "
        "weights; sia's build there is `GuideSearch.load` (synonyms and passages included), FTS5's the table over the same documents. *memory*: sia = peak growth of the process's RSS while building (VmHWM reset through "
        "/proc/self/clear_refs); FTS5 = bytes held by SQLite's allocator after the build. *postings*: "
        "Σ document frequency of every term sia's query walks; *ns/posting* = total scoring time ÷ total "
        "postings.",
        "",
        retrieval,
        "",
    ]
    if "quality" in results:
        parts += ["## Retrieval quality: hit in top 3 on the question table", "",
                  "Tests/SiaKitTests/Fixtures/retrieval/questions.tsv (the retrieval engineer's table: a "
                  "question, the guide passages that answer it).", "", quality_section(results["quality"]), ""]
    parts += journey.section(results.get("journey"), table)
    parts += english.section(results.get("english"), table)
    parts += ["## Assessment engine", ""]
    engine = results.get("engine")
    if engine:
        parts += [f"`Engine.assess` (as `sia assess` calls it: fired rules, merged actions, counterfactual "
                  f"alternatives) on the answers of each of the {len(engine['scenarios'])} scenario files of "
                  "Tests/SiaKitTests/Fixtures/scenarios, in process, median of the rounds per scenario; decision "
                  f"model loaded once ({engine['loadSeconds'] * 1000:.0f} ms).", "",
                  table(("call", "p50", "p99", "mean"),
                        [("`Engine.assess(answers)`", us(engine["latency"]["p50"]), us(engine["latency"]["p99"]),
                          us(engine["latency"]["mean"])),
                         ("`Engine.verdict(answers)` (verdict only)", us(engine["verdictLatency"]["p50"]),
                          us(engine["verdictLatency"]["p99"]), us(engine["verdictLatency"]["mean"]))])]
    else:
        parts.append("TODO — no decision engine in this build.")
    parts += ["", "## Signatures: `sia verify` vs `ssh-keygen -Y verify`", ""]
    signatures = results.get("signatures")
    if signatures:
        per = lambda seconds: us(seconds * 1e6 / signatures["files"])
        parts += [f"{signatures['files']} signed declarations ({signatures['distinct']} distinct documents made "
                  "from distinct answers, each copied under several names), all signed by `sia sign`; one "
                  "allowed_signers file. sia: one `sia verify --allowed-signers … FILE…` process over all of them "
                  "(which also checks signer, validity and guide version, re-renders each document from its data "
                  "block and compares it with the text, and recomputes each distinct verdict with the rules), median "
                  f"of {signatures['siaRuns']} runs. OpenSSH: one `ssh-keygen -Y verify -f allowed_signers -I … -n "
                  f"sia-declaration -s FILE.sig < FILE` process per file, median of {signatures['sshRuns']} "
                  "passes. The two are timed in turns; the ratio is the median of the paired ratios"
                  + (f" (all pairs: {', '.join(f'×{r:.1f}' for r in signatures['ratios'])})." if signatures.get("ratios") else "."),
                  "",
                  table(("verifier", "total", "per file"),
                        [("`sia verify` (one process)", ms(signatures["siaSeconds"]), per(signatures["siaSeconds"])),
                         ("`ssh-keygen -Y verify` (one process per file)", ms(signatures["sshSeconds"]),
                          per(signatures["sshSeconds"]))]),
                  "", f"Ratio: ×{signatures['ratio']:.1f} per file."]
    else:
        parts.append("TODO — no `sia verify` in this build.")
    parts.append("")
    if os.path.exists(notes_path):
        with open(notes_path) as handle:
            parts += [handle.read().rstrip(), ""]
    return terminal, "\n".join(parts)
