import { describe, expect, it } from "vitest";
import { asciiDigits } from "./restore.js";

describe("asciiDigits", () => {
  it("writes \\d as [0-9], and as 0-9 inside a class", () => {
    expect(asciiDigits("^\\d{4}-(0[1-9]|1[0-2])$")).toBe("^[0-9]{4}-(0[1-9]|1[0-2])$");
    expect(asciiDigits("^[\\d-]+$")).toBe("^[0-9-]+$");
  });

  it("leaves every other escape as it is, an escaped backslash too", () => {
    expect(asciiDigits("^\\s*\\D\\.\\\\d$")).toBe("^\\s*\\D\\.\\\\d$");
    expect(asciiDigits("^[\\]\\d]$")).toBe("^[\\]0-9]$");
  });
});
