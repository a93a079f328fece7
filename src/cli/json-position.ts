// Where JSON text breaks, found without V8's error message (whose wording and whether it names a
// position differ between Node versions, and which quotes the text): an offset, then a line and column.

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A line and column, both from 1. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * The offset of the first character where `text` stops being JSON (`text.length` when it ends too
 * early), or -1 when it is JSON. Iterative, so deep nesting does not overflow the stack. The readers
 * below return the offset after what they read, or a negative number: an error at `-result - 1`.
 */
export function jsonErrorOffset(text: string): number {
  const stack: string[] = [];
  let i = skipSpace(text, 0);
  for (;;) {
    const c = text[i];
    let end: number;
    if (c === "[" || c === "{") {
      const inner = skipSpace(text, i + 1);
      if (text[inner] === (c === "[" ? "]" : "}")) end = inner + 1;
      else {
        stack.push(c);
        if (c === "[") {
          i = inner;
          continue;
        }
        const key = readKey(text, inner);
        if (key < 0) return -key - 1;
        i = skipSpace(text, key);
        continue;
      }
    } else {
      end = readScalar(text, i);
      if (end < 0) return -end - 1;
    }
    i = skipSpace(text, end);
    for (;;) {
      const top = stack.at(-1);
      if (top === undefined) return i < text.length ? i : -1;
      const next = text[i];
      if (next === (top === "[" ? "]" : "}")) {
        stack.pop();
        i = skipSpace(text, i + 1);
        continue;
      }
      if (next !== ",") return i;
      i = skipSpace(text, i + 1);
      if (top === "{") {
        const key = readKey(text, i);
        if (key < 0) return -key - 1;
        i = skipSpace(text, key);
      }
      break;
    }
  }
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && WHITESPACE.has(text.charAt(i))) i++;
  return i;
}

/** A string, number, `true`, `false` or `null` at `i`. */
function readScalar(text: string, i: number): number {
  const c = text.charAt(i);
  if (c === '"') return readString(text, i);
  if (c === "-" || (c >= "0" && c <= "9")) {
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (match === null) return -(i + 2);
    // V8 reads a broken fraction or exponent to the character that breaks it.
    let end = i + match[0].length;
    const after = text.charAt(end);
    const exponent = /[eE]/.test(match[0]);
    if (after === "." && !match[0].includes(".") && !exponent) return -(end + 2);
    if ((after !== "e" && after !== "E") || exponent) return end;
    end++;
    if (text.charAt(end) === "+" || text.charAt(end) === "-") end++;
    return -(end + 1);
  }
  for (const literal of ["true", "false", "null"]) {
    if (c !== literal.charAt(0)) continue;
    for (let k = 1; k < literal.length; k++) if (text.charAt(i + k) !== literal.charAt(k)) return -(i + k + 1);
    return i + literal.length;
  }
  return -(i + 1);
}

/** `"key" :` at `i`. */
function readKey(text: string, i: number): number {
  if (text.charAt(i) !== '"') return -(i + 1);
  const end = readString(text, i);
  if (end < 0) return end;
  const colon = skipSpace(text, end);
  return text.charAt(colon) === ":" ? colon + 1 : -(colon + 1);
}

function readString(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    if (j >= text.length) return -(j + 1);
    const c = text.charAt(j);
    if (c === '"') return j + 1;
    if (c === "\\") {
      const escaped = text.charAt(j + 1);
      if (ESCAPES.has(escaped)) j += 2;
      else if (escaped === "u" && HEX.test(text.slice(j + 2, j + 6))) j += 6;
      else return -(j + 2);
    } else if (c < " ") return -(j + 1);
    else j++;
  }
}

/** The line and column (from 1) of an offset in a text. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
