// The playground page (docs/playground) in a real browser: headless Chromium from Debian's packages,
// driven by playwright-core. The page is built from the package's own dist/esm (built by the global
// setup) into a temporary directory and served from 127.0.0.1; every example document is loaded
// through the page's own "Load example" select, and what the page shows is compared with what the
// package computes here, in Node. Runs in the first time-zone project only (test/vitest.config.ts):
// the page computes with the same day numbers in every zone, and one browser is enough.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type Browser, chromium, type Page } from "playwright-core";
import {
  ActionPlanSchema,
  actionPlanProgress,
  aggregateReports,
  findingCatalog,
  formatPath,
  type Locale,
  MilestoneScheduleSchema,
  MunicipalReportSchema,
  scheduleProgress,
  validateDocument,
} from "samhandling";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const inCi = process.env["CI"] !== undefined && process.env["CI"] !== "";
const EXAMPLES = readdirSync(join(root, "examples/data")).filter((name) => name.endsWith(".json")).sort();
const TODAY = "2013-02-01";
const LOCALE: Locale = "nn";

const readExample = (name: string): unknown => JSON.parse(readFileSync(join(root, "examples/data", name), "utf8"));
const documentsOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : [value]);

describe.runIf(!hasChromium && inCi)("playground in Chromium (CI)", () => {
  it("has Chromium to run in", () => {
    throw new Error(`No Chromium at ${CHROMIUM}: CI must install it (apt-get install chromium; .ci/run does) or set CHROMIUM_PATH.`);
  });
});

const title = hasChromium ? "playground in Chromium" : `playground in Chromium (skipped: no Chromium at ${CHROMIUM}; apt-get install chromium or set CHROMIUM_PATH)`;

if (!hasChromium && !inCi) console.warn(`test/browser/playground.test.ts: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

describe.skipIf(!hasChromium)(title, () => {
  let out = "";
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(root, "dist/esm/index.js"))) throw new Error("dist/esm is missing: the global setup builds it (npm run build)");
    out = mkdtempSync(join(tmpdir(), "samhandling-playground-"));
    await promisify(execFile)(process.execPath, ["scripts/build-playground.mjs", "--out", out], { cwd: root });
    const types: Readonly<Record<string, string>> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
    server = createServer((request, response) => {
      const name = new URL(request.url ?? "/", "http://127.0.0.1").pathname.replace(/^\/+/, "") || "index.html";
      const file = join(out, name);
      if (name.includes("..") || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
    });
    const listening = server;
    await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve));
    const address = listening.address();
    if (address === null || typeof address === "string") throw new Error("the page server has no port");
    const { port } = address;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    page = await browser.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.selectOption("#locale", LOCALE);
    await setToday(TODAY);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (out !== "") rmSync(out, { recursive: true, force: true });
  });

  async function setToday(today: string): Promise<void> {
    await page.fill("#today", today);
    await page.dispatchEvent("#today", "change");
  }

  /** Loads an example through the page's select and waits for the page to have checked it. */
  async function load(name: string): Promise<void> {
    const before = await page.getAttribute("#output", "data-run");
    await page.selectOption("#example", "");
    await page.selectOption("#example", name);
    await page.locator(`#output:not([data-run="${before ?? ""}"])`).waitFor({ state: "attached" });
    expect(await page.getAttribute("#output", "data-state")).toBe("checked");
  }

  it("offers every example document of examples/data", async () => {
    const offered = await page.$$eval("#example option", (options) => options.map((option) => option.getAttribute("value")).filter((value) => value !== ""));
    expect(offered).toEqual(EXAMPLES);
  });

  it.each(EXAMPLES)("shows the findings of %s as validateDocument finds them, with their basis and a summary", async (name) => {
    await load(name);
    const documents = documentsOf(readExample(name));
    const expected = documents.flatMap((document) =>
      validateDocument(document, { today: TODAY, locale: LOCALE }).validation.findings.map((finding) => ({
        code: finding.code,
        path: formatPath(finding.path),
        message: finding.message,
        basis: findingCatalog[finding.code].basis.display[LOCALE],
      })),
    );
    const shown = await page.$$eval("#findings tr.finding", (rows) =>
      rows.map((row) => ({
        code: row.dataset["code"],
        path: row.querySelector(".path")?.textContent,
        message: row.querySelector(".message")?.textContent,
        basis: row.querySelector(".basis")?.textContent,
      })),
    );
    expect(shown).toEqual(expected);
    expect(expected.every((finding) => finding.basis.length > 0)).toBe(true);
    // One summary per kind in the file, each with at least one figure.
    const kinds = [...new Set(documents.map((document) => Reflect.get(Object(document), "kind")))];
    for (const kind of kinds) {
      const figures = await page.$$eval(`#summary section.kind-summary[data-kind="${String(kind)}"] dd`, (cells) => cells.map((cell) => cell.textContent));
      expect(figures.length, `summary of ${String(kind)}`).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  });

  it("marks on the timeline the milestones overdue on the chosen today", async () => {
    const today = "2012-09-01";
    await setToday(today);
    await load("coordination-project-milestones.json");
    const schedule = MilestoneScheduleSchema.parse(readExample("coordination-project-milestones.json"));
    const overdue = scheduleProgress(schedule, { today }).phases.flatMap((phase) => phase.overdue.map((item) => item.milestoneId));
    expect(overdue.length).toBeGreaterThan(0);
    const svg = page.locator("#drawings svg.timeline");
    expect(await svg.getAttribute("data-today")).toBe(today);
    expect(await svg.locator("title").first().textContent()).toContain(schedule.title);
    expect(await svg.locator("g.item[data-overdue=true]").evaluateAll((items) => items.map((item) => item.getAttribute("data-id")))).toEqual(overdue);
    const all = schedule.phases.flatMap((phase) => phase.milestones.map((milestone) => milestone.id));
    expect(await svg.locator("g.item").evaluateAll((items) => items.map((item) => item.getAttribute("data-id")))).toEqual(all);
    // Told in words too, not by colour alone.
    expect(await svg.locator("g.item[data-overdue=true] text.state").first().textContent()).toContain("forfalle");
    await setToday(TODAY);
  });

  it("marks on the timeline the action-plan rows overdue on the chosen today", async () => {
    const today = "2013-06-15";
    await setToday(today);
    await load("stranda-action-plan-2012.json");
    const plan = ActionPlanSchema.parse(readExample("stranda-action-plan-2012.json"));
    const overdue = actionPlanProgress(plan, { today }).overdue.map((item) => item.rowId);
    expect(overdue.length).toBeGreaterThan(0);
    const svg = page.locator("#drawings svg.timeline");
    expect(await svg.getAttribute("data-today")).toBe(today);
    expect(await svg.locator("g.item[data-overdue=true]").evaluateAll((items) => items.map((item) => item.getAttribute("data-id")))).toEqual(overdue);
    await setToday(TODAY);
  });

  it("draws a report set as a line chart with one line per county", async () => {
    await load("municipal-reports.json");
    const reports = documentsOf(readExample("municipal-reports.json")).map((report) => MunicipalReportSchema.parse(report));
    const expected = aggregateReports(reports, { by: "county" }).series.map((series) => series.key);
    expect(expected.length).toBeGreaterThan(1);
    const chart = page.locator("#drawings svg.line-chart");
    expect(await chart.locator("title").first().textContent()).toBe("Årsverk per fylke");
    expect(await chart.locator("g.series").evaluateAll((lines) => lines.map((line) => line.getAttribute("data-key")))).toEqual(expected);
    expect(await chart.locator("g.series path.line").count()).toBe(expected.length);
  });

  it("checks a pasted document and an opened file as it checks an example", async () => {
    const expectedCodes = (name: string): string[] =>
      documentsOf(readExample(name)).flatMap((document) => validateDocument(document, { today: TODAY, locale: LOCALE }).validation.findings.map((f) => f.code));
    const shownCodes = (): Promise<(string | undefined)[]> => page.$$eval("#findings tr.finding", (rows) => rows.map((row) => row.dataset["code"]));
    let before = await page.getAttribute("#output", "data-run");
    await page.fill("#document", readFileSync(join(root, "examples/data/individual-plan-problems.json"), "utf8"));
    await page.locator(`#output:not([data-run="${before ?? ""}"])`).waitFor({ state: "attached" });
    expect(await shownCodes()).toEqual(expectedCodes("individual-plan-problems.json"));
    before = await page.getAttribute("#output", "data-run");
    await page.setInputFiles("#file", join(root, "examples/data/pathway-cases.json"));
    await page.locator(`#output:not([data-run="${before ?? ""}"])`).waitFor({ state: "attached" });
    expect(await shownCodes()).toEqual(expectedCodes("pathway-cases.json"));
    await page.fill("#document", "{ not json");
    await page.locator(`#output[data-state="not-json"]`).waitFor({ state: "attached" });
    expect(await page.textContent("#summary")).toBe("Ikkje gyldig JSON");
  });

  it("speaks the chosen locale", async () => {
    await load("municipal-reports.json");
    await page.selectOption("#locale", "en");
    expect(await page.textContent("#findings th:nth-child(2)")).toBe("Code");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.selectOption("#locale", "nb");
    expect(await page.textContent("#findings th:nth-child(2)")).toBe("Kode");
    await page.selectOption("#locale", LOCALE);
  });
});
