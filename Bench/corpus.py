#!/usr/bin/env python3
"""The French sentence corpus of the benchmark.

Fetches the French documentation that Debian ships (`apt-get download`, no install, no
dependency pulled), unpacks it with `dpkg -x` into .bench-cache/, strips HTML and roff,
cuts the text into sentences and keeps each sentence once. The result, one sentence a
line, is `.bench-cache/corpus-fr.txt`; it is rebuilt only when missing or when this
script changes (its hash is recorded beside it).

The order of the sentences is a hash order, not the order of the packages, so that the
first N lines (the 1k and 10k steps of the benchmark) mix all the sources.
"""
import gzip
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import unicodedata

PACKAGES = ["libreoffice-help-fr", "gimp-help-fr", "lilypond-doc-html-fr", "manpages-fr"]
MIN_WORDS, MAX_WORDS = 4, 60


class TextExtractor(html.parser.HTMLParser):
    """Visible text of an HTML page, a line break at every block boundary."""

    SKIPPED = {"script", "style", "pre", "code", "head", "title", "nav", "svg"}
    BLOCKS = {"p", "div", "li", "ul", "ol", "td", "th", "tr", "table", "h1", "h2", "h3", "h4",
              "h5", "h6", "br", "dt", "dd", "dl", "section", "article", "blockquote", "caption",
              "header", "footer", "form", "hr", "figure", "figcaption"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)

    def text(self):
        return "".join(self.parts)


def html_text(raw):
    extractor = TextExtractor()
    extractor.feed(raw)
    extractor.close()
    return extractor.text()


ROFF_TEXT_MACROS = re.compile(r"^\.(B|I|BR|RB|BI|IB|IR|RI|SM|SB)\s+(.*)$")
ROFF_ESCAPES = [
    (re.compile(r"\\f(\[[^\]]*\]|\(..|.)"), ""), (re.compile(r"\\s[-+]?\d"), ""),
    (re.compile(r"\\\(em|\\\(en"), " — "), (re.compile(r"\\\(aq|\\\(cq|\\\(oq"), "'"),
    (re.compile(r"\\\(dq|\\\(lq|\\\(rq"), '"'), (re.compile(r"\\\[[^\]]*\]|\\\(.."), ""),
    (re.compile(r"\\[-]"), "-"), (re.compile(r"\\[&|^~0 ]"), " "), (re.compile(r"\\e"), lambda _: "\\"),
    (re.compile(r"\\\*\(?..?"), ""), (re.compile(r"\\c$"), ""),
]


def roff_text(raw):
    """The prose of a man page: macro lines become paragraph breaks, font escapes go."""
    lines = []
    for line in raw.splitlines():
        macro = ROFF_TEXT_MACROS.match(line)
        if macro:
            line = macro.group(2).replace('"', "")
        elif line.startswith((".", "'")):
            lines.append("")
            continue
        for pattern, replacement in ROFF_ESCAPES:
            line = pattern.sub(replacement, line)
        lines.append(line)
    return "\n".join(lines)


SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"(]?[A-ZÀ-ÖØ-Þ0-9])")
WORD = re.compile(r"[^\W\d_]{2,}")
ENGLISH = set("the of and to is a in that it for you be are this with as on by can or not an from".split())
FRENCH = set("le la les de des du et est un une que qui pour dans sur par pas ce cette il elle vous au aux en ou".split())


def is_english(sentence):
    """True when English function words outnumber French ones (untranslated strings)."""
    words = re.findall(r"[^\W\d_]+", sentence.lower())
    return sum(w in ENGLISH for w in words) > sum(w in FRENCH for w in words)


def sentences(text):
    """Sentences of `text`: blocks split at blank lines, then at sentence punctuation."""
    for block in re.split(r"\n\s*\n|\n(?=\s*[-•*·])", text):
        block = " ".join(block.split())
        for sentence in SENTENCE_END.split(block):
            sentence = sentence.strip(" -•*·\t")
            words = sentence.split()
            if not (MIN_WORDS <= len(words) <= MAX_WORDS):
                continue
            # Prose, not code, a table row or a menu label: mostly words made of letters,
            # closed by punctuation, and French rather than untranslated English.
            if len(WORD.findall(sentence)) < 0.6 * len(words) or sentence[-1] not in ".!?:;…":
                continue
            if is_english(sentence):
                continue
            yield unicodedata.normalize("NFC", sentence)


def fetch(cache):
    """Downloads and unpacks the packages not yet unpacked."""
    debs, root = os.path.join(cache, "debs"), os.path.join(cache, "root")
    os.makedirs(debs, exist_ok=True)
    for package in PACKAGES:
        target = os.path.join(root, package)
        if os.path.isdir(target):
            continue
        if not any(name.startswith(package + "_") for name in os.listdir(debs)):
            print(f"corpus: apt-get download {package}", file=sys.stderr)
            if subprocess.run(["apt-get", "download", "-qq", package], cwd=debs).returncode != 0:
                # A fresh machine may not have the package lists yet.
                sudo = [] if os.geteuid() == 0 else ["sudo"]
                subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
                subprocess.run(["apt-get", "download", "-qq", package], cwd=debs, check=True)
        deb = next(name for name in sorted(os.listdir(debs)) if name.startswith(package + "_"))
        os.makedirs(target + ".tmp", exist_ok=True)
        subprocess.run(["dpkg", "-x", os.path.join(debs, deb), target + ".tmp"], check=True)
        os.rename(target + ".tmp", target)


def documents(root):
    """(source, text) of every HTML page and man page, in a stable order."""
    for package in PACKAGES:
        base = os.path.join(root, package)
        for folder, _, names in sorted(os.walk(base)):
            for name in sorted(names):
                path = os.path.join(folder, name)
                if name.endswith((".html", ".htm", ".xhtml")):
                    with open(path, encoding="utf-8", errors="replace") as handle:
                        yield package, html_text(handle.read())
                elif "/man/" in path and name.endswith(".gz"):
                    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as handle:
                        yield package, roff_text(handle.read())


def build(cache):
    fetch(cache)
    seen, counts = {}, {}
    for package, text in documents(os.path.join(cache, "root")):
        for sentence in sentences(text):
            key = " ".join(sentence.casefold().split())
            if key not in seen:
                seen[key] = sentence
                counts[package] = counts.get(package, 0) + 1
    ordered = sorted(seen.values(), key=lambda s: hashlib.sha1(s.encode()).digest())
    return ordered, counts


def main():
    cache = sys.argv[1] if len(sys.argv) > 1 else ".bench-cache"
    output = os.path.join(cache, "corpus-fr.txt")
    with open(__file__, "rb") as handle:
        version = hashlib.sha1(handle.read()).hexdigest()
    stamp = output + ".version"
    stats = os.path.join(cache, "corpus-fr.json")
    if os.path.exists(output) and os.path.exists(stats) and os.path.exists(stamp) and open(stamp).read().strip() == version:
        print(f"corpus: {output} is up to date", file=sys.stderr)
        return
    ordered, counts = build(cache)
    with open(output + ".tmp", "w", encoding="utf-8") as handle:
        for sentence in ordered:
            handle.write(sentence + "\n")
    os.rename(output + ".tmp", output)
    with open(stamp, "w") as handle:
        handle.write(version + "\n")
    with open(stats, "w") as handle:
        debs = sorted(os.listdir(os.path.join(cache, "debs")))
        json.dump({"sentences": len(ordered), "packages": counts, "debs": debs}, handle)
    detail = ", ".join(f"{package} {count}" for package, count in counts.items())
    print(f"corpus: {len(ordered)} unique sentences ({detail})", file=sys.stderr)


if __name__ == "__main__":
    main()
