// Groups the bundled yearly municipal reports (IS-24/8) by health trust (helseforetak) and prints a
// continuous municipality series in the 2024 numbering, with each point's category scheme, the
// breaks before it and the municipalities missing from it.
//
//   npx tsx examples/report-groupings.ts [reports.json] [--today YYYY-MM-DD]
//
// The bundled reports are fictional. In an app, import from "samhandling" exactly as here.
// Exits 1 when the reports have errors (nothing is summed then), 2 on bad arguments.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { aggregateReports, catchmentAreas2024, municipalityChanges, validateReportSet } from "samhandling";
import { readArgs } from "./_lib/args.js";

const USAGE = "Usage: report-groupings.ts [reports.json] [--today YYYY-MM-DD]";
const args = readArgs(process.argv.slice(2), USAGE);
const file = args.positional[0] ?? fileURLToPath(new URL("data/municipal-reports.json", import.meta.url));
const result = validateReportSet(JSON.parse(readFileSync(file, "utf8")), { today: args.today ?? "2025-03-01" });
if (!result.ok) {
  console.error(`The reports have ${result.findings.filter((f) => f.severity === "error").length} errors; nothing was summed.`);
  process.exit(1);
}

/** Renders rows as columns: the first left-aligned, the rest right-aligned. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length))) ?? [];
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ")).join("\n");
}

// Adults by the adult catchment table, children and young people by the BUP table; series sorted by name, not ranked.
const byTrust = aggregateReports(result.value, { by: "health-trust", catchments: catchmentAreas2024, changes: municipalityChanges });
const trustRows = [["Health trust", "Year", "Reported", "Missing", "Adults", "Children and young people"]];
for (const series of byTrust.series) {
  for (const p of series.points) {
    trustRows.push([series.key, String(p.year), String(p.municipalities), String(p.missing?.length ?? "-"), p.adults.total.toFixed(1), p.childrenAndYoungPeople.total.toFixed(1)]);
  }
}
console.log(`Full-time equivalents by health trust (${catchmentAreas2024.source.split(" (")[0]})\n\n${table(trustRows)}`);
console.log(`\nUnplaced: ${byTrust.unplaced.length}`);

// One municipality through the reforms, in the 2024 numbering.
const continuous = aggregateReports(result.value, { by: "municipality", numbering: 2024, changes: municipalityChanges });
const stranda = continuous.series.find((s) => s.key === "1525");
const seriesRows = [["Year", "Scheme", "Break before", "Adults", "Carried forward", "Change not real"]];
for (const p of stranda?.points ?? []) {
  seriesRows.push([String(p.year), p.scheme, p.breakBefore?.join(", ") ?? "", p.adults.total.toFixed(1), String(p.adults.figures.carriedForward), String(p.adults.changeNotReal)]);
}
console.log(`\n${stranda?.key ?? ""} ${stranda?.name ?? ""}, continuous series in the ${continuous.numbering ?? ""} numbering\n\n${table(seriesRows)}`);
console.log(`\nMissing from Helse Møre og Romsdal HF in 2024: ${byTrust.series.find((s) => s.key === "Helse Møre og Romsdal HF")?.points.at(-1)?.missing?.length ?? 0} municipalities, by number from the code list.`);
