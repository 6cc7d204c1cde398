#!/usr/bin/env python3
"""Writes the mixed text that bench.sh scans: at least N MB (default 50) of the kinds of lines masklint
scan meets, built from the labeled corpus's generators (corpus/generate.py) so that both measure the
same formats. Deterministic for a given seed. The output is not committed.

    python3 benchmarks/scan/make_corpus.py OUTPUT [--megabytes 50] [--pii-percent 2] [--seed 7]

Mix of lines: 55% ordinary application output (structured JSON logs, key=value logs, access logs with
query strings, HTML, form bodies, HAR-style entries holding JSON in JSON strings), 43% of them hard
negatives (ids, timestamps, prices, versions, ISBNs, coordinates, IPs, tracking numbers, masked
values), and --pii-percent lines holding PII in every context the corpus has.
"""

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "corpus"))
import generate  # noqa: E402  (the corpus generator, for its value and context templates)


def ordinary_line(rng):
    kind = rng.random()
    ts = generate.iso_timestamp(rng)
    words = " ".join(rng.choice(generate.WORDS) for _ in range(rng.randint(3, 10)))
    if kind < 0.25:
        return '{"ts":"%s","level":"%s","logger":"com.example.%s","msg":"%s","request_id":"%s","duration_ms":%d,"status":%d}' % (
            ts, rng.choice(["info", "debug", "warn"]), rng.choice(generate.WORDS), words, generate.uuid(rng),
            rng.randint(1, 3000), rng.choice([200, 201, 204, 304, 400, 404, 500]))
    if kind < 0.45:
        return "%s %s [%s-%d] %s user_id=%d session=%s cache=%s" % (
            ts, rng.choice(["INFO ", "DEBUG", "WARN "]), rng.choice(generate.WORDS), rng.randint(1, 16), words,
            rng.randint(1, 9999999), "%016x" % rng.getrandbits(64), rng.choice(["hit", "miss"]))
    if kind < 0.65:
        return '%s - - [15/Nov/2026:%s +0000] "GET /%s/%s?page=%d&q=%s&sort=%s HTTP/1.1" %d %d "https://www.example.com/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36"' % (
            generate.ip_address(rng), generate.duration(rng), rng.choice(generate.WORDS), rng.choice(generate.WORDS),
            rng.randint(1, 50), generate.query_encode(words), rng.choice(["price_asc", "newest"]),
            rng.choice([200, 302, 404]), rng.randint(200, 90000))
    if kind < 0.78:
        return '<li class="item" data-sku="SKU-%05d"><a href="/p/%d?ref=list&amp;pos=%d">%s</a> <span class="price">%s</span></li>' % (
            rng.randint(0, 99999), rng.randint(1, 99999), rng.randint(1, 48), generate.html_text(rng.choice(generate.PRODUCTS)), generate.price(rng))
    if kind < 0.88:
        return "product_id=%d&quantity=%d&variant=%s&gift_wrap=%s&note=%s" % (
            rng.randint(1, 99999), rng.randint(1, 5), rng.choice(["s", "m", "l"]), rng.choice(["on", "off"]), generate.form_encode(words))
    return '{"startedDateTime":"%s","request":{"method":"POST","url":"https://api.example.com/v2/%s","postData":{"text":"{\\"items\\":[{\\"sku\\":\\"SKU-%05d\\",\\"qty\\":%d}],\\"currency\\":\\"EUR\\"}"}},"time":%d}' % (
        ts, rng.choice(generate.WORDS), rng.randint(0, 99999), rng.randint(1, 4), rng.randint(5, 900))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output")
    parser.add_argument("--megabytes", type=float, default=50)
    parser.add_argument("--pii-percent", type=float, default=2)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    target = int(arguments.megabytes * 1_000_000)
    size = 0
    positive_contexts = list(generate.CONTEXT_WEIGHTS.items())
    with open(arguments.output, "w", encoding="utf-8", newline="\n") as out:
        while size < target:
            pick = rng.uniform(0, 100)
            if pick < arguments.pii_percent:
                context = generate.weighted(rng, positive_contexts)
                template = generate.weighted(rng, generate.POSITIVE_TEMPLATES[context])
                line = "".join(template(rng, rng.choice(generate.TYPES)).parts)
            elif pick < 45:
                line = "".join(generate.weighted(rng, generate.NEGATIVE_TEMPLATES)(rng).parts)
            else:
                line = ordinary_line(rng)
            line = line.replace("\n", " ") + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
    print("%s: %.1f MB" % (arguments.output, size / 1e6))


if __name__ == "__main__":
    main()
