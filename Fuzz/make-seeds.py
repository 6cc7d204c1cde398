#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target into OUTPUT/<target>/, from the repository's own
fixtures (fixtures/, rules/, corpus/). Recording seeds built by the test suite's encoder are added
by `make fuzz-seeds` (the FuzzSeedRecordings test). Usage: Fuzz/make-seeds.py OUTPUT"""
import hashlib
import json
import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = pathlib.Path(sys.argv[1])
CATEGORY_FILES = ["email.yaml", "name.yaml", "payment.yaml", "password.yaml", "ssn.yaml", "phone.yaml"]


def write(target, data):
    directory = OUTPUT / target
    directory.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    (directory / hashlib.sha1(data).hexdigest()).write_bytes(data)


rule_files = {name: (ROOT / "rules" / name).read_bytes() for name in ["manifest.yaml"] + CATEGORY_FILES}
rules = {name: yaml.safe_load(data) for name, data in rule_files.items() if name != "manifest.yaml"}

# recording: two control bytes (see RecordingHarness), then a file of fixtures/sessions.
for session in sorted((ROOT / "fixtures" / "sessions").iterdir()):
    if not session.is_dir():
        continue
    files = {path.name: path.read_bytes() for path in session.iterdir()}
    for data in files.values():
        write("recording", bytes([0, 0]) + data)
        write("recording", bytes([0x80, 7]) + data)
    if "dom.mobs" in files and "dom.mobe" in files:
        whole = files["dom.mobs"] + files["dom.mobe"]
        write("recording", bytes([0x40, len(files["dom.mobs"]) * 255 // len(whole)]) + whole)

# html: the HTML fixtures and every HTML rule example.
for path in sorted(ROOT.glob("fixtures/html/**/*.html")) + sorted(ROOT.glob("fixtures/forms/*.html")):
    if path.stat().st_size <= 64 << 10:
        write("html", path.read_bytes())
for category in rules.values():
    for rule in category.get("selectors", []):
        for example in rule.get("examples", {}).get("match", []) + rule.get("examples", {}).get("no-match", []):
            write("html", example)

# rules: the bundled set, and each category file with a manifest of its own.
write("rules", b"\0".join(rule_files[name] for name in ["manifest.yaml"] + CATEGORY_FILES))
manifest = yaml.safe_load(rule_files["manifest.yaml"])
for index, name in enumerate(CATEGORY_FILES):
    parts = [b""] * len(CATEGORY_FILES)
    parts[index] = rule_files[name]
    own = dict(manifest, files=[name])
    write("rules", b"\0".join([yaml.safe_dump(own).encode()] + parts))

# selector: every rule selector, and constructs rules do not use.
selectors = [rule["selector"] for category in rules.values() for rule in category.get("selectors", [])]
selectors += [
    "input", "*", "#id", ".a.b", "[a]", "[a=b]", "[a~='b' i]", "[a|=b]", "[a^=b]", "[a$=b]", "[a*=b]",
    "a > b", "a + b", "a ~ b", "a b", ":is(a, b)", ":where(.x)", ":not([type=hidden])", "svg|rect",
    "input:not(:is([type=a], [type=b])) ~ label", "[data-x=\"\\\"q\\\"\"]", "\\31 a", "a,\n  b",
]
for selector in selectors:
    write("selector", selector)

# pattern: each input-name pattern with its examples as subjects; flag byte 1 is case-insensitive.
for category in rules.values():
    for rule in category.get("input-names", []):
        flag = b"\x01" if rule.get("case-insensitive") else b"\x00"
        examples = rule.get("examples", {})
        for subject in (examples.get("match", []) + examples.get("no-match", []))[:4] or [""]:
            write("pattern", flag + rule["pattern"].encode() + b"\0" + str(subject).encode())

# scan: texts of the labeled corpus, the scan fixtures, and every detector rule example.
with open(ROOT / "corpus" / "cases.jsonl") as cases:
    for number, line in enumerate(cases):
        if number % 5 == 0:
            write("scan", json.loads(line)["text"])
for path in sorted((ROOT / "fixtures" / "scan").rglob("*")):
    if path.is_file() and path.stat().st_size <= 64 << 10:
        write("scan", path.read_bytes())
for category in rules.values():
    for rule in category.get("detectors", []):
        examples = rule.get("examples", {})
        for example in examples.get("match", []) + examples.get("no-match", []):
            write("scan", example)

for target in sorted(path.name for path in OUTPUT.iterdir()):
    print(f"{target}: {sum(1 for _ in (OUTPUT / target).iterdir())} seeds")
