import { describe, expect, it } from "vitest";
import { runExample } from "./_run-example.js";

const run = (...args: string[]) => runExample("deadlines.ts", ...args);

describe("examples/deadlines.ts", () => {
  it("reads the bundled deadline texts and says which it cannot read", () => {
    const result = run("--today", "2013-06-01");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Innan 15\.11\.2012\s+->\s+15\. november 2012 \(dato; siste dag 2012-11-15, forfalt om ikke gjort\)/);
    expect(result.stdout).toMatch(/Eit møte pr\. år\. Innan 1\. mai kvart år\s+->\s+innen 1\. mai hvert år \(gjentakende; neste frist 2014-05-01\)/);
    expect(result.stdout).toMatch(/snarest\s+->\s+ikke lest: for vag/);
    expect(result.stdout).toMatch(/høsten 2013\s+->\s+ikke lest: årstid/);
    expect(result.stdout).toMatch(/Innan 15\.11\.20 12\s+->\s+15\. november 2012 \(dato;/);
    expect(result.stdout).toMatch(/15\.06\.99\s+->\s+15\. juni 1999 \(dato;/);
    expect(result.stdout).toMatch(/i uke 12\s+->\s+18\. mars 2013 – 24\. mars 2013 \(periode; siste dag 2013-03-24/);
    expect(result.stdout).toMatch(/to gonger i månaden\s+->\s+2 ganger i måneden \(gjentakende; neste frist 2013-06-15\)/);
    expect(result.stdout).toContain("38 av 41 lest.");
  });

  it("reads texts given as arguments, in the chosen language", () => {
    const result = run("mai - juni 2012", "--locale", "en", "--today", "2012-06-15");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("May 2012 – June 2012 (range; last day 2012-06-30)");
  });

  it("reads a week without a year in the year of --today", () => {
    const result = run("i uke 12", "--today", "2012-06-15");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("19. mars 2012 – 25. mars 2012 (periode; siste dag 2012-03-25, forfalt om ikke gjort)");
  });

  it("rejects a bad --today with a usage message", () => {
    const result = run("--today", "15.11.2012");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--today must be a date written YYYY-MM-DD");
  });
});
