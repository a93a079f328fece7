// Checks a file of yearly municipal reports (årsrapportering, IS-24/8) and prints the full-time
// equivalents (årsverk) as time series: per county, and for the nation by profession and education.
//
//   npx tsx examples/reporting-trends.ts [reports.json] [--today YYYY-MM-DD] [--locale nb|nn|en]
//   npx tsx examples/reporting-trends.ts          # reads examples/data/municipal-reports.json
//
// The bundled reports are fictional. In an app, import from "samhandling" exactly as here.
// Exits 1 when the reports have errors (nothing is summed then), 2 on bad arguments.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  aggregateReports,
  EducationLevelSchema,
  educationLevelLabels,
  type Finding,
  formatFindingsTable,
  formatPath,
  type Locale,
  type MunicipalReport,
  ProfessionSchema,
  professionLabels,
  type ReportSeriesPoint,
  validateReportSet,
} from "samhandling";
import { readArgs } from "./_lib/args.js";

const USAGE = "Usage: reporting-trends.ts [reports.json] [--today YYYY-MM-DD] [--locale nb|nn|en]";
const args = readArgs(process.argv.slice(2), USAGE);
const today = args.today ?? "2025-03-01";
const locale = args.locale;
const file = args.positional[0] ?? fileURLToPath(new URL("data/municipal-reports.json", import.meta.url));

const TEXT: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  nb: {
    title: "Årsrapportering fra kommunene", checked: "kontrollert", reports: "rapporter", findings: "Funn",
    errors: "feil", warnings: "advarsler", info: "info", example: "f.eks.", byCounty: "Årsverk per fylke",
    county: "Fylke", year: "År", municipalities: "Kommuner", adults: "Voksne", children: "Barn og unge",
    total: "Sum", national: "Årsverk i hele landet", profession: "Yrkesgruppe", education: "Utdanningsnivå",
    reported: "Kommuner som rapporterte", stop: "Rapportene har feil; ingenting er summert.",
  },
  nn: {
    title: "Årsrapportering frå kommunane", checked: "kontrollert", reports: "rapportar", findings: "Funn",
    errors: "feil", warnings: "åtvaringar", info: "info", example: "t.d.", byCounty: "Årsverk per fylke",
    county: "Fylke", year: "År", municipalities: "Kommunar", adults: "Vaksne", children: "Born og unge",
    total: "Sum", national: "Årsverk i heile landet", profession: "Yrkesgruppe", education: "Utdanningsnivå",
    reported: "Kommunar som rapporterte", stop: "Rapportane har feil; ingenting er summert.",
  },
  en: {
    title: "Yearly municipal reports", checked: "checked", reports: "reports", findings: "Findings",
    errors: "errors", warnings: "warnings", info: "info", example: "e.g.", byCounty: "Full-time equivalents by county",
    county: "County", year: "Year", municipalities: "Municipalities", adults: "Adults", children: "Children and young people",
    total: "Total", national: "Full-time equivalents, whole country", profession: "Profession", education: "Education level",
    reported: "Municipalities that reported", stop: "The reports have errors; nothing was summed.",
  },
};
const t = (key: string): string => TEXT[locale][key] ?? key;
const fte = (value: number): string => (locale === "en" ? value.toFixed(1) : value.toFixed(1).replace(".", ","));

/** Renders rows as columns: the first left-aligned, the rest right-aligned. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length))) ?? [];
  return rows
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  "))
    .join("\n");
}

function summarizeFindings(findings: readonly Finding[]): void {
  const count = (severity: Finding["severity"]): number => findings.filter((f) => f.severity === severity).length;
  console.log(`${t("findings")}: ${t("errors")} ${count("error")}, ${t("warnings")} ${count("warning")}, ${t("info")} ${count("info")}`);
  const serious = findings.filter((f) => f.severity !== "info");
  if (serious.length > 0) console.log(`\n${formatFindingsTable(serious, { locale })}`);
  const infoByCode = new Map<string, Finding[]>();
  for (const f of findings.filter((f) => f.severity === "info")) infoByCode.set(f.code, [...(infoByCode.get(f.code) ?? []), f]);
  for (const [code, group] of infoByCode) {
    const first = group[0];
    if (first) console.log(`  ${group.length} × ${code}, ${t("example")} ${formatPath(first.path)}: ${first.message}`);
  }
}

function printNational(reports: readonly MunicipalReport[]): void {
  const points = aggregateReports(reports, { by: "national" }).series[0]?.points ?? [];
  const years = points.map((p) => String(p.year));
  const sum = (read: (p: ReportSeriesPoint) => number): string[] => points.map((p) => fte(read(p)));
  const rows: string[][] = [[t("profession"), ...years]];
  for (const profession of ProfessionSchema.options) {
    const values = points.map((p) => p.adults.byProfession[profession] + p.childrenAndYoungPeople.byProfession[profession]);
    if (values.some((v) => v !== 0)) rows.push([professionLabels[profession][locale], ...values.map(fte)]);
  }
  rows.push([t("total"), ...sum((p) => p.total)], [t("reported"), ...points.map((p) => String(p.municipalities))]);
  console.log(`\n${t("national")}\n\n${table(rows)}`);
  const education: string[][] = [[t("education"), ...years]];
  for (const level of EducationLevelSchema.options) {
    const values = points.map((p) => p.adults.byEducation[level] + p.childrenAndYoungPeople.byEducation[level]);
    education.push([educationLevelLabels[level][locale], ...values.map(fte)]);
  }
  console.log(`\n${table(education)}`);
}

const input: unknown = JSON.parse(readFileSync(file, "utf8"));
const result = validateReportSet(input, { today, locale });
const count = Array.isArray(input) ? input.length : 0;
console.log(`${t("title")} (IS-24/8): ${count} ${t("reports")}, ${t("checked")} ${today}.`);
summarizeFindings(result.findings);
if (!result.ok) {
  console.error(`\n${t("stop")}`);
  process.exit(1);
}

const byCounty = aggregateReports(result.value, { by: "county" });
const countyRows: string[][] = [[t("county"), t("year"), t("municipalities"), t("adults"), t("children"), t("total")]];
for (const series of byCounty.series) {
  for (const point of series.points) {
    countyRows.push([
      `${series.key} ${series.name ?? ""}`,
      String(point.year),
      String(point.municipalities),
      fte(point.adults.total),
      fte(point.childrenAndYoungPeople.total),
      fte(point.total),
    ]);
  }
}
console.log(`\n${t("byCounty")}\n\n${table(countyRows)}`);
printNational(result.value);
