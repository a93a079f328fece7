// Groups the bundled yearly municipal reports (IS-24/8) by health trust (helseforetak) and prints a
// continuous municipality series in the 2024 numbering, with each point's category scheme, the
// breaks before it and the municipalities missing from it.
//
//   npx tsx examples/report-groupings.ts [reports.json] [--today YYYY-MM-DD] [--locale nb|nn|en]
//
// The bundled reports are fictional. In an app, import from "samhandling" exactly as here.
// Exits 1 when the reports have errors (nothing is summed then), 2 on bad arguments.
import { fileURLToPath } from "node:url";
import { aggregateReports, catchmentAreas2024, municipalityChanges, validateReportSet } from "samhandling";
import { fail, readArgs, readJsonFile } from "./_lib/args.js";
import { label, oneDecimal, seriesBreakLabels } from "./_lib/labels.js";

const USAGE = "Usage: report-groupings.ts [reports.json] [--today YYYY-MM-DD] [--locale nb|nn|en]";

const LABELS = {
  nb: {
    errors: (n: number) => `Rapportene har ${n} feil; ingenting er summert.`,
    trust: "Helseforetak", year: "År", reported: "Rapportert", missing: "Mangler", adults: "Voksne", children: "Barn og unge",
    byTrust: "Årsverk per helseforetak", unplaced: "Ikke plassert", scheme: "Kategorier", breakBefore: "Brudd før",
    carried: "Videreført", notReal: "Ikke reell endring",
    continuous: (numbering: string) => `sammenhengende serie i ${numbering}-nummereringen`,
    missingFrom: (trust: string, n: number) => `Mangler fra ${trust} i 2024: ${n} kommuner, etter nummer fra kodelisten.`,
  },
  nn: {
    errors: (n: number) => `Rapportane har ${n} feil; ingenting er summert.`,
    trust: "Helseføretak", year: "År", reported: "Rapportert", missing: "Manglar", adults: "Vaksne", children: "Born og unge",
    byTrust: "Årsverk per helseføretak", unplaced: "Ikkje plassert", scheme: "Kategoriar", breakBefore: "Brot før",
    carried: "Vidareført", notReal: "Ikkje reell endring",
    continuous: (numbering: string) => `samanhengande serie i ${numbering}-nummereringa`,
    missingFrom: (trust: string, n: number) => `Manglar frå ${trust} i 2024: ${n} kommunar, etter nummer frå kodelista.`,
  },
  en: {
    errors: (n: number) => `The reports have ${n} errors; nothing was summed.`,
    trust: "Health trust", year: "Year", reported: "Reported", missing: "Missing", adults: "Adults", children: "Children and young people",
    byTrust: "Full-time equivalents by health trust", unplaced: "Unplaced", scheme: "Scheme", breakBefore: "Break before",
    carried: "Carried forward", notReal: "Change not real",
    continuous: (numbering: string) => `continuous series in the ${numbering} numbering`,
    missingFrom: (trust: string, n: number) => `Missing from ${trust} in 2024: ${n} municipalities, by number from the code list.`,
  },
} as const;

const args = readArgs(process.argv.slice(2), USAGE);
if (args.positional.length > 1) fail(USAGE);
const t = LABELS[args.locale];
const file = args.positional[0] ?? fileURLToPath(new URL("data/municipal-reports.json", import.meta.url));
const result = validateReportSet(readJsonFile(file, USAGE), { today: args.today ?? "2025-03-01", locale: args.locale });
if (!result.ok) {
  console.error(t.errors(result.findings.filter((f) => f.severity === "error").length));
  process.exit(1);
}

/** Renders rows as columns: the first left-aligned, the rest right-aligned. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length))) ?? [];
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ")).join("\n");
}

// Adults by the adult catchment table, children and young people by the BUP table; series sorted by name, not ranked.
const byTrust = aggregateReports(result.value, { by: "health-trust", catchments: catchmentAreas2024, changes: municipalityChanges });
const trustRows: string[][] = [[t.trust, t.year, t.reported, t.missing, t.adults, t.children]];
for (const series of byTrust.series) {
  for (const p of series.points) {
    trustRows.push([series.key, String(p.year), String(p.municipalities), String(p.missing?.length ?? "-"), oneDecimal(p.adults.total, args.locale), oneDecimal(p.childrenAndYoungPeople.total, args.locale)]);
  }
}
console.log(`${t.byTrust} (${catchmentAreas2024.source.split(" (")[0]})\n\n${table(trustRows)}`);
console.log(`\n${t.unplaced}: ${byTrust.unplaced.length}`);

// One municipality through the reforms, in the 2024 numbering.
const continuous = aggregateReports(result.value, { by: "municipality", numbering: 2024, changes: municipalityChanges });
const stranda = continuous.series.find((s) => s.key === "1525");
const seriesRows: string[][] = [[t.year, t.scheme, t.breakBefore, t.adults, t.carried, t.notReal]];
for (const p of stranda?.points ?? []) {
  seriesRows.push([String(p.year), p.scheme, p.breakBefore?.map((cause) => label(seriesBreakLabels, cause, args.locale)).join(", ") ?? "", oneDecimal(p.adults.total, args.locale), String(p.adults.figures.carriedForward), String(p.adults.changeNotReal)]);
}
console.log(`\n${stranda?.key ?? ""} ${stranda?.name ?? ""}, ${t.continuous(String(continuous.numbering ?? ""))}\n\n${table(seriesRows)}`);
const moreOgRomsdal = "Helse Møre og Romsdal HF";
const missing = byTrust.series.find((s) => s.key === moreOgRomsdal)?.points.at(-1)?.missing?.length ?? 0;
console.log(`\n${t.missingFrom(moreOgRomsdal, missing)}`);
