import { describe, expect, it } from "vitest";
import { type DatePoint, type Deadline, DeadlineSchema, type OneOffDeadline } from "./deadline.js";
import { deadlineEnd, deadlineStart, isOneOffDeadline } from "./deadline-end.js";
import { describeDeadline } from "./describe-deadline.js";
import { isOverdue } from "./is-overdue.js";
import { type ParseDeadlineFailure, parseDeadline } from "./parse-deadline.js";

const date = (value: string): DatePoint => ({ kind: "date", date: value });
const month = (value: string): DatePoint => ({ kind: "month", month: value });
const range = (from: DatePoint, to: DatePoint): Deadline => ({ kind: "range", from, to });
const days = (from: string, to: string): Deadline => range(date(from), date(to));
const months = (from: string, to: string): Deadline => range(month(from), month(to));
const timesPerYear = (times: number): Deadline => ({ kind: "recurrence", frequency: "times-per-year", times });
const timesPer = (times: number, per: "month" | "quarter" | "half-year"): Deadline => ({ kind: "recurrence", frequency: "times-per", times, per });
const every = (interval: number, unit: "week" | "month"): Deadline => ({ kind: "recurrence", frequency: "every", interval, unit });
const yearlyBy = (m: number, day: number, starts?: string): Deadline => ({
  kind: "recurrence",
  frequency: "yearly-by",
  month: m,
  day,
  ...(starts === undefined ? {} : { starts }),
});

const readable: readonly (readonly [string, Deadline])[] = [
  // The seed's action plan, as printed
  ["Frist: 31.01.2013", date("2013-01-31")],
  ["Innan 15.11.20 12", date("2012-11-15")],
  ["Innan 30.11.20 12.", date("2012-11-30")],
  ["Regelmessig opplæring minimum 1.gang pr. ½ år.", timesPerYear(2)],
  ["Eit møte pr.år. Innan 1 mai kvart år.", yearlyBy(5, 1)],
  // Labels, short years after a slash or hyphen, a time of day
  ["Frist 31.01.2013", date("2013-01-31")],
  ["Tidsfrist 31.01.2013", date("2013-01-31")],
  ["Tidsfrist: innen 15.11.2012", date("2012-11-15")],
  ["Frist: årlig", timesPerYear(1)],
  ["15/11-12", date("2012-11-15")],
  ["15.11-12", date("2012-11-15")],
  ["15/11-2012", date("2012-11-15")],
  ["15.11.2012 kl. 12:00", date("2012-11-15")],
  ["15.11.2012 kl 1200", date("2012-11-15")],
  ["innen 15.11.2012 kl.12", date("2012-11-15")],
  ["15.11.2012 klokka 23.59", date("2012-11-15")],
  ["Innan 15.11.20 12 kl 12", date("2012-11-15")],
  // Two-digit years without a reference year: 00-49 are 20yy, 50-99 are 19yy
  ["15.06.99", date("1999-06-15")],
  ["innen 01.09.99", date("1999-09-01")],
  ["1.1.49", date("2049-01-01")],
  ["1.1.50", date("1950-01-01")],
  ["1.1.00", date("2000-01-01")],
  // ISO weeks: Monday to Sunday
  ["innen uke 12 2013", days("2013-03-18", "2013-03-24")],
  ["veke 12 2013", days("2013-03-18", "2013-03-24")],
  ["uke 12/2013", days("2013-03-18", "2013-03-24")],
  ["i uke 12 2013", days("2013-03-18", "2013-03-24")],
  ["uke 1 2013", days("2012-12-31", "2013-01-06")],
  ["uke 53 2015", days("2015-12-28", "2016-01-03")],
  // Parts of a month
  ["ultimo mars 2013", month("2013-03")],
  ["medio mars 2013", date("2013-03-15")],
  ["primo mars 2013", days("2013-03-01", "2013-03-10")],
  // Days within a month, and a span's start borrowing from its end
  ["1.-15. mars 2013", days("2013-03-01", "2013-03-15")],
  ["1.–15. mars 2013", days("2013-03-01", "2013-03-15")],
  ["1-15 mars 2013", days("2013-03-01", "2013-03-15")],
  ["1. desember - 15. januar 2013", days("2012-12-01", "2013-01-15")],
  ["1.12 - 15.01.2013", days("2012-12-01", "2013-01-15")],
  // Quarters and half-years
  ["Q1 2013", months("2013-01", "2013-03")],
  ["q4 2013", months("2013-10", "2013-12")],
  ["1. kv. 2013", months("2013-01", "2013-03")],
  ["3. kv 2013", months("2013-07", "2013-09")],
  ["2. halvår 2013", months("2013-07", "2013-12")],
  ["fyrste halvår 2013", months("2013-01", "2013-06")],
  ["fjerde kvartal 2013", months("2013-10", "2013-12")],
  // Every two weeks
  ["annenhver uke", every(2, "week")],
  ["annakvar veke", every(2, "week")],
  ["hver fjortende dag", every(2, "week")],
  ["kvar fjortande dag", every(2, "week")],
  // N times a period
  ["2 ganger pr. semester", timesPerYear(4)],
  ["to gonger per halvår", timesPerYear(4)],
  ["4 gonger per halvår", timesPer(4, "half-year")],
  ["2 ganger per kvartal", timesPer(2, "quarter")],
  ["tre ganger per kvartal", timesPerYear(12)],
  ["to gonger i månaden", timesPer(2, "month")],
  ["3 ganger i måneden", timesPer(3, "month")],
  ["1 gang i måneden", every(1, "month")],
  ["ein gong per kvartal", timesPerYear(4)],
  ["oppfølging to ganger i måneden", timesPer(2, "month")],
  ["3 møter pr. år", timesPerYear(3)],
  // Yearly by a day, with or without the first due day's year
  ["15.03 årleg", yearlyBy(3, 15)],
  ["innen 1.5.13 hvert år", yearlyBy(5, 1, "2012-05-02")],
  ["innen 1. mai 2013 hvert år", yearlyBy(5, 1, "2012-05-02")],
  ["innen 29.02.2016 hvert år", yearlyBy(2, 29, "2015-03-01")],
  // A vague sentence beside a readable one is left out
  ["snarest, senest 15.11.2012", date("2012-11-15")],
];

const refused: readonly (readonly [string, ParseDeadlineFailure])[] = [
  ["snarest", "vague"],
  ["snarest mulig", "vague"],
  ["løpende", "vague"],
  ["fortløpande", "vague"],
  ["ved behov", "vague"],
  ["etter behov", "vague"],
  ["straks", "vague"],
  ["kontinuerlig", "vague"],
  ["Frist: snarast", "vague"],
  ["våren 2013", "season"],
  ["høsten 2013", "season"],
  ["i løpet av hausten 2013", "season"],
  ["sommer", "season"],
  ["før jul", "season"],
  ["påsken 2013", "season"],
  ["snarest, høsten 2013", "vague"],
  ["veke 12", "week-without-year"],
  ["i uke 12", "week-without-year"],
  ["uke 53 2013", "invalid-date"],
  ["uke 0 2013", "invalid-date"],
  ["uke 12 13", "unrecognized"],
  ["2012/13", "unrecognized"],
  ["15.11.2012 kl 24:30", "unrecognized"],
  ["mars 2013 kl 12", "unrecognized"],
  ["Innan 15.11.20 12 13", "unrecognized"],
  ["medio 2013", "unrecognized"],
  ["ultimo mars", "unrecognized"],
  ["Q5 2013", "unrecognized"],
  ["5 ganger i måneden pr uke", "unrecognized"],
  ["29 ganger i måneden", "unrecognized"],
  ["31.-15. april 2013", "invalid-date"],
  ["15.-1. mars 2013", "reversed-range"],
];

describe("parseDeadline: forms Norwegian plans use", () => {
  it.each(readable)("reads %j", (text, deadline) => {
    const result = parseDeadline(text);
    expect(result).toEqual({ ok: true, deadline });
    expect(result.ok && DeadlineSchema.safeParse(result.deadline).success).toBe(true);
  });

  it.each(refused)("refuses %j", (text, reason) => {
    expect(parseDeadline(text)).toEqual({ ok: false, reason });
  });
});

describe("parseDeadline: referenceYear", () => {
  it("reads a two-digit year as the year nearest the reference year", () => {
    expect(parseDeadline("15.06.99", { referenceYear: 2012 })).toEqual({ ok: true, deadline: date("1999-06-15") });
    expect(parseDeadline("15.06.13", { referenceYear: 2012 })).toEqual({ ok: true, deadline: date("2013-06-15") });
    expect(parseDeadline("15.06.62", { referenceYear: 2012 })).toEqual({ ok: true, deadline: date("2062-06-15") });
    expect(parseDeadline("15.06.63", { referenceYear: 2012 })).toEqual({ ok: true, deadline: date("1963-06-15") });
    expect(parseDeadline("15.06.40", { referenceYear: 1990 })).toEqual({ ok: true, deadline: date("2040-06-15") });
    expect(parseDeadline("15.06.41", { referenceYear: 1990 })).toEqual({ ok: true, deadline: date("1941-06-15") });
    expect(parseDeadline("innen 1.5.99 hvert år", { referenceYear: 2001 })).toEqual({ ok: true, deadline: yearlyBy(5, 1, "1998-05-02") });
  });
  it("places a week without a year in the reference year", () => {
    expect(parseDeadline("i uke 12", { referenceYear: 2012 })).toEqual({ ok: true, deadline: days("2012-03-19", "2012-03-25") });
    expect(parseDeadline("veke 53", { referenceYear: 2015 })).toEqual({ ok: true, deadline: days("2015-12-28", "2016-01-03") });
    expect(parseDeadline("veke 53", { referenceYear: 2013 })).toEqual({ ok: false, reason: "invalid-date" });
  });
  it("gives invalid-date when the nearest year falls outside 1900-2100", () => {
    expect(parseDeadline("1.1.51", { referenceYear: 1900 })).toEqual({ ok: false, reason: "invalid-date" });
    expect(parseDeadline("1.1.50", { referenceYear: 1900 })).toEqual({ ok: true, deadline: date("1950-01-01") });
  });
  it("accepts the bounds of referenceYear and refuses what lies outside, naming the option", () => {
    expect(parseDeadline("15.06.01", { referenceYear: 1900 })).toEqual({ ok: true, deadline: date("1901-06-15") });
    expect(parseDeadline("15.06.99", { referenceYear: 2100 })).toEqual({ ok: true, deadline: date("2099-06-15") });
    expect(parseDeadline("15.06.99", {})).toEqual({ ok: true, deadline: date("1999-06-15") });
    for (const referenceYear of [1899, 2101, 2012.5, Number.NaN, "2012"]) {
      // @ts-expect-error a referenceYear that breaks the contract on purpose
      expect(() => parseDeadline("15.06.99", { referenceYear })).toThrow(RangeError);
      // @ts-expect-error a referenceYear that breaks the contract on purpose
      expect(() => parseDeadline("15.06.99", { referenceYear })).toThrow(/options\.referenceYear/);
    }
    // @ts-expect-error options that break the contract on purpose
    expect(() => parseDeadline("15.06.99", 2012)).toThrow(TypeError);
  });
});

describe("parseDeadline: bounds", () => {
  it("refuses text longer than 500 characters before reading it, and blank text of any length as empty", () => {
    const padded = (length: number): string => `15.11.2012${" ".repeat(length - 10)}`;
    expect(parseDeadline(padded(500))).toEqual({ ok: true, deadline: date("2012-11-15") });
    expect(parseDeadline(padded(501))).toEqual({ ok: false, reason: "unrecognized" });
    expect(parseDeadline(" ".repeat(10_000))).toEqual({ ok: false, reason: "empty" });
  });
  it("refuses text of more than six clauses", () => {
    expect(parseDeadline("snarest, snarest, snarest, snarest, snarest, 15.11.2012")).toEqual({ ok: true, deadline: date("2012-11-15") });
    expect(parseDeadline("snarest, snarest, snarest, snarest, snarest, snarest, 15.11.2012")).toEqual({ ok: false, reason: "unrecognized" });
  });
});

describe("deadlines read from weeks and parts of a month", () => {
  const oneOff = (text: string): OneOffDeadline => {
    const result = parseDeadline(text);
    if (!result.ok || !isOneOffDeadline(result.deadline)) throw new Error(`not a one-off deadline: ${text}`);
    return result.deadline;
  };
  it("makes a week due by its Sunday, overdue from the Monday after", () => {
    const week = oneOff("uke 12 2013");
    expect(isOverdue(week, { today: "2013-03-24" })).toBe(false);
    expect(isOverdue(week, { today: "2013-03-25" })).toBe(true);
    expect(describeDeadline(week, "en")).toBe("18 March 2013 – 24 March 2013");
  });
  it("makes primo due by the 10th and ultimo by the month's last day", () => {
    const primo = oneOff("primo februar 2013");
    const ultimo = oneOff("ultimo februar 2012");
    expect([deadlineStart(primo), deadlineEnd(primo)]).toEqual(["2013-02-01", "2013-02-10"]);
    expect(deadlineEnd(ultimo)).toBe("2012-02-29");
  });
});
