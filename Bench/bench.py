#!/usr/bin/env python3
"""`make bench`: corpus (cached) + release builds + measurements + BENCHMARKS.md.

Whole-process measurements (start-up, `ssh-keygen`) are made here with posix_spawn and
wait4 (wall time on CLOCK_MONOTONIC, peak RSS from the kernel). In-process measurements
(retrieval, quality) are made by the Swift executable `sia-bench` (Bench/Sources), one
process per data set so that memory figures do not mix, both engines in that same
process, same queries, same timer. This script only orchestrates and writes the report.

Options: --quick (fewer runs, for trying the script), --no-build, --output FILE,
--only signatures (`sia verify` vs `ssh-keygen -Y verify` alone, figures as JSON),
--report-only (re-render BENCHMARKS.md from the last results, e.g. after editing
Bench/NOTES.md).
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "Bench")
CACHE = os.path.join(ROOT, ".bench-cache")
SIA = os.path.join(ROOT, ".build", "release", "sia")
SIA_BENCH = os.path.join(BENCH, ".build-bench", "release", "sia-bench")
QUERIES = os.path.join(BENCH, "Data", "queries.txt")
QUESTIONS = os.path.join(ROOT, "Tests", "SiaKitTests", "Fixtures", "retrieval", "questions.tsv")
KNOWLEDGE = os.path.join(ROOT, "Knowledge")
SCENARIOS = os.path.join(ROOT, "Tests", "SiaKitTests", "Fixtures", "scenarios")
CORPUS = os.path.join(CACHE, "corpus-fr.txt")
CORPUS_SIZES = ["1000", "10000", "30000", "all"]
ASK_QUESTION = "données de santé ChatGPT"

sys.path.insert(0, BENCH)
import report  # noqa: E402  (Bench/report.py)
import english  # noqa: E402  (Bench/english.py)
import journey  # noqa: E402  (Bench/journey.py)


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def run(command, **options):
    log(" ".join(command))
    return subprocess.run(command, check=True, **options)


# The release build as it is handed out: the Swift runtime and Foundation linked in
# (one file that runs on any Debian machine without the toolchain), which also spares
# the dynamic loader a few milliseconds at every start. Same flags as `make build-release`.
RELEASE_FLAGS = ["-c", "release", "--static-swift-stdlib"]


def build():
    run(["swift", "build", *RELEASE_FLAGS, "--product", "sia"], cwd=ROOT)
    # Without manifest caching: a file added to SiaKit (a dependency here) is otherwise
    # not seen until Bench/Package.swift changes.
    run(["swift", "build", "-c", "release", "--package-path", "Bench", "--scratch-path", "Bench/.build-bench",
         "--disable-build-manifest-caching"], cwd=ROOT)


def sandbox_environment(home):
    """What SiaRunner pins for the tests: a private HOME, French, UTC, no colour."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("SIA_", "XDG_"))}
    environment.update({
        "HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"),
        "XDG_STATE_HOME": os.path.join(home, ".local", "state"),
        "XDG_DATA_HOME": os.path.join(home, ".local", "share"), "XDG_CACHE_HOME": os.path.join(home, ".cache"),
        "LANG": "fr_FR.UTF-8", "TZ": "UTC", "COLUMNS": "80", "NO_COLOR": "1",
    })
    return environment


def spawn_timed(argv, environment, stdin_path=None):
    """Runs argv once; returns (wall seconds, peak RSS bytes, exit status)."""
    actions = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
               (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
               (os.POSIX_SPAWN_OPEN, 0, stdin_path or os.devnull, os.O_RDONLY, 0)]
    start = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
    pid = os.posix_spawn(argv[0], argv, environment, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.clock_gettime_ns(time.CLOCK_MONOTONIC) - start
    return elapsed / 1e9, usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status)


def peak_rss(argv, environment, stdin_path=None):
    """Peak RSS of one run, through GNU time when present: posix_spawn's child starts in
    this Python process's memory (vfork), which wait4's ru_maxrss counts too."""
    gnu_time = "/usr/bin/time"
    if not os.path.exists(gnu_time):
        return spawn_timed(argv, environment, stdin_path)[1]
    with open(stdin_path or os.devnull) as stdin:
        result = subprocess.run([gnu_time, "-f", "%M", *argv], env=environment, stdin=stdin,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(result.stderr.strip().splitlines()[-1]) * 1024


def repeat(argv, environment, runs, stdin_path=None, warmup=3):
    """Median, p90, min wall time over `runs` runs after warm-up, and peak RSS."""
    for _ in range(warmup):
        spawn_timed(argv, environment, stdin_path)
    times = []
    for _ in range(runs):
        seconds, _, status = spawn_timed(argv, environment, stdin_path)
        if status != 0:
            raise RuntimeError(f"{' '.join(argv)} exited with {status}")
        times.append(seconds)
    times.sort()
    return {"runs": runs, "median": statistics.median(times), "p90": times[int(0.9 * (runs - 1))],
            "min": times[0], "peakRSS": peak_rss(argv, environment, stdin_path)}


def has_command(name):
    """True when `sia --help` lists the subcommand NAME (it exists in this build)."""
    help_text = subprocess.run([SIA, "--help"], capture_output=True, text=True).stdout
    return any(line.split()[:1] == [name] for line in help_text.split("SUBCOMMANDS:")[-1].splitlines())


def startup(runs):
    home = tempfile.mkdtemp(prefix="sia-bench-home-")
    environment = sandbox_environment(home)
    quit_file = os.path.join(home, "quit.txt")
    with open(quit_file, "w") as handle:
        handle.write("/quitter\n")
    results = {"floor": repeat(["/bin/true"], environment, runs)}
    results["repl"] = repeat([SIA], environment, runs, stdin_path=quit_file)
    if has_command("ask"):
        # The warm-up runs fill the knowledge cache ($XDG_CACHE_HOME/sia), as a
        # person's first run does; the "cold" rows show a start without it.
        results["ask"] = repeat([SIA, "ask", ASK_QUESTION], environment, runs)
        cold = dict(environment, SIA_NO_CACHE="1")
        results["askCold"] = repeat([SIA, "ask", ASK_QUESTION], cold, max(5, runs // 3))
        results["replCold"] = repeat([SIA], cold, max(5, runs // 3), stdin_path=quit_file)
    shutil.rmtree(home, ignore_errors=True)
    return results


SIGNED_FILES = 1000
DISTINCT_DECLARATIONS = 20
PRINCIPAL = "marie.curie@inserm.fr"


# The distinct sets of answers the bench declarations are made from: the literature
# search of Tests/Fixtures/engine-bibliographie.yaml with another volume and purpose, so
# that `sia verify` recomputes 20 verdicts, not one (it assesses each distinct set once).
VOLUMES = ["quelques", "dizaines", "centaines", "milliers"]
PURPOSES = ["[bibliographie, redaction]", "[redaction]", "[bibliographie]", "[traduction]", "[redaction, traduction]",
            "[bibliographie, traduction]", "[code]", "[administratif]"]


def answer_sets(directory):
    """Answers files, each the fixture with one volume and one purpose changed."""
    with open(os.path.join(ROOT, "Tests", "Fixtures", "engine-bibliographie.yaml")) as handle:
        base = handle.read()
    paths = []
    for purpose in PURPOSES:
        for volume in VOLUMES:
            text = base.replace("volume: dizaines", f"volume: {volume}")
            text = text.replace("finalite: [bibliographie, redaction]", f"finalite: {purpose}")
            path = os.path.join(directory, f"answers-{len(paths):02d}.yaml")
            with open(path, "w") as handle:
                handle.write(text)
            paths.append(path)
    return paths


def signatures(runs):
    """`sia verify` over 1 000 signed declarations in one process vs one `ssh-keygen -Y
    verify` process per declaration: 20 distinct declarations (20 distinct sets of answers
    assessed by the engine, see `answer_sets`), each copied under 50 names, all signed by
    one `sia sign`. `sia verify` does more than check the signature: it re-renders each
    document from its data block and compares (the text/JSON check), and recomputes the
    verdict with the rules (once per distinct set of answers, as a lab head's batch of
    copies would need). The two are timed in turns, and the figure is the median of the
    paired ratios: on a machine others share, a burst of load hits one pair, not one side."""
    home = tempfile.mkdtemp(prefix="sia-bench-sign-")
    environment = sandbox_environment(home)
    quiet = {"env": environment, "cwd": home, "stdout": subprocess.DEVNULL}
    subprocess.run([SIA, "profile", "--name", "Marie Curie", "--email", PRINCIPAL, "--unit", "Laboratoire de test",
                    "--unit-code", "U1234", "--lab-head", "Paul Langevin", "--lab-head-email",
                    "paul.langevin@inserm.fr"], check=True, **quiet)
    subprocess.run([SIA, "keygen"], check=True, **quiet)
    distinct = []
    for number, answers in enumerate(answer_sets(home)):
        if len(distinct) == DISTINCT_DECLARATIONS:
            break
        slug = f"declaration-{number:02d}"
        made = subprocess.run([SIA, "declare", "--answers", answers, "--accept-all", "--no-sign",
                               "--use", f"Usage numéro {number} : rédaction assistée de documents internes", "--slug", slug],
                              env=environment, cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if made.returncode == 0:  # a set the rules forbid, or that needs more answers, is skipped
            distinct.append(next(name for name in os.listdir(home) if name.endswith(f"-{slug}.md")))
    if len(distinct) < DISTINCT_DECLARATIONS:
        raise RuntimeError(f"only {len(distinct)} distinct declarations could be made")
    files = []
    for number in range(SIGNED_FILES):
        source = distinct[number % len(distinct)]
        name = f"copy-{number:04d}-{source}"
        shutil.copyfile(os.path.join(home, source), os.path.join(home, name))
        files.append(name)
    subprocess.run([SIA, "sign", "--force", *files], check=True, **quiet)
    with open(os.path.join(home, ".config", "sia", "id_ed25519.pub")) as handle:
        key = " ".join(handle.read().split()[:2])
    with open(os.path.join(home, "allowed_signers"), "w") as handle:
        handle.write(f'{PRINCIPAL} namespaces="sia-declaration" {key}\n')

    os.chdir(home)
    sia_argv = [SIA, "verify", "--allowed-signers", "allowed_signers", *files]
    spawn_timed(sia_argv, environment)  # warm-up: page cache, knowledge cache
    ssh_keygen = shutil.which("ssh-keygen")
    sia_times, ssh_totals, ratios = [], [], []
    for _ in range(runs):
        seconds, _, status = spawn_timed(sia_argv, environment)
        if status != 0:
            raise RuntimeError(f"sia verify exited with {status}")
        start = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
        for name in files:
            _, _, status = spawn_timed([ssh_keygen, "-Y", "verify", "-f", "allowed_signers", "-I", PRINCIPAL,
                                        "-n", "sia-declaration", "-s", name + ".sig"], environment, stdin_path=name)
            if status != 0:
                raise RuntimeError(f"ssh-keygen -Y verify failed on {name}")
        ssh_seconds = (time.clock_gettime_ns(time.CLOCK_MONOTONIC) - start) / 1e9
        sia_times.append(seconds)
        ssh_totals.append(ssh_seconds)
        ratios.append(ssh_seconds / seconds)
    peak = peak_rss(sia_argv, environment)
    os.chdir(ROOT)
    shutil.rmtree(home, ignore_errors=True)
    return {"files": SIGNED_FILES, "distinct": DISTINCT_DECLARATIONS, "siaRuns": runs,
            "siaSeconds": statistics.median(sia_times), "siaPeakRSS": peak, "sshRuns": runs,
            "sshSeconds": statistics.median(ssh_totals), "ratio": statistics.median(ratios),
            "ratios": sorted(ratios)}


def sia_bench(*arguments):
    output = run([SIA_BENCH, *arguments], stdout=subprocess.PIPE, cwd=ROOT).stdout
    return json.loads(output)


def machine():
    model = ""
    with open("/proc/cpuinfo") as handle:
        for line in handle:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    sqlite = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libsqlite3-0"], capture_output=True, text=True).stdout
    return {"cpu": model, "cores": os.cpu_count(), "kernel": platform.release(),
            "swift": swift[0] if swift else "?", "sqlite": sqlite, "load": os.getloadavg()}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer runs and rounds")
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--no-scan", action="store_true", help="skip the scanner benchmark (sia scan vs Presidio)")
    parser.add_argument("--output", default=os.path.join(ROOT, "BENCHMARKS.md"))
    parser.add_argument("--only", choices=["signatures"],
                        help="run one part alone and print its figures as JSON (BENCHMARKS.md untouched)")
    parser.add_argument("--report-only", action="store_true",
                        help="re-render the report from .bench-cache/results.json (after editing Bench/NOTES.md)")
    parser.add_argument("--journey-only", action="store_true",
                        help="only the declarant's part (issue 14): held-out questions, sia vs FTS5, and `sia ask` "
                             "start-up and query latency; prints it, leaves BENCHMARKS.md alone")
    options = parser.parse_args()
    if options.journey_only:
        journey_only(options)
        return
    if options.report_only:
        with open(os.path.join(CACHE, "results.json")) as handle:
            write_report(json.load(handle), options.output)
        return

    if options.only == "signatures":
        # Just `sia verify` against `ssh-keygen -Y verify`, on the release build of sia.
        if not options.no_build:
            run(["swift", "build", *RELEASE_FLAGS, "--product", "sia"], cwd=ROOT)
        figures = signatures(3 if options.quick else 5)
        print(json.dumps(figures, indent=1))
        per = lambda seconds: seconds * 1e6 / figures["files"]
        log(f"sia verify {per(figures['siaSeconds']):.0f} µs/file, ssh-keygen {per(figures['sshSeconds']):.0f} µs/file: "
            f"×{figures['ratio']:.1f} (median of {len(figures['ratios'])} paired runs; target ≥ 20)")
        return

    run([sys.executable, os.path.join(BENCH, "corpus.py"), CACHE])
    if not options.no_build:
        build()
    runs = 5 if options.quick else 30
    rounds = "3" if options.quick else "11"
    results = {"machine": machine(), "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="minutes")}
    with open(os.path.join(CACHE, "corpus-fr.json")) as handle:
        results["corpus"] = json.load(handle)

    log(f"start-up, {runs} runs each")
    results["startup"] = startup(runs)
    results["retrieval"] = [sia_bench("guide", KNOWLEDGE, QUERIES, "21" if not options.quick else "3")]
    for size in CORPUS_SIZES:
        results["retrieval"].append(sia_bench("corpus", CORPUS, size, QUERIES, rounds))
    if os.path.exists(QUESTIONS):
        results["quality"] = sia_bench("quality", KNOWLEDGE, QUESTIONS, QUERIES, rounds)
    results["journey"] = journey.run(sia_bench, KNOWLEDGE, QUERIES)
    results["english"] = english.run(sia_bench, KNOWLEDGE, rounds)
    if os.path.isdir(SCENARIOS):
        results["engine"] = sia_bench("engine", KNOWLEDGE, SCENARIOS, "5" if options.quick else "21")
    if has_command("verify") and has_command("sign"):
        log("signatures: sia verify vs ssh-keygen -Y verify")
        results["signatures"] = signatures(3 if options.quick else 5)
    if not options.no_scan:
        log("scanner: sia scan vs Presidio (Bench/scan/run.py)")
        scan = subprocess.run([sys.executable, os.path.join(BENCH, "scan", "run.py"), "--sia", SIA] + (["--quick"] if options.quick else []),
                              check=True, capture_output=True, text=True)
        results["scan_markdown"] = scan.stdout
    results["machine"]["loadAfter"] = os.getloadavg()

    with open(os.path.join(CACHE, "results.json"), "w") as handle:
        json.dump(results, handle, indent=1)
    write_report(results, options.output)


def journey_only(options):
    """`make bench-journey`: what issue 14 promises, alone — no corpus, no scanner."""
    if not options.no_build:
        build()
    runs = 5 if options.quick else 30
    log(f"start-up, {runs} runs each")
    startup_results = startup(runs)
    quality = sia_bench("quality", KNOWLEDGE, journey.HELDOUT, QUERIES, "3" if options.quick else "11")
    results = {"startup": startup_results, "journey": quality}
    os.makedirs(CACHE, exist_ok=True)
    with open(os.path.join(CACHE, "journey-results.json"), "w") as handle:
        json.dump(results, handle, indent=1)
    print("\n".join(journey.section(quality, report.table)))
    print(report.table(("run", "runs", "median", "p90", "min", "peak RSS"), report.startup_rows(startup_results)))
    print()
    latency = quality["askLatency"]
    print(f"`GuideSearch.ask` on the query set (in process, snippets included): p50 {report.us(latency['p50'])}, "
          f"p99 {report.us(latency['p99'])}")
    ask = startup_results.get("ask")
    rows = [journey.target(quality)]
    if ask:
        rows.append(("`sia ask` start-up to an answer ≤ 30 ms (median)", report.ms(ask["median"]), ask["median"] <= 0.030))
    rows.append(("REPL to first prompt ≤ 25 ms (median)", report.ms(startup_results["repl"]["median"]),
                 startup_results["repl"]["median"] <= 0.025))
    print()
    print(report.table(("target", "measured", "verdict"), [(t, m, report.verdict(v)) for t, m, v in rows]))


def write_report(results, output):
    table, markdown = report.render(results, notes_path=os.path.join(BENCH, "NOTES.md"))
    if results.get("scan_markdown"):
        markdown = markdown.rstrip("\n") + "\n\n" + results["scan_markdown"]
    with open(output, "w") as handle:
        handle.write(markdown)
    print(table)
    log(f"wrote {os.path.relpath(output, ROOT)} (raw results: .bench-cache/results.json)")


if __name__ == "__main__":
    main()
