// Reads the reference CSVs in data/reference/ (UTF-8, comma-separated, a header row, fields quoted only
// where needed, "" for a quote inside a quoted field). Shared by the generator and the test that holds
// the shipped tables against these files.
import { readFileSync } from "node:fs";

/** Splits one CSV line into its fields. */
export function csvFields(line) {
  const fields = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') { field += '"'; i++; }
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") { fields.push(field); field = ""; }
    else field += char;
  }
  fields.push(field);
  return fields;
}

/** The rows of a CSV file as objects keyed by the header's column names. */
export function readCsv(path) {
  const [header, ...lines] = readFileSync(path, "utf8").split(/\r?\n/).filter((line) => line.length > 0);
  const columns = csvFields(header ?? "");
  return lines.map((line) => Object.fromEntries(csvFields(line).map((value, i) => [columns[i], value])));
}
