#!/usr/bin/env python3
"""Generates corpus/cases.jsonl, the labeled corpus that measures `masklint scan`.

Every case is a short text as masklint meets it (a JSON body, a URL with a query string, a form body,
an HTML fragment, a log line), labeled with the exact character spans of the PII in it. Half the
cases hold PII; the other half hold only hard negatives (UUIDs, timestamps, order ids, prices, dates,
ISBNs, version strings, ZIP codes, coordinates, IP addresses, hex colours, tracking numbers, IMEIs,
barcodes, routing numbers, masked values, placeholders) in the same contexts.

The values are synthetic and drawn from realistic formats, not from what masklint's detectors
accept: international phone numbers as each country writes them (with and without `+`), emails with
subdomains, plus tags, IDN and punycode domains, cards of every major issuer grouped as people group
them, SSNs in forms and labels, names under the keys developers actually use. Formats that the
detectors are documented not to cover are included on purpose, so that the scores say what is
missed.

Each case records where it comes from: `template` (the context it was written in) and, for each
entity, `generator` (the value format). Run with the Python 3 standard library only:

    python3 corpus/generate.py            # rewrites corpus/cases.jsonl
    python3 corpus/generate.py --check    # exits 1 when the committed file differs
    python3 corpus/generate.py --stats    # counts per context, type, template and generator
"""

import argparse
import json
import random
import sys
import urllib.parse
from collections import Counter
from pathlib import Path

SEED = 20261121
POSITIVE_CASES = 1000
NEGATIVE_CASES = 1000
# Hard negatives for bare `name` keys, drawn from their own random generator after the other cases so
# that those stay as they were.
BARE_NAME_NEGATIVE_CASES = 200
TYPES = ["email", "phone", "card", "ssn", "iban", "name", "password"]
OUTPUT = Path(__file__).resolve().parent / "cases.jsonl"

FIRST_NAMES = [
    "Alice", "Bob", "Carol", "David", "Emma", "Frank", "Grace", "Henry", "Isabel", "Jack", "Karen", "Liam",
    "María", "José", "Zoë", "Jürgen", "Siobhán", "Wei", "Aarav", "Olusegun", "Chloé", "Mateo", "Sofía",
    "Hiroshi", "Yuki", "Ingrid", "Lars", "Anna", "Piotr", "Fatima", "Omar", "Priya", "Noah", "Mia",
    "Ethan", "Ava", "Lucas", "Amélie", "Björn", "Nadia", "Tomás", "Keanu", "Mary Ann", "Jean-Luc",
]
LAST_NAMES = [
    "Smith", "Johnson", "García", "Müller", "O'Neil", "van der Berg", "Nakamura", "Kowalski", "Dubois",
    "Rossi", "Okafor", "Ivanov", "Chen", "Patel", "Silva", "Nguyen", "Andersson", "Murphy", "López",
    "Schmidt", "Fernández", "Kim", "Haddad", "Novák", "de la Cruz", "Walker", "Brown", "Taylor", "Moreau",
    "Bianchi", "Yamamoto", "Singh", "Cohen", "Nowak", "Jensen", "Popescu", "MacDonald", "Al-Sayed",
]
WORDS = [
    "checkout", "session", "request", "update", "profile", "order", "cart", "shipping", "payment", "retry",
    "timeout", "render", "cache", "widget", "invoice", "refund", "subscription", "coupon", "banner", "search",
]
PRODUCTS = ["Blue Widget", "Ceramic Mug", "Trail Runner 2", "Wool Scarf", "USB-C Hub", "Desk Lamp", "Notebook A5"]
MAIL_PROVIDERS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "web.de", "gmx.net",
                  "yahoo.co.jp", "mail.ru", "hotmail.co.uk", "orange.fr", "libero.it", "qq.com", "naver.com"]
COMPANY_DOMAINS = ["example.com", "example.org", "example.net", "acme-corp.io", "northwind.example",
                   "contoso.co", "fabrikam.example.co.uk", "globex.de", "initech.com.au", "umbrella.health"]


class Case:
    """A text being built, with the spans of the entities written into it."""

    def __init__(self, context, template):
        self.context = context
        self.template = template
        self.parts = []
        self.length = 0
        self.entities = []

    def add(self, text):
        self.parts.append(text)
        self.length += len(text)
        return self

    def entity(self, kind, written, generator):
        start = self.length
        self.add(written)
        self.entities.append({"type": kind, "start": start, "end": self.length, "generator": generator})
        return self

    def record(self, number):
        text = "".join(self.parts)
        for entity in self.entities:
            assert text[entity["start"]:entity["end"]], entity
        return {"id": "c%05d" % number, "context": self.context, "template": self.template,
                "text": text, "entities": self.entities}


# ---------------------------------------------------------------------------------------------------
# Values: each generator returns (value, generator id). Contexts encode values as their syntax needs.

def luhn_complete(rng, prefix, length):
    digits = [int(c) for c in prefix] + [rng.randrange(10) for _ in range(length - len(prefix) - 1)]
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def luhn_valid(number):
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def group(number, sizes, separator):
    out, position = [], 0
    for size in sizes:
        out.append(number[position:position + size])
        position += size
    if position < len(number):
        out.append(number[position:])
    return separator.join(part for part in out if part)


def card(rng):
    brand = rng.choice(["visa", "visa", "visa", "mastercard", "mastercard", "mastercard-2", "amex", "amex",
                        "discover", "jcb", "diners", "unionpay", "maestro"])
    if brand == "visa":
        number, layout = luhn_complete(rng, "4", 16), [4, 4, 4, 4]
    elif brand == "mastercard":
        number, layout = luhn_complete(rng, str(rng.randint(51, 55)), 16), [4, 4, 4, 4]
    elif brand == "mastercard-2":
        number, layout = luhn_complete(rng, str(rng.randint(2221, 2720)), 16), [4, 4, 4, 4]
    elif brand == "amex":
        number, layout = luhn_complete(rng, rng.choice(["34", "37"]), 15), [4, 6, 5]
    elif brand == "discover":
        number, layout = luhn_complete(rng, rng.choice(["6011", "65", "644", "649"]), 16), [4, 4, 4, 4]
    elif brand == "jcb":
        number, layout = luhn_complete(rng, str(rng.randint(3528, 3589)), 16), [4, 4, 4, 4]
    elif brand == "diners":
        number, layout = luhn_complete(rng, rng.choice(["36", "38", "300", "305"]), 14), [4, 6, 4]
    elif brand == "unionpay":
        length = rng.choice([16, 16, 19])
        number, layout = luhn_complete(rng, "62" + str(rng.randint(1, 8)), length), [4, 4, 4, 4, 3]
    else:
        number, layout = luhn_complete(rng, rng.choice(["6759", "5018", "5020", "6304"]), 16), [4, 4, 4, 4]
    style = rng.choice(["plain", "plain", "spaces", "spaces", "spaces", "dashes"])
    if style == "plain":
        return number, "card.%s-plain" % brand
    separator = " " if style == "spaces" else "-"
    return group(number, layout, separator), "card.%s-%s" % (brand, style)


def ssn_number(rng):
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        number = "%03d%02d%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))
        if number in ("123456789", "078051120", "219099999") or len(set(number)) == 1:
            continue
        return number


def ssn(rng, bare_allowed=True):
    number = ssn_number(rng)
    style = rng.choice(["dashed", "dashed", "dashed", "spaced"] + (["bare"] if bare_allowed else []))
    if style == "dashed":
        return "%s-%s-%s" % (number[:3], number[3:5], number[5:]), "ssn.dashed"
    if style == "spaced":
        return "%s %s %s" % (number[:3], number[3:5], number[5:]), "ssn.spaced"
    return number, "ssn.bare"


def nanp_number(rng):
    while True:
        area = "%d%d%d" % (rng.randint(2, 9), rng.randint(0, 9), rng.randint(0, 9))
        exchange = "%d%d%d" % (rng.randint(2, 9), rng.randint(0, 9), rng.randint(0, 9))
        if area[1:] == "11" or exchange[1:] == "11":
            continue
        if rng.random() < 0.3:
            exchange = "555"
        return area, exchange, "%04d" % rng.randint(0, 9999)


# Country formats as written in that country, international form: (calling code, groups of digits,
# first digit choices of the national number, separator style).
INTERNATIONAL_FORMATS = [
    ("44", [2, 4, 4], "2"), ("44", [4, 6], "7"), ("49", [2, 8], "3"), ("49", [3, 8], "1"),
    ("33", [1, 2, 2, 2, 2], "1234679"), ("34", [3, 3, 3], "69"), ("39", [2, 4, 4], "0"), ("39", [3, 3, 4], "3"),
    ("31", [1, 8], "6"), ("31", [2, 3, 4], "2"), ("81", [1, 4, 4], "3"), ("81", [2, 4, 4], "9"),
    ("91", [5, 5], "9876"), ("55", [2, 5, 4], "1"), ("61", [1, 4, 4], "2378"), ("61", [3, 3, 3], "4"),
    ("52", [2, 4, 4], "5"), ("86", [3, 4, 4], "1"), ("7", [3, 3, 2, 2], "49"), ("46", [1, 3, 3, 2], "8"),
    ("41", [2, 3, 2, 2], "4"), ("353", [1, 3, 4], "1"), ("27", [2, 3, 4], "2"), ("65", [4, 4], "689"),
    ("82", [2, 4, 4], "1"), ("48", [3, 3, 3], "5"), ("32", [1, 3, 2, 2], "2"), ("43", [1, 3, 4], "1"),
    ("45", [2, 2, 2, 2], "23"), ("47", [3, 2, 3], "49"), ("351", [3, 3, 3], "29"), ("64", [1, 3, 4], "9"),
]


def international_digits(rng, groups, first):
    digits = rng.choice(first) + "".join(str(rng.randrange(10)) for _ in range(sum(groups) - 1))
    if first == "1" and groups == [2, 5, 4]:  # Brazilian mobiles: area code, then 9
        digits = digits[:2] + "9" + digits[3:]
    return digits


def phone(rng, context_word_before=False):
    kind = rng.random()
    if kind < 0.5:
        area, exchange, line = nanp_number(rng)
        styles = ["paren", "paren-nospace", "dash", "dot", "space", "plus1-space", "plus1-dash",
                  "plus1-paren", "1-dash", "e164"]
        if context_word_before:
            styles.append("bare10")
        style = rng.choice(styles)
        written = {
            "paren": "(%s) %s-%s", "paren-nospace": "(%s)%s-%s", "dash": "%s-%s-%s", "dot": "%s.%s.%s",
            "space": "%s %s %s", "plus1-space": "+1 %s %s %s", "plus1-dash": "+1-%s-%s-%s",
            "plus1-paren": "+1 (%s) %s-%s", "1-dash": "1-%s-%s-%s", "e164": "+1%s%s%s", "bare10": "%s%s%s",
        }[style] % (area, exchange, line)
        return written, "phone.nanp-" + style
    code, groups, first = rng.choice(INTERNATIONAL_FORMATS)
    digits = international_digits(rng, groups, first)
    grouped = group(digits, groups, " ")
    if kind < 0.62:
        return "+" + code + digits, "phone.intl-e164"
    if kind < 0.80:
        return "+%s %s" % (code, grouped), "phone.intl-spaced"
    if kind < 0.86:
        return "+%s-%s" % (code, group(digits, groups, "-")), "phone.intl-dashed"
    if kind < 0.90 and code in ("44", "49", "39", "31", "61", "41"):
        return "+%s (0)%s" % (code, grouped), "phone.intl-trunk-zero"
    if kind < 0.95:
        # Out of the detectors' documented scope: the 00 international prefix instead of +.
        return "00%s %s" % (code, grouped), "phone.intl-00-prefix"
    # Out of scope: national format with a trunk 0 and no country code, as Europeans write it.
    if code in ("44", "49", "33", "39", "31", "34", "46", "41", "43", "32"):
        national = ("0" if code not in ("39", "34") else "") + grouped
        return national, "phone.national-trunk"
    return "+%s %s" % (code, grouped), "phone.intl-spaced"


def email(rng):
    first = rng.choice(FIRST_NAMES).split(" ")[0]
    last = rng.choice(LAST_NAMES).replace(" ", "").replace("'", "")
    ascii_first = first.encode("ascii", "ignore").decode() or "user"
    ascii_last = last.encode("ascii", "ignore").decode() or "name"
    lf, ll = ascii_first.lower(), ascii_last.lower()
    kind = rng.choice(["basic", "basic", "basic", "plus-tag", "plus-tag", "subdomain", "subdomain",
                       "digits-underscore", "uppercase", "long-tld", "hyphen-domain", "idn-domain",
                       "unicode-local", "punycode", "apostrophe", "initials", "company"])
    if kind == "basic":
        return "%s.%s@%s" % (lf, ll, rng.choice(MAIL_PROVIDERS)), "email.basic"
    if kind == "plus-tag":
        return "%s%s+%s@%s" % (lf, ll[:1], rng.choice(["news", "shop", "spam", "2024", "orders", "work"]),
                               rng.choice(MAIL_PROVIDERS)), "email.plus-tag"
    if kind == "subdomain":
        return "%s.%s@%s.%s" % (lf, ll, rng.choice(["mail", "eu", "corp", "students", "dept.math"]),
                                rng.choice(COMPANY_DOMAINS)), "email.subdomain"
    if kind == "digits-underscore":
        return "%s_%s%d@%s" % (lf, ll, rng.randint(1, 2005), rng.choice(MAIL_PROVIDERS)), "email.digits-underscore"
    if kind == "uppercase":
        return "%s.%s@%s" % (ascii_first, ascii_last, rng.choice(COMPANY_DOMAINS).upper()), "email.uppercase"
    if kind == "long-tld":
        return "%s@%s.%s" % (lf, ll, rng.choice(["photography", "museum", "consulting", "technology", "travel"])), "email.long-tld"
    if kind == "hyphen-domain":
        return "%s@%s-%s.com" % (lf, ll, rng.choice(["design", "family", "law"])), "email.hyphen-domain"
    if kind == "idn-domain":
        return rng.choice(["jurgen@bücher.de", "info@münchen-reisen.de", "contact@café-paris.fr",
                           "ivan@почта.рф", "yamada@例え.jp", "kontakt@årstider.se", "user@ñandú.es"]), "email.idn-domain"
    if kind == "unicode-local":
        return rng.choice(["zoë.martin@example.fr", "jürgen.müller@web.de", "józef@example.pl",
                           "ελένη@example.gr", "андрей@yandex.ru", "chloé@orange.fr"]), "email.unicode-local"
    if kind == "punycode":
        return rng.choice(["anna@xn--mller-kva.de", "info@xn--caf-dma.fr", "user@xn--80a1acny.xn--p1ai",
                           "hello@xn--bcher-kva.ch"]), "email.punycode"
    if kind == "apostrophe":
        return "%s.o'%s@%s" % (lf, rng.choice(["neil", "brien", "connor"]), rng.choice(COMPANY_DOMAINS)), "email.apostrophe"
    if kind == "initials":
        return "%s%s@%s" % (lf[:1], ll, rng.choice(COMPANY_DOMAINS)), "email.initials"
    return "%s@%s" % (lf, rng.choice(COMPANY_DOMAINS)), "email.company"


IBAN_FORMATS = {  # country: BBAN pattern, n = digit, a = upper letter, c = digit or letter
    "DE": "nnnnnnnnnnnnnnnnnn", "GB": "aaaannnnnnnnnnnnnn", "FR": "nnnnnnnnnnccccccccccnnn",
    "NL": "aaaannnnnnnnnn", "ES": "nnnnnnnnnnnnnnnnnnnn", "IT": "annnnnnnnnncccccccccccc",
    "CH": "nnnnncccccccccccc", "BE": "nnnnnnnnnnnn", "AT": "nnnnnnnnnnnnnnnn", "PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "SE": "nnnnnnnnnnnnnnnnnnnn", "NO": "nnnnnnnnnnn", "IE": "aaaannnnnnnnnnnnnn", "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "FI": "nnnnnnnnnnnnnn", "DK": "nnnnnnnnnnnnnn", "LU": "nnnccccccccccccc",
}
# IBAN lengths per country (ISO 13616 registry), which the BBAN patterns above must give.
IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "CH": 21, "BE": 16, "AT": 20,
                "PL": 28, "SE": 24, "NO": 15, "IE": 22, "PT": 25, "FI": 18, "DK": 18, "LU": 20}
assert all(len(pattern) + 4 == IBAN_LENGTHS[country] for country, pattern in IBAN_FORMATS.items())
BANK_CODES = ["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "ABNA", "RABO", "INGB", "AIBK", "BOFI"]


def iban(rng):
    country = rng.choice(list(IBAN_FORMATS))
    bban = ""
    pattern = IBAN_FORMATS[country]
    if pattern.startswith("aaaa"):
        bban = rng.choice(BANK_CODES)
        pattern = pattern[4:]
    for symbol in pattern:
        if symbol == "n" or (symbol == "c" and rng.random() < 0.8):
            bban += str(rng.randrange(10))
        else:
            bban += rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    rearranged = bban + country + "00"
    number = int("".join(str(int(char, 36)) for char in rearranged))
    compact = "%s%02d%s" % (country, 98 - number % 97, bban)
    if rng.random() < 0.5:
        return compact, "iban.compact"
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)), "iban.grouped"


def password(rng):
    kind = rng.choice(["random", "random", "word-digits", "passphrase", "symbols", "pin"])
    if kind == "random":
        alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(10, 20))), "password.random"
    if kind == "word-digits":
        return rng.choice(["Summer", "Dragon", "Sunshine", "Monkey", "Shadow", "Tigger"]) + str(rng.randint(1, 2025)) + rng.choice(["", "!", "?", "#"]), "password.word-digits"
    if kind == "passphrase":
        return " ".join(rng.choice(["correct", "horse", "battery", "staple", "purple", "river", "quiet", "lamp"]) for _ in range(4)), "password.passphrase"
    if kind == "symbols":
        return "".join(rng.choice("abcXYZ0123456789!@#$%^&*()-_=+[]{};:,.<>/?\"'\\") for _ in range(rng.randint(12, 18))), "password.symbols"
    return "%04d" % rng.randint(0, 9999), "password.pin"


def person_name(rng, full=False):
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    return (first + " " + last) if full else first, last


# ---------------------------------------------------------------------------------------------------
# Hard negatives.

def uuid(rng):
    h = "%032x" % rng.getrandbits(128)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def iso_timestamp(rng):
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                   rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))


def epoch_ms(rng):
    return str(rng.randint(1_600_000_000_000, 1_800_000_000_000))


def order_id(rng):
    return rng.choice([
        "".join(str(rng.randrange(10)) for _ in range(rng.choice([12, 14, 16, 18]))),
        "ORD-%d" % rng.randint(100000, 99999999), "INV-2026-%06d" % rng.randint(1, 999999),
        "#%d" % rng.randint(10000, 9999999), "A%09d" % rng.randint(0, 999999999),
    ])


def price(rng):
    amount = rng.randint(1, 999999) / 100
    return rng.choice(["$%.2f" % amount, "%.2f EUR" % amount, "€%s" % ("%.2f" % amount).replace(".", ","),
                       "$%s" % "{:,.2f}".format(amount * 100), "USD %.2f" % amount, "£%.2f" % amount])


def date(rng):
    y, m, d = rng.randint(1950, 2030), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["%04d-%02d-%02d" % (y, m, d), "%02d/%02d/%04d" % (m, d, y), "%02d.%02d.%04d" % (d, m, y),
                       "%d %s %d" % (d, rng.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun"]), y),
                       "%02d/%02d/%02d" % (m, d, y % 100)])


def isbn(rng):
    digits = "978" + "".join(str(rng.randrange(10)) for _ in range(9))
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits)) % 10) % 10
    full = digits + str(check)
    return rng.choice([full, "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:7], full[7:12], full[12]),
                       "ISBN %s-%s-%s-%s" % (full[3], full[4:7], full[7:12], full[12])])


def version(rng):
    return rng.choice(["v%d.%d.%d" % (rng.randint(0, 20), rng.randint(0, 40), rng.randint(0, 200)),
                       "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(1000, 30000), rng.randint(1, 9999)),
                       "lodash@4.17.%d" % rng.randint(10, 21), "@babel/core@7.%d.0" % rng.randint(10, 25),
                       "react-dom@18.%d.%d" % (rng.randint(0, 3), rng.randint(0, 9)), "build 2026.11.%d" % rng.randint(1, 30)])


def zip_code(rng):
    return rng.choice(["%05d" % rng.randint(501, 99950), "%05d-%04d" % (rng.randint(501, 99950), rng.randint(1, 9999)),
                       "SW1A %d%s%s" % (rng.randint(1, 9), rng.choice("ABDEF"), rng.choice("ABDEF")), "%05d" % rng.randint(10000, 99999)])


def coordinates(rng):
    return "%.4f,%.4f" % (rng.uniform(-90, 90), rng.uniform(-180, 180)) if rng.random() < 0.5 else \
        "%.6f, %.6f" % (rng.uniform(-90, 90), rng.uniform(-180, 180))


def ip_address(rng):
    if rng.random() < 0.8:
        return "%d.%d.%d.%d" % (rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    return "2001:db8:%x:%x::%x" % (rng.randint(0, 65535), rng.randint(0, 65535), rng.randint(1, 65535))


def hex_colour(rng):
    return "#%06x" % rng.getrandbits(24) if rng.random() < 0.7 else "#%03x" % rng.getrandbits(12)


def tracking_number(rng):
    return rng.choice(["1Z%s%010d" % ("".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), rng.randint(0, 9999999999)),
                       "%012d" % rng.randint(0, 999999999999), "9400%018d" % rng.randint(0, 10 ** 18 - 1)])


def imei(rng):
    return luhn_complete(rng, rng.choice(["35", "86", "49", "01"]), 15)


def ean13(rng):
    digits = rng.choice(["400", "401", "440", "590", "760", "871"]) + "".join(str(rng.randrange(10)) for _ in range(9))
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits)) % 10) % 10
    return digits + str(check)


def routing_number(rng):
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        digits[0] = rng.choice([0, 1, 2, 3])
        for last in range(10):
            full = digits + [last]
            if (3 * (full[0] + full[3] + full[6]) + 7 * (full[1] + full[4] + full[7]) + (full[2] + full[5] + full[8])) % 10 == 0:
                return "".join(map(str, full))


def ein(rng):
    return "%02d-%07d" % (rng.randint(10, 99), rng.randint(0, 9999999))


def duration(rng):
    return "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


NEGATIVE_MAKERS = {
    "uuid": uuid, "timestamp": iso_timestamp, "epoch-ms": epoch_ms, "order-id": order_id, "price": price,
    "date": date, "isbn": isbn, "version": version, "zip": zip_code, "coordinates": coordinates,
    "ip": ip_address, "hex-colour": hex_colour, "tracking-number": tracking_number, "imei": imei,
    "ean": ean13, "routing-number": routing_number, "ein": ein, "duration": duration,
}


def negative(rng, kind=None):
    kind = kind or rng.choice(list(NEGATIVE_MAKERS))
    return NEGATIVE_MAKERS[kind](rng), kind


# ---------------------------------------------------------------------------------------------------
# Encodings for contexts.

def json_string(text):
    """The inside of a JSON string literal for `text` (quotes excluded)."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def form_encode(text):
    return urllib.parse.quote_plus(text, safe="")


def query_encode(text):
    return urllib.parse.quote(text, safe="")


def html_text(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------------------------------------------
# Positive templates: each takes (rng, kind) and returns a Case with at least one entity of `kind`.

KEYS = {
    "email": ["email", "emailAddress", "email_address", "contact_email", "customer_email", "user_email", "mail"],
    "phone": ["phone", "phoneNumber", "phone_number", "mobile", "tel", "contact_phone", "telephone"],
    "card": ["card_number", "cardNumber", "pan", "cc", "number", "card"],
    "ssn": ["ssn", "social_security_number", "socialSecurityNumber", "ssn_last9", "tax_id"],
    "iban": ["iban", "IBAN", "account_iban", "payout_iban", "debtorIban"],
    "name": ["first_name", "firstName", "last_name", "lastName", "full_name", "fullName", "surname",
             "given_name", "family_name", "customer_name", "display_name", "name"],
    "password": ["password", "pwd", "passwd", "new_password", "newPassword", "current_password",
                 "confirmPassword", "pass", "pin"],
}


def value_for(rng, kind, keyed):
    """A value of `kind` and its generator id; `keyed` says a key names the value (for bare forms)."""
    if kind == "email":
        return email(rng)
    if kind == "phone":
        return phone(rng, context_word_before=keyed)
    if kind == "card":
        return card(rng)
    if kind == "ssn":
        return ssn(rng, bare_allowed=keyed)
    if kind == "iban":
        return iban(rng)
    if kind == "name":
        first, last = person_name(rng)
        choice = rng.random()
        if choice < 0.4:
            return first, "name.first"
        if choice < 0.7:
            return last, "name.last"
        return first + " " + last, "name.full"
    return password(rng)


def key_for(rng, kind, generator):
    keys = KEYS[kind]
    if kind == "name":
        if generator == "name.first":
            keys = ["first_name", "firstName", "given_name", "fname", "display_name"]
        elif generator == "name.last":
            keys = ["last_name", "lastName", "surname", "family_name"]
        else:
            keys = ["full_name", "fullName", "customer_name", "name", "display_name", "recipient_name"]
    if kind == "password" and generator == "password.pin":
        keys = ["pin", "pin_code", "passcode"]
    return rng.choice(keys)


def keyed_generator(generator, key):
    """Marks values that only their key identifies with the key when it is an unusual one."""
    if key in ("name", "display_name") and generator.startswith("name."):
        return generator + "-under-" + key.replace("_", "-")
    if key == "tax_id":
        return generator + "-under-tax-id"
    return generator


def filler_pairs(rng, count):
    pairs = []
    for _ in range(count):
        kind = rng.choice(["uuid", "timestamp", "epoch-ms", "order-id", "price", "version", "ip", "zip", "date"])
        value, _ = negative(rng, kind)
        key = {"uuid": "request_id", "timestamp": "created_at", "epoch-ms": "ts", "order-id": "order_id",
               "price": "total", "version": "app_version", "ip": "client_ip", "zip": "postal_code", "date": "date"}[kind]
        pairs.append((key, value))
    return pairs


def t_json_object(rng, kind):
    case = Case("json", "json.api-object")
    wrapper = rng.choice(["user", "customer", "data", "contact", "account", "payload"])
    case.add('{"%s": {' % wrapper)
    members = [("id", str(rng.randint(1, 999999)))]
    members += [(k, '"%s"' % v) for k, v in filler_pairs(rng, rng.randint(1, 3))]
    kinds = [kind] + [k for k in TYPES if k != kind and rng.random() < 0.15]
    rng.shuffle(members)
    for index, (key, value) in enumerate(members):
        case.add('"%s": %s, ' % (key, value))
    for position, item in enumerate(kinds):
        value, generator = value_for(rng, item, keyed=True)
        key = key_for(rng, item, generator)
        case.add('"%s": "' % key).entity(item, json_string(value), keyed_generator(generator, key)).add('"')
        if position < len(kinds) - 1:
            case.add(", ")
    case.add(', "active": %s}}' % rng.choice(["true", "false"]))
    return case


def t_json_nested_escaped(rng, kind):
    """A HAR-like entry whose request body is JSON inside a JSON string."""
    case = Case("json", "json.har-post-data")
    value, generator = value_for(rng, kind, keyed=True)
    key = key_for(rng, kind, generator)
    inner_value = json_string(value)
    escaped_value = json_string(inner_value)
    case.add('{"request": {"method": "POST", "url": "https://api.%s/v%d/%s", "postData": {"mimeType": "application/json", "text": "{\\"%s\\":\\"'
             % (rng.choice(COMPANY_DOMAINS), rng.randint(1, 3), rng.choice(WORDS), key))
    case.entity(kind, escaped_value, keyed_generator(generator, key) + "+nested-json")
    case.add('\\",\\"%s\\":%s}"}}, "startedDateTime": "%s"}' % ("request_id", '\\"%s\\"' % uuid(rng), iso_timestamp(rng)))
    return case


def t_json_array(rng, kind):
    case = Case("json", "json.array-of-records")
    case.add('{"results": [')
    count = rng.randint(2, 3)
    target = rng.randrange(count)
    for index in range(count):
        case.add('{"id": %d, "sku": "%s", ' % (rng.randint(1, 99999), "SKU-%05d" % rng.randint(0, 99999)))
        if index == target:
            value, generator = value_for(rng, kind, keyed=True)
            key = key_for(rng, kind, generator)
            case.add('"%s": "' % key).entity(kind, json_string(value), keyed_generator(generator, key)).add('"')
        else:
            case.add('"price": %s' % ("%.2f" % (rng.randint(100, 99999) / 100)))
        case.add("}" + (", " if index < count - 1 else ""))
    case.add('], "page": %d, "total": %d}' % (rng.randint(1, 9), rng.randint(10, 500)))
    return case


def t_json_unicode_escaped(rng, kind):
    """A JSON body whose serializer escaped non-alphanumeric characters (`@` as \\u0040)."""
    case = Case("json", "json.escaped-serializer")
    value, generator = value_for(rng, kind, keyed=True)
    key = key_for(rng, kind, generator)
    escaped = "".join(ch if ch.isalnum() and ord(ch) < 128 else "\\u%04x" % ord(ch) for ch in value) \
        if any(not (ch.isalnum() and ord(ch) < 128) for ch in value) else value
    case.add('{"%s":"' % key).entity(kind, escaped, keyed_generator(generator, key) + "+json-escaped")
    case.add('","locale":"en_US","ts":%s}' % epoch_ms(rng))
    return case


def t_query(rng, kind):
    case = Case("query", rng.choice(["query.get-request", "query.redirect-url", "query.tracking-pixel"]))
    value, generator = value_for(rng, kind, keyed=True)
    key = key_for(rng, kind, generator)
    encoded = query_encode(value)
    if case.template == "query.get-request":
        case.add("GET /api/v%d/%s/search?page=%d&%s=" % (rng.randint(1, 3), rng.choice(WORDS), rng.randint(1, 20), key))
        case.entity(kind, encoded, keyed_generator(generator, key) + "+percent")
        case.add("&sort=created_at HTTP/1.1")
    elif case.template == "query.redirect-url":
        case.add("https://shop.%s/checkout?step=%s&%s=" % (rng.choice(COMPANY_DOMAINS), rng.choice(["cart", "payment", "review"]), key))
        case.entity(kind, encoded, keyed_generator(generator, key) + "+percent")
        case.add("&utm_source=newsletter&utm_campaign=%s" % rng.choice(WORDS))
    else:
        case.add("/pixel.gif?uid=%s&%s=" % (uuid(rng), key))
        case.entity(kind, encoded, keyed_generator(generator, key) + "+percent")
        case.add("&ts=%s&v=%s" % (epoch_ms(rng), version(rng)))
    return case


def t_query_double_encoded(rng, kind):
    case = Case("query", "query.double-encoded-redirect")
    value, generator = value_for(rng, kind, keyed=True)
    key = key_for(rng, kind, generator)
    case.add("https://login.%s/authorize?client_id=%s&next=%%2Faccount%%3F%s%%3D" % (rng.choice(COMPANY_DOMAINS), uuid(rng), key))
    case.entity(kind, query_encode(query_encode(value)), keyed_generator(generator, key) + "+double-percent")
    case.add("&state=%s" % "%016x" % rng.getrandbits(64))
    return case


def t_form(rng, kind):
    case = Case("form", rng.choice(["form.signup-body", "form.checkout-body", "form.contact-body"]))
    kinds = [kind] + [k for k in TYPES if k != kind and rng.random() < 0.2]
    fields = [("csrf_token", "%032x" % rng.getrandbits(128))] if rng.random() < 0.5 else []
    fields.append(("quantity", str(rng.randint(1, 5))))
    first = True
    for key, value in fields:
        case.add(("" if first else "&") + "%s=%s" % (key, value))
        first = False
    for item in kinds:
        value, generator = value_for(rng, item, keyed=True)
        key = key_for(rng, item, generator)
        case.add("&%s=" % key).entity(item, form_encode(value), keyed_generator(generator, key) + "+form")
    case.add("&coupon=%s&accept_terms=on" % rng.choice(["SPRING10", "", "WELCOME"]))
    return case


def t_html(rng, kind):
    template = rng.choice(["html.profile-card", "html.table-row", "html.sentence"])
    case = Case("html", template)
    value, generator = value_for(rng, kind, keyed=(template == "html.table-row"))
    label = {"email": "Email", "phone": "Phone", "card": "Card number", "ssn": "SSN", "iban": "IBAN",
             "name": "Name", "password": "Password"}[kind]
    if kind in ("name", "password") and template == "html.sentence":
        template = case.template = "html.table-row"
    if template == "html.profile-card":
        case.add('<div class="profile-card" data-id="%d"><h3>Account</h3><p><span class="label">%s:</span> '
                 % (rng.randint(1, 99999), label))
        case.entity(kind, html_text(value), generator + "+html")
        case.add("</p><p>Member since %s</p></div>" % date(rng))
    elif template == "html.table-row":
        case.add('<tr class="row"><td class="key">%s</td><td class="value">' % label)
        case.entity(kind, html_text(value), generator + "+html")
        case.add("</td><td>%s</td></tr>" % iso_timestamp(rng))
    else:
        if kind == "email" and rng.random() < 0.5:
            case.add('<p>Questions? Write to <a href="mailto:').entity(kind, value, generator + "+mailto").add('">')
            case.entity(kind, html_text(value), generator + "+html").add("</a> before %s.</p>" % date(rng))
        elif kind == "email" and rng.random() < 0.5:
            case.template = "html.entity-encoded"
            encoded = value.replace("@", "&#64;").replace(".", "&#46;") if rng.random() < 0.5 else value.replace("@", "&#x40;")
            case.add("<p>Signed in as ").entity(kind, encoded, generator + "+html-entity").add("</p>")
        else:
            case.add("<p>%s We will contact you at " % rng.choice(["Thanks for your order!", "Your request was received.", "Hello again."]))
            case.entity(kind, html_text(value), generator + "+html")
            case.add(" within %d business days. Order %s.</p>" % (rng.randint(1, 5), order_id(rng)))
    return case


def t_log(rng, kind):
    template = rng.choice(["log.app-kv", "log.nginx-access", "log.free-text", "log.exception", "log.json-line", "log.debug-body"])
    case = Case("log", template)
    ts = iso_timestamp(rng)
    keyed = template in ("log.app-kv", "log.json-line", "log.debug-body", "log.nginx-access")
    value, generator = value_for(rng, kind, keyed=keyed)
    key = key_for(rng, kind, generator)
    if kind in ("name", "password") and template in ("log.free-text", "log.exception"):
        template = case.template = "log.app-kv"
    if template == "log.app-kv":
        # logfmt: a value with spaces, quotes, `=` or backslashes is quoted, its quotes and backslashes escaped.
        quoted = any(char in value for char in ' "=\\') or rng.random() < 0.2
        written = value.replace("\\", "\\\\").replace('"', '\\"') if quoted else value
        case.add("%s INFO  [%s-%d] action=%s request_id=%s %s=%s" % (ts, rng.choice(WORDS), rng.randint(1, 9), rng.choice(WORDS), uuid(rng), key, '"' if quoted else ""))
        case.entity(kind, written, keyed_generator(generator, key) + "+log-field").add('"' if quoted else "")
        case.add(" latency_ms=%d status=%d" % (rng.randint(1, 2000), rng.choice([200, 201, 400, 422, 500])))
    elif template == "log.nginx-access":
        case.add('%s - - [15/Nov/2026:%s +0000] "GET /account/lookup?%s=' % (ip_address(rng), duration(rng), key))
        case.entity(kind, query_encode(value), keyed_generator(generator, key) + "+percent")
        case.add(' HTTP/1.1" %d %d "-" "Mozilla/5.0 (X11; Linux x86_64)"' % (rng.choice([200, 302, 404]), rng.randint(100, 99999)))
    elif template == "log.free-text":
        case.add("%s %s %s " % (ts, rng.choice(["INFO", "WARN", "DEBUG"]), rng.choice([
            "Sending receipt for order %s to" % order_id(rng), "Verification requested by", "Retrying delivery to",
            "Lookup failed for"])))
        case.entity(kind, value, generator + "+log-text").add(" after %d ms" % rng.randint(1, 5000))
    elif template == "log.exception":
        case.add("%s ERROR java.lang.IllegalArgumentException: invalid %s value '" % (ts, {"email": "email", "phone": "phone", "card": "card", "ssn": "SSN", "iban": "IBAN"}[kind]))
        case.entity(kind, value, generator + "+exception").add("' for customer %d\n\tat com.example.%s.Validator.check(Validator.java:%d)" % (rng.randint(1, 99999), rng.choice(WORDS), rng.randint(10, 400)))
    elif template == "log.json-line":
        case.add('{"level":"%s","ts":"%s","msg":"%s","%s":"' % (rng.choice(["info", "warn"]), ts, rng.choice(WORDS), key))
        case.entity(kind, json_string(value), keyed_generator(generator, key) + "+json").add('","trace_id":"%032x"}' % rng.getrandbits(128))
    else:
        case.add('%s DEBUG [http] request body: {"%s":"' % (ts, key))
        case.entity(kind, json_string(value), keyed_generator(generator, key) + "+json").add('","remember_me":true,"client":"%s"}' % version(rng))
    return case


def t_log_labeled(rng, kind):
    """A log or support-ticket line with a human label before the value (`SSN: …`, `Phone number: …`)."""
    case = Case("log", "log.labeled-value")
    value, generator = value_for(rng, kind, keyed=True)
    label = {"email": "Email", "phone": rng.choice(["Phone", "Tel", "Mobile", "Phone number"]), "card": "Card",
             "ssn": rng.choice(["SSN", "Social Security Number", "SSN#"]), "iban": "IBAN",
             "name": rng.choice(["First name", "Last name", "Name", "Customer"]), "password": "Password"}[kind]
    case.add("%s ticket=%d %s: " % (iso_timestamp(rng), rng.randint(1000, 99999), label))
    case.entity(kind, value, generator + "+label").add(" | status=open priority=%s" % rng.choice(["low", "high"]))
    return case


POSITIVE_TEMPLATES = {
    "json": [(t_json_object, 5), (t_json_array, 2), (t_json_nested_escaped, 2), (t_json_unicode_escaped, 1)],
    "query": [(t_query, 5), (t_query_double_encoded, 1)],
    "form": [(t_form, 1)],
    "html": [(t_html, 1)],
    "log": [(t_log, 5), (t_log_labeled, 2)],
}
CONTEXT_WEIGHTS = {"json": 3, "query": 2, "form": 2, "html": 2, "log": 3}


def weighted(rng, pairs):
    total = sum(weight for _, weight in pairs)
    pick = rng.uniform(0, total)
    for item, weight in pairs:
        pick -= weight
        if pick <= 0:
            return item
    return pairs[-1][0]


# ---------------------------------------------------------------------------------------------------
# Negative templates: the same contexts with hard negatives and no PII.

def n_json(rng):
    case = Case("json", "neg.json-record")
    kinds = rng.sample(list(NEGATIVE_MAKERS), 4)
    members = ", ".join('"%s": "%s"' % (kind.replace("-", "_"), json_string(negative(rng, kind)[0])) for kind in kinds)
    case.add('{"event": "%s", %s, "count": %d}' % (rng.choice(WORDS), members, rng.randint(0, 500)))
    case.template += "." + "+".join(kinds)
    return case


def n_json_masked(rng):
    case = Case("json", "neg.json-masked-values")
    case.add('{"card": {"brand": "%s", "last4": "%04d", "number": "**** **** **** %04d", "exp": "%02d/%02d"}, '
             % (rng.choice(["visa", "mastercard", "amex"]), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(1, 12), rng.randint(26, 33)))
    case.add('"ssn": "***-**-%04d", "password": "%s", "email": "%s", "phone": "%s"}' % (
        rng.randint(1, 9999), rng.choice(["********", "[REDACTED]", "<masked>", "***FILTERED***"]),
        rng.choice(["{{customer.email}}", "${EMAIL}", "[email protected]", "%s"]),
        rng.choice(["(***) ***-%04d" % rng.randint(0, 9999), "+1 XXX-XXX-XXXX", ""])))
    return case


def n_query(rng):
    case = Case("query", "neg.query-string")
    kinds = rng.sample(list(NEGATIVE_MAKERS), 3)
    params = "&".join("%s=%s" % (kind.replace("-", "_"), query_encode(negative(rng, kind)[0])) for kind in kinds)
    case.add("GET /api/v2/%s?%s&page=%d HTTP/1.1" % (rng.choice(WORDS), params, rng.randint(1, 40)))
    case.template += "." + "+".join(kinds)
    return case


def n_form(rng):
    case = Case("form", "neg.form-body")
    case.add("product=%s&quantity=%d&price=%s&coupon=%s&shipping_zip=%s&color=%s&sku=%s" % (
        form_encode(rng.choice(PRODUCTS)), rng.randint(1, 9), form_encode(price(rng)), rng.choice(["SPRING10", "FREESHIP", ""]),
        zip_code(rng), query_encode(hex_colour(rng)), ean13(rng)))
    return case


def n_html(rng):
    case = Case("html", "neg.html-fragment")
    case.add('<div class="product" style="color: %s"><h2>%s</h2><p>ISBN %s · %s · released %s</p>'
             '<p>Ships from %s, tracking %s</p><img src="/img/logo@2x.png" alt=""></div>' % (
                 hex_colour(rng), html_text(rng.choice(PRODUCTS)), isbn(rng), price(rng), date(rng), zip_code(rng),
                 tracking_number(rng)))
    return case


def n_log(rng):
    case = Case("log", "neg.log-line")
    kinds = rng.sample(list(NEGATIVE_MAKERS), 4)
    parts = " ".join("%s=%s" % (kind.replace("-", "_"), negative(rng, kind)[0].replace(" ", "_")) for kind in kinds)
    case.add("%s INFO  [%s] %s %s" % (iso_timestamp(rng), rng.choice(WORDS), rng.choice(WORDS), parts))
    case.template += "." + "+".join(kinds)
    return case


def n_log_text(rng):
    case = Case("log", "neg.log-sentence")
    case.add(rng.choice([
        "%s deploy %s finished in %s; git clone git@github.com:acme/shop.git at %s" % (iso_timestamp(rng), version(rng), duration(rng), "%040x" % rng.getrandbits(160)),
        "%s device imei %s checked in from %s (%s)" % (iso_timestamp(rng), imei(rng), ip_address(rng), coordinates(rng)),
        "%s ACH batch routing %s posted %s for EIN %s" % (iso_timestamp(rng), routing_number(rng), price(rng), ein(rng)),
        "%s order %s shipped: %s items, tracking %s, total %s" % (iso_timestamp(rng), order_id(rng), rng.randint(1, 9), tracking_number(rng), price(rng)),
        "%s cache warmup ts=%s took %d ms, barcode %s, page %d of %d" % (iso_timestamp(rng), epoch_ms(rng), rng.randint(1, 999), ean13(rng), rng.randint(1, 9), rng.randint(10, 99)),
        "%s mention @%s in #%s, see https://user:***@cdn.example.com/assets/icon@3x.webp" % (iso_timestamp(rng), rng.choice(["alice", "ops-team"]), rng.choice(WORDS)),
    ]))
    return case


# Things that are named like people, written down for this corpus (invented or common public names,
# not taken from the detectors' word lists): products, places, companies, services and files whose
# name begins with a given name. Under a bare `name` key they are not personal data. Brands that are
# a person's full name (a designer's) are left out: by its value alone such a name is a person's.
PERSONLIKE_NAMES = {
    "product": ["Jordan Table", "Harper Dining Chair", "Sienna Sofa", "Aurora Pendant Lamp", "Olivia Wall Clock",
                "Sophia Floor Mirror", "Hunter Rain Boots", "Chelsea Boots", "Mason Jar", "Stella Tote Bag",
                "Dakota Crossbody", "Lucy Linen Dress", "Oscar Desk", "Margot Armchair", "Ruby Red Slippers",
                "Phoebe Throw Pillow", "Ellis Bookcase", "Nora Side Table", "Julia Espresso Cups", "Max Power Bank"],
    "place": ["Victoria Station", "Madison Square Garden", "Charlotte Douglas Airport", "Lincoln Memorial",
              "Jackson Hole", "Florence Cathedral", "Adelaide Oval", "Austin Convention Center", "Georgia Aquarium",
              "Lake Louise", "Santa Monica Pier", "Kings Cross", "Abbey Road", "Sydney Opera House",
              "Virginia Beach", "Columbus Circle", "Regent Street", "Mary Rose Museum", "Wallace Collection",
              "Albert Dock"],
    "company": ["Georgia Pacific", "Wendy Foods", "Ruby Tuesday", "Stella Artois", "Dolly Varden", "Marie Claire",
                "Carter Logistics", "Ashley Furniture", "Bruno Mars Tickets", "Alice Springs Tours", "Morgan Stanley",
                "Wells Fargo", "Lincoln Financial", "Dick Smith Electronics", "Harper Collins", "Florence Textiles",
                "Amelia Airlines", "Victoria Secret Garden", "Sonia Garden Center"],
    "service": ["Alice Worker", "Grace Scheduler", "Henry Ingest Pipeline", "Iris Search", "Ada Build Bot",
                "Oscar Billing", "Ruby Api", "Victor Metrics", "Dorothy Backup Job", "Felix Cache"],
    "file": ["Alice Smith.pdf", "Jordan_Table_v2.png", "Anna Karenina.epub", "Grace Hopper Slides.key",
             "Henry Ford Biography.docx", "Emma Report 2026.xlsx"],
}


def n_bare_name(rng):
    """A bare `name` key holding something named like a person."""
    kind = rng.choice(sorted(PERSONLIKE_NAMES))
    value = rng.choice(PERSONLIKE_NAMES[kind])
    context = rng.choice(["json", "json", "query", "form", "log"])
    case = Case(context, "neg.bare-name-" + kind)
    if context == "json":
        extra = {"product": '"sku": "%s", "price": "%s"' % (ean13(rng), price(rng)),
                 "place": '"lat_lng": "%s", "category": "%s"' % (coordinates(rng), rng.choice(["venue", "landmark", "transit"])),
                 "company": '"ticker": "%s", "founded": %d' % (rng.choice(["GP", "RT", "MS", "WFC"]), rng.randint(1850, 2010)),
                 "service": '"version": "%s", "replicas": %d' % (version(rng), rng.randint(1, 12)),
                 "file": '"size": %d, "mime": "%s"' % (rng.randint(1000, 9000000), rng.choice(["application/pdf", "image/png"]))}[kind]
        case.add('{"id": %d, "name": "%s", %s}' % (rng.randint(1, 99999), json_string(value), extra))
    elif context == "query":
        case.add("GET /api/v2/%ss?name=%s&page=%d HTTP/1.1" % (kind, query_encode(value), rng.randint(1, 40)))
    elif context == "form":
        case.add("name=%s&type=%s&qty=%d" % (form_encode(value), kind, rng.randint(1, 9)))
    else:
        case.add('%s INFO  [%s] updated %s name="%s" by=admin' % (iso_timestamp(rng), rng.choice(WORDS), kind, value))
    return case


NEGATIVE_TEMPLATES = [(n_json, 3), (n_json_masked, 1), (n_query, 2), (n_form, 2), (n_html, 2), (n_log, 3), (n_log_text, 2)]


# ---------------------------------------------------------------------------------------------------

def generate():
    rng = random.Random(SEED)
    cases = []
    for index in range(POSITIVE_CASES):
        kind = TYPES[index % len(TYPES)]
        context = weighted(rng, list(CONTEXT_WEIGHTS.items()))
        template = weighted(rng, POSITIVE_TEMPLATES[context])
        cases.append(template(rng, kind))
    for _ in range(NEGATIVE_CASES):
        cases.append(weighted(rng, NEGATIVE_TEMPLATES)(rng))
    rng.shuffle(cases)
    bare_name_rng = random.Random("%d-bare-name" % SEED)
    cases += [n_bare_name(bare_name_rng) for _ in range(BARE_NAME_NEGATIVE_CASES)]
    return [case.record(number + 1) for number, case in enumerate(cases)]


def render(records):
    return "".join(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n" for record in records)


def stats(records):
    print("cases: %d, with entities: %d" % (len(records), sum(1 for r in records if r["entities"])))
    print("by context:", dict(sorted(Counter(r["context"] for r in records).items())))
    print("entities by type:", dict(sorted(Counter(e["type"] for r in records for e in r["entities"]).items())))
    generators = Counter(e["generator"].split("+")[0] for r in records for e in r["entities"])
    print("entities by value generator:")
    for generator, count in sorted(generators.items()):
        print("  %-40s %d" % (generator, count))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when cases.jsonl differs from a fresh generation")
    parser.add_argument("--stats", action="store_true", help="print counts")
    parser.add_argument("--output", default=str(OUTPUT))
    arguments = parser.parse_args()
    records = generate()
    text = render(records)
    if arguments.check:
        current = Path(arguments.output).read_text(encoding="utf-8") if Path(arguments.output).exists() else ""
        if current != text:
            print("%s is stale: run python3 corpus/generate.py" % arguments.output, file=sys.stderr)
            return 1
        print("%s is current (%d cases)" % (arguments.output, len(records)))
    else:
        Path(arguments.output).write_text(text, encoding="utf-8")
    if arguments.stats:
        stats(records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
