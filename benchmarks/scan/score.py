#!/usr/bin/env python3
"""Scores `masklint scan` on the labeled corpus (corpus/cases.jsonl): precision, recall and F1 per PII
type, for exact spans and for overlapping spans, next to Microsoft Presidio's pattern recognizers.

    python3 benchmarks/scan/score.py [--masklint .build/release/masklint]
                                     [--presidio-python /path/to/venv/bin/python]
                                     [--misses 5] [--json results.json]

masklint is run as a user runs it: every case is written to its own file and the files are scanned by
`masklint scan --format json` (a few hundred per run), so that no case sees another's text. Findings
are mapped to corpus types by detector (email, payment-card → card, ssn, phone, iban) and, for the
keyed-value detector, by category (name, password); keyed payment fields (CVV, expiry) have no corpus
type and are left out. Spans are compared in UTF-8 bytes.

- exact: a prediction is right when its type, start and end equal a labeled entity's;
- overlap: a prediction is right when it overlaps a labeled entity of its type, and a labeled entity
  is found when a prediction of its type overlaps it.

Presidio is run by presidio_predict.py in a Python that has presidio-analyzer (see setup-presidio.sh);
it has no recognizer for names (without an NER model) or passwords, shown as "-".

Standard library only; Python 3.8 or later.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TYPES = ["email", "phone", "card", "ssn", "iban", "name", "password"]
PRESIDIO_TYPES = {"email", "phone", "card", "ssn", "iban"}
DETECTOR_TYPES = {"email": "email", "payment-card": "card", "ssn": "ssn", "phone": "phone", "iban": "iban"}
BATCH = 400


def load_corpus(path):
    with open(path, encoding="utf-8") as file:
        return [json.loads(line) for line in file]


def byte_offsets(text):
    """UTF-8 byte offset of every character offset (0...len)."""
    offsets, total = [0], 0
    for char in text:
        total += len(char.encode("utf-8"))
        offsets.append(total)
    return offsets


def gold_spans(cases):
    gold = []
    for case in cases:
        offsets = byte_offsets(case["text"])
        for entity in case["entities"]:
            gold.append({"case": case["id"], "type": entity["type"], "start": offsets[entity["start"]],
                         "end": offsets[entity["end"]], "generator": entity["generator"]})
    return gold


def masklint_predictions(cases, binary):
    predictions = []
    with tempfile.TemporaryDirectory(prefix="masklint-corpus-") as directory:
        paths = {}
        for case in cases:
            path = os.path.join(directory, case["id"] + ".txt")
            with open(path, "w", encoding="utf-8", newline="") as file:
                file.write(case["text"])
            paths[path] = case["id"]
        names = sorted(paths)
        for index in range(0, len(names), BATCH):
            batch = names[index:index + BATCH]
            result = subprocess.run([binary, "scan", "--format", "json", "--fail-on", "never"] + batch,
                                    capture_output=True, text=True, check=False)
            if result.returncode != 0:
                sys.exit("masklint scan failed (%d): %s" % (result.returncode, result.stderr))
            for finding in json.loads(result.stdout)["findings"]:
                check = finding["check"]
                kind = DETECTOR_TYPES.get(check)
                if check == "keyed-value":
                    kind = finding["category"] if finding["category"] in ("name", "password", "email", "phone", "ssn") else None
                if kind is None:
                    continue
                predictions.append({"case": paths[finding["location"]["file"]], "type": kind,
                                    "start": finding["location"]["byteOffset"], "end": finding["end"]["byteOffset"],
                                    "detector": check})
    return predictions


def presidio_predictions(cases, python):
    script = Path(__file__).resolve().parent / "presidio_predict.py"
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as file:
        for case in cases:
            file.write(json.dumps(case, ensure_ascii=False) + "\n")
        corpus_path = file.name
    try:
        result = subprocess.run([python, str(script), "predict", corpus_path], capture_output=True, text=True, check=False)
    finally:
        os.unlink(corpus_path)
    if result.returncode != 0:
        sys.exit("presidio failed: " + result.stderr[-2000:])
    texts = {case["id"]: case["text"] for case in cases}
    predictions = []
    for line in result.stdout.splitlines():
        record = json.loads(line)
        offsets = byte_offsets(texts[record["id"]])
        for entity in record["entities"]:
            predictions.append({"case": record["id"], "type": entity["type"], "start": offsets[entity["start"]],
                                "end": offsets[entity["end"]], "detector": "presidio"})
    return predictions


def score(gold, predictions):
    """Per type: exact and overlap (precision, recall, f1, tp/fp/fn), plus unmatched items for reports."""
    by_case_gold = defaultdict(list)
    for item in gold:
        by_case_gold[(item["case"], item["type"])].append(item)
    by_case_pred = defaultdict(list)
    for item in predictions:
        by_case_pred[(item["case"], item["type"])].append(item)
    result = {}
    for kind in TYPES + ["all"]:
        kinds = TYPES if kind == "all" else [kind]
        g = [item for item in gold if item["type"] in kinds]
        p = [item for item in predictions if item["type"] in kinds]
        gold_exact = {(i["case"], i["type"], i["start"], i["end"]) for i in g}
        pred_exact = {(i["case"], i["type"], i["start"], i["end"]) for i in p}
        exact_tp = len(gold_exact & pred_exact)

        def overlaps(a, b):
            return a["start"] < b["end"] and b["start"] < a["end"]

        found = [i for i in g if any(overlaps(i, q) for q in by_case_pred[(i["case"], i["type"])])]
        right = [i for i in p if any(overlaps(i, q) for q in by_case_gold[(i["case"], i["type"])])]
        result[kind] = {
            "gold": len(g), "predicted": len(p),
            "exact": metrics(exact_tp, len(pred_exact), len(gold_exact)),
            "overlap": metrics_overlap(len(right), len(p), len(found), len(g)),
            "missed": [i for i in g if i not in found],
            "false": [i for i in p if i not in right],
        }
    return result


def metrics(tp, predicted, gold):
    precision = tp / predicted if predicted else None
    recall = tp / gold if gold else None
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall)}


def metrics_overlap(right, predicted, found, gold):
    precision = right / predicted if predicted else None
    recall = found / gold if gold else None
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall)}


def f1(precision, recall):
    if precision is None or recall is None or precision + recall == 0:
        return 0.0 if precision is not None or recall is not None else None
    return 2 * precision * recall / (precision + recall)


def cell(value):
    return "    -" if value is None else "%5.3f" % value


def print_table(scores, names):
    header = "%-9s %5s" % ("type", "gold")
    for name in names:
        header += " | %-35s" % (name + ": P/R/F1 exact, P/R/F1 overlap")
    print(header)
    print("-" * len(header))
    for kind in TYPES + ["all"]:
        line = "%-9s %5d" % (kind, scores[names[0]][kind]["gold"])
        for name in names:
            s = scores[name][kind]
            if name == "presidio" and kind not in PRESIDIO_TYPES and kind != "all":
                line += " | %-35s" % "    -     -     - ,     -     -     -"
                continue
            e, o = s["exact"], s["overlap"]
            line += " | %s %s %s , %s %s %s" % (cell(e["precision"]), cell(e["recall"]), cell(e["f1"]),
                                              cell(o["precision"]), cell(o["recall"]), cell(o["f1"]))
        print(line)


def recall_by_generator(gold, predictions):
    """Overlap recall per value generator (the part of the generator id before `+`)."""
    pred = defaultdict(list)
    for item in predictions:
        pred[(item["case"], item["type"])].append(item)
    totals, found = defaultdict(int), defaultdict(int)
    for item in gold:
        generator = item["generator"].split("+")[0]
        totals[generator] += 1
        if any(item["start"] < q["end"] and q["start"] < item["end"] for q in pred[(item["case"], item["type"])]):
            found[generator] += 1
    return {generator: (found[generator], totals[generator]) for generator in sorted(totals)}


def subset_scores(gold, predictions, kinds):
    return score([g for g in gold if g["type"] in kinds], [p for p in predictions if p["type"] in kinds])["all"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(ROOT / "corpus" / "cases.jsonl"))
    parser.add_argument("--masklint", default=str(ROOT / ".build" / "release" / "masklint"))
    parser.add_argument("--presidio-python", help="a Python with presidio-analyzer; leave out to skip Presidio")
    parser.add_argument("--misses", type=int, default=0, help="print up to N missed and N false findings per type")
    parser.add_argument("--json", help="write the figures to this file")
    arguments = parser.parse_args()

    cases = load_corpus(arguments.corpus)
    texts = {case["id"]: case for case in cases}
    gold = gold_spans(cases)
    runs = {"masklint": masklint_predictions(cases, arguments.masklint)}
    if arguments.presidio_python:
        runs["presidio"] = presidio_predictions(cases, arguments.presidio_python)
    scores = {name: score(gold, predictions) for name, predictions in runs.items()}

    print("corpus: %d cases, %d with entities, %d entities" % (len(cases), sum(1 for c in cases if c["entities"]), len(gold)))
    print()
    print_table(scores, list(runs))
    print()
    common = {name: subset_scores(gold, predictions, PRESIDIO_TYPES) for name, predictions in runs.items()}
    for name, s in common.items():
        print("%-9s on the types both cover (%s): overlap P %s R %s F1 %s; exact F1 %s" % (
            name, ", ".join(sorted(PRESIDIO_TYPES)), cell(s["overlap"]["precision"]).strip(),
            cell(s["overlap"]["recall"]).strip(), cell(s["overlap"]["f1"]).strip(), cell(s["exact"]["f1"]).strip()))

    generators = {name: recall_by_generator(gold, predictions) for name, predictions in runs.items()}
    print()
    print("value formats masklint does not always find (overlap recall):")
    for generator, (found, total) in generators["masklint"].items():
        if found < total:
            print("  %-36s %3d/%-3d %s" % (generator, found, total,
                                          "" if "presidio" not in generators or generator.split(".")[0] not in PRESIDIO_TYPES
                                          else "(presidio %d/%d)" % generators["presidio"].get(generator, (0, 0))))

    if arguments.misses:
        for kind in TYPES:
            s = scores["masklint"][kind]
            for label, items in (("missed", s["missed"]), ("false", s["false"])):
                for item in items[:arguments.misses]:
                    case = texts[item["case"]]
                    raw = case["text"].encode("utf-8")
                    span = raw[item["start"]:item["end"]].decode("utf-8", "replace")
                    print("%-8s %-7s %s %-28s %-40s %r in %r" % (kind, label, item["case"], case["template"][:28],
                                                               item.get("generator", item.get("detector", "")), span,
                                                               case["text"][:160]))

    if arguments.json:
        figures = {name: {kind: {"gold": s[kind]["gold"], "predicted": s[kind]["predicted"], "exact": s[kind]["exact"],
                                 "overlap": s[kind]["overlap"]} for kind in s} for name, s in scores.items()}
        figures["byGenerator"] = {name: {g: {"found": f, "total": t} for g, (f, t) in gens.items()} for name, gens in generators.items()}
        Path(arguments.json).write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
