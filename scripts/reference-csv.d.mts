/** Splits one CSV line into its fields. */
export function csvFields(line: string): string[];
/** The rows of a CSV file as objects keyed by the header's column names. */
export function readCsv(path: string): Record<string, string>[];
