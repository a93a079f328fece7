// Internal: an id as a finding may name it. Ids are record identifiers, not personal data, but a
// reference field can hold anything a user typed; what could hold a national id (11 digits on their
// own, the space after the birth date allowed) or free text (whitespace, or longer than an id would
// be) is written as "…" instead. A UUID's last group has 12 digits and stays.

/** The id itself when it reads as an id, else "…". */
export function shownId(value: string): string {
  return value.length > 100 || /\s/.test(value) || /(?<!\d)\d{6} ?\d{5}(?!\d)/.test(value) ? "…" : value;
}
