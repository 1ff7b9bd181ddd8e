#!/usr/bin/env python3
"""`make bench-registry` (also run by `make bench`): the registry at an institute's scale.

Generates signed registries (Bench/Sources/registry-bench, cached in .bench-cache/),
then measures whole `sia registry` processes (wall time on CLOCK_MONOTONIC, peak RSS
from wait4): the first index of 10,000 and 50,000 documents, a re-run after adding
100, a re-run with nothing new, the HTML report of 10,000 lines; filtered queries in
process (registry-bench query); and beside them the same work done the plain way, one
`ssh-keygen -Y verify` per file and Python's sqlite3 to store the rows. Writes
BENCHMARKS-registry.md.

Options: --quick (10,000 only, smaller baseline sample), --no-build.
"""
import argparse
import datetime
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "Bench")
CACHE = os.path.join(ROOT, ".bench-cache")
SIA = os.path.join(ROOT, ".build", "release", "sia")
TOOL = os.path.join(BENCH, ".build-bench", "release", "registry-bench")
OUTPUT = os.path.join(ROOT, "BENCHMARKS-registry.md")
GENERATOR_VERSION = "2"


def log(message):
    print(f"registry bench: {message}", file=sys.stderr, flush=True)


def run(command, **options):
    log(" ".join(command))
    return subprocess.run(command, check=True, **options)


def build():
    run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "sia"], cwd=ROOT)
    run(["swift", "build", "-c", "release", "--package-path", BENCH, "--scratch-path",
         os.path.join(BENCH, ".build-bench"), "--product", "registry-bench", "--disable-automatic-resolution"], cwd=ROOT)


def environment(home):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIA_")}
    env.update({"HOME": home, "XDG_CONFIG_HOME": f"{home}/.config", "XDG_STATE_HOME": f"{home}/.local/state",
                "XDG_DATA_HOME": f"{home}/.local/share", "XDG_CACHE_HOME": f"{home}/.cache",
                "LANG": "fr_FR.UTF-8", "NO_COLOR": "1", "SIA_KNOWLEDGE": os.path.join(ROOT, "Knowledge")})
    return env


CPU = {}


def timed(command, env, cwd=None):
    """Wall seconds and peak RSS (MB) of one process, its output thrown away; its CPU
    seconds (user + system, from wait4) are kept in CPU under the command."""
    start = time.monotonic()
    with open(os.devnull, "wb") as null:
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=null, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.monotonic() - start
        stderr = process.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed: {stderr}")
    CPU[" ".join(command)] = usage.ru_utime + usage.ru_stime
    return wall, usage.ru_maxrss / 1024, stderr


def cpu(command):
    return CPU.get(" ".join(command), 0)


def template(home):
    """One declaration made by `sia declare` from bare answers (the rules compute the verdict)."""
    os.makedirs(home, exist_ok=True)
    env = environment(home)
    sia = lambda *args: subprocess.run([SIA, *args], env=env, check=True, stdout=subprocess.DEVNULL, cwd=home)
    sia("profile", "--name", "Modèle", "--email", "modele@inserm.fr", "--unit", "Unité modèle", "--unit-code", "U0000",
        "--lab-head", "Direction", "--lab-head-email", "direction@inserm.fr")
    sia("keygen")
    sia("declare", "--answers", os.path.join(ROOT, "Tests", "Fixtures", "registry", "code-conditions.yaml"), "--accept-all",
        "--output", home, "--slug", "modele", "--no-sign")
    return next(os.path.join(home, name) for name in os.listdir(home) if name.endswith("-modele.md"))


def dataset(size, people, units, model):
    """The generated folder for SIZE documents, reused while the generator is unchanged."""
    folder = os.path.join(CACHE, f"registry-{size}")
    stamp = os.path.join(CACHE, f"registry-{size}.stamp")
    if os.path.exists(stamp) and open(stamp).read() == GENERATOR_VERSION:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    start = time.monotonic()
    run([TOOL, "generate", model, folder, str(size), str(people), str(units)])
    log(f"generated {size} documents in {time.monotonic() - start:.1f} s")
    open(stamp, "w").write(GENERATOR_VERSION)
    return folder


def count_files(folder):
    documents = 0
    for _, _, names in os.walk(folder):
        documents += sum(1 for name in names if name.endswith(".md"))
    return documents


def registry(folder, env, *extra):
    return [SIA, "registry", folder, "--allowed-signers", os.path.join(folder, "allowed_signers"), *extra]


def baseline(folder, sample):
    """One `ssh-keygen -Y verify` per file, then the rows into SQLite with Python's sqlite3."""
    files = []
    for directory, _, names in os.walk(folder):
        files += [os.path.join(directory, name) for name in names if name.endswith(".md")]
    random.Random(7).shuffle(files)
    files = files[:sample]
    signers = os.path.join(folder, "allowed_signers")
    database = sqlite3.connect(":memory:")
    database.execute("CREATE TABLE document (path TEXT PRIMARY KEY, declarant TEXT, system TEXT, verdict TEXT, validUntil TEXT, valid INTEGER)")
    block = re.compile(r"```json\n(.*)\n```", re.S)
    start = time.monotonic()
    for path in files:
        text = open(path, encoding="utf-8").read()
        data = json.loads(block.findall(text)[-1])
        namespace = "sia-declaration"
        with open(path, "rb") as document:
            result = subprocess.run(["ssh-keygen", "-Y", "verify", "-f", signers, "-I", data["declarant"]["email"],
                                     "-n", namespace, "-s", path + ".sig"], stdin=document, capture_output=True)
        database.execute("INSERT INTO document VALUES (?, ?, ?, ?, ?, ?)",
                         (path, data["declarant"]["name"], data["system"]["name"], data["verdict"]["id"],
                          data["validUntil"], int(result.returncode == 0)))
    database.commit()
    return (time.monotonic() - start) / len(files)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-build", action="store_true")
    options = parser.parse_args()
    if not options.no_build:
        build()
    os.makedirs(CACHE, exist_ok=True)
    work = tempfile.mkdtemp(prefix="sia-registry-bench-")
    results = {"sizes": {}}
    try:
        model = template(os.path.join(work, "model-home"))
        sizes = [(10_000, 400, 20)] + ([] if options.quick else [(50_000, 2_000, 80)])
        for size, people, units in sizes:
            source = dataset(size, people, units, model)
            # A private copy: the re-run adds files to it.
            folder = os.path.join(work, f"registry-{size}")
            run(["cp", "-a", source, folder])
            home = os.path.join(work, f"home-{size}")
            os.makedirs(home)
            env = environment(home)
            # The machine is shared: its load (1-minute average) says how far a figure is from an idle one.
            row = {"people": people, "units": units, "load": os.getloadavg()[0]}
            row["first"], row["first_rss"], stderr = timed(registry(folder, env), env)
            row["first_cpu"] = cpu(registry(folder, env))
            row["again"], row["again_rss"], _ = timed(registry(folder, env), env)
            row["again_cpu"] = cpu(registry(folder, env))
            run([TOOL, "generate", model, folder, "100", str(people), str(units), str(size)])
            row["load_added"] = os.getloadavg()[0]
            row["added"], row["added_rss"], _ = timed(registry(folder, env, "--pending"), env)
            row["added_cpu"] = cpu(registry(folder, env, "--pending"))
            # The filtered query as a lab head runs it: a whole process, folder walk included.
            pending = []
            for _ in range(3):
                pending.append((timed(registry(folder, env, "--pending"), env)[0], cpu(registry(folder, env, "--pending"))))
            row["pending_process"], row["pending_cpu"] = min(pending)
            row["documents"] = count_files(folder)
            row["queries"] = json.loads(subprocess.run(
                [TOOL, "query", os.path.join(home, ".local", "share", "sia"), folder, "21"],
                env=env, check=True, capture_output=True, text=True).stdout)
            if size == 10_000:
                report = os.path.join(work, "report.html")
                row["report"], row["report_rss"], _ = timed(registry(folder, env, "--html", report), env)
                row["report_bytes"] = os.path.getsize(report)
            results["sizes"][str(size)] = row
            log(json.dumps(row))
        sample = 100 if options.quick else 400
        results["baseline_per_file"] = baseline(os.path.join(work, "registry-10000"), sample)
        results["baseline_sample"] = sample
    finally:
        shutil.rmtree(work, ignore_errors=True)
    write_report(results)


def write_report(results):
    sizes = results["sizes"]
    per_file = results["baseline_per_file"]
    lines = [
        "# Registry benchmarks",
        "",
        "<!-- Generated by `make bench-registry` (Bench/registry_bench.py): do not edit. -->",
        "",
        f"Run of {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M+00:00')} on "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Linux {platform.release()}. "
        "Release build (`swift build -c release --static-swift-stdlib`). Documents made by "
        "Bench/Sources/registry-bench: real declarations rendered and signed as `sia declare`/`sia approve` do, "
        "45 % conditions, 30 % ok, 15 % validation, 10 % contested exemption requests, 60 % approved, 5 % refused, "
        "dates over two years (so expired and expiring ones), 1 in 200 tampered. Whole-process wall time and peak RSS "
        "(wait4) of `sia registry FOLDER --allowed-signers …`, output to /dev/null, index in a fresh `$XDG_DATA_HOME`. "
        "Files are verified on every core; \"load before\" is the machine's 1-minute load average just before each "
        "first index (the machine is shared: above 0, other work took part of the cores).",
        "",
        "| target | measured | verdict |",
        "|---|---|---|",
    ]

    def verdict(ok):
        return "met" if ok else "NOT met"

    big = sizes.get("50000") or sizes["10000"]
    label = "50,000" if "50000" in sizes else "10,000 (quick run, 50,000 ≤ 60 s pro rata)"
    # A quick run has only 10,000 documents: the 50,000-in-60-s target pro rata.
    limit = 60 if "50000" in sizes else 12
    lines.append(f"| first index of {label} ≤ {limit} s | {big['first']:.1f} s | {verdict(big['first'] <= limit)} |")
    lines.append(f"| re-run after adding 100 ≤ 1 s | {big['added']:.2f} s (CPU {big.get('added_cpu', 0):.2f} s, load {big.get('load_added', 0):.1f}) | {verdict(big['added'] <= 1)} |")
    worst = max(query["median_ms"] for query in big["queries"])
    worst_cpu = max(query.get("cpu_median_ms", 0) for query in big["queries"])
    lines.append(f"| filtered query ≤ 50 ms (worst median of 4) | {worst:.1f} ms (CPU {worst_cpu:.1f} ms) | {verdict(worst <= 50)} |")
    small = sizes["10000"]
    lines.append(f"| HTML report of 10,000 lines ≤ 5 s | {small['report']:.2f} s | {verdict(small['report'] <= 5)} |")
    rss = max(max(row["first_rss"], row["added_rss"]) for row in sizes.values())
    lines.append(f"| peak RSS ≤ 200 MB | {rss:.0f} MB | {verdict(rss <= 200)} |")
    lines += ["", "## Runs", "",
              "Re-runs print the table (`--pending` after adding 100); \"`--pending`, whole process\" is the best of three "
              "runs of `sia registry FOLDER --pending` with nothing new: the folder walk (one stat per file), the indexed "
              "query and the table, as a lab head waits for it. Each figure is wall time, then in brackets the process's "
              "CPU time (user + system): on this shared machine, with a load above 2, wall time includes waiting for a core.", "",
              "| documents | first index | re-run, nothing new | +100 then re-run | `--pending`, whole process | peak RSS (first) | per file (first) | load before (first / +100) |",
              "|---|---|---|---|---|---|---|---|"]
    for size, row in sizes.items():
        def both(key):
            return f"{row[key]:.2f} s ({row[key + '_cpu']:.2f} s)" if key + "_cpu" in row else f"{row[key]:.2f} s"
        if "pending_cpu" in row:
            row["pending_process_cpu"] = row["pending_cpu"]
        pending = both("pending_process") if "pending_process" in row else "—"
        lines.append(f"| {row['documents']:,} (from {int(size):,}; {row['people']} people, {row['units']} units) | {both('first')} | "
                     f"{both('again')} | {both('added')} | {pending} | {row['first_rss']:.0f} MB | {row['first'] / int(size) * 1000:.2f} ms | {row.get('load', 0):.2f} / {row.get('load_added', 0):.2f} |")
    lines += ["", "## Filtered queries on the index (in process, median of 21)", "",
              "`RegistryIndex.entries(…, detail: .table)` on the index the runs above left: the SQL query and the lines "
              "decoded with the columns the terminal table shows, without the folder walk.", "", "| documents | query | rows | median | max | CPU (median) |", "|---|---|---|---|---|---|"]
    for size, row in sizes.items():
        for query in row["queries"]:
            lines.append(f"| {int(size):,} | {query['query']} | {query['rows']} | {query['median_ms']:.2f} ms | {query['max_ms']:.2f} ms | {query.get('cpu_median_ms', 0):.2f} ms |")
    lines += ["", "## Beside the plain way", "",
              f"One `ssh-keygen -Y verify` per file plus Python's sqlite3 for the rows, on {results['baseline_sample']} files "
              f"drawn from the 10,000: {per_file * 1000:.1f} ms per file, so about {per_file * 50_000 / 60:.0f} min for "
              f"50,000 — against {big['first'] / int(max(sizes, key=int)) * 1000:.2f} ms per file for `sia registry`'s first "
              "index (in-process Ed25519 on both cores), and nothing at all for unchanged files on a re-run.",
              "", f"HTML report of 10,000 lines: {small['report_bytes'] / 1e6:.1f} MB, one file, no script.", ""]
    open(OUTPUT, "w").write("\n".join(lines))
    log(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
