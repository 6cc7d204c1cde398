/// The generated network, URL and title sanitizers in JavaScript: values found by the detectors are
/// replaced by `MASK` and nothing else changes; a value is scanned with its key, which tells a bare
/// number's kind and finds keyed values.
enum JavaScriptScrubbing {
    /// The marked source (see `TypeAnnotatedSource`).
    static let source = TypeAnnotatedSource(text: #"""
// ---------------------------------------------------------------------------------------------
// Scrubbing: every value the detectors find is replaced with MASK, and nothing else changes. A
// value is scanned together with its key (`"phone": "4155552671"`, `ssn=536221234`), because the
// key is what tells a bare number's kind, and what a keyed value is found by.
// ---------------------------------------------------------------------------------------------

//ts /** What the tracker passes to `network.sanitizer` (RequestResponseData). */
//ts export interface NetworkRequestData {
//ts   readonly status: number;
//ts   readonly method: string;
//ts   url: string;
//ts   request: { body: string | null; headers: Record<string, string> };
//ts   response: { body: unknown; headers: Record<string, string> };
//ts }

/** Characters without which no detector finds anything: digits, `@`, and the `:` and `=` of keys. */
const MAY_HOLD_VALUE = /[0-9@:=]/;

/** The UTF-16 offset of each UTF-8 byte offset of `text`. */
function byteToUnitOffsets(text/*: string*/, byteLength/*: number*/)/*: (offset: number) => number*/ {
  if (byteLength === text.length) return (offset/*: number*/) => offset;
  const map = new Int32Array(byteLength + 1);
  let byte = 0;
  for (let unit = 0; unit < text.length;) {
    const scalar = text.codePointAt(unit)/*as number*/;
    const units = scalar > 0xffff ? 2 : 1;
    const length = scalar < 0x80 ? 1 : scalar < 0x800 ? 2 : scalar < 0x10000 ? 3 : 4;
    for (let k = 0; k < length; k++) map[byte + k] = unit;
    byte += length;
    unit += units;
  }
  map[byteLength] = text.length;
  return (offset/*: number*/) => map[offset];
}

/**
 * The ranges (UTF-16 offsets into `text`, sorted, merged) of the values found in
 * `before + text + after`, clipped to `text`.
 */
function valueRanges(before/*: string*/, text/*: string*/, after/*: string*/)/*: Array<[number, number]>*/ {
  const full = before + text + after;
  const bytes = TEXT_ENCODER.encode(full);
  let toUnit/*: ((offset: number) => number) | null*/ = null;
  const ranges/*: Array<[number, number]>*/ = [];
  for (const detector of DETECTORS) {
    for (const match of detector(bytes)) {
      if (toUnit === null) toUnit = byteToUnitOffsets(full, bytes.length);
      const start = Math.max(toUnit(match.start) - before.length, 0);
      const end = Math.min(toUnit(match.end) - before.length, text.length);
      if (end > start) ranges.push([start, end]);
    }
  }
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged/*: Array<[number, number]>*/ = [ranges[0]];
  for (let i = 1; i < ranges.length; i++) {
    const last = merged[merged.length - 1];
    if (ranges[i][0] <= last[1]) last[1] = Math.max(last[1], ranges[i][1]);
    else merged.push(ranges[i]);
  }
  return merged;
}

/** `text` with each found value replaced by MASK; the same string when nothing is found. */
function scrub(before/*: string*/, text/*: string*/, after/*: string*/, keyed/*: boolean*/)/*: string*/ {
  if (text.length === 0 || !(keyed || MAY_HOLD_VALUE.test(text))) return text;
  const ranges = valueRanges(before, text, after);
  if (ranges.length === 0) return text;
  let result = "";
  let position = 0;
  for (const [start, end] of ranges) {
    result += text.slice(position, start) + MASK;
    position = end;
  }
  return result + text.slice(position);
}

const KEY_CACHE = new Map/*<string, boolean>*/();
const KEY_PATTERNS = wordPatterns(KEYED_VALUE_KEYS);
/** Whether a key names a value the rule set's keyed-value rules look for (`first_name`, `cardCvc`). */
function isVocabularyKey(key/*: string*/)/*: boolean*/ {
  let known = KEY_CACHE.get(key);
  if (known === undefined) {
    const bytes = TEXT_ENCODER.encode(key);
    const squashed = squash(bytes, 0, bytes.length);
    known = KEY_PATTERNS.some((pattern) => patternMatchesEnd(pattern, squashed));
    if (KEY_CACHE.size < 1000) KEY_CACHE.set(key, known);
  }
  return known;
}

/** Free text, such as a page title: each value found is replaced. */
function scrubText(text/*: string*/)/*: string*/ {
  return scrub("", text, "", false);
}

/** A JSON value with the values found in its strings and numbers replaced; the same value when none is. */
function sanitizeJSONValue(value/*: unknown*/, key/*: string | null*/, depth/*: number*/)/*: unknown*/ {
  const keyed = key !== null && isVocabularyKey(key);
  if (typeof value === "string") {
    return scrub(key === null ? "\"" : JSON.stringify(key) + ": \"", value, "\"", keyed);
  }
  if (typeof value === "number") {
    const text = String(value);
    return scrub(key === null ? "" : JSON.stringify(key) + ": ", text, "", keyed) === text ? value : MASK;
  }
  if (value === null || typeof value !== "object" || depth > 64) return value;
  if (Array.isArray(value)) {
    let copy/*: unknown[] | null*/ = null;
    for (let i = 0; i < value.length; i++) {
      const item = sanitizeJSONValue(value[i], key, depth + 1);
      if (item !== value[i]) {
        if (copy === null) copy = value.slice();
        copy[i] = item;
      }
    }
    return copy === null ? value : copy;
  }
  const object = value/*as Record<string, unknown>*/;
  let copy/*: Record<string, unknown> | null*/ = null;
  for (const name of Object.keys(object)) {
    const item = sanitizeJSONValue(object[name], name, depth + 1);
    const scrubbedName = scrubText(name);
    if (item !== object[name] || scrubbedName !== name) {
      if (copy === null) copy = Object.assign({}, object);
      if (scrubbedName !== name) delete copy[name];
      copy[scrubbedName] = item;
    }
  }
  return copy === null ? value : copy;
}

/** `+` as a space, then percent-decoding; the text as written when it is not valid. */
function formDecode(text/*: string*/)/*: string*/ {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}
function percentDecode(text/*: string*/)/*: string*/ {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Whether a URL query key holds a secret the tracker's own URL sanitizer masks (ours replaces it). */
function isSecretQueryKey(key/*: string*/)/*: boolean*/ {
  const bytes = TEXT_ENCODER.encode(key);
  const squashed = squash(bytes, 0, bytes.length);
  return SECRET_QUERY_KEY_PATTERNS.some((pattern) => patternMatchesEnd(pattern, squashed));
}
const SECRET_QUERY_KEY_PATTERNS = wordPatterns(SECRET_QUERY_KEYS);

/** `a=1&b=2`: each value whose key is sensitive, or in which a value is found, becomes MASK. */
function sanitizeQueryString(query/*: string*/)/*: string*/ {
  if (query.length === 0) return query;
  const parts = query.split("&");
  let changed = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const equals = part.indexOf("=");
    if (equals < 0) {
      const decoded = formDecode(part);
      if (scrub("", decoded, "", false) !== decoded) { parts[i] = MASK; changed = true; }
      continue;
    }
    const value = formDecode(part.slice(equals + 1));
    if (value.length === 0) continue;
    const key = formDecode(part.slice(0, equals));
    if (isSecretQueryKey(key) || scrub(key + "=", value, "", isVocabularyKey(key)) !== value) {
      parts[i] = part.slice(0, equals + 1) + MASK;
      changed = true;
    }
  }
  return changed ? parts.join("&") : query;
}

/** A URL path: each segment in which a value is found becomes MASK (`/users/alice@example.com`). */
function sanitizePath(path/*: string*/)/*: string*/ {
  if (!MAY_HOLD_VALUE.test(path) && path.indexOf("%") < 0) return path;
  const segments = path.split("/");
  const decoded = segments.map(percentDecode);
  const ranges = valueRanges("", decoded.join("/"), "");
  if (ranges.length === 0) return path;
  let start = 0;
  for (let i = 0; i < segments.length; i++) {
    const end = start + decoded[i].length;
    if (ranges.some(([from, to]) => from < end && to > start)) segments[i] = MASK;
    start = end + 1;
  }
  return segments.join("/");
}

/** A fragment: a route with a query (`#/reset?email=…`), a query (`#access_token=…`), or a path. */
function sanitizeFragment(fragment/*: string*/)/*: string*/ {
  const question = fragment.indexOf("?");
  if (question >= 0) return sanitizePath(fragment.slice(0, question)) + "?" + sanitizeQueryString(fragment.slice(question + 1));
  if (fragment.indexOf("=") >= 0 && fragment.indexOf("/") < 0) return sanitizeQueryString(fragment);
  return sanitizePath(fragment);
}

/**
 * The OpenReplay urlSanitizer: the page URL with query values that are secrets or hold a value,
 * path segments that hold one (an email address, a card number), and URL credentials replaced.
 */
export function sanitizeUrl(url/*: string*/)/*: string*/ {
  if (typeof url !== "string" || url.length === 0) return url;
  let rest = url;
  let fragment/*: string | null*/ = null;
  let query/*: string | null*/ = null;
  const hash = rest.indexOf("#");
  if (hash >= 0) { fragment = rest.slice(hash + 1); rest = rest.slice(0, hash); }
  const question = rest.indexOf("?");
  if (question >= 0) { query = rest.slice(question + 1); rest = rest.slice(0, question); }
  let origin = "";
  const authority = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]*/.exec(rest);
  if (authority !== null) {
    origin = authority[0];
    rest = rest.slice(origin.length);
    const at = origin.lastIndexOf("@");
    if (at >= 0) origin = origin.slice(0, origin.indexOf("//") + 2) + MASK + origin.slice(at);
  }
  let result = origin + sanitizePath(rest);
  if (query !== null) result += "?" + sanitizeQueryString(query);
  if (fragment !== null) result += "#" + sanitizeFragment(fragment);
  return result === url ? url : result;
}

/** The OpenReplay titleSanitizer: the document title with each value found replaced. */
export function sanitizeTitle(title/*: string*/)/*: string*/ {
  return typeof title === "string" ? scrubText(title) : title;
}

/** A request or response body: JSON (text or parsed), a form body, or text. */
function sanitizeBody(body/*: unknown*/)/*: unknown*/ {
  if (typeof body !== "string") return sanitizeJSONValue(body, null, 0);
  const first = body.trimStart().charAt(0);
  if (first === "{" || first === "[") {
    let parsed/*: unknown*/ = undefined;
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = undefined;
    }
    if (parsed !== undefined) {
      const sanitized = sanitizeJSONValue(parsed, null, 0);
      return sanitized === parsed ? body : JSON.stringify(sanitized);
    }
  }
  if (FORM_BODY.test(body)) return sanitizeQueryString(body);
  return scrubText(body);
}
const FORM_BODY = /^[^\s=&]+=[^\s&]*(?:&[^\s=&]*(?:=[^\s&]*)?)*$/;

/** Header values (`Name: value`, scanned with the name as its key). */
function sanitizeHeaders(headers/*: Record<string, string>*/)/*: Record<string, string>*/ {
  if (headers === null || typeof headers !== "object") return headers;
  let copy/*: Record<string, string> | null*/ = null;
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (typeof value !== "string") continue;
    const scrubbed = scrub(name + ": ", value, "", isVocabularyKey(name));
    if (scrubbed !== value) {
      if (copy === null) copy = Object.assign({}, headers);
      copy[name] = scrubbed;
    }
  }
  return copy === null ? headers : copy;
}

/**
 * The OpenReplay network.sanitizer: the request with values found in its URL, headers and bodies
 * replaced by MASK. Returns the same object when nothing is found; never drops a request.
 */
export function sanitizeNetworkRequest(data/*: NetworkRequestData*/)/*: NetworkRequestData*/ {
  if (data === null || typeof data !== "object") return data;
  const url = sanitizeUrl(data.url);
  const request = sanitizeMessage(data.request);
  const response = sanitizeMessage(data.response);
  if (url === data.url && request === data.request && response === data.response) return data;
  return Object.assign({}, data, { url, request, response });
}

function sanitizeMessage/*<T extends { body: unknown; headers: Record<string, string> }>*/(message/*: T*/)/*: T*/ {
  if (message === null || typeof message !== "object") return message;
  const headers = sanitizeHeaders(message.headers);
  const hasBody = "body" in message;
  const body = hasBody ? sanitizeBody(message.body) : undefined;
  if (headers === message.headers && body === message.body) return message;
  const copy = Object.assign({}, message, { headers });
  if (hasBody) copy.body = body/*as T["body"]*/;
  return copy;
}
"""#)
}
