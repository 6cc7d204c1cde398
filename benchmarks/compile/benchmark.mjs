// Measures the generated OpenReplay privacy module in headless Chromium:
//  - the module's load: its parse and its top-level evaluation, as an inline module script;
//  - domSanitizer over every element of fixtures/compile/benchmark-page.html (10,000 elements with
//    realistic forms): the first, cold pass (what the tracker pays at page load) and warm passes;
//  - network.sanitizer per request on a 100 kB JSON body, as a request body string and as the
//    parsed response object the tracker hands over, with and without personal data in it.
//
//   swift build -c release
//   node benchmarks/compile/benchmark.mjs [--masklint .build/release/masklint] [--module privacy.js] [--runs 5]
//
// Prints one JSON object per run and a summary (medians over runs). Needs `chromium` on PATH.

import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const masklint = argument("--masklint", join(root, ".build/release/masklint"));
const runs = Number(argument("--runs", "5"));
const chromium = argument("--chromium", "chromium");

const module = argument("--module", null) !== null
  ? readFileSync(argument("--module"), "utf8")
  : execFileSync(masklint, ["compile", "--target", "openreplay", "--format", "js", "--profile", "precise", "--rules", join(root, "rules")], { encoding: "utf8" });
const page = readFileSync(join(root, "fixtures/compile/benchmark-page.html"), "utf8");

// The page-side measurement, appended to the module in one <script type="module">.
const measurement = `const MODULE_BYTES = ${Buffer.byteLength(module)};\n` + String.raw`
const BENCHMARK_ELEMENTS = Array.from(document.getElementsByTagName("*")).filter((el) => !el.hasAttribute("data-masklint-benchmark"));
function timePass() {
  const start = performance.now();
  let raised = 0;
  for (let i = 0; i < BENCHMARK_ELEMENTS.length; i++) if (domSanitizer(BENCHMARK_ELEMENTS[i]) !== 0) raised++;
  return [performance.now() - start, raised];
}
const [coldMs, raised] = timePass();
const warm = [];
for (let pass = 0; pass < 30; pass++) warm.push(timePass()[0]);
warm.sort((a, b) => a - b);

// A 100 kB JSON body: an order history page with a customer record, with or without personal data.
function body(withPII) {
  const orders = [];
  let i = 0, text = "";
  while (text.length < 100000) {
    orders.push({
      id: "ord_" + (1000000 + i), placed_at: "2024-05-" + String(1 + (i % 28)).padStart(2, "0") + "T10:22:31Z", status: ["paid", "shipped", "delivered"][i % 3],
      total: { amount: 1999 + i, currency: "USD" }, items: [{ sku: "SKU-" + (100000 + i), name: "Classic Widget", quantity: 1 + (i % 4), price: 19.99 }],
      shipping: withPII ? { name: "Alice Example", email: "alice" + i + "@example.com", phone: "(415) 555-" + String(1000 + (i % 9000)), city: "Springfield" }
                        : { method: "ground", city: "Springfield", carrier: "UPS" },
      note: withPII && i % 10 === 0 ? "Card 4111 1111 1111 1111 was declined, SSN 536-22-8734 on file" : "Leave at the door",
    });
    i++;
    text = JSON.stringify({ customer_id: 42, orders });
  }
  return text;
}
function timeNetwork(withPII, asString) {
  const text = body(withPII);
  const times = [];
  for (let k = 0; k < 40; k++) {
    const data = { status: 200, method: "POST", url: "https://api.shop.example/v1/orders?page=2",
      request: { headers: { "content-type": "application/json" }, body: asString ? text : null },
      response: { headers: { "content-type": "application/json" }, body: asString ? null : JSON.parse(text) } };
    const start = performance.now();
    privacyOptions.network.sanitizer(data);
    times.push(performance.now() - start);
  }
  const firstMs = times[0];
  times.sort((a, b) => a - b);
  return { bytes: text.length, firstMs, medianMs: times[times.length >> 1], minMs: times[0] };
}
const results = {
  userAgent: navigator.userAgent,
  moduleBytes: MODULE_BYTES,
  moduleParseMs: MODULE_PARSE_MS,
  moduleEvaluationMs: MODULE_EVALUATION_MS,
  elements: BENCHMARK_ELEMENTS.length,
  raised,
  coldPassMs: coldMs,
  warmPassMedianMs: warm[warm.length >> 1],
  warmPassMinMs: warm[0],
  network: {
    requestBodyWithPII: timeNetwork(true, true),
    requestBodyClean: timeNetwork(false, true),
    responseObjectWithPII: timeNetwork(true, false),
    responseObjectClean: timeNetwork(false, false),
  },
};
const out = document.createElement("script");
out.type = "application/json";
out.id = "masklint-benchmark";
out.setAttribute("data-masklint-benchmark", "");
out.textContent = JSON.stringify(results);
document.body.appendChild(out);
`;

// The module's load cost, in two parts: its parse (from a classic script right before the module
// script to one right after it: an inline module script is parsed where it stands and runs when
// the page's parse ends) and its top-level evaluation (its tables and compiled patterns: from the first
// to the last line of the module's own code).
const loadMarks = (name) => `<script data-masklint-benchmark>globalThis.${name} = performance.now();</script>\n`;
const evaluationStart = `const MODULE_EVALUATION_START = performance.now();\n`;
const evaluationEnd = `const MODULE_PARSE_MS = globalThis.__masklintParseEnd - globalThis.__masklintParseStart;\n`
  + `const MODULE_EVALUATION_MS = performance.now() - MODULE_EVALUATION_START;\n`;
const script = `${loadMarks("__masklintParseStart")}<script type="module" data-masklint-benchmark>\n${evaluationStart}${module}\n${evaluationEnd}${measurement}\n</script>\n`
  + loadMarks("__masklintParseEnd");
// In the head, so that the parse of the module is not mixed with rendering the body: a module
// script runs when the page's parse ends, wherever it stands.
const composed = page.replace(/<\/head>/i, script + "</head>");
const directory = mkdtempSync(join(tmpdir(), "masklint-benchmark-"));

// Two ways to load the page. By default, the way a user meets it: the browser is already running,
// and each run opens the page in a new tab of its own browser context (a new renderer process, so
// nothing compiled in one run is reused by the next), after that tab has loaded an empty page of
// the same origin and rested for a second. With --fresh-browser, each run starts Chromium on the
// page (--dump-dom): the first pass then competes with the browser's own start-up, which on a
// machine with few cores makes it slower and more variable.
const freshBrowser = process.argv.includes("--fresh-browser");
const browserArguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", `--user-data-dir=${join(directory, "profile")}`];
const resultPattern = /<script type="application\/json" id="masklint-benchmark"[^>]*>([\s\S]*?)<\/script>/;

function runInFreshBrowser(pageFile) {
  const dump = execFileSync(chromium, [...browserArguments, "--dump-dom", pathToFileURL(pageFile).href],
    { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "ignore"] });
  const match = resultPattern.exec(dump);
  if (!match) throw new Error("no benchmark results in the page");
  return JSON.parse(match[1]);
}

// A minimal Chrome DevTools Protocol client over the browser's WebSocket (node's WebSocket needs
// --experimental-websocket on node 20; the script re-runs itself with it when needed).
async function openBrowser() {
  const browser = spawn(chromium, [...browserArguments, "--remote-debugging-port=0", "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
  const endpoint = await new Promise((resolveEndpoint, reject) => {
    let text = "";
    browser.stderr.on("data", (chunk) => {
      text += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (match) resolveEndpoint(match[1]);
    });
    browser.on("exit", (code) => reject(new Error(`chromium exited (${code}) before it listened`)));
  });
  const socket = new WebSocket(endpoint);
  await new Promise((resolveOpen, reject) => { socket.onopen = resolveOpen; socket.onerror = reject; });
  let nextId = 0;
  const pending = new Map();
  socket.onmessage = (event) => {
    const message = JSON.parse(event.data);
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
    else waiter.resolve(message.result);
  };
  const send = (method, params = {}, sessionId = undefined) => new Promise((resolveSend, reject) => {
    const id = ++nextId;
    pending.set(id, { resolve: resolveSend, reject, method });
    socket.send(JSON.stringify({ id, method, params, sessionId }));
  });
  const close = () => { socket.close(); browser.kill(); };
  return { send, close };
}

const sleep = (ms) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

async function runInRunningBrowser(browser, pageFile, restFile) {
  const { browserContextId } = await browser.send("Target.createBrowserContext");
  try {
    const { targetId } = await browser.send("Target.createTarget", { url: "about:blank", browserContextId });
    const { sessionId } = await browser.send("Target.attachToTarget", { targetId, flatten: true });
    await browser.send("Page.navigate", { url: pathToFileURL(restFile).href }, sessionId);
    await sleep(1000);
    await browser.send("Page.navigate", { url: pathToFileURL(pageFile).href }, sessionId);
    for (let waited = 0; waited < 60000; waited += 100) {
      await sleep(100);
      const { result } = await browser.send("Runtime.evaluate", {
        expression: `document.getElementById("masklint-benchmark")?.textContent ?? null`, returnByValue: true }, sessionId);
      if (typeof result.value === "string") return JSON.parse(result.value);
    }
    throw new Error("no benchmark results in the page after 60 s");
  } finally {
    await browser.send("Target.disposeBrowserContext", { browserContextId });
  }
}

if (!freshBrowser && typeof WebSocket === "undefined") {
  // Re-run with node's WebSocket enabled.
  const child = spawnSync(process.execPath, ["--experimental-websocket", "--no-warnings", ...process.argv.slice(1)], { stdio: "inherit" });
  rmSync(directory, { recursive: true, force: true });
  process.exit(child.status ?? 1);
}

const all = [];
const restFile = join(directory, "rest.html");
writeFileSync(restFile, "<!doctype html><title>rest</title>\n");
const browser = freshBrowser ? null : await openBrowser();
try {
  for (let run = 0; run < runs; run++) {
    // Each run loads its own copy of the page, so no cache keyed by the source can serve it.
    const pageFile = join(directory, `page-${run}.html`);
    writeFileSync(pageFile, composed.replace("<script type=\"module\" data-masklint-benchmark>\n", `<script type="module" data-masklint-benchmark>\n// run ${run}\n`));
    const result = freshBrowser ? runInFreshBrowser(pageFile) : await runInRunningBrowser(browser, pageFile, restFile);
    all.push(result);
    console.log(JSON.stringify(result));
  }
} finally {
  browser?.close();
  rmSync(directory, { recursive: true, force: true });
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const first = all[0];
const cold = median(all.map((r) => r.coldPassMs));
const warm = median(all.map((r) => r.warmPassMedianMs));
console.log(`\n${first.userAgent}`);
console.log(`module of ${first.moduleBytes} bytes: parse ${median(all.map((r) => r.moduleParseMs)).toFixed(2)} ms, `
  + `top-level evaluation ${median(all.map((r) => r.moduleEvaluationMs)).toFixed(2)} ms (medians of ${all.length} runs)`);
console.log(`domSanitizer over ${first.elements} elements (${first.raised} raised): cold pass ${cold.toFixed(2)} ms `
  + `(${(cold * 1e6 / first.elements).toFixed(0)} ns/element), warm pass ${warm.toFixed(2)} ms (${(warm * 1e6 / first.elements).toFixed(0)} ns/element); `
  + `medians of ${all.length} runs`);
for (const key of Object.keys(first.network)) {
  console.log(`network.sanitizer, ${key} (${first.network[key].bytes} bytes): median ${median(all.map((r) => r.network[key].medianMs)).toFixed(2)} ms per request`);
}
