// The near-valid document helper itself: a second mutation on top of a first must not throw.
import { describe, expect, it } from "vitest";
import { mutate } from "./_mutate.js";

describe("mutate", () => {
  it("swaps the type of an array with a hole in it (CI, seed -1366833127)", () => {
    const holed = mutate({ steps: ["a", "b", "c"] }, { op: "hole", pick: 2 });
    expect(Array.isArray(holed) ? [] : Object.keys((holed as { steps: unknown[] }).steps)).toEqual(["0", "2"]);
    const swapped = mutate(holed, { op: "swap-type", pick: 0 }) as { steps: unknown };
    expect(swapped.steps).toEqual({ "0": "a", "1": undefined, "2": "c" });
  });

  it("never writes to the document it is given", () => {
    const doc = { steps: ["a", "b"] };
    mutate(doc, { op: "hole", pick: 1 });
    expect(doc).toEqual({ steps: ["a", "b"] });
  });
});
