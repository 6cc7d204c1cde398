// Writes fixtures/compile/benchmark-page.html: a storefront page of exactly 10,000 elements with
// realistic forms (checkout, sign-in, sign-up, account settings, newsletter, search), product
// listings, reviews and navigation, for the domSanitizer benchmark and the browser proof.
// Deterministic: a seeded generator, so running it again gives the same bytes.
//
//   node benchmarks/compile/generate-benchmark-page.mjs [output.html]

import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const TARGET_ELEMENTS = 10000;
const here = dirname(fileURLToPath(import.meta.url));
const output = process.argv[2] ?? join(here, "../../fixtures/compile/benchmark-page.html");

let seed = 20260522;
function random() {
  // Mulberry32.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];

let count = 0;
const parts = [];
function element(tag, attributes = "", inner = "", selfClosing = false) {
  count++;
  const open = attributes ? `<${tag} ${attributes}>` : `<${tag}>`;
  return selfClosing ? open : `${open}${inner}</${tag}>`;
}

const words = ["Widget", "Gadget", "Gizmo", "Doohickey", "Sprocket", "Flange", "Bracket", "Lamp", "Chair", "Kettle",
  "Backpack", "Notebook", "Headphones", "Blender", "Jacket", "Sneakers", "Umbrella", "Mug", "Planter", "Clock"];
const adjectives = ["Classic", "Compact", "Deluxe", "Eco", "Pro", "Mini", "Smart", "Vintage", "Urban", "Trail"];
const categories = ["Home", "Kitchen", "Outdoor", "Office", "Fashion", "Audio", "Garden", "Kids", "Sports", "Travel"];

function header() {
  const nav = categories.map((c) => element("li", 'class="nav-item"', element("a", `href="/c/${c.toLowerCase()}" class="nav-link"`, c))).join("");
  return element("header", 'class="site-header"',
    element("a", 'href="/" class="logo"', element("img", 'src="/logo.svg" alt="Shop" width="120" height="32"', "", true))
    + element("form", 'role="search" action="/search" class="search"',
      element("input", 'type="search" name="q" placeholder="Search" aria-label="Search"', "", true)
      + element("button", 'type="submit" class="icon-button"', element("span", 'class="icon icon-search"', "")))
    + element("nav", 'aria-label="Main"', element("ul", 'class="nav"', nav))
    + element("div", 'class="account-menu"', element("a", 'href="/account"', "Account") + element("a", 'href="/cart" class="cart"', "Cart " + element("span", 'class="badge"', "2"))));
}

function productCard(index) {
  const name = `${pick(adjectives)} ${pick(words)}`;
  const price = (5 + random() * 200).toFixed(2);
  return element("article", `class="product-card" data-product-id="p${index}"`,
    element("a", `href="/p/${index}" class="product-link"`,
      element("div", 'class="product-media"', element("img", `src="/img/p${index}.jpg" alt="${name}" loading="lazy"`, "", true))
      + element("h3", 'class="product-title"', name))
    + element("div", 'class="product-meta"',
      element("span", 'class="price"', "$" + price)
      + element("span", 'class="rating" aria-label="4 out of 5"', element("i", 'class="star"', "") + element("i", 'class="star"', "") + element("i", 'class="star"', "")))
    + element("form", 'action="/cart/add" method="post" class="add-to-cart"',
      element("input", `type="hidden" name="product_id" value="p${index}"`, "", true)
      + element("label", 'class="visually-hidden"', "Quantity")
      + element("input", 'type="number" name="quantity" value="1" min="1"', "", true)
      + element("button", 'type="submit" class="button"', "Add to cart")));
}

function review(index) {
  return element("li", 'class="review"',
    element("div", 'class="review-header"', element("strong", "", `Customer ${index}`) + element("time", `datetime="2024-05-${String(1 + (index % 28)).padStart(2, "0")}"`, "May 2024"))
    + element("p", 'class="review-body"', "Works as described. " + element("em", "", "Would buy again."))
    + element("div", 'class="review-actions"', element("button", 'type="button" class="link"', "Helpful") + element("button", 'type="button" class="link"', "Report")));
}

function field(label, attributes) {
  return element("div", 'class="field"', element("label", "", label) + element("input", attributes, "", true));
}

function checkoutForm(n) {
  return element("form", `id="checkout-${n}" class="checkout" method="post"`,
    element("fieldset", "", element("legend", "", "Contact")
      + field("Email", 'type="email" name="checkout[email]" autocomplete="email"')
      + field("Phone", 'type="tel" name="checkout[phone]" autocomplete="tel"'))
    + element("fieldset", "", element("legend", "", "Shipping")
      + field("First name", 'name="checkout[first_name]" autocomplete="given-name"')
      + field("Last name", 'name="checkout[last_name]" autocomplete="family-name"')
      + field("Address", 'name="checkout[address1]" autocomplete="address-line1"')
      + field("City", 'name="checkout[city]" autocomplete="address-level2"')
      + field("ZIP", 'name="checkout[zip]" autocomplete="postal-code"')
      + element("div", 'class="field"', element("label", "", "Country") + element("select", 'name="checkout[country]" autocomplete="country"',
        element("option", 'value="US"', "United States") + element("option", 'value="DE"', "Germany") + element("option", 'value="FR"', "France"))))
    + element("fieldset", "", element("legend", "", "Payment")
      + field("Card number", 'name="card_number" autocomplete="cc-number" inputmode="numeric"')
      + field("Expiry", 'name="card_expiry" autocomplete="cc-exp"')
      + field("CVC", 'name="card_cvc" autocomplete="cc-csc"')
      + field("Name on card", 'name="card_name" autocomplete="cc-name"'))
    + field("Discount code", 'name="checkout[reduction_code]"')
    + element("div", 'class="field"', element("label", "", "Notes") + element("textarea", 'name="checkout[note]" rows="2"', ""))
    + element("button", 'type="submit" class="button primary"', "Pay now"));
}

function accountForms(n) {
  return element("section", `class="account" id="account-${n}"`,
    element("form", 'class="login"',
      field("Username", 'name="log" autocomplete="username"')
      + field("Password", 'type="password" name="pwd" autocomplete="current-password"')
      + element("label", "", element("input", 'type="checkbox" name="rememberme"', "", true) + " Remember me")
      + element("button", 'type="submit"', "Sign in"))
    + element("form", 'class="signup"',
      field("Full name", 'name="user[full_name]"')
      + field("Email", 'name="user[email]" type="text"')
      + field("Password", 'name="user[password]" type="password" autocomplete="new-password"')
      + field("Mobile", 'name="user[mobile]" type="tel"')
      + field("Date of birth", 'name="user[birthdate]" type="date"')
      + field("Referral code", 'name="user[referral_code]"'))
    + element("form", 'class="settings"',
      field("Display name", 'name="display_name"')
      + field("SSN (last 4)", 'name="ssn_last4"')
      + field("IBAN", 'name="payout_iban"')
      + field("API key", 'name="api_key"')
      + element("div", 'class="editor" contenteditable="true" id="bio"', element("p", "", "About me"))));
}

function footer() {
  const columns = ["Help", "Company", "Legal", "Social"].map((title) =>
    element("div", 'class="footer-column"', element("h4", "", title)
      + element("ul", "", ["One", "Two", "Three", "Four"].map((item) => element("li", "", element("a", `href="/${title.toLowerCase()}/${item.toLowerCase()}"`, item))).join(""))));
  return element("footer", 'class="site-footer"',
    columns.join("")
    + element("p", "", "Contact " + element("a", 'href="mailto:help@example.com"', "help@example.com") + " or " + element("a", 'href="tel:+18005550199"', "1-800-555-0199"))
    + element("form", 'class="newsletter"', field("Newsletter", 'type="email" name="newsletter_email" placeholder="you@example.com"') + element("button", 'type="submit"', "Subscribe")));
}

// Build the body, then fill up to the exact element count with product cards and plain blocks.
count += 4; // html, head, body, title
const meta = '<meta charset="utf-8">';
count += 1;
let body = header();
body += element("main", 'id="main"',
  element("section", 'class="hero"', element("h1", "", "Summer sale") + element("p", "", "Up to 50% off."))
  + checkoutForm(1) + accountForms(1));
let grid = "";
let reviews = "";
let index = 0;
const footerHTML = footer();
const secondForms = checkoutForm(2) + accountForms(2);
while (count < TARGET_ELEMENTS - 60) {
  if (index % 4 === 3) reviews += review(index);
  else grid += productCard(index);
  index++;
}
const listings = element("section", 'class="product-grid"', grid) + element("section", 'class="reviews"', element("ul", "", reviews));
let filler = "";
while (count < TARGET_ELEMENTS - 1) filler += element("span", 'class="spacer"', "");
const fillerHTML = element("div", 'class="filler"', filler);
const page = "<!DOCTYPE html>\n<html lang=\"en\"><head>" + meta + "<title>Benchmark storefront</title></head><body>"
  + body + listings + secondForms + fillerHTML + footerHTML + "</body></html>\n";
writeFileSync(output, page);
console.log(`wrote ${output}: ${count} elements, ${page.length} bytes`);
