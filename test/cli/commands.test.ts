import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { lines } from "../../src/cli/input.js";
import type { CliCommand } from "../../src/cli/io.js";
import { FINDING_CODES } from "../../src/core/findings/codes.js";
import { run } from "./_io.js";

describe("samhandling explain", () => {
  it("prints a code's severity, basis and message in the chosen language", async () => {
    const nb = await run(["explain", "plan/missing-consent"]);
    expect(nb.code).toBe(0);
    expect(nb.stdout.split("\n")).toEqual([
      "plan/missing-consent",
      "  Alvor:                  feil",
      "  Grunnlag:               forskrift om individuell plan ved ytelse av velferdstjenester, punkt h",
      "  Melding:                Den aktive planen har ikke gyldig samtykke fra brukeren til at planen utarbeides",
      "  Kan endres med --rules: ja",
      "",
    ]);
    const en = await run(["explain", "schema/invalid-type", "--locale", "en"]);
    expect(en.stdout).toContain("Can be set with --rules: no");
  });

  it("prints JSON with --format json, for every code", async () => {
    for (const code of FINDING_CODES) {
      const result = await run(["explain", code, "--format", "json", "--locale", "nn"]);
      expect(result.code).toBe(0);
      const record = JSON.parse(result.stdout);
      expect(record.code).toBe(code);
      expect(record.configurable).toBe(!code.startsWith("schema/") && !code.startsWith("document/"));
    }
  });

  it("refuses an unknown code with similar codes, and a missing one, with exit 2", async () => {
    const unknown = await run(["explain", "missing-consent"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("samhandling: ukjent funnkode «missing-consent». Koder som ligner: plan/missing-consent.\n");
    expect((await run(["explain", "zzz"])).stderr).toBe("samhandling: ukjent funnkode «zzz».\n");
    expect((await run(["explain"])).code).toBe(2);
    expect((await run(["explain", "plan/no-goals", "plan/no-period"])).code).toBe(2);
  });
});

describe("samhandling deadline", () => {
  it("reads a deadline and writes it out in words", async () => {
    const result = await run(["deadline", "innen utgangen av mars 2026"]);
    expect(result).toEqual({ code: 0, stdout: 'Frist: mars 2026\n{"kind":"month","month":"2026-03"}\n', stderr: "" });
    const words = await run(["deadline", "Innan", "15.11.2012", "--locale", "en", "--format", "json"]);
    expect(JSON.parse(words.stdout)).toEqual({ ok: true, deadline: { kind: "date", date: "2012-11-15" }, text: "15 November 2012" });
  });

  it("exits 1 with the reason when the text is no deadline, and reads a week with --year", async () => {
    const vague = await run(["deadline", "snarest"]);
    expect(vague).toEqual({ code: 1, stdout: "Fristen kan ikke leses: for vag (for eksempel «snarest»)\n", stderr: "" });
    expect(JSON.parse((await run(["deadline", "uke 12", "--format", "json"])).stdout)).toEqual({ ok: false, reason: "week-without-year" });
    expect((await run(["deadline", "uke 12", "--year", "2026"])).code).toBe(0);
  });

  it("refuses a bad --year or no text with exit 2", async () => {
    for (const args of [["uke 12", "--year", "26"], ["uke 12", "--year", "1800"], []]) {
      const result = await run(["deadline", ...args]);
      expect([result.code, result.stdout]).toEqual([2, ""]);
    }
  });
});

describe("runCli", () => {
  it("prints the usage with --help (exit 0) and without a command (exit 2)", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Bruk: samhandling <kommando>/);
    expect(help.stdout).toMatch(/\n {2}check {5}kontrollerer dokumenter/);
    const none = await run([]);
    expect([none.code, none.stdout]).toEqual([2, ""]);
    expect(none.stderr).toContain("Kommandoer:");
    expect((await run(["help", "--locale", "nn"])).stdout).toContain("Kommandoar:");
  });

  it("refuses an unknown command, option or locale with one line and exit 2", async () => {
    const cases: readonly [readonly string[], string][] = [
      [["lint"], "samhandling: ukjent kommando «lint». Se «samhandling --help».\n"],
      [["--today", "2026-01-01"], "samhandling: ingen kommando gitt. Se «samhandling --help».\n"],
      [["check", "--strict"], "samhandling: ukjent valg --strict. Se «samhandling --help».\n"],
      [["check", "-", "--today"], "samhandling: valget --today mangler verdi. Se «samhandling --help».\n"],
      [["check", "-", "--basis=yes"], "samhandling: valget --basis tar ingen verdi. Se «samhandling --help».\n"],
      [["check", "-", "--locale", "se"], "samhandling: --locale må være nb, nn eller en, ikke «se».\n"],
      [["check", "-", "--locale=de"], "samhandling: --locale må være nb, nn eller en, ikke «de».\n"],
      [["lint", "--locale", "en"], "samhandling: unknown command “lint”. See “samhandling --help”.\n"],
    ];
    for (const [argv, stderr] of cases) expect(await run(argv)).toEqual({ code: 2, stdout: "", stderr });
  });

  it("turns an unexpected error into one line and exit 2, never a stack trace", async () => {
    const broken: CliCommand = {
      name: "broken",
      summary: { nb: "", nn: "", en: "" },
      run: async () => {
        throw new Error("disk on fire\n    at somewhere (file.js:1:1)");
      },
    };
    expect(await run(["broken"], { commands: [broken] })).toEqual({ code: 2, stdout: "", stderr: "samhandling: intern feil: disk on fire\n" });
  });
});

describe("lines", () => {
  it("splits a byte stream into lines, whole characters across chunks, long lines joined", async () => {
    const stream = new PassThrough();
    const text = "første æøå\r\nandre\n\n" + "x".repeat(200_000) + "\nsiste";
    const bytes = Buffer.from(text, "utf8");
    for (let at = 0; at < bytes.length; at += 7) stream.write(bytes.subarray(at, at + 7));
    stream.end();
    const read: string[] = [];
    for await (const line of lines(stream)) read.push(line);
    expect(read).toEqual(["første æøå", "andre", "", "x".repeat(200_000), "siste"]);
  });
});
