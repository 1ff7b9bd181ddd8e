#!/usr/bin/env python3
"""Scores sia scan and Presidio against the gold spans of a corpus made by generate.py.

A predicted span is a true positive when it overlaps a gold span of the same scoring
category; a gold span is found when some prediction of its category overlaps it.
Categories: name, location (town, address, postal code + town), date (of birth or not),
email, phone, iban, nir, ip, record, age, secret. Predictions of types no category
covers (sia: health, profession, rare condition; Presidio: URL, NRP…) are left out.

Usage: evaluate.py CORPUS_DIR SIA_JSON PRESIDIO_JSON → JSON on standard output."""
import json
import os
import sys

SIA = {"name": "name", "town": "location", "address": "location", "postal-town": "location", "date": "date",
       "birth-date": "date", "email": "email", "phone": "phone", "iban": "iban", "nir": "nir", "ip": "ip",
       "record-number": "record", "age": "age", "private-key": "secret", "api-token": "secret",
       "credential": "secret", "connection-string": "secret"}
GOLD = {"name": "name", "town": "location", "address": "location", "postal-town": "location", "date": "date",
        "birth-date": "date", "email": "email", "phone": "phone", "iban": "iban", "nir": "nir", "ip": "ip",
        "record-number": "record", "age": "age", "secret": "secret"}
PRESIDIO = {"PERSON": "name", "LOCATION": "location", "DATE_TIME": "date", "EMAIL_ADDRESS": "email",
            "PHONE_NUMBER": "phone", "IBAN_CODE": "iban", "IP_ADDRESS": "ip"}
CATEGORIES = ["name", "location", "date", "email", "phone", "iban", "nir", "ip", "record", "age", "secret"]
CHECKED = ["nir", "iban", "email", "phone", "date"]


def sia_spans(corpus, report):
    """sia reports line:column (characters from 1) and a length: back to offsets."""
    spans = {}
    for source in report["sources"]:
        name = os.path.basename(source["source"])
        text = open(os.path.join(corpus, name), encoding="utf-8").read()
        starts = [0]
        for line in text.split("\n"):
            starts.append(starts[-1] + len(line) + 1)
        items = []
        for f in source["findings"]:
            if f["confidence"] == "low" or f["category"] not in SIA:
                continue
            start = starts[f["line"] - 1] + f["column"] - 1
            items.append((start, start + f["length"], SIA[f["category"]]))
        spans[name] = items
    return spans


def presidio_spans(predictions, threshold=0.4):
    return {name: [(p["start"], p["end"], PRESIDIO[p["entity"]]) for p in items
                   if p["entity"] in PRESIDIO and p["score"] >= threshold]
            for name, items in predictions.items()}


def score(gold_docs, predicted, lang):
    counts = {c: {"tp": 0, "fp": 0, "fn": 0, "gold": 0} for c in CATEGORIES}
    for doc in gold_docs:
        if lang and doc["lang"] != lang:
            continue
        gold = [(s, e, GOLD[c]) for s, e, c in doc["spans"]]
        pred = predicted.get(doc["file"], [])
        for s, e, c in gold:
            counts[c]["gold"] += 1
            if any(c == pc and ps < e and s < pe for ps, pe, pc in pred):
                counts[c]["tp"] += 1
            else:
                counts[c]["fn"] += 1
        for ps, pe, pc in pred:
            if not any(pc == c and ps < e and s < pe for s, e, c in gold):
                counts[pc]["fp"] += 1
    table = {}
    for c, k in counts.items():
        found = k["tp"]
        predicted_total = sum(1 for _ in range(0))  # placeholder for clarity
        precision_den = k["tp"] + k["fp"]
        table[c] = {
            "gold": k["gold"],
            "recall": found / k["gold"] if k["gold"] else None,
            "precision": k["tp"] / precision_den if precision_den else None,
            "fp": k["fp"],
        }
        r, p = table[c]["recall"], table[c]["precision"]
        table[c]["f1"] = 2 * r * p / (r + p) if r and p else (0.0 if k["gold"] else None)
    tp = sum(k["tp"] for k in counts.values())
    fp = sum(k["fp"] for k in counts.values())
    gold_total = sum(k["gold"] for k in counts.values())
    overall_p = tp / (tp + fp) if tp + fp else 0.0
    overall_r = tp / gold_total if gold_total else 0.0
    checked_gold = sum(counts[c]["gold"] for c in CHECKED)
    checked_tp = sum(counts[c]["tp"] for c in CHECKED)
    return {
        "categories": table,
        "precision": overall_p,
        "recall": overall_r,
        "f1": 2 * overall_p * overall_r / (overall_p + overall_r) if overall_p + overall_r else 0.0,
        "checked_recall": checked_tp / checked_gold if checked_gold else None,
    }


def main():
    corpus, sia_json, presidio_json = sys.argv[1:4]
    gold = json.load(open(os.path.join(corpus, "gold.json"), encoding="utf-8"))
    sia = sia_spans(corpus, json.load(open(sia_json, encoding="utf-8")))
    result = {"sia": {lang: score(gold, sia, lang) for lang in ["fr", "en"]}}
    if presidio_json and os.path.exists(presidio_json):
        presidio = json.load(open(presidio_json, encoding="utf-8"))
        spans = presidio_spans(presidio["predictions"])
        result["presidio"] = {lang: score(gold, spans, lang) for lang in ["fr", "en"]}
        result["presidio_seconds"] = presidio["seconds"]
        result["presidio_bytes"] = presidio["bytes"]
    json.dump(result, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
