// Internal home of formatPath, apart from the table: the document guards of every checker use it,
// and the table reads the whole catalog, which would loop back into the rules.
import { describeValue } from "../../_lib/options.js";
import type { FindingPath } from "./types.js";

/**
 * Writes a path the way a reader scans it: `measures[2].deadline`.
 *
 * @param path - A finding's path.
 * @returns The path as text; the document itself is written `(root)`.
 * @throws TypeError when `path` is not an array of strings and numbers.
 *
 * @example
 * formatPath(["measures", 2, "deadline"])
 * //=> "measures[2].deadline"
 */
export function formatPath(path: FindingPath): string {
  const keys: unknown = path;
  if (!Array.isArray(keys) || !keys.every((key) => typeof key === "string" || typeof key === "number")) {
    throw new TypeError(`formatPath: path must be an array of strings and numbers, got ${describeValue(path)}`);
  }
  if (path.length === 0) return "(root)";
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}
