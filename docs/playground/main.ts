// The playground: paste, drop or load a document, choose `today` and the locale, and read the
// findings (with their basis), the summary and the drawings. Everything runs here, in the browser,
// with the package's own ESM build: nothing is sent anywhere.
import { DOCUMENT_KINDS, type DocumentKindName, documentKindLabels, findingCatalog, formatPath, type Locale, severityLabels, validateDocument } from "samhandling";
import { examples } from "playground:examples";
import { formatNumber, heading, isWord, word } from "./labels.js";
import { type Line, type ReadDocument, summarize } from "./summary.js";

const LOCALES: readonly Locale[] = ["nb", "nn", "en"];

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`playground: #${id} is missing from the page`);
  return node;
}

const source = byId("document", HTMLTextAreaElement);
const exampleSelect = byId("example", HTMLSelectElement);
const fileInput = byId("file", HTMLInputElement);
const todayInput = byId("today", HTMLInputElement);
const localeSelect = byId("locale", HTMLSelectElement);
const output = byId("output", HTMLElement);
const summaryBox = byId("summary", HTMLElement);
const drawingsBox = byId("drawings", HTMLElement);
const findingsBox = byId("findings", HTMLElement);

function html<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Readonly<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function currentLocale(): Locale {
  return LOCALES.find((locale) => locale === localeSelect.value) ?? "nb";
}

/** Puts the page's own words in the chosen locale. */
function applyLabels(locale: Locale): void {
  document.documentElement.lang = locale;
  for (const node of document.querySelectorAll<HTMLElement>("[data-word]")) {
    const key = node.dataset["word"];
    if (key !== undefined && isWord(key)) node.textContent = word(key, locale);
  }
  document.title = word("title", locale);
  const first = exampleSelect.options[0];
  if (first !== undefined) first.textContent = word("chooseExample", locale);
}

function kindOf(input: unknown): DocumentKindName | null {
  const kind: unknown = input !== null && typeof input === "object" ? Reflect.get(input, "kind") : undefined;
  return DOCUMENT_KINDS.find((known) => known === kind) ?? null;
}

function message(text: string, state: string): void {
  summaryBox.replaceChildren(html("p", { class: "notice" }, text));
  drawingsBox.replaceChildren();
  findingsBox.replaceChildren();
  output.dataset["state"] = state;
}

/** Checks the document in the box and shows what was found. */
function run(): void {
  const locale = currentLocale();
  const today = todayInput.value;
  output.dataset["run"] = String(Number(output.dataset["run"] ?? "0") + 1);
  if (source.value.trim() === "") return message(word("empty", locale), "empty");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) return message(word("badToday", locale), "bad-today");
  let value: unknown;
  try {
    value = JSON.parse(source.value);
  } catch {
    return message(word("notJson", locale), "not-json");
  }
  const list = Array.isArray(value);
  const inputs: readonly unknown[] = Array.isArray(value) ? value : [value];
  const documents: ReadDocument[] = inputs.map((input) => ({ input, kind: kindOf(input) }));
  const rows: HTMLTableRowElement[] = [];
  const totals: Record<"error" | "warning" | "info", number> = { error: 0, warning: 0, info: 0 };
  documents.forEach((doc, index) => {
    for (const finding of validateDocument(doc.input, { today, locale }).validation.findings) {
      totals[finding.severity] += 1;
      const basis = findingCatalog[finding.code].basis;
      rows.push(
        html(
          "tr",
          { class: `finding ${finding.severity}`, "data-code": finding.code, "data-severity": finding.severity, "data-document": String(index) },
          ...(list ? [html("td", { class: "document" }, `[${index}]`)] : []),
          html("td", { class: "code" }, html("code", {}, finding.code)),
          html("td", { class: "severity" }, severityLabels[finding.severity][locale]),
          html("td", { class: "path" }, html("code", {}, formatPath(finding.path))),
          html("td", { class: "message" }, finding.message),
          html("td", { class: "basis" }, basis.display[locale]),
        ),
      );
    }
  });
  showSummary(documents, totals, { today, locale });
  const columns = [...(list ? (["document"] as const) : []), ...(["code", "severity", "path", "message", "basis"] as const)];
  const head = html("tr", {}, ...columns.map((key) => html("th", { scope: "col" }, word(key, locale))));
  findingsBox.replaceChildren(
    html("h2", {}, `${word("findings", locale)} (${formatNumber(rows.length, locale)})`),
    rows.length === 0 ? html("p", { class: "no-findings" }, word("noFindings", locale)) : html("table", {}, html("thead", {}, head), html("tbody", {}, ...rows)),
  );
  output.dataset["state"] = "checked";
}

function showSummary(documents: readonly ReadDocument[], totals: Readonly<Record<"error" | "warning" | "info", number>>, settings: { readonly today: string; readonly locale: Locale }): void {
  const { locale } = settings;
  const list = (lines: readonly Line[]): HTMLDListElement =>
    html("dl", {}, ...lines.flatMap(([label, value]) => [html("dt", {}, heading(label, locale)), html("dd", {}, value)]));
  const kinds = [...new Set(documents.map((doc) => doc.kind))];
  const blocks: HTMLElement[] = [];
  const drawings: SVGElement[] = [];
  for (const kind of kinds) {
    const ofKind = documents.filter((doc) => doc.kind === kind);
    if (kind === null) {
      blocks.push(html("section", { class: "kind-summary", "data-kind": "unknown" }, html("h3", {}, word("unknownKind", locale)), list([["documents", formatNumber(ofKind.length, locale)]])));
      continue;
    }
    const summary = summarize(kind, ofKind, settings);
    const notes = summary.unreadable > 0 ? [html("p", { class: "notice" }, word("noSummary", locale))] : [];
    blocks.push(html("section", { class: "kind-summary", "data-kind": kind }, html("h3", {}, `${documentKindLabels[kind][locale]} (${formatNumber(ofKind.length, locale)})`), list(summary.lines), ...notes));
    drawings.push(...summary.drawings);
  }
  summaryBox.replaceChildren(
    html("h2", {}, word("summary", locale)),
    list([
      ["documents", formatNumber(documents.length, locale)],
      ["errors", formatNumber(totals.error, locale)],
      ["warnings", formatNumber(totals.warning, locale)],
      ["infos", formatNumber(totals.info, locale)],
    ]),
    ...blocks,
  );
  drawingsBox.replaceChildren(...drawings);
}

function load(text: string): void {
  source.value = text;
  run();
}

for (const example of examples) exampleSelect.append(html("option", { value: example.name }, example.name));
exampleSelect.addEventListener("change", () => {
  const example = examples.find((candidate) => candidate.name === exampleSelect.value);
  if (example !== undefined) load(example.text);
});
fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file !== undefined) void file.text().then(load);
});
source.addEventListener("dragover", (event) => {
  event.preventDefault();
  source.classList.add("dropping");
});
source.addEventListener("dragleave", () => source.classList.remove("dropping"));
source.addEventListener("drop", (event) => {
  event.preventDefault();
  source.classList.remove("dropping");
  const file = event.dataTransfer?.files[0];
  if (file !== undefined) void file.text().then(load);
});
let pending: ReturnType<typeof setTimeout> | undefined;
source.addEventListener("input", () => {
  clearTimeout(pending);
  pending = setTimeout(run, 250);
});
todayInput.addEventListener("change", run);
localeSelect.addEventListener("change", () => {
  applyLabels(currentLocale());
  run();
});

// The page, not the library, reads the clock: `today` starts as the visitor's date.
if (todayInput.value === "") {
  const now = new Date();
  todayInput.value = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
applyLabels(currentLocale());
run();
