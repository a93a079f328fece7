import { resolveLocale } from "../../_lib/options.js";
import type { Locale } from "../locale.js";
import { requireDeadline } from "./_deadline-guard.js";
import type { DatePoint, Deadline, Recurrence } from "./deadline.js";

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  nb: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  nn: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

type Per = "month" | "quarter" | "half-year";

const WORDS = {
  nb: { by: "innen", timesAYear: (n: number) => (n === 1 ? "én gang i året" : `${n} ganger i året`), everyWeek: "hver uke", everyMonth: "hver måned", every: (n: number, unit: string) => `hver ${n}. ${unit}`, week: "uke", month: "måned", eachYear: "hvert år", timesPer: (n: number, per: Per) => `${n === 1 ? "én gang" : `${n} ganger`} i ${{ month: "måneden", quarter: "kvartalet", "half-year": "halvåret" }[per]}` },
  nn: { by: "innan", timesAYear: (n: number) => (n === 1 ? "éin gong i året" : `${n} gonger i året`), everyWeek: "kvar veke", everyMonth: "kvar månad", every: (n: number, unit: string) => `kvar ${n}. ${unit}`, week: "veke", month: "månad", eachYear: "kvart år", timesPer: (n: number, per: Per) => `${n === 1 ? "éin gong" : `${n} gonger`} i ${{ month: "månaden", quarter: "kvartalet", "half-year": "halvåret" }[per]}` },
  en: { by: "by", timesAYear: (n: number) => (n === 1 ? "once a year" : n === 2 ? "twice a year" : `${n} times a year`), everyWeek: "every week", everyMonth: "every month", every: (n: number, unit: string) => `every ${n} ${unit}s`, week: "week", month: "month", eachYear: "every year", timesPer: (n: number, per: Per) => `${n === 1 ? "once" : n === 2 ? "twice" : `${n} times`} a ${{ month: "month", quarter: "quarter", "half-year": "half-year" }[per]}` },
} as const;

/**
 * Writes a deadline out in words, at the precision it has.
 *
 * @param deadline - Any deadline.
 * @param locale - `nb` (default), `nn` or `en`.
 * @returns A short text such as "15. november 2012", "mai 2012 – juni 2012" or "innan 1. mai kvart år".
 * @throws TypeError when `deadline` is not a {@link Deadline}; RangeError when `locale` is not `nb`, `nn` or `en`.
 *
 * @example
 * describeDeadline({ kind: "month", month: "2012-03" }, "en")
 * //=> "March 2012"
 * describeDeadline({ kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 }, "nn")
 * //=> "innan 1. mai kvart år"
 */
export function describeDeadline(deadline: Deadline, locale: Locale = "nb"): string {
  requireDeadline(deadline, "describeDeadline");
  return describeChecked(deadline, resolveLocale(locale));
}

function describeChecked(deadline: Deadline, locale: Locale): string {
  if (deadline.kind === "range") return `${describePoint(deadline.from, locale)} – ${describePoint(deadline.to, locale)}`;
  if (deadline.kind === "recurrence") return describeRecurrence(deadline, locale);
  return describePoint(deadline, locale);
}

function describeRecurrence(recurrence: Recurrence, locale: Locale): string {
  const words = WORDS[locale];
  switch (recurrence.frequency) {
    case "times-per-year":
      return words.timesAYear(recurrence.times);
    case "every":
      if (recurrence.interval === 1) return recurrence.unit === "week" ? words.everyWeek : words.everyMonth;
      return words.every(recurrence.interval, recurrence.unit === "week" ? words.week : words.month);
    case "times-per":
      return words.timesPer(recurrence.times, recurrence.per);
    case "yearly-by":
      return `${words.by} ${dayMonth(recurrence.day, recurrence.month, locale)} ${words.eachYear}`;
  }
}

function describePoint(point: DatePoint, locale: Locale): string {
  switch (point.kind) {
    case "date": {
      const [year, month, day] = point.date.split("-").map(Number) as [number, number, number];
      return `${dayMonth(day, month, locale)} ${year}`;
    }
    case "month": {
      const [year, month] = point.month.split("-").map(Number) as [number, number];
      return `${MONTHS[locale][month - 1] ?? point.month} ${year}`;
    }
    case "year":
      return String(point.year);
  }
}

function dayMonth(day: number, month: number, locale: Locale): string {
  const name = MONTHS[locale][month - 1] ?? String(month);
  return locale === "en" ? `${day} ${name}` : `${day}. ${name}`;
}
