#!/usr/bin/env python3
"""Writes a large, form-heavy HTML corpus for `masklint-bench html` and `masklint-bench selectors`.

Each page is a plausible web page built around forms: sign-in, sign-up, checkout with a cart table,
address books, support tickets, profile and account settings, newsletters, plus the navigation,
product grids, reviews and footers around them. The markup is what real sites serve: unclosed <p>,
<li>, <td> and <option>, tables without <tbody>, nested forms, upper-case legacy pages without a
doctype, SVG icons, templates, declarative shadow roots, inline scripts and styles, and names,
addresses and labels in many languages.

The output is deterministic: the same arguments give the same bytes (Python 3, seeded generator).

    python3 benchmarks/html/generate-corpus.py --size-mb 24 --output .build/bench-corpus/html

The corpus is not committed; `make bench` regenerates it.
"""

import argparse
import os
import random
import sys

SEED = 20261122

GIVEN = ["Anna", "Jürgen", "Zoë", "Søren", "José", "Mária", "Łukasz", "Ayşe", "Иван", "Ελένη", "太郎", "Mei", "Chloé",
         "Aleksandra", "Björn", "Dmitri", "Fatima", "Grégoire", "Hannah", "Jamal", "Kenji", "Leïla", "Mohammed", "Nuño",
         "Olivia", "Pál", "Rania", "Sven", "Thu", "Ümit", "Valentina", "William", "Yasmin", "Ziggy"]
FAMILY = ["Müller", "García", "Nguyễn", "Smith", "O'Brien", "Kowalski", "Øster", "Dupont", "Петров", "Παπαδόπουλος",
          "山田", "Wang", "Rossi", "Silva", "Yılmaz", "Novák", "Johansson", "Schäfer", "Fernández", "Kim"]
CITIES = ["München", "Zürich", "Lyon", "São Paulo", "Kraków", "İstanbul", "Москва", "Αθήνα", "東京", "Reykjavík", "Malmö",
          "Bordeaux", "Sevilla", "Porto", "Gdańsk", "Brno", "Cork", "Austin", "Toronto", "Melbourne"]
STREETS = ["Königstraße", "rue de l'Église", "Calle Mayor", "Main Street", "Via Roma", "ulica Długa", "Storgata",
           "Ringstraße", "Avenida Paulista", "Oak Avenue", "Høyenhallveien", "Kurfürstendamm"]
PRODUCTS = ["Backpack", "Trail shoes", "Rain jacket", "Thermos", "Headlamp", "Merino socks", "Tent", "Sleeping bag",
            "Camp stove", "Water filter", "Trekking poles", "Fleece", "Beanie", "Gloves", "Map case", "Compass"]
ADJECTIVES = ["Classic", "Ultralight", "Expedition", "Urban", "Kids'", "Pro", "Eco", "Winter", "Summer", "Vintage"]
COUNTRIES = [("AT", "Österreich"), ("BE", "Belgique"), ("CH", "Schweiz"), ("CZ", "Česko"), ("DE", "Deutschland"),
             ("DK", "Danmark"), ("ES", "España"), ("FI", "Suomi"), ("FR", "France"), ("GB", "United Kingdom"),
             ("GR", "Ελλάδα"), ("HU", "Magyarország"), ("IE", "Ireland"), ("IS", "Ísland"), ("IT", "Italia"),
             ("JP", "日本"), ("NL", "Nederland"), ("NO", "Norge"), ("PL", "Polska"), ("PT", "Portugal"),
             ("RU", "Россия"), ("SE", "Sverige"), ("TR", "Türkiye"), ("US", "United States")]
LOREM = ("We ship within two working days. Returns are free for 30 days. Your data is processed according to our "
         "privacy policy. Questions? Our team answers within one business day, Monday to Friday.").split(" ")


class Page:
    """Builds one page; `r` is the page's own seeded generator."""

    def __init__(self, r, index):
        self.r = r
        self.index = index
        self.parts = []
        self.ids = 0

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    def uid(self, prefix):
        self.ids += 1
        return f"{prefix}-{self.ids}"

    def person(self):
        given, family = self.pick(GIVEN), self.pick(FAMILY)
        local = "".join(c for c in (given + "." + family).lower() if c.isascii() and (c.isalnum() or c == ".")) or "user"
        return given, family, f"{local}{self.r.randrange(100)}@example.{self.pick(['com', 'de', 'fr', 'org', 'co.uk'])}"

    def sentence(self, words=12):
        start = self.r.randrange(len(LOREM))
        return " ".join(LOREM[(start + i) % len(LOREM)] for i in range(words))

    def w(self, text):
        self.parts.append(text)

    def icon(self):
        self.w(f'<svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M{self.r.randrange(24)} 2l8 8-8 8"/>'
               f'<circle cx="12" cy="12" r="{self.r.randrange(2, 10)}"/></svg>')

    def field(self, label, name, kind="text", autocomplete=None, value=None, wrap=True):
        fid = self.uid("f")
        attrs = f'id="{fid}" name="{name}"'
        if kind != "text" or self.r.random() < 0.5:
            attrs += f' type="{kind}"'
        if autocomplete:
            attrs += f' autocomplete="{autocomplete}"'
        if value is not None:
            attrs += f' value="{value}"'
        if self.r.random() < 0.3:
            attrs += " required"
        if wrap:
            self.w(f'<div class="field field--{kind}"><label for="{fid}">{label}</label><input {attrs}></div>\n')
        else:
            self.w(f'<label for="{fid}">{label}</label> <input {attrs}>\n')

    def select(self, label, name, options, autocomplete=None):
        fid = self.uid("s")
        auto = f' autocomplete="{autocomplete}"' if autocomplete else ""
        self.w(f'<div class="field"><label for="{fid}">{label}</label><select id="{fid}" name="{name}"{auto}>')
        for value, text in options:
            # Real pages mostly omit </option>.
            self.w(f'<option value="{value}">{text}' + ("</option>" if self.r.random() < 0.3 else ""))
        self.w("</select></div>\n")

    def header(self):
        self.w('<header class="site-header"><a href="/" class="logo">')
        self.icon()
        self.w('Outdoor Co.</a><nav><ul class="menu">')
        for item in ["Women", "Men", "Kids", "Camping", "Sale", "Stores"]:
            self.w(f'<li class="menu-item"><a href="/{item.lower()}">{item}</a>')
        self.w('</ul></nav><form class="search" role="search" action="/search"><input type="search" name="q" '
               'placeholder="Search" aria-label="Search"><button>')
        self.icon()
        self.w("</button></form></header>\n")

    def login(self):
        _, _, email = self.person()
        self.w(f'<section class="login"><h2>Sign in</h2><form id="{self.uid("login")}" action="/session" method="post">\n')
        self.w(f'<input type="hidden" name="csrf" value="{self.r.getrandbits(64):016x}">\n')
        self.field("Email", "email", "email", "username", email)
        self.field("Password", "password", "password", "current-password")
        self.w('<label class="check"><input type="checkbox" name="remember"> Keep me signed in</label>\n'
               '<button type="submit">Sign in</button> <a href="/reset">Forgot password?</a></form></section>\n')

    def signup(self):
        given, family, email = self.person()
        self.w(f'<section class="signup"><h2>Create an account</h2><p>{self.sentence()}\n'
               f'<form id="{self.uid("signup")}" action="/users" method="post"><fieldset><legend>About you</legend>\n')
        self.field("First name", "user[first_name]", "text", "given-name", given)
        self.field("Last name", "user[last_name]", "text", "family-name", family)
        self.field("Email", "user[email]", "email", "email")
        self.field("Mobile", "user[phone]", "tel", "tel")
        self.field("Date of birth", "user[dob]", "date", "bday")
        self.w("</fieldset><fieldset><legend>Password <b>(12 characters or more<p class=\"hint\">Use a passphrase.</p>)</b></legend>\n")
        self.field("Password", "user[password]", "password", "new-password")
        self.field("Repeat password", "user[password_confirmation]", "password", "new-password")
        self.w('</fieldset><label><input type="checkbox" name="terms" required> I accept the <a href="/terms">terms</a></label>\n'
               '<div class="captcha" data-sitekey="6Lc"></div><button type="submit">Create account</button></form></section>\n')

    def checkout(self):
        self.w('<section class="cart"><h2>Your cart</h2><table class="cart-table"><thead><tr><th>Item<th>Qty<th>Price</thead>\n')
        total = 0
        for _ in range(self.r.randrange(2, 7)):
            price = self.r.randrange(500, 40000)
            total += price
            sku = f"SKU-{self.r.randrange(10**6):06d}"
            self.w(f'<tr data-sku="{sku}"><td><img src="/img/{sku}.jpg" alt="" width="48">{self.pick(ADJECTIVES)} {self.pick(PRODUCTS)}'
                   f'<td><input type="number" name="qty[{sku}]" value="{self.r.randrange(1, 4)}" min="0" aria-label="Quantity">'
                   f'<td class="price">{price / 100:.2f}&nbsp;€\n')
        self.w(f'<tfoot><tr><td colspan="2">Total<td>{total / 100:.2f}&nbsp;€</tfoot></table>\n'
               '<form class="coupon" action="/cart/coupon"><input name="coupon" placeholder="Discount code"><button>Apply</button></form></section>\n')
        given, family, email = self.person()
        self.w(f'<form id="{self.uid("checkout")}" class="checkout" action="/checkout" method="POST">\n'
               '<fieldset class="contact"><legend>Contact</legend>\n')
        self.field("Email", "email", "email", "email", email)
        self.field("Phone", "phone", "tel", "tel")
        self.w('</fieldset><fieldset class="shipping"><legend>Shipping address</legend><p class="hint">We deliver Monday to Saturday.\n')
        self.field("First name", "shipping[given_name]", "text", "shipping given-name", given)
        self.field("Last name", "shipping[family_name]", "text", "shipping family-name", family)
        self.field("Street", "shipping[street]", "text", "shipping street-address",
                   f"{self.pick(STREETS)} {self.r.randrange(1, 200)}")
        self.field("Postcode", "shipping[postal_code]", "text", "shipping postal-code", f"{self.r.randrange(10000, 99999)}")
        self.field("City", "shipping[city]", "text", "shipping address-level2", self.pick(CITIES))
        self.select("Country", "shipping[country]", COUNTRIES, "shipping country")
        if self.r.random() < 0.5:
            # A gift-message form nested by mistake: browsers ignore the inner <form>.
            self.w('<div class="gift"><form action="/gift"><textarea name="gift_message" rows="2"></textarea></form></div>\n')
        self.w('</fieldset><fieldset class="payment"><legend>Payment</legend>\n')
        self.field("Name on card", "cc-name", "text", "cc-name")
        self.field("Card number", "cardnumber", "text", "cc-number")
        self.field("Expiry", "exp-date", "text", "cc-exp")
        self.field("Security code", "cvc", "password", "cc-csc")
        self.w('</fieldset><p class="terms"><label><input type="checkbox" name="terms" required> I accept the terms.</label>\n'
               '<button type="submit" class="pay">Pay now</button></form>\n')

    def address_book(self):
        self.w('<section class="address-book"><h2>Address book</h2><table class="contacts">'
               '<colgroup><col><col><col><col></colgroup><tr><th>Name<th>Email<th>Phone<th>Address\n')
        for _ in range(self.r.randrange(4, 14)):
            given, family, email = self.person()
            if self.r.random() < 0.3:
                row = self.uid("c")
                self.w(f'<tr id="{row}" class="editing"><td><input name="contacts[{row}][name]" value="{given} {family}" autocomplete="name">'
                       f'<td><input type="email" name="contacts[{row}][email]" value="{email}" autocomplete="email">'
                       f'<td><input type="tel" name="contacts[{row}][tel]" autocomplete="tel">'
                       f'<td><textarea name="contacts[{row}][address]" rows="2">{self.pick(STREETS)} {self.r.randrange(1, 99)}\n{self.pick(CITIES)}</textarea>\n')
            else:
                self.w(f'<tr><td>{given} {family}<td><a href="mailto:{email}">{email}</a>'
                       f'<td><a href="tel:+49{self.r.randrange(10**9)}">+49 {self.r.randrange(10**9)}</a>'
                       f'<td>{self.pick(STREETS)} {self.r.randrange(1, 99)}<br>{self.pick(CITIES)}\n')
        self.w('</table>\n<template id="contact-row"><tr><td><input name="contacts[][name]" autocomplete="name">'
               '<td><input type="email" name="contacts[][email]" autocomplete="email"><td><input type="tel" name="contacts[][tel]">'
               '<td><textarea name="contacts[][address]"></textarea></tr></template></section>\n')

    def support(self):
        self.w(f'<section class="support"><h2>Contact support</h2><p>{self.sentence(20)}\n'
               f'<form id="{self.uid("ticket")}" action="/tickets" method="post" enctype="multipart/form-data">\n'
               '<div class="field"><label>Topic</label><select name="topic"><option value="">Choose…'
               '<optgroup label="Billing"><option>Invoices<option>Refunds<option>Update card'
               '<optgroup label="Account"><option>Sign-in problems<option>Delete my account</select></div>\n')
        self.field("Reply to", "contact[email]", "email", "email")
        self.field("Order number", "order_number")
        self.w('<div class="field"><label for="desc">Describe the problem</label><textarea id="desc" name="description" rows="6" '
               'placeholder="What happened?"></textarea><p class="hint">Never include passwords or card numbers.</div>\n'
               '<ul class="consents"><li><label><input type="checkbox" name="logs"> Support may read my logs</label>'
               '<li><label><input type="checkbox" name="cc"> Copy my team</label></ul>'
               '<input type="file" name="attachments[]" multiple><button type="submit">Send</button></form></section>\n')

    def profile(self):
        given, family, email = self.person()
        self.w(f'<profile-card class="card"><template shadowrootmode="open"><style>:host{{display:block}}</style>'
               f'<div class="card"><span class="name">{given} {family}</span><a href="mailto:{email}">{email}</a>'
               '<form class="quick"><input name="displayName" autocomplete="nickname"><slot></slot></form></div>'
               '</template><button type="button">Save</button></profile-card>\n'
               '<form class="profile" action="/profile" method="post"><fieldset lang="ja"><legend>日本語表記</legend>\n')
        self.field("姓", "氏名[姓]", "text", "family-name", None, wrap=False)
        self.field("名", "氏名[名]", "text", "given-name", None, wrap=False)
        self.w('</fieldset><fieldset dir="rtl" lang="ar"><legend>العنوان</legend>\n')
        self.field("عنوان الشارع", "address_ar", "text", "street-address", None, wrap=False)
        self.w('</fieldset><textarea name="bio" rows="4">\n' + self.sentence(25) + '</textarea>'
               '<svg class="avatar" viewBox="0 0 100 100"><clipPath id="round"><circle cx="50" cy="50" r="50"/></clipPath>'
               '<foreignObject width="100" height="20"><input name="avatar_caption"></foreignObject></svg>'
               '<button type="submit">Save</button></form>\n')

    def settings(self):
        self.w('<section class="settings"><h2>Account settings</h2><form id="settings" action="/settings" method="post">\n')
        self.field("New email", "settings[email]", "email", "email")
        self.field("Current password", "settings[current_password]", "password", "current-password")
        self.field("One-time code", "otp", "text", "one-time-code")
        self.w('<h3>Sessions</h3><table class="sessions"><tr><th>Device<th>IP address<th>\n')
        for _ in range(self.r.randrange(2, 6)):
            self.w(f'<tr><td>{self.pick(["Firefox", "Safari", "Chrome", "Edge"])} on {self.pick(["Linux", "macOS", "iPhone", "Windows"])}'
                   f'<td class="ip">198.51.100.{self.r.randrange(255)}<td><button name="revoke" value="{self.uid("s")}">Revoke</button>\n')
        self.w('</table><div class="field"><label>API key</label><input name="api_key" readonly value="sk_live_'
               f'{self.r.getrandbits(96):024x}" class="secret mono"></div><button type="submit">Save</button></form></section>\n')

    def products(self):
        self.w('<section class="products"><h2>You might also like</h2><div class="grid">\n')
        for _ in range(self.r.randrange(6, 18)):
            sku = self.r.randrange(10**6)
            self.w(f'<article class="product" data-sku="{sku}"><a href="/p/{sku}"><img src="/img/{sku}.jpg" alt="" loading="lazy">'
                   f'<h3 class="title">{self.pick(ADJECTIVES)} {self.pick(PRODUCTS)}</h3></a>'
                   f'<p class="price"><span class="amount">{self.r.randrange(5, 400)},{self.r.randrange(100):02d}</span>&nbsp;€'
                   f'<form class="add" action="/cart" method="post"><input type="hidden" name="sku" value="{sku}">'
                   f'<button>Add to cart</button></form></article>\n')
        self.w("</div></section>\n")

    def reviews(self):
        self.w('<section class="reviews"><h2>Reviews</h2><ul>')
        for _ in range(self.r.randrange(3, 10)):
            given, family, _ = self.person()
            self.w(f'<li class="review"><b>{given} {family[0]}.</b> from {self.pick(CITIES)}<p>{self.sentence(self.r.randrange(8, 30))}'
                   f'<p class="rating">{"★" * self.r.randrange(1, 6)}\n')
        self.w('</ul><form class="review-form" action="/reviews" method="post">')
        self.field("Your name", "review[name]", "text", "name")
        self.w('<textarea name="review[text]" rows="4"></textarea><button>Post review</button></form></section>\n')

    def newsletter(self):
        self.w('<aside class="newsletter"><h3>Newsletter</h3><form action="https://lists.example.org/subscribe" method="post">'
               '<input type="email" name="EMAIL" placeholder="Email address"><input type="submit" value="Subscribe"></form></aside>\n')

    def footer(self):
        self.w('<footer><p>Questions? Call <a href="tel:+498912345678">+49 89 123 456 78</a> or write to '
               '<a href="mailto:service@example.com">service@example.com</a>.<p class="legal">© 2024 Outdoor Co.'
               '<script type="application/ld+json">{"@type":"Organization","url":"https://example.com/","note":"</div> inside a string"}</script>'
               "</footer>\n")

    def legacy(self):
        """An old upper-case, table-layout page without a doctype (quirks mode)."""
        self.w('<HTML><HEAD><TITLE>Online Banking</TITLE></HEAD><BODY BGCOLOR="#FFFFFF"><CENTER>\n')
        for _ in range(self.r.randrange(60, 200)):
            self.w('<TABLE WIDTH="760" BORDER="0"><TR><TD><IMG SRC="/logo.gif"><TD ALIGN="right"><FONT SIZE="1">Help</FONT>\n'
                   '<TR><TD COLSPAN="2"><FORM NAME="Login" ACTION="/servlet/Login" METHOD="POST"><TABLE>\n')
            for label, name, kind in [("User ID", "UserName", "TEXT"), ("Password", "Password", "PASSWORD"),
                                      ("Account", "AcctNo", "TEXT")]:
                self.w(f'<TR><TD>{label}:<TD><INPUT TYPE="{kind}" NAME="{name}" SIZE="20" CLASS="TextBox">\n')
            self.w('<TR><TD><TD><INPUT TYPE="SUBMIT" VALUE="Sign On"></TABLE></FORM></TABLE>'
                   f'<P><FONT SIZE="1">{self.sentence(30)}</FONT><P><A HREF="mailto:webmaster@bank.example">Webmaster</A>\n')
        self.w('</CENTER></BODY></HTML>\n')

    def build(self):
        if self.r.random() < 0.08:
            self.legacy()
            return "".join(self.parts)
        lang = self.pick(["en", "de", "fr", "es", "ja", "ar", "ru", "el", "pt-BR"])
        self.w(f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>Page {self.index} · Outdoor Co.</title>\n'
               '<meta name="viewport" content="width=device-width"><link rel="stylesheet" href="/app.css">'
               '<style>.field{margin:0 0 1em}.hint{color:#666}</style>'
               '<script>window.dataLayer=window.dataLayer||[];if(a<b&&c>d){document.write("<p>")}</script></head>\n<body>\n')
        self.header()
        self.w('<main id="main">\n')
        sections = [self.login, self.signup, self.checkout, self.address_book, self.support, self.profile,
                    self.settings, self.products, self.reviews, self.newsletter]
        # 40-120 KB per page: many sections, each with several forms.
        target = self.r.randrange(40_000, 120_000)
        while sum(len(p) for p in self.parts) < target:
            self.pick(sections)()
        self.w("</main>\n")
        self.footer()
        self.w("</body></html>\n")
        return "".join(self.parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=24, help="total size in MB (10^6 bytes), default 24")
    parser.add_argument("--output", required=True, help="directory to write form-NNNNN.html files into")
    parser.add_argument("--seed", type=int, default=SEED, help=f"generator seed, default {SEED}")
    arguments = parser.parse_args()

    os.makedirs(arguments.output, exist_ok=True)
    for name in os.listdir(arguments.output):
        if name.startswith("form-") and name.endswith(".html"):
            os.remove(os.path.join(arguments.output, name))
    limit = int(arguments.size_mb * 1_000_000)
    total = 0
    index = 0
    while total < limit:
        index += 1
        page = Page(random.Random(arguments.seed * 1_000_003 + index), index).build().encode("utf-8")
        with open(os.path.join(arguments.output, f"form-{index:05d}.html"), "wb") as file:
            file.write(page)
        total += len(page)
    print(f"wrote {index} pages, {total} bytes, to {arguments.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
