import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset, positionAt } from "./json-position.js";

/** The offset V8 names, where it names one. */
function v8Offset(text: string): number | undefined {
  try {
    JSON.parse(text);
    return -1;
  } catch (error) {
    const match = /at position (\d+)/.exec(error instanceof Error ? error.message : "");
    if (match?.[1] !== undefined) return Number(match[1]);
    return error instanceof Error && error.message === "Unexpected end of JSON input" ? text.length : undefined;
  }
}

describe("jsonErrorOffset", () => {
  it("finds where JSON text breaks", () => {
    const cases: readonly [string, number][] = [
      ["abc", 0],
      ['{"a":}', 5],
      ['{"a":1,}', 7],
      ['{"a":1', 6],
      ["", 0],
      ["[1,2]x", 5],
      ['{"a":"b\nc"}', 7],
      ['\n\n  {"a" 1}', 9],
      ['{"a":tru}', 8],
      ["[1,,2]", 3],
      ['{"a":01}', 6],
      ['{"a":"\\q"}', 7],
      ["-", 1],
      ['{"":1.5e5423e-319}', 12],
      ["[1.5.3]", 4],
      ["[1e]", 3],
      ["[[[[[[1]]]]]", 12],
    ];
    for (const [text, offset] of cases) expect([text, jsonErrorOffset(text)]).toEqual([text, offset]);
  });

  it("finds no break in JSON, deeply nested too", () => {
    expect(jsonErrorOffset('{"a":[1,-2.5e3,true,false,null,"x\\u00e6"],"b":{}} ')).toBe(-1);
    expect(jsonErrorOffset(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toBe(-1);
  });

  it("agrees with V8 wherever V8 names a position", () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 2 }), (json, at, insert) => {
        const cut = at % (json.length + 1);
        const text = json.slice(0, cut) + insert + json.slice(cut);
        const expected = v8Offset(text);
        if (expected !== undefined) expect(jsonErrorOffset(text)).toBe(expected);
      }),
    );
  });
});

describe("positionAt", () => {
  it("counts lines and columns from 1", () => {
    expect(positionAt("ab\ncd\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt("ab\ncd\nef", 8)).toEqual({ line: 3, column: 3 });
  });
});
