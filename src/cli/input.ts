// The documents of `check`: a .json file holds one document or an array of them and is read whole;
// an .ndjson or .jsonl file, or stdin (`-`), holds one document a line and is streamed, line by line,
// never loaded whole. Bad input is an item of its own (file, line, column), never a throw.
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Readable } from "node:stream";
import type { CliIo } from "./io.js";
import { jsonErrorOffset, positionAt } from "./json-position.js";

/** Why an input could not be read. */
export type InputProblem = "not-found" | "unreadable" | "invalid-json";

/** One document read, with where it came from: its index in the source and, for NDJSON, its line. */
export interface DocumentItem {
  readonly type: "document";
  readonly source: string;
  readonly index: number;
  /** The line of an NDJSON source. */
  readonly line?: number;
  /** Whether the source is a list (an array or NDJSON), so the index says which document. */
  readonly listed: boolean;
  readonly value: unknown;
}

/** Input that is not a document: a file that cannot be read, or text that is not JSON. */
export interface InputErrorItem {
  readonly type: "input-error";
  readonly source: string;
  readonly problem: InputProblem;
  readonly line?: number;
  readonly column?: number;
}

export type InputItem = DocumentItem | InputErrorItem;

const STREAMED = /\.(ndjson|jsonl)$/i;

/** Reads every source in turn: `-` is stdin (NDJSON), .ndjson/.jsonl files are NDJSON, any other file is JSON. */
export async function* readInputs(sources: readonly string[], io: CliIo): AsyncGenerator<InputItem> {
  for (const source of sources) {
    if (source === "-") yield* readNdjson(io.stdin, source);
    else if (STREAMED.test(source)) yield* readNdjsonFile(resolve(io.cwd, source), source);
    else yield* readJsonFile(resolve(io.cwd, source), source);
  }
}

async function* readJsonFile(path: string, source: string): AsyncGenerator<InputItem> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    yield { type: "input-error", source, problem: fileProblem(error) };
    return;
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    yield { type: "input-error", source, problem: "invalid-json", ...positionAt(text, offset < 0 ? text.length : offset) };
    return;
  }
  if (!Array.isArray(value)) {
    yield { type: "document", source, index: 0, listed: false, value };
    return;
  }
  for (let index = 0; index < value.length; index++) yield { type: "document", source, index, listed: true, value: value[index] };
}

async function* readNdjsonFile(path: string, source: string): AsyncGenerator<InputItem> {
  const stream = createReadStream(path);
  // Opening fails asynchronously; wait for it so a missing file is one input error.
  const opened = await new Promise<unknown>((done) => {
    stream.once("open", () => done(undefined));
    stream.once("error", (error) => done(error));
  });
  if (opened !== undefined) {
    yield { type: "input-error", source, problem: fileProblem(opened) };
    return;
  }
  try {
    yield* readNdjson(stream, source);
  } finally {
    stream.destroy();
  }
}

async function* readNdjson(stream: Readable, source: string): AsyncGenerator<InputItem> {
  let index = 0;
  let line = 0;
  try {
    for await (const text of lines(stream)) {
      line++;
      const content = line === 1 && text.startsWith("\uFEFF") ? text.slice(1) : text;
      if (content.trim() === "") continue;
      let value: unknown;
      try {
        value = JSON.parse(content);
      } catch {
        const offset = jsonErrorOffset(content);
        yield { type: "input-error", source, problem: "invalid-json", line, column: (offset < 0 ? content.length : offset) + 1 };
        continue;
      }
      yield { type: "document", source, index, line, listed: true, value };
      index++;
    }
  } catch (error) {
    yield { type: "input-error", source, problem: fileProblem(error), line: line + 1 };
  }
}

/**
 * Splits a byte stream into lines (without `\n` and a trailing `\r`). A line is decoded only when
 * it is whole, so a character split between two chunks is read right; a long line is joined once.
 */
export async function* lines(stream: Readable): AsyncGenerator<string> {
  let parts: Buffer[] = [];
  for await (const chunk of stream) {
    const buffer: Buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    let start = 0;
    for (let end = buffer.indexOf(10, start); end !== -1; end = buffer.indexOf(10, start)) {
      const piece = buffer.subarray(start, end);
      const whole = parts.length === 0 ? piece : Buffer.concat([...parts, piece]);
      parts = [];
      yield trimCarriageReturn(whole.toString("utf8"));
      start = end + 1;
    }
    if (start < buffer.length) parts.push(buffer.subarray(start));
  }
  if (parts.length > 0) yield trimCarriageReturn(Buffer.concat(parts).toString("utf8"));
}

function trimCarriageReturn(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

function fileProblem(error: unknown): InputProblem {
  const code: unknown = error !== null && typeof error === "object" ? Reflect.get(error, "code") : undefined;
  return code === "ENOENT" ? "not-found" : "unreadable";
}
