import { describe, expect, it } from "vitest";
import { runExample } from "./_run-example.js";

const run = (...args: string[]) => runExample("deadlines.ts", ...args);

describe("examples/deadlines.ts", () => {
  it("reads the bundled deadline texts and says which it cannot read", () => {
    const result = run("--today", "2013-06-01");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Innan 15\.11\.2012\s+->\s+15\. november 2012 \(date; last day 2012-11-15, overdue if not done\)/);
    expect(result.stdout).toMatch(/Eit møte pr\. år\. Innan 1\. mai kvart år\s+->\s+innen 1\. mai hvert år \(recurrence; next due 2014-05-01\)/);
    expect(result.stdout).toMatch(/snarest\s+->\s+not read: unrecognized/);
    expect(result.stdout).toContain("21 of 22 read.");
  });

  it("reads texts given as arguments, in the chosen language", () => {
    const result = run("mai - juni 2012", "--locale", "en", "--today", "2012-06-15");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("May 2012 – June 2012 (range; last day 2012-06-30)");
  });

  it("rejects a bad --today with a usage message", () => {
    const result = run("--today", "15.11.2012");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--today must be a date written YYYY-MM-DD");
  });
});
