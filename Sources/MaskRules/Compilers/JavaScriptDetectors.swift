/// The value detectors in JavaScript, for the generated network and URL sanitizers: each Swift detector
/// ported step for step over UTF-8 bytes, so that both find the same values at the same offsets. The
/// tables they read (card issuers, calling codes, IBAN lengths) and their options are emitted from the
/// Swift side by `NetworkSanitizerEmitter`; `DetectorParityTests` runs both on the same texts.
enum JavaScriptDetectors {
    /// The marked source (see `TypeAnnotatedSource`).
    static let source = TypeAnnotatedSource(text: #"""
// ---------------------------------------------------------------------------------------------
// Value detectors: masklint's Swift detectors ported to JavaScript step for step. They read the
// UTF-8 bytes of a text, as the Swift ones do, so that both find the same values at the same byte
// offsets; masklint's test suite runs both on the same texts and compares.
// ---------------------------------------------------------------------------------------------

//ts interface DetectorMatch { start: number; end: number; value: string }
//ts type ValueDetector = (b: Uint8Array) => DetectorMatch[];
//ts interface SquashedText { bytes: number[]; starts: boolean[] }
//ts interface WordPattern { squashed: number[]; openStart: boolean; openEnd: boolean }

const TEXT_ENCODER = new TextEncoder();
const TEXT_DECODER = new TextDecoder();

/** File extensions that are not top-level domains (`logo@2x.png` is no address). */
const EMAIL_FILE_EXTENSIONS = new Set([
  "png", "jpg", "jpeg", "gif", "webp", "svg", "svgz", "ico", "bmp", "avif", "tif", "tiff", "heic",
  "css", "scss", "less", "js", "mjs", "cjs", "jsx", "tsx", "map", "json", "html", "htm", "txt",
  "pdf", "woff", "ttf", "otf", "eot", "webm", "wasm", "yaml", "yml", "lock", "gz", "tar", "swift",
]);
/** Words that, alone or wrapped in brackets or asterisks, mark a keyed value as removed. */
const PLACEHOLDER_MARKERS = new Set([
  "redacted", "masked", "mask", "filtered", "hidden", "removed", "omitted", "scrubbed", "censored",
  "sensitive", "private", "secret", "protected", "confidential", "pii", "anonymized", "anonymised",
  "null", "nil", "none", "undefined", "nan", "true", "false", "empty", "n/a", "na", "value",
]);

function isDigit(c/*: number*/)/*: boolean*/ { return c >= 48 && c <= 57; }
function isUpper(c/*: number*/)/*: boolean*/ { return c >= 65 && c <= 90; }
function isLower(c/*: number*/)/*: boolean*/ { return c >= 97 && c <= 122; }
function isLetter(c/*: number*/)/*: boolean*/ { const l = c | 32; return l >= 97 && l <= 122; }
function isAlphanumeric(c/*: number*/)/*: boolean*/ { return isDigit(c) || isLetter(c); }
function isWordByte(c/*: number*/)/*: boolean*/ { return isAlphanumeric(c) || c === 95; }
function isSpace(c/*: number*/)/*: boolean*/ { return c === 32 || (c >= 9 && c <= 13); }
function lowercased(c/*: number*/)/*: number*/ { return isUpper(c) ? c | 32 : c; }
function hexValue(c/*: number*/)/*: number*/ {
  if (isDigit(c)) return c - 48;
  const l = c | 32;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}
/** The byte at i, or 0 outside the bytes. */
function byteAt(b/*: Uint8Array*/, i/*: number*/)/*: number*/ { return i >= 0 && i < b.length ? b[i] : 0; }
function digitsAt(b/*: Uint8Array*/, i/*: number*/, count/*: number*/)/*: boolean*/ {
  if (i < 0 || i + count > b.length) return false;
  for (let k = 0; k < count; k++) if (!isDigit(b[i + k])) return false;
  return true;
}
function digitRunEnd(b/*: Uint8Array*/, i/*: number*/)/*: number*/ {
  let end = i;
  while (end < b.length && isDigit(b[end])) end++;
  return end;
}
function firstDigit(b/*: Uint8Array*/, from/*: number*/)/*: number*/ {
  let i = from;
  while (i < b.length && !isDigit(b[i])) i++;
  return i;
}
function asciiString(b/*: Uint8Array | number[]*/, start/*: number*/, end/*: number*/)/*: string*/ {
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]);
  return s;
}
function utf8String(b/*: Uint8Array | number[]*/)/*: string*/ {
  return TEXT_DECODER.decode(b instanceof Uint8Array ? b : Uint8Array.from(b));
}

// UTF-8 sequences, for the few places where a detector must know whether a character is a letter.
/** [code point, byte length] of the sequence at i, or null. */
function decodeScalarAt(b/*: Uint8Array*/, i/*: number*/)/*: [number, number] | null*/ {
  const lead = b[i];
  let length = 0, value = 0;
  if (lead >= 0xc2 && lead <= 0xdf) { length = 2; value = lead & 0x1f; }
  else if (lead >= 0xe0 && lead <= 0xef) { length = 3; value = lead & 0x0f; }
  else if (lead >= 0xf0 && lead <= 0xf4) { length = 4; value = lead & 0x07; }
  else return null;
  if (i + length > b.length) return null;
  for (let k = 1; k < length; k++) {
    const c = b[i + k];
    if ((c & 0xc0) !== 0x80) return null;
    value = (value << 6) | (c & 0x3f);
  }
  if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) return null;
  return [value, length];
}
/** The sequence that ends right before `end`, or null. */
function decodeScalarEndingAt(b/*: Uint8Array*/, end/*: number*/)/*: [number, number] | null*/ {
  let start = end - 1;
  while (start > 0 && end - start < 4 && (b[start] & 0xc0) === 0x80) start--;
  if (start < 0) return null;
  const scalar = decodeScalarAt(b, start);
  return scalar !== null && start + scalar[1] === end ? scalar : null;
}
const WORD_CHARACTER = /^[\p{L}\p{M}\p{Nd}]$/u;
const ALPHABETIC = /^\p{Alphabetic}$/u;
/** Letters, marks and decimal digits: what may appear in an internationalized domain label. */
function isWordCharacter(scalar/*: number*/)/*: boolean*/ { return WORD_CHARACTER.test(String.fromCodePoint(scalar)); }
/** Latin, Greek and Cyrillic letters beyond ASCII. */
function isSpacedScriptLetter(scalar/*: number*/)/*: boolean*/ {
  const inRange = (scalar >= 0xc0 && scalar <= 0x24f) || (scalar >= 0x370 && scalar <= 0x3ff)
    || (scalar >= 0x400 && scalar <= 0x4ff) || (scalar >= 0x1e00 && scalar <= 0x1eff);
  return inRange && ALPHABETIC.test(String.fromCodePoint(scalar));
}

// Squashed text: lower-cased letters and digits with the positions where words start.
function squash(b/*: Uint8Array*/, start/*: number*/, end/*: number*/)/*: SquashedText*/ {
  const bytes/*: number[]*/ = [];
  const starts/*: boolean[]*/ = [];
  let afterSeparator = true;
  for (let i = start; i < end; i++) {
    const c = b[i];
    if (!(c >= 0x80 || isAlphanumeric(c))) { afterSeparator = true; continue; }
    let isStart = afterSeparator;
    if (!isStart && isUpper(c) && i > start) {
      const previous = b[i - 1];
      const next = i + 1 < end ? b[i + 1] : 0;
      isStart = isLower(previous) || isDigit(previous) || (isUpper(previous) && isLower(next));
    }
    bytes.push(lowercased(c));
    starts.push(isStart);
    afterSeparator = false;
  }
  return { bytes, starts };
}
function wordPattern(source/*: string*/)/*: WordPattern | null*/ {
  let body = source;
  const openStart = body.startsWith("*");
  if (openStart) body = body.slice(1);
  const openEnd = body.endsWith("*");
  if (openEnd) body = body.slice(0, -1);
  const encoded = TEXT_ENCODER.encode(body);
  const text = squash(encoded, 0, encoded.length);
  if (text.bytes.length === 0) return null;
  // Keys are compared without their trailing digits (`cvv2` is a `cvv` key), so patterns are too.
  return { squashed: text.bytes.slice(0, countWithoutTrailingDigits(text)), openStart, openEnd };
}
function wordPatterns(texts/*: readonly string[]*/)/*: WordPattern[]*/ {
  const patterns/*: WordPattern[]*/ = [];
  for (const text of texts) {
    const pattern = wordPattern(text);
    if (pattern !== null) patterns.push(pattern);
  }
  return patterns;
}
function squashedHas(text/*: SquashedText*/, pattern/*: number[]*/, offset/*: number*/)/*: boolean*/ {
  if (offset < 0 || offset + pattern.length > text.bytes.length) return false;
  for (let k = 0; k < pattern.length; k++) if (text.bytes[offset + k] !== pattern[k]) return false;
  return true;
}
/** Whether the pattern occurs in the text at word boundaries (as loosened by `*`). */
function patternOccurs(pattern/*: WordPattern*/, text/*: SquashedText*/)/*: boolean*/ {
  const count = text.bytes.length;
  const last = count - pattern.squashed.length;
  for (let offset = 0; offset <= last; offset++) {
    if (!(pattern.openStart || text.starts[offset])) continue;
    if (!squashedHas(text, pattern.squashed, offset)) continue;
    const end = offset + pattern.squashed.length;
    if (pattern.openEnd || end === count || text.starts[end]) return true;
  }
  return false;
}
function countWithoutTrailingDigits(text/*: SquashedText*/)/*: number*/ {
  const count = text.bytes.length;
  let end = count;
  while (end > 1 && isDigit(text.bytes[end - 1])) end--;
  return end === 1 && isDigit(text.bytes[0]) ? count : end;
}
/** Whether the key ends with the pattern; trailing digits of the key are ignored. */
function patternMatchesEnd(pattern/*: WordPattern*/, key/*: SquashedText*/)/*: boolean*/ {
  const count = countWithoutTrailingDigits(key);
  const last = count - pattern.squashed.length;
  if (last < 0) return false;
  if (!pattern.openEnd) {
    return (pattern.openStart || key.starts[last]) && squashedHas(key, pattern.squashed, last);
  }
  for (let offset = last; offset >= 0; offset--) {
    if (!(pattern.openStart || key.starts[offset])) continue;
    if (!squashedHas(key, pattern.squashed, offset)) continue;
    let index = offset + pattern.squashed.length;
    while (index < count && !key.starts[index]) index++;
    if (index === count) return true;
  }
  return false;
}

/** Whether a context term occurs within `distance` bytes before `position`, from a word start. */
function contextOccurs(patterns/*: WordPattern[]*/, distance/*: number*/, b/*: Uint8Array*/, position/*: number*/)/*: boolean*/ {
  if (patterns.length === 0 || distance <= 0) return false;
  let start = Math.max(0, position - distance);
  if (start > 0) {
    while (start < position && isAlphanumeric(b[start - 1]) && isAlphanumeric(b[start])) start++;
  }
  if (start >= position) return false;
  const window = squash(b, start, position);
  for (const pattern of patterns) if (patternOccurs(pattern, window)) return true;
  return false;
}
/** [start, end] of the key or word that ends closest before `position` on its line, from `lowest` on. */
function wordBefore(b/*: Uint8Array*/, position/*: number*/, lowest/*: number*/)/*: [number, number] | null*/ {
  let end = position;
  while (end > lowest) {
    const c = b[end - 1];
    if (c === 10) return null;
    if (isAlphanumeric(c) || c === 95 || c >= 0x80) break;
    end--;
  }
  let start = end;
  while (start > lowest) {
    const c = b[start - 1];
    if (!(isWordByte(c) || c === 45 || c === 46 || c >= 0x80)) break;
    start--;
  }
  return start < end ? [start, end] : null;
}
/** Words that join a label to its value (`Order no.`): the walk goes on past them. */
const JOINING_WORDS = ["no", "nr", "num", "number", "is"];
/** Whether one to three spaces or dots, and nothing else, stand between a word before `start` and `start`. */
function joinsPhrase(b/*: Uint8Array*/, start/*: number*/)/*: boolean*/ {
  let i = start;
  while (i > 0 && start - i < 3 && (b[i - 1] === 32 || b[i - 1] === 46)) i--;
  return i < start && i > 0 && isAlphanumeric(b[i - 1]);
}
/** Over at most three words before `position` (within 40 bytes): 1 when a keep word comes first, -1 a veto word, 0 neither; the walk goes past joining words only. */
function nearestDecidingWord(b/*: Uint8Array*/, position/*: number*/, keep/*: WordPattern[]*/, veto/*: WordPattern[]*/)/*: number*/ {
  let at = position;
  const lowest = Math.max(0, position - 40);
  for (let k = 0; k < 3; k++) {
    const word = wordBefore(b, at, lowest);
    if (word === null) return 0;
    // A tag name (`</span> 4111…`) is markup, not a word of the text: walk on past it.
    if (byteAt(b, word[0] - 1) === 60) { at = word[0] - 1; continue; }
    if (byteAt(b, word[0] - 1) === 47 && byteAt(b, word[0] - 2) === 60) { at = word[0] - 2; continue; }
    const key = squash(b, word[0], word[1]);
    if (keep.some((pattern) => patternOccurs(pattern, key))) return 1;
    if (veto.some((pattern) => patternOccurs(pattern, key))) return -1;
    const squashed = String.fromCharCode(...key.bytes);
    if (!JOINING_WORDS.includes(squashed) || !joinsPhrase(b, word[0])) return 0;
    at = word[0];
  }
  return 0;
}

function luhnIsValid(digits/*: number[]*/)/*: boolean*/ {
  let sum = 0;
  let doubled = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let value = digits[i];
    if (doubled) { value *= 2; if (value > 9) value -= 9; }
    sum += value;
    doubled = !doubled;
  }
  return sum % 10 === 0;
}

// ---- Email addresses -------------------------------------------------------------------------

function isLocalByte(c/*: number*/)/*: boolean*/ { return isAlphanumeric(c) || c === 46 || c === 95 || c === 43 || c === 45; }

function emailDetector()/*: ValueDetector*/ {
  function localPartStart(b/*: Uint8Array*/, at/*: number*/)/*: number*/ {
    let start = at;
    while (start > 0) {
      const c = b[start - 1];
      if (isLocalByte(c)) {
        start--;
      } else if (c === 39 && start < at && isLetter(b[start]) && isLetter(byteAt(b, start - 2))) {
        start--;
      } else if (c >= 0x80) {
        const scalar = decodeScalarEndingAt(b, start);
        if (scalar === null || !isSpacedScriptLetter(scalar[0])) break;
        start -= scalar[1];
      } else {
        break;
      }
      if (at - start > 80) return -1;
    }
    const before = byteAt(b, start - 1);
    if (before === 37 && at - start > 2 && hexValue(b[start]) >= 0 && hexValue(b[start + 1]) >= 0) {
      start += 2;
    } else if (before === 92 && at - start > 1) {
      const escape = b[start];
      if (escape === 117) {
        if (at - start > 5 && hexValue(b[start + 1]) >= 0 && hexValue(b[start + 2]) >= 0 && hexValue(b[start + 3]) >= 0
            && hexValue(b[start + 4]) >= 0) start += 5;
      } else if (escape === 110 || escape === 116 || escape === 114 || escape === 98 || escape === 102) {
        start += 1;
      }
    }
    while (start < at && (b[start] === 46 || b[start] === 43)) start++;
    const length = at - start;
    if (length < 1 || length > 64 || b[at - 1] === 46) return -1;
    for (let i = start; i < at - 1; i++) if (b[i] === 46 && b[i + 1] === 46) return -1;
    return start;
  }
  function labelEnd(b/*: Uint8Array*/, start/*: number*/)/*: number*/ {
    let position = start;
    while (position < b.length && position - start <= 64) {
      const c = b[position];
      if (isAlphanumeric(c) || c === 45) {
        position++;
      } else if (c >= 0xc0) {
        const scalar = decodeScalarAt(b, position);
        if (scalar === null || !isWordCharacter(scalar[0])) break;
        position += scalar[1];
      } else {
        break;
      }
    }
    return position;
  }
  function topLevelEnd(b/*: Uint8Array*/, lower/*: number*/, upper/*: number*/)/*: number*/ {
    const first = b[lower];
    if (first >= 0x80) {
      for (let i = lower; i < upper; i++) if (b[i] < 0x80) return -1;
      return upper;
    }
    if (upper - lower >= 5 && lowercased(b[lower]) === 120 && lowercased(b[lower + 1]) === 110
        && b[lower + 2] === 45 && b[lower + 3] === 45) {
      for (let i = lower; i < upper; i++) if (b[i] >= 0x80) return -1;
      return upper;
    }
    let end = lower;
    while (end < upper && isLetter(b[end])) end++;
    if (end - lower < 2) return -1;
    return end === upper || b[end] >= 0x80 ? end : -1;
  }
  function isScale(b/*: Uint8Array*/, lower/*: number*/, upper/*: number*/)/*: boolean*/ {
    if (upper - lower < 2 || lowercased(b[upper - 1]) !== 120) return false;
    for (let i = lower; i < upper - 1; i++) if (!isDigit(b[i])) return false;
    return true;
  }
  function isFileExtension(b/*: Uint8Array*/, lower/*: number*/, upper/*: number*/)/*: boolean*/ {
    if (upper - lower > 5) return false;
    let text = "";
    for (let i = lower; i < upper; i++) text += String.fromCharCode(lowercased(b[i]));
    return EMAIL_FILE_EXTENSIONS.has(text);
  }
  function domainEnd(b/*: Uint8Array*/, at/*: number*/)/*: number*/ {
    const labels/*: Array<[number, number]>*/ = [];
    let position = at + 1;
    while (position - at <= 254) {
      const end = labelEnd(b, position);
      if (end === position) break;
      labels.push([position, end]);
      if (!(byteAt(b, end) === 46 && labelEnd(b, end + 1) > end + 1)) break;
      position = end + 1;
    }
    if (labels.length < 2) return -1;
    const last = labels[labels.length - 1];
    const tldEnd = topLevelEnd(b, last[0], last[1]);
    if (tldEnd < 0) return -1;
    labels[labels.length - 1] = [last[0], tldEnd];
    const end = tldEnd;
    if (end - at - 1 > 253) return -1;
    for (const label of labels) {
      if (label[1] - label[0] > 63 || b[label[0]] === 45 || b[label[1] - 1] === 45) return -1;
    }
    let numericLabels = 0;
    for (const label of labels) {
      let numeric = true;
      for (let i = label[0]; i < label[1]; i++) if (!isDigit(b[i])) { numeric = false; break; }
      if (numeric) numericLabels++;
    }
    if (numericLabels >= 2) return -1;
    for (let k = 0; k < Math.min(2, labels.length); k++) if (isScale(b, labels[k][0], labels[k][1])) return -1;
    const tld = labels[labels.length - 1];
    if (isFileExtension(b, tld[0], tld[1])) return -1;
    const next = byteAt(b, end);
    if (next === 95 || next === 64) return -1;
    return end;
  }
  function isURLCredential(b/*: Uint8Array*/, localStart/*: number*/)/*: boolean*/ {
    let position = localStart;
    if (byteAt(b, position - 1) === 58) {
      position--;
      let steps = 0;
      while (position > 0 && isLocalByte(b[position - 1]) && steps < 64) { position--; steps++; }
    }
    return byteAt(b, position - 1) === 47 && byteAt(b, position - 2) === 47;
  }
  function isSSHRemote(b/*: Uint8Array*/, end/*: number*/)/*: boolean*/ {
    if (byteAt(b, end) !== 58) return false;
    const next = byteAt(b, end + 1);
    return isWordByte(next) || next === 47 || next === 126 || next === 46;
  }
  return function findEmails(b/*: Uint8Array*/)/*: DetectorMatch[]*/ {
    const result/*: DetectorMatch[]*/ = [];
    let index = 0;
    while (index < b.length) {
      index = b.indexOf(64, index);
      if (index < 0) break;
      let match/*: DetectorMatch | null*/ = null;
      const localStart = localPartStart(b, index);
      if (localStart >= 0) {
        const end = domainEnd(b, index);
        if (end >= 0 && !isURLCredential(b, localStart) && !isSSHRemote(b, end)) {
          const value = Array.from(b.subarray(localStart, index + 1));
          for (let i = index + 1; i < end; i++) value.push(lowercased(b[i]));
          match = { start: localStart, end, value: utf8String(value) };
        }
      }
      const previousEnd = result.length > 0 ? result[result.length - 1].end : 0;
      if (match !== null && match.start >= previousEnd) {
        result.push(match);
        index = match.end;
      } else {
        index++;
      }
    }
    return result;
  };
}

// ---- Payment card numbers --------------------------------------------------------------------

function paymentCardDetector(brands/*: readonly string[]*/, vetoWordList/*: readonly string[]*/, cardWordList/*: readonly string[]*/)/*: ValueDetector*/ {
  const allowed = new Set(brands);
  const vetoWords = wordPatterns(vetoWordList);
  const cardWords = wordPatterns(cardWordList);
  function isSeparator(c/*: number*/)/*: boolean*/ { return c === 32 || c === 45 || c === 46 || c === 43; }
  function brandOf(digits/*: number[]*/)/*: string | null*/ {
    for (const entry of CARD_ISSUERS) {
      const [brand, prefixDigits, low, high, lengths] = entry;
      if (!allowed.has(brand) || !lengths.includes(digits.length)) continue;
      let prefix = 0;
      for (let k = 0; k < Math.min(prefixDigits, digits.length); k++) prefix = prefix * 10 + digits[k];
      if (prefix >= low && prefix <= high) return brand;
    }
    return null;
  }
  /** Groups of four (a longer number, an IBAN) ending at `end`, the number being entered in the middle. */
  function isGroupOfFour(b/*: Uint8Array*/, end/*: number*/, separator/*: number*/)/*: boolean*/ {
    let groupEnd = end;
    for (let k = 0; k < 8; k++) {
      if (!(groupEnd >= 4 && !isAlphanumeric(byteAt(b, groupEnd - 5)))) return false;
      let hasDigit = false;
      for (let i = groupEnd - 4; i < groupEnd; i++) {
        const c = b[i];
        if (!isAlphanumeric(c)) return false;
        if (isDigit(c)) hasDigit = true;
      }
      if (hasDigit) return true;
      if (byteAt(b, groupEnd - 5) !== separator) return false;
      groupEnd -= 5;
    }
    return false;
  }
  /** How many digits the groups after a first run hold, counting at most to 12. */
  function digitCountOfGroups(b/*: Uint8Array*/, runEnd/*: number*/, firstLength/*: number*/)/*: number*/ {
    let total = firstLength;
    let position = runEnd;
    const separator = byteAt(b, position);
    if (!isSeparator(separator)) return total;
    while (total < 12 && byteAt(b, position) === separator && isDigit(byteAt(b, position + 1))) {
      const end = digitRunEnd(b, position + 1);
      total += end - position - 1;
      position = end;
    }
    return total;
  }
  function isCardShape(lengths/*: number[]*/)/*: boolean*/ {
    if (lengths.length === 1) return true;
    if (lengths.length === 3 && lengths[0] === 4 && lengths[1] === 6) return lengths[2] === 5 || lengths[2] === 4;
    const last = lengths[lengths.length - 1];
    if (last < 1 || last > 4) return false;
    for (let k = 0; k < lengths.length - 1; k++) if (lengths[k] !== 4) return false;
    return true;
  }
  function endsCleanly(b/*: Uint8Array*/, end/*: number*/)/*: boolean*/ {
    const next = byteAt(b, end);
    if (isWordByte(next)) return false;
    if (next !== 32 && isSeparator(next) && isDigit(byteAt(b, end + 1))) return false;
    return true;
  }
  function isVetoed(b/*: Uint8Array*/, start/*: number*/)/*: boolean*/ {
    const previous = byteAt(b, start - 1);
    if (previous === 45 && isAlphanumeric(byteAt(b, start - 2))) return true;
    if (previous === 35) return true;
    return nearestDecidingWord(b, start, cardWords, vetoWords) === -1;
  }
  function candidate(b/*: Uint8Array*/, runStart/*: number*/, runEnd/*: number*/)/*: DetectorMatch | null*/ {
    let start = runStart;
    const previous = byteAt(b, start - 1);
    if (previous === 37) {
      start += 2;
      if (start >= runEnd) return null;
    } else if (isWordByte(previous)) {
      return null;
    } else if (previous !== 32 && isSeparator(previous) && isDigit(byteAt(b, start - 2))) {
      return null;
    } else if (isSeparator(previous) && isGroupOfFour(b, start - 1, previous)) {
      return null;
    }
    const firstLength = runEnd - start;
    if (firstLength > 19) return null;
    const nextByte = byteAt(b, runEnd);
    if (!(isSeparator(nextByte) && isDigit(byteAt(b, runEnd + 1)))) {
      // One run of digits, the common case.
      if (firstLength < 12 || !endsCleanly(b, runEnd)) return null;
      const digits/*: number[]*/ = [];
      for (let i = start; i < runEnd; i++) digits.push(b[i] - 48);
      if (brandOf(digits) === null || !luhnIsValid(digits) || isVetoed(b, start)) return null;
      return { start, end: runEnd, value: digits.join("") };
    }
    if (firstLength < 12 && digitCountOfGroups(b, runEnd, firstLength) < 12) return null;
    const groupEnds = [runEnd];
    const groupLengths = [firstLength];
    let total = firstLength;
    let separator = 0;
    let position = runEnd;
    let stoppedEarly = false;
    while (position + 1 < b.length && isSeparator(b[position]) && isDigit(b[position + 1])) {
      if (separator !== 0 && b[position] !== separator) { stoppedEarly = true; break; }
      const end = digitRunEnd(b, position + 1);
      const length = end - position - 1;
      if (total + length > 19 || groupEnds.length === 6) { stoppedEarly = true; break; }
      separator = b[position];
      groupEnds.push(end);
      groupLengths.push(length);
      total += length;
      position = end;
    }
    for (let groupCount = groupEnds.length; groupCount >= 1; groupCount--) {
      const lengths = groupLengths.slice(0, groupCount);
      const digitCount = lengths.reduce((sum, length) => sum + length, 0);
      if (digitCount < 12) break;
      if (!isCardShape(lengths)) continue;
      const end = groupEnds[groupCount - 1];
      const continues = groupCount < groupEnds.length || stoppedEarly;
      if (continues) {
        if (b[end] !== 32) continue;
      } else if (!endsCleanly(b, end)) {
        continue;
      }
      const digits/*: number[]*/ = [];
      for (let i = start; i < end; i++) if (isDigit(b[i])) digits.push(b[i] - 48);
      if (!luhnIsValid(digits) || brandOf(digits) === null) continue;
      if (groupCount === 1 && isVetoed(b, start)) return null;
      return { start, end, value: digits.join("") };
    }
    return null;
  }
  return function findCards(b/*: Uint8Array*/)/*: DetectorMatch[]*/ {
    const result/*: DetectorMatch[]*/ = [];
    let index = 0;
    while (index < b.length) {
      index = firstDigit(b, index);
      if (index >= b.length) break;
      const runEnd = digitRunEnd(b, index);
      const match = candidate(b, index, runEnd);
      if (match !== null) { result.push(match); index = match.end; } else { index = runEnd; }
    }
    return result;
  };
}

// ---- US Social Security numbers --------------------------------------------------------------

function ssnDetector(bareDigitsNeedContext/*: boolean*/, contextWords/*: readonly string[]*/, contextDistance/*: number*/,
    vetoWordList/*: readonly string[]*/, rejectPlaceholders/*: boolean*/)/*: ValueDetector*/ {
  const context = wordPatterns(contextWords);
  const vetoWords = wordPatterns(vetoWordList);
  function joinsNumbers(c/*: number*/)/*: boolean*/ { return c === 45 || c === 46 || c === 47; }
  function isValid(d/*: number[]*/)/*: boolean*/ {
    const area = d[0] * 100 + d[1] * 10 + d[2];
    const group = d[3] * 10 + d[4];
    const serial = d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8];
    if (area === 0 || area === 666 || area >= 900 || group === 0 || serial === 0) return false;
    if ((area === 78 && group === 5 && serial === 1120) || (area === 219 && group === 9 && serial === 9999)) return false;
    if (rejectPlaceholders) {
      if (area === 123 && group === 45 && serial === 6789) return false;
      if (d.every((digit) => digit === d[0])) return false;
    }
    return true;
  }
  function candidate(b/*: Uint8Array*/, start/*: number*/, runEnd/*: number*/)/*: DetectorMatch | null*/ {
    const length = runEnd - start;
    if (length !== 3 && length !== 9) return null;
    const previous = byteAt(b, start - 1);
    if (isWordByte(previous)) return null;
    if (joinsNumbers(previous) && isDigit(byteAt(b, start - 2))) return null;
    let end = runEnd;
    if (length === 3) {
      if (runEnd >= b.length) return null;
      const separator = b[runEnd];
      if (!((separator === 45 || separator === 32) && digitsAt(b, runEnd + 1, 2) && byteAt(b, runEnd + 3) === separator
          && digitsAt(b, runEnd + 4, 4))) return null;
      end = runEnd + 8;
    }
    const next = byteAt(b, end);
    if (isWordByte(next)) return null;
    if (joinsNumbers(next) && isDigit(byteAt(b, end + 1))) return null;
    const digits/*: number[]*/ = [];
    for (let i = start; i < end; i++) if (isDigit(b[i])) digits.push(b[i] - 48);
    if (!isValid(digits)) return null;
    if (length === 9 && bareDigitsNeedContext && !contextOccurs(context, contextDistance, b, start)) return null;
    if (nearestDecidingWord(b, start, context, vetoWords) === -1) return null;
    const text = digits.join("");
    return { start, end, value: text.slice(0, 3) + "-" + text.slice(3, 5) + "-" + text.slice(5) };
  }
  return function findSSNs(b/*: Uint8Array*/)/*: DetectorMatch[]*/ {
    const result/*: DetectorMatch[]*/ = [];
    let index = 0;
    while (index < b.length) {
      index = firstDigit(b, index);
      if (index >= b.length) break;
      const runEnd = digitRunEnd(b, index);
      const match = candidate(b, index, runEnd);
      if (match !== null) { result.push(match); index = match.end; } else { index = runEnd; }
    }
    return result;
  };
}

// ---- Phone numbers ---------------------------------------------------------------------------

function phoneDetector(regions/*: readonly string[]*/, bareDigitsNeedContext/*: boolean*/, contextWords/*: readonly string[]*/, contextDistance/*: number*/)/*: ValueDetector*/ {
  const findsNANP = regions.includes("nanp");
  const findsInternational = regions.includes("e164");
  const context = wordPatterns(contextWords);
  function joinsNumbers(c/*: number*/)/*: boolean*/ { return c === 45 || c === 46 || c === 47; }
  function isGroupSeparator(c/*: number*/)/*: boolean*/ { return c === 32 || c === 45 || c === 46; }
  function endsCleanly(b/*: Uint8Array*/, end/*: number*/)/*: boolean*/ {
    const next = byteAt(b, end);
    if (isWordByte(next)) return false;
    return !(joinsNumbers(next) && isDigit(byteAt(b, end + 1)));
  }
  function callingCode(digits/*: number[]*/)/*: [number, number, number, number] | null*/ {
    let code = 0;
    for (let length = 1; length <= 3 && length <= digits.length; length++) {
      code = code * 10 + digits[length - 1];
      const national = CALLING_CODES.get(code);
      if (national !== undefined) return [code, length, national[0], national[1]];
    }
    return null;
  }
  function nanp(b/*: Uint8Array*/, start/*: number*/, position/*: number*/, hasCountryCode/*: boolean*/)/*: DetectorMatch | null*/ {
    let area = 0, exchange = 0, line = 0, end = 0;
    let isBare = false;
    if (byteAt(b, position) === 40) {
      if (!(digitsAt(b, position + 1, 3) && byteAt(b, position + 4) === 41)) return null;
      let exchangeStart = position + 5;
      const gap = byteAt(b, exchangeStart);
      if (gap === 32 || gap === 45) exchangeStart++;
      if (!(digitsAt(b, exchangeStart, 3) && isGroupSeparator(byteAt(b, exchangeStart + 3)) && digitsAt(b, exchangeStart + 4, 4))) return null;
      area = position + 1; exchange = exchangeStart; line = exchangeStart + 4; end = exchangeStart + 8;
    } else {
      const runEnd = digitRunEnd(b, position);
      const runLength = runEnd - position;
      if (runLength === 3) {
        const first = byteAt(b, runEnd);
        if (!(isGroupSeparator(first) && digitsAt(b, runEnd + 1, 3))) return null;
        const second = byteAt(b, runEnd + 4);
        if (!((second === first || (first === 32 && second === 45)) && digitsAt(b, runEnd + 5, 4))) return null;
        area = position; exchange = runEnd + 1; line = runEnd + 5; end = runEnd + 9;
      } else if (runLength === 10) {
        area = position; exchange = position + 3; line = position + 6; end = runEnd;
        isBare = !hasCountryCode || b[start] === 49;
      } else if (runLength === 11 && !hasCountryCode && b[position] === 49) {
        area = position + 1; exchange = position + 4; line = position + 7; end = runEnd;
        isBare = true;
      } else {
        return null;
      }
    }
    if (!endsCleanly(b, end)) return null;
    if (!(b[area] >= 50 && !(b[area + 1] === 49 && b[area + 2] === 49) && b[exchange] >= 50)) return null;
    if (isBare && bareDigitsNeedContext && !contextOccurs(context, contextDistance, b, start)) return null;
    const value = "+1" + asciiString(b, area, area + 3) + asciiString(b, exchange, exchange + 3) + asciiString(b, line, line + 4);
    return { start, end, value };
  }
  /** Whether a number at `start` follows a calling code and a separator (`+39 `, `0039 `). */
  function followsCallingCode(b/*: Uint8Array*/, start/*: number*/)/*: boolean*/ {
    if (!isGroupSeparator(byteAt(b, start - 1))) return false;
    const groupEnd = start - 1;
    let groupStart = groupEnd;
    while (groupStart > 0 && groupEnd - groupStart < 5 && isDigit(b[groupStart - 1])) groupStart--;
    const length = groupEnd - groupStart;
    const before = byteAt(b, groupStart - 1);
    if (before === 43) return length >= 1 && length <= 3;
    if (!(length >= 3 && length <= 5) || isWordByte(before)) return false;
    return b[groupStart] === 48 && b[groupStart + 1] === 48 && b[groupStart + 2] !== 48;
  }
  function international(b/*: Uint8Array*/, start/*: number*/, digitsFrom/*: number*/, matchStart/*: number*/)/*: DetectorMatch | null*/ {
    const digits/*: number[]*/ = [];
    const groupEnds/*: Array<[number, number]>*/ = [];
    let position = digitsFrom;
    let sawTrunkZero = false;
    for (;;) {
      const c = byteAt(b, position);
      const isParenthesized = c === 40;
      if (isDigit(c)) {
        const runEnd = digitRunEnd(b, position);
        for (let i = position; i < runEnd; i++) digits.push(b[i] - 48);
        position = runEnd;
      } else if (c === 40 && groupEnds.length > 0) {
        const runEnd = digitRunEnd(b, position + 1);
        if (!(runEnd > position + 1 && byteAt(b, runEnd) === 41)) break;
        if (runEnd === position + 2 && b[position + 1] === 48 && groupEnds.length === 1 && !sawTrunkZero) {
          sawTrunkZero = true;
        } else {
          for (let i = position + 1; i < runEnd; i++) digits.push(b[i] - 48);
        }
        position = runEnd + 1;
      } else {
        break;
      }
      if (digits.length > 15) return null;
      if (matchStart < start && groupEnds.length === 0) {
        // `(+44)`: the parenthesis closes right after the calling code.
        if (byteAt(b, position) !== 41) return null;
        position++;
      }
      groupEnds.push([position, digits.length]);
      const next = byteAt(b, position);
      const afterNext = byteAt(b, position + 1);
      if (isGroupSeparator(next) && (isDigit(afterNext) || afterNext === 40)) {
        position++;
      } else if (next !== 40 && !(isParenthesized && isDigit(next))) {
        break;
      }
    }
    const code = callingCode(digits);
    if (code === null || code[0] === 1 || groupEnds.length === 0 || groupEnds[0][1] < code[1]) return null;
    const last = groupEnds[groupEnds.length - 1];
    const nationalLength = last[1] - code[1];
    if (nationalLength < code[2] || nationalLength > code[3] || !endsCleanly(b, last[0])) return null;
    if (digitsFrom - start === 2 && groupEnds.length === 1 && !contextOccurs(context, contextDistance, b, start)) return null;
    return { start: matchStart, end: last[0], value: "+" + digits.join("") };
  }
  function candidate(b/*: Uint8Array*/, start/*: number*/)/*: DetectorMatch | null*/ {
    const previous = byteAt(b, start - 1);
    if (isWordByte(previous) || previous === 43) return null;
    if (joinsNumbers(previous) && isDigit(byteAt(b, start - 2))) return null;
    const first = b[start];
    if (first === 43) {
      // `(+44) 20 …`: the match starts at the parenthesis.
      const matchStart = previous === 40 ? start - 1 : start;
      if (matchStart < start && isWordByte(byteAt(b, start - 2))) return null;
      const next = byteAt(b, start + 1);
      if (next === 49) {
        if (!findsNANP) return null;
        let position = start + 2;
        if (matchStart < start) {
          if (byteAt(b, position) !== 41) return null;
          position++;
        }
        if (isGroupSeparator(byteAt(b, position))) position++;
        return nanp(b, matchStart, position, true);
      }
      if (!(findsInternational && isDigit(next) && next !== 48)) return null;
      return international(b, start, start + 1, matchStart);
    }
    if (first === 48 && byteAt(b, start + 1) === 48) {
      // `0044 20 7183 8750`: the international call prefix `00` written for `+`.
      const code = byteAt(b, start + 2);
      if (!isDigit(code) || code === 48) return null;
      // A group of a longer number (`3536 0066 4250 1427`), not a call prefix.
      if (previous === 32 && isDigit(byteAt(b, start - 2))) return null;
      if (code === 49) {
        if (!findsNANP || !isGroupSeparator(byteAt(b, start + 3))) return null;
        return nanp(b, start, start + 4, true);
      }
      if (!findsInternational) return null;
      return international(b, start, start + 2, start);
    }
    if (!findsNANP) return null;
    let match/*: DetectorMatch | null*/;
    if (first === 49 && isGroupSeparator(byteAt(b, start + 1))) {
      const after = byteAt(b, start + 2);
      if (!(isDigit(after) || after === 40)) return null;
      match = nanp(b, start, start + 2, true);
    } else {
      match = nanp(b, start, start, false);
    }
    // Checked last, as most digit runs are no NANP number at all.
    return match === null || followsCallingCode(b, start) ? null : match;
  }
  return function findPhones(b/*: Uint8Array*/)/*: DetectorMatch[]*/ {
    const result/*: DetectorMatch[]*/ = [];
    let index = 0;
    while (index < b.length) {
      index = firstDigit(b, index);
      if (index >= b.length) break;
      const previous = byteAt(b, index - 1);
      const start = previous === 43 || previous === 40 ? index - 1 : index;
      const previousEnd = result.length > 0 ? result[result.length - 1].end : 0;
      const match = start >= previousEnd ? candidate(b, start) : null;
      if (match !== null) { result.push(match); index = match.end; } else { index = digitRunEnd(b, index); }
    }
    return result;
  };
}

// ---- IBANs -----------------------------------------------------------------------------------

function ibanDetector()/*: ValueDetector*/ {
  function passesMod97(characters/*: number[]*/)/*: boolean*/ {
    let remainder = 0;
    for (let offset = 0; offset < characters.length; offset++) {
      const c = characters[(offset + 4) % characters.length];
      remainder = isDigit(c) ? (remainder * 10 + (c - 48)) % 97 : (remainder * 100 + (c - 65) + 10) % 97;
    }
    return remainder === 1;
  }
  function candidate(b/*: Uint8Array*/, start/*: number*/)/*: DetectorMatch | null*/ {
    if (isWordByte(byteAt(b, start - 1))) return null;
    const first = b[start];
    const second = b[start + 1];
    const upper = isUpper(first);
    if (isUpper(second) !== upper) return null;
    const length = IBAN_LENGTHS.get(String.fromCharCode(first & 0xdf, second & 0xdf));
    if (length === undefined) return null;
    const characters/*: number[]*/ = [];
    let position = start;
    const grouped = byteAt(b, start + 4) === 32;
    while (characters.length < length) {
      const c = byteAt(b, position);
      if (!isAlphanumeric(c)) return null;
      if (isLetter(c)) {
        if (isUpper(c) !== upper) return null;
        characters.push(c & 0xdf);
      } else {
        characters.push(c);
      }
      position++;
      if (grouped && characters.length % 4 === 0 && characters.length < length) {
        if (!(byteAt(b, position) === 32 && isAlphanumeric(byteAt(b, position + 1)))) return null;
        position++;
      }
    }
    if (isWordByte(byteAt(b, position))) return null;
    if (!(isDigit(characters[2]) && isDigit(characters[3]))) return null;
    const checkDigits = (characters[2] - 48) * 10 + (characters[3] - 48);
    if (checkDigits < 2 || checkDigits > 98 || !passesMod97(characters)) return null;
    return { start, end: position, value: asciiString(characters, 0, characters.length) };
  }
  return function findIBANs(b/*: Uint8Array*/)/*: DetectorMatch[]*/ {
    const result/*: DetectorMatch[]*/ = [];
    let index = 2;
    while (index + 1 < b.length) {
      index = firstDigit(b, index);
      if (index + 1 >= b.length) break;
      const match = isLetter(b[index - 1]) && isLetter(b[index - 2]) && isDigit(b[index + 1]) ? candidate(b, index - 2) : null;
      if (match !== null) { result.push(match); index = match.end + 2; } else { index = digitRunEnd(b, index); }
    }
    return result;
  };
}

// ---- Keyed values ----------------------------------------------------------------------------

const MASK_CHARACTERS = new Set(["*", "\u2022", "\u25cf", "\u00b7", "#", "?", ".", "-", "_", "\u2217", "\u25cb"]);
/** Masks, redaction markers, templates and JSON literals: values that stand in for a value. */
function isPlaceholder(value/*: number[]*/)/*: boolean*/ {
  let start = 0, end = value.length;
  while (start < end && isSpace(value[start])) start++;
  while (end > start && isSpace(value[end - 1])) end--;
  if (start >= end) return true;
  const trimmed = value.slice(start, end);
  if (Array.from(utf8String(trimmed)).every((character) => MASK_CHARACTERS.has(character))) return true;
  if (trimmed.length >= 3 && trimmed.every((c) => c === 120 || c === 88)) return true;
  const first = trimmed[0];
  const second = trimmed.length > 1 ? trimmed[1] : 0;
  if (first === 123 && second === 123) return true;
  if (first === 36 && (second === 123 || isDigit(second))) return true;
  if (first === 37 && (second === 115 || second === 40 || second === 100) && (trimmed.length <= 2 || second === 40)) return true;
  let innerStart = 0, innerEnd = trimmed.length;
  const isWrapper = (c/*: number*/) => c === 91 || c === 93 || c === 60 || c === 62 || c === 40 || c === 41 || c === 42
    || c === 95 || c === 45 || c === 35;
  while (innerStart < innerEnd && isWrapper(trimmed[innerStart])) innerStart++;
  while (innerEnd > innerStart && isWrapper(trimmed[innerEnd - 1])) innerEnd--;
  if (innerStart >= innerEnd) return true;
  if (innerEnd - innerStart > 16) return false;
  let word = "";
  for (let i = innerStart; i < innerEnd; i++) word += String.fromCharCode(lowercased(trimmed[i]));
  return PLACEHOLDER_MARKERS.has(word);
}

/** JSON string escapes decoded; invalid escapes are kept as written. */
function unescapeJSON(b/*: Uint8Array | number[]*/, start/*: number*/, end/*: number*/)/*: number[]*/ {
  const result/*: number[]*/ = [];
  const hexUnit = (at/*: number*/)/*: number*/ => {
    if (at + 4 > end) return -1;
    let value = 0;
    for (let k = 0; k < 4; k++) {
      const digit = hexValue(b[at + k]);
      if (digit < 0) return -1;
      value = (value << 4) | digit;
    }
    return value;
  };
  const pushScalar = (scalar/*: number*/) => {
    for (const c of TEXT_ENCODER.encode(String.fromCodePoint(scalar))) result.push(c);
  };
  let i = start;
  while (i < end) {
    if (b[i] === 92 && i + 1 < end) {
      const e = b[i + 1];
      const simple = e === 34 ? 34 : e === 92 ? 92 : e === 47 ? 47 : e === 98 ? 8 : e === 102 ? 12 : e === 110 ? 10
        : e === 114 ? 13 : e === 116 ? 9 : -1;
      if (simple >= 0) { result.push(simple); i += 2; continue; }
      if (e === 117) {
        const unit = hexUnit(i + 2);
        if (unit >= 0) {
          if (unit >= 0xd800 && unit <= 0xdbff) {
            const low = i + 7 < end && b[i + 6] === 92 && b[i + 7] === 117 ? hexUnit(i + 8) : -1;
            if (low >= 0xdc00 && low <= 0xdfff) {
              pushScalar(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00));
              i += 12;
            } else {
              pushScalar(0xfffd);
              i += 6;
            }
          } else {
            pushScalar(unit >= 0xdc00 && unit <= 0xdfff ? 0xfffd : unit);
            i += 6;
          }
          continue;
        }
      }
    }
    result.push(b[i]);
    i++;
  }
  return result;
}

/** Particles that stand lower-cased inside names (`van der Berg`, `Ortega y Gasset`): `PersonNameShape.particles` in masklint. */
const NAME_PARTICLES = new Set(["van", "von", "der", "den", "de", "del", "da", "di", "du", "la", "le", "bin", "al", "y"]);
const UPPERCASE = /^\p{Uppercase}$/u;

/** Whether a vocabulary entry is a label key (written with a trailing colon, `Name:`). */
function isLabelKeyEntry(entry/*: string*/)/*: boolean*/ { return entry.trimEnd().endsWith(":"); }
/** A word upper-cased, its letters without diacritics (`Zoë` is `ZOE`). */
function foldedWord(word/*: string*/)/*: string*/ {
  let result = "";
  for (const c of word.normalize("NFD")) {
    const code = c.codePointAt(0) || 0;
    if ((code < 0x0300 || code > 0x036F) && c !== "'" && c !== "\u2019") result += c.toUpperCase();
  }
  return result;
}
/** Whether a value looks like a person's full name (`PersonNameShape` in masklint). */
function looksLikePersonName(value/*: string*/, givenNames/*: Set<string>*/, excludedLastWords/*: Set<string>*/, surnames/*: Set<string>*/)/*: boolean*/ {
  if (TEXT_ENCODER.encode(value).length > 80) return false;
  const words = value.split(" ");
  if (words.length < 2 || words.length > 4) return false;
  for (let index = 0; index < words.length; index++) {
    const scalars = Array.from(words[index]);
    const inner = index > 0 && index < words.length - 1;
    if (scalars.length === 0 || (scalars.length < 2 && !inner)) return false;
    const capitalized = UPPERCASE.test(scalars[0]);
    if (!capitalized && !(inner && NAME_PARTICLES.has(words[index]))) return false;
    let previous = " ";
    for (const c of scalars) {
      if (c === "'" || c === "-" || c === "\u2019") {
        if (!ALPHABETIC.test(previous)) return false;
      } else if (!ALPHABETIC.test(c)) {
        return false;
      }
      previous = c;
    }
    if (!ALPHABETIC.test(previous)) return false;
    if (capitalized && scalars.length > 3 && scalars.slice(1).every((c) => UPPERCASE.test(c))) return false;
  }
  if (!givenNames.has(foldedWord(words[0].split("-")[0]))) return false;
  const last = foldedWord(words[words.length - 1]);
  if (excludedLastWords.has(last)) return false;
  return surnames.size === 0 || last.split("-").some((part) => surnames.has(part) || givenNames.has(part));
}
/** A set of the words of a list masklint wrote folded (`foldedWord`) and joined by spaces. */
function foldedWordSet(words/*: string | undefined*/)/*: Set<string>*/ {
  return new Set(words ? words.split(" ") : []);
}
/**
 * The name lists (`givenNames`, `excludedLastWords`, `surnames`) come folded and joined by spaces:
 * one string literal each, cheap to parse when the module loads; they become sets on first use.
 */
function keyedValueDetector(keys/*: readonly string[]*/, minimumLength/*: number*/, maximumLength/*: number*/, category/*: string | undefined*/, givenNames/*: string | undefined*/, excludedLastWords/*: string | undefined*/, surnames/*: string | undefined*/)/*: ValueDetector*/ {
  const checksPersonNames = !!givenNames;
  let nameSets/*: [Set<string>, Set<string>, Set<string>] | null*/ = null;
  function isPersonName(text/*: string*/)/*: boolean*/ {
    if (nameSets === null) nameSets = [foldedWordSet(givenNames), foldedWordSet(excludedLastWords), foldedWordSet(surnames)];
    return looksLikePersonName(text, nameSets[0], nameSets[1], nameSets[2]);
  }
  const patterns = wordPatterns(keys.filter((entry) => !isLabelKeyEntry(entry)));
  const labelKeys = wordPatterns(keys.filter(isLabelKeyEntry).map((entry) => entry.trimEnd().slice(0, -1)));
  const lastPairs = new Set(patterns.filter((pattern) => pattern.squashed.length >= 2)
    .map((pattern) => (pattern.squashed[pattern.squashed.length - 2] << 8) | pattern.squashed[pattern.squashed.length - 1]));
  const anyLastPair = patterns.some((pattern) => pattern.openEnd || pattern.squashed.length < 2);
  const findsNames = category === "name";
  function isKeyByte(c/*: number*/)/*: boolean*/ { return isWordByte(c) || c === 45 || c === 46 || c === 91 || c === 93; }
  function keyMatches(b/*: Uint8Array*/, start/*: number*/, end/*: number*/)/*: boolean*/ {
    if (start >= end || end - start > 96) return false;
    if (!anyLastPair) {
      let last = end - 1;
      while (last > start && !(isLetter(b[last]) || b[last] >= 0x80)) last--;
      let previous = last - 1;
      while (previous >= start && !(isAlphanumeric(b[previous]) || b[previous] >= 0x80)) previous--;
      if (previous < start || !lastPairs.has((lowercased(b[previous]) << 8) | lowercased(b[last]))) return false;
    }
    const key = squash(b, start, end);
    return patterns.some((pattern) => patternMatchesEnd(pattern, key));
  }
  function bareKeyStart(b/*: Uint8Array*/, end/*: number*/)/*: number*/ {
    let start = end;
    while (start > 0 && end - start < 96 && isKeyByte(b[start - 1])) start--;
    return start;
  }
  function skipSpaces(b/*: Uint8Array*/, start/*: number*/)/*: number*/ {
    let position = start;
    while (position < b.length && position - start < 8 && (b[position] === 32 || b[position] === 9)) position++;
    return position;
  }
  function startsLine(b/*: Uint8Array*/, position/*: number*/)/*: boolean*/ {
    let index = position;
    while (index > 0) {
      const c = b[index - 1];
      if (c === 10 || c === 13) return true;
      if (!(c === 32 || c === 9)) return false;
      index--;
    }
    return true;
  }
  /** The start of a label of several words ending at `end` (`First Name`). */
  function labelStart(b/*: Uint8Array*/, end/*: number*/)/*: number*/ {
    let start = end;
    while (start > 0 && end - start < 64) {
      const c = b[start - 1];
      const isWordSpace = c === 32 && start >= 2 && isKeyByte(b[start - 2]);
      if (!(isKeyByte(c) || isWordSpace)) break;
      start--;
    }
    while (start < end && b[start] === 32) start++;
    return start;
  }
  /** Whether b[start, end) is, as a whole, a capitalized label key (`Name`). */
  function isWholeLabelKey(b/*: Uint8Array*/, start/*: number*/, end/*: number*/)/*: boolean*/ {
    if (labelKeys.length === 0 || start >= end || !isUpper(b[start])) return false;
    const label = squash(b, start, end);
    return labelKeys.some((pattern) => pattern.squashed.length === label.bytes.length
      && pattern.squashed.every((c, i) => c === label.bytes[i]));
  }
  /** A match found by a label key, unless it is a name that holds digits. */
  function labelKeyChecked(match/*: DetectorMatch | null*/, isLabelKey/*: boolean*/)/*: DetectorMatch | null*/ {
    if (match === null || !isLabelKey || !findsNames) return match;
    return /[0-9]/.test(match.value) ? null : match;
  }
  /** [start, end, isLabelKey] of the vocabulary key, label or label key that ends at `end`, or null. */
  function vocabularyKey(b/*: Uint8Array*/, end/*: number*/)/*: [number, number, boolean] | null*/ {
    const start = bareKeyStart(b, end);
    if (start >= end) return null;
    const afterWord = byteAt(b, start - 1) === 32 && isLetter(byteAt(b, start - 2));
    if (byteAt(b, start - 1) === 32) {
      const label = labelStart(b, end);
      if (end - label > end - start && keyMatches(b, label, end)) return [label, end, false];
    }
    if (keyMatches(b, start, end)) return [start, end, false];
    return !afterWord && isWholeLabelKey(b, start, end) ? [start, end, true] : null;
  }
  /** Whether the two bytes at `index` name a label cell (td, th, dt) or a value cell (td, dd). */
  function isCellName(b/*: Uint8Array*/, index/*: number*/, labelCell/*: boolean*/)/*: boolean*/ {
    const first = lowercased(byteAt(b, index));
    const second = lowercased(byteAt(b, index + 1));
    if (first === 116) return second === 100 || (labelCell && second === 104);
    if (first === 100) return second === (labelCell ? 116 : 100);
    return false;
  }
  /** `<td>Password</td><td>hunter2</td>`; `tagOpen` is the `<` of `</td>`. */
  function afterLabelCell(b/*: Uint8Array*/, tagOpen/*: number*/)/*: DetectorMatch | null*/ {
    if (!(byteAt(b, tagOpen + 1) === 47 && isCellName(b, tagOpen + 2, true) && byteAt(b, tagOpen + 4) === 62)) return null;
    let labelEnd = tagOpen;
    while (labelEnd > 0 && b[labelEnd - 1] === 32) labelEnd--;
    let labelStart = labelEnd;
    while (labelStart > 0 && tagOpen - labelStart < 64 && (isKeyByte(b[labelStart - 1]) || b[labelStart - 1] === 32)) labelStart--;
    if (byteAt(b, labelStart - 1) !== 62) return null;
    while (labelStart < labelEnd && b[labelStart] === 32) labelStart++;
    if (labelStart >= labelEnd) return null;
    let isLabelKey/*: boolean*/;
    if (keyMatches(b, labelStart, labelEnd)) isLabelKey = false;
    else if (isWholeLabelKey(b, labelStart, labelEnd)) isLabelKey = true;
    else return null;
    const next = skipSpaces(b, tagOpen + 5);
    if (!(byteAt(b, next) === 60 && isCellName(b, next + 1, false))) return null;
    const afterName = byteAt(b, next + 3);
    if (!(afterName === 62 || afterName === 32)) return null;
    let tagEnd = next + 3;
    while (tagEnd < b.length && tagEnd - next < 128 && b[tagEnd] !== 62 && b[tagEnd] !== 60) tagEnd++;
    if (byteAt(b, tagEnd) !== 62) return null;
    return labelKeyChecked(quotedOrTokenValue(b, skipSpaces(b, tagEnd + 1), 2), isLabelKey);
  }
  function skipTags(b/*: Uint8Array*/, start/*: number*/)/*: number*/ {
    let position = start;
    for (let k = 0; k < 3; k++) {
      if (!(byteAt(b, position) === 60 && (isLetter(byteAt(b, position + 1)) || byteAt(b, position + 1) === 47))) break;
      let end = position + 1;
      while (end < b.length && end - position < 128 && b[end] !== 62 && b[end] !== 60) end++;
      if (byteAt(b, end) !== 62) break;
      position = skipSpaces(b, end + 1);
    }
    return position;
  }
  function hasSpaceBeforeLineEnd(b/*: Uint8Array*/, start/*: number*/)/*: boolean*/ {
    for (let index = start; index < b.length && index - start < 4096; index++) {
      const c = b[index];
      if (c === 32 || c === 9) return true;
      if (c === 10 || c === 13 || c === 34 || c === 39) return false;
    }
    return false;
  }
  function finding(start/*: number*/, end/*: number*/, value/*: number[]*/)/*: DetectorMatch | null*/ {
    if (value.length < minimumLength || value.length > maximumLength || isPlaceholder(value)) return null;
    const text = utf8String(value);
    if (checksPersonNames && !isPersonName(text)) return null;
    return { start, end, value: text };
  }
  function jsonString(b/*: Uint8Array*/, open/*: number*/)/*: DetectorMatch | null*/ {
    let end = open + 1;
    while (end < b.length) {
      const c = b[end];
      if (c === 34) break;
      if (c === 10 || end - open > maximumLength * 6 + 1) return null;
      end += c === 92 ? 2 : 1;
    }
    if (end >= b.length) return null;
    return finding(open + 1, end, unescapeJSON(b, open + 1, end));
  }
  function escapedJSONString(b/*: Uint8Array*/, open/*: number*/)/*: DetectorMatch | null*/ {
    let end = open + 2;
    let escapesNext = false;
    while (end + 1 < b.length) {
      const c = b[end];
      if (c === 92) {
        const next = b[end + 1];
        if (next === 34 && !escapesNext) break;
        escapesNext = next === 92 && !escapesNext;
        end += 2;
        continue;
      }
      if (c === 10 || end - open > maximumLength * 12 + 2) return null;
      escapesNext = false;
      end++;
    }
    if (end + 1 >= b.length) return null;
    const once = unescapeJSON(b, open + 2, end);
    return finding(open + 2, end, unescapeJSON(once, 0, once.length));
  }
  function singleQuoted(b/*: Uint8Array*/, open/*: number*/)/*: DetectorMatch | null*/ {
    let end = open + 1;
    while (end < b.length && b[end] !== 39) {
      if (b[end] === 10 || end - open > maximumLength + 1) return null;
      end++;
    }
    if (end >= b.length) return null;
    return finding(open + 1, end, Array.from(b.subarray(open + 1, end)));
  }
  /** The end of a name that goes on over further capitalized words or particles (`Anna van der Berg`). */
  function nameEnd(b/*: Uint8Array*/, end/*: number*/)/*: number*/ {
    let current = end;
    let pendingParticle = false;
    for (let k = 0; k < 4; k++) {
      if (byteAt(b, current) !== 32) break;
      const wordStart = current + 1;
      let wordEnd = wordStart;
      while (wordEnd < b.length && wordEnd - wordStart < 40
          && (isLetter(b[wordEnd]) || b[wordEnd] >= 0x80 || b[wordEnd] === 45 || b[wordEnd] === 39)) wordEnd++;
      if (wordEnd <= wordStart) break;
      const after = byteAt(b, wordEnd);
      if (!(after === 0 || isSpace(after) || after === 44 || after === 60 || after === 59 || after === 41 || after === 125)) break;
      const first = b[wordStart];
      let upperLatin = false;
      if (first >= 0xc3 && first <= 0xc5) {
        const scalar = decodeScalarAt(b, wordStart);
        upperLatin = scalar !== null && UPPERCASE.test(String.fromCodePoint(scalar[0]));
      }
      if (isUpper(first) || upperLatin) {
        current = wordEnd;
        pendingParticle = false;
        continue;
      }
      if (!NAME_PARTICLES.has(utf8String(b.subarray(wordStart, wordEnd)))) break;
      pendingParticle = true;
      current = wordEnd;
    }
    if (pendingParticle) {
      let trimmed = current;
      while (trimmed > end && b[trimmed - 1] !== 32) trimmed--;
      return trimmed > end ? trimmed - 1 : end;
    }
    return current;
  }
  // extent: 0 a token, 1 the rest of the line, 2 an element's text.
  function quotedOrTokenValue(b/*: Uint8Array*/, start/*: number*/, extent/*: number*/)/*: DetectorMatch | null*/ {
    const first = byteAt(b, start);
    if (first === 34) return jsonString(b, start);
    // In text (a label's value, extent 1 or 2) a backslash not before `"` is a character of the value.
    if (first === 92 && (extent === 0 || byteAt(b, start + 1) === 34)) return byteAt(b, start + 1) === 34 ? escapedJSONString(b, start) : null;
    if (first === 39) return singleQuoted(b, start);
    if (first === 123 || first === 91) return null;
    let end = start;
    while (end < b.length && end - start <= maximumLength) {
      const c = b[end];
      if (extent === 1) {
        if (c === 10 || c === 13 || c === 44 || c === 59 || c === 124 || c === 9) break;
      } else if (extent === 2) {
        if (c === 60 || c === 10 || c === 13) break;
      } else if (isSpace(c) || c === 44 || c === 59 || c === 125 || c === 93 || c === 41 || c === 60) {
        break;
      } else if (c === 34 || c === 39) {
        // A quote ends the token unless it stands inside a word (`O'Brien`).
        if (!(isLetter(byteAt(b, end - 1)) && isLetter(byteAt(b, end + 1)))) break;
      }
      end++;
    }
    while (end > start && isSpace(b[end - 1])) end--;
    if (findsNames && extent === 0) end = nameEnd(b, end);
    if (checksPersonNames && extent === 0 && continuesWithWord(b, end)) return null;
    return finding(start, end, Array.from(b.subarray(start, end)));
  }
  /** Whether an unquoted value ending at `end` goes on with another word rather than a next key. */
  function continuesWithWord(b/*: Uint8Array*/, end/*: number*/)/*: boolean*/ {
    if (byteAt(b, end) !== 32) return false;
    let index = end + 1;
    if (!(index < b.length && (isAlphanumeric(b[index]) || b[index] >= 0x80))) return false;
    while (index < b.length && index - end < 98 && (isKeyByte(b[index]) || b[index] >= 0x80)) index++;
    const after = byteAt(b, index);
    return after !== 61 && after !== 58;
  }
  function formValue(b/*: Uint8Array*/, start/*: number*/)/*: DetectorMatch | null*/ {
    const first = byteAt(b, start);
    if (first === 34 || first === 39) return null;
    let end = start;
    while (end < b.length && end - start <= maximumLength * 3) {
      const c = b[end];
      if (c === 38 || c === 35 || isSpace(c) || c === 34 || c === 39 || c === 60 || c === 62) break;
      end++;
    }
    const value/*: number[]*/ = [];
    let index = start;
    while (index < end) {
      const c = b[index];
      if (c === 43) {
        value.push(32);
      } else if (c === 37 && index + 2 < end && hexValue(b[index + 1]) >= 0 && hexValue(b[index + 2]) >= 0) {
        value.push((hexValue(b[index + 1]) << 4) | hexValue(b[index + 2]));
        index += 2;
      } else {
        value.push(c);
      }
      index++;
    }
    return finding(start, end, value);
  }
  function afterColon(b/*: Uint8Array*/, colon/*: number*/)/*: DetectorMatch | null*/ {
    const next = byteAt(b, colon + 1);
    if (next === 58 || byteAt(b, colon - 1) === 58) return null;
    let keyEnd = colon;
    while (keyEnd > 0 && colon - keyEnd < 3 && b[keyEnd - 1] === 32) keyEnd--;
    const quote = byteAt(b, keyEnd - 1);
    const valueStart = skipSpaces(b, colon + 1);
    if (quote === 34 || quote === 39) {
      const escaped = byteAt(b, keyEnd - 2) === 92;
      const contentEnd = escaped ? keyEnd - 2 : keyEnd - 1;
      let open = contentEnd - 1;
      while (open >= 0 && contentEnd - open < 98 && b[open] !== quote) open--;
      if (!(open >= 0 && b[open] === quote)) return null;
      if (escaped && byteAt(b, open - 1) !== 92) return null;
      if (!keyMatches(b, open + 1, contentEnd)) return null;
      return quotedOrTokenValue(b, valueStart, 0);
    }
    if (keyEnd !== colon) return null;
    const key = vocabularyKey(b, colon);
    if (key === null) return null;
    if (byteAt(b, valueStart) === 47 && byteAt(b, valueStart + 1) === 47) return null;
    const afterMarkup = skipTags(b, valueStart);
    let extent/*: number*/;
    if (afterMarkup !== valueStart || byteAt(b, key[0] - 1) === 62) extent = 2;
    else if (startsLine(b, key[0])) extent = 1;
    // `Password: correct horse battery staple` in the middle of a line: a label for people.
    else if (category === "password" && isUpper(b[bareKeyStart(b, colon)]) && valueStart > colon + 1) extent = 1;
    else extent = 0;
    return labelKeyChecked(quotedOrTokenValue(b, afterMarkup, extent), key[2]);
  }
  function afterEquals(b/*: Uint8Array*/, equals/*: number*/)/*: DetectorMatch | null*/ {
    const previous = byteAt(b, equals - 1);
    const next = byteAt(b, equals + 1);
    if (next === 61 || next === 62 || previous === 61 || previous === 33 || previous === 60 || previous === 62) return null;
    let keyEnd = equals;
    while (keyEnd > 0 && equals - keyEnd < 2 && b[keyEnd - 1] === 32) keyEnd--;
    const keyStart = bareKeyStart(b, keyEnd);
    if (keyStart >= keyEnd || !keyMatches(b, keyStart, keyEnd)) return null;
    const before = byteAt(b, keyStart - 1);
    const isForm = keyEnd === equals && (before === 63 || before === 38
      || ((keyStart === 0 || before === 10 || before === 34 || before === 39) && !hasSpaceBeforeLineEnd(b, equals)));
    const valueStart = keyEnd === equals ? equals + 1 : skipSpaces(b, equals + 1);
    if (isForm) {
      const match = formValue(b, valueStart);
      if (match !== null) return match;
    }
    return quotedOrTokenValue(b, valueStart, 0);
  }
  return function findKeyedValues(b/*: Uint8Array*/)/*: DetectorMatch[]*/ {
    const result/*: DetectorMatch[]*/ = [];
    let index = 0;
    while (index < b.length) {
      while (index < b.length && b[index] !== 58 && b[index] !== 61 && b[index] !== 60) index++;
      if (index >= b.length) break;
      const c = b[index];
      const match = c === 58 ? afterColon(b, index) : c === 61 ? afterEquals(b, index) : afterLabelCell(b, index);
      const previousEnd = result.length > 0 ? result[result.length - 1].end : 0;
      if (match !== null && match.start >= previousEnd) {
        result.push(match);
        index = match.end;
      } else {
        index++;
      }
    }
    return result;
  };
}
"""#)
}
