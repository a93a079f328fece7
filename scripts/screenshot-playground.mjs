// Takes the README's picture of the playground: docs/playground.png, the built page
// (docs/api/playground, from `npm run docs:playground`) with an example loaded, in headless Chromium.
//
//   npm run build && npm run docs:playground && node scripts/screenshot-playground.mjs
//   node scripts/screenshot-playground.mjs [example.json] [--today YYYY-MM-DD] [--locale nb|nn|en]
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { today: { type: "string", default: "2012-09-01" }, locale: { type: "string", default: "nb" } },
});
const example = positionals[0] ?? "coordination-project-milestones.json";
const pageFile = `${root}docs/api/playground/index.html`;
if (!existsSync(pageFile)) {
  console.error("screenshot-playground: docs/api/playground is missing; run `npm run build && npm run docs:playground` first.");
  process.exit(1);
}
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", `--lang=${values.locale === "en" ? "en-GB" : "nb-NO"}`] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1080 }, locale: "nb-NO" });
  await page.goto(pathToFileURL(pageFile).href);
  await page.selectOption("#locale", values.locale);
  await page.fill("#today", values.today);
  await page.dispatchEvent("#today", "change");
  await page.selectOption("#example", example);
  await page.locator("#today").blur();
  await page.screenshot({ path: `${root}docs/playground.png` });
  console.log(`screenshot-playground: wrote docs/playground.png (${example}, today ${values.today}, ${values.locale})`);
} finally {
  await browser.close();
}
