import { describe, expect, it } from "vitest";
import { type DatePoint, type Deadline, DeadlineSchema } from "./deadline.js";
import { type ParseDeadlineFailure, type ParseDeadlineResult, parseDeadline } from "./parse-deadline.js";

const date = (value: string): DatePoint => ({ kind: "date", date: value });
const month = (value: string): DatePoint => ({ kind: "month", month: value });
const year = (value: number): DatePoint => ({ kind: "year", year: value });
const range = (from: DatePoint, to: DatePoint): Deadline => ({ kind: "range", from, to });
const monthRange = (from: string, to: string): Deadline => range(month(from), month(to));
const timesPerYear = (times: number): Deadline => ({ kind: "recurrence", frequency: "times-per-year", times });
const every = (interval: number, unit: "week" | "month"): Deadline => ({ kind: "recurrence", frequency: "every", interval, unit });
const yearlyBy = (monthNumber: number, day: number): Deadline => ({ kind: "recurrence", frequency: "yearly-by", month: monthNumber, day });
const read = (deadline: Deadline): ParseDeadlineResult => ({ ok: true, deadline });
const failure = (reason: ParseDeadlineFailure): ParseDeadlineResult => ({ ok: false, reason });

const readable: readonly (readonly [string, Deadline])[] = [
  // Dates, with the prefixes that do not change them
  ["Innan 15.11.2012", date("2012-11-15")],
  ["innen 15.11.2012", date("2012-11-15")],
  ["Innan 30.11.2012", date("2012-11-30")],
  ["senest 15.11.2012", date("2012-11-15")],
  ["seinast 15.11.2012", date("2012-11-15")],
  ["før 15.11.2012", date("2012-11-15")],
  ["ila 15.11.2012", date("2012-11-15")],
  ["i løpet av 15.11.2012", date("2012-11-15")],
  ["innen utgangen av 15.11.2012", date("2012-11-15")],
  ["innan utgangen av 15.11.2012", date("2012-11-15")],
  ["15.11.12", date("2012-11-15")],
  ["2012-11-15", date("2012-11-15")],
  ["1.5.2013", date("2013-05-01")],
  ["15/11/2012", date("2012-11-15")],
  ["29.02.2012", date("2012-02-29")],
  ["1. mai 2013", date("2013-05-01")],
  ["1.mai 2013", date("2013-05-01")],
  ["1 mai 2013", date("2013-05-01")],
  ["  INNEN\u00a015.11.2012. ", date("2012-11-15")],
  // Months and years
  ["November 2011", month("2011-11")],
  ["mars 2012", month("2012-03")],
  ["innen utgangen av mars 2013", month("2013-03")],
  ["innan utgangen av mars 2013", month("2013-03")],
  ["i løpet av mars 2013", month("2013-03")],
  ["jan 2013", month("2013-01")],
  ["feb. 2013", month("2013-02")],
  ["mar 2013", month("2013-03")],
  ["apr. 2013", month("2013-04")],
  ["jun 2013", month("2013-06")],
  ["jul. 2013", month("2013-07")],
  ["aug 2013", month("2013-08")],
  ["sep 2013", month("2013-09")],
  ["sept. 2013", month("2013-09")],
  ["okt 2013", month("2013-10")],
  ["nov. 2013", month("2013-11")],
  ["des 2013", month("2013-12")],
  ["2013", year(2013)],
  ["ila 2013", year(2013)],
  // Ranges
  ["Mai 2012 Juni 2012", monthRange("2012-05", "2012-06")],
  ["mai - juni 2012", monthRange("2012-05", "2012-06")],
  ["mai 2012 - juni 2012", monthRange("2012-05", "2012-06")],
  ["mai–juni 2012", monthRange("2012-05", "2012-06")],
  ["november - februar 2013", monthRange("2012-11", "2013-02")],
  ["juni - mai 2012", monthRange("2011-06", "2012-05")],
  ["jan.-feb. 2013", monthRange("2013-01", "2013-02")],
  ["1.10.12 - 31.01.13", range(date("2012-10-01"), date("2013-01-31"))],
  ["2012-11-15 - 2013-01-31", range(date("2012-11-15"), date("2013-01-31"))],
  ["fra oktober 2012 til januar 2013", monthRange("2012-10", "2013-01")],
  ["frå oktober 2012 til januar 2013", monthRange("2012-10", "2013-01")],
  ["fra og med oktober 2012 til og med januar 2013", monthRange("2012-10", "2013-01")],
  ["oktober 2012 - januar 2013", monthRange("2012-10", "2013-01")],
  ["oktober 2012 til januar 2013", monthRange("2012-10", "2013-01")],
  ["1.10.2012 - 31.01.2013", range(date("2012-10-01"), date("2013-01-31"))],
  ["1.10.2012-31.01.2013", range(date("2012-10-01"), date("2013-01-31"))],
  ["2012 - 2013", range(year(2012), year(2013))],
  ["1. kvartal 2013", monthRange("2013-01", "2013-03")],
  ["2. kvartal 2013", monthRange("2013-04", "2013-06")],
  ["3. kvartal 2013", monthRange("2013-07", "2013-09")],
  ["4. kvartal 2013", monthRange("2013-10", "2013-12")],
  ["første kvartal 2013", monthRange("2013-01", "2013-03")],
  ["1. halvår 2013", monthRange("2013-01", "2013-06")],
  ["2. halvår 2013", monthRange("2013-07", "2013-12")],
  // Times a year
  ["Kontinuerleg to gongar i året", timesPerYear(2)],
  ["to ganger i året", timesPerYear(2)],
  ["minst fire samlingar i året", timesPerYear(4)],
  ["3 møter pr. år", timesPerYear(3)],
  ["to ganger årlig", timesPerYear(2)],
  ["to ganger om året", timesPerYear(2)],
  ["tre gonger kvart år", timesPerYear(3)],
  ["halvårlig", timesPerYear(2)],
  ["halvårleg", timesPerYear(2)],
  ["hvert halvår", timesPerYear(2)],
  ["kvart halvår", timesPerYear(2)],
  ["årlig", timesPerYear(1)],
  ["årleg", timesPerYear(1)],
  ["hvert år", timesPerYear(1)],
  ["kvart år", timesPerYear(1)],
  ["en gang i året", timesPerYear(1)],
  ["ein gong i året", timesPerYear(1)],
  ["kvartalsvis", timesPerYear(4)],
  ["hvert kvartal", timesPerYear(4)],
  ["kvart kvartal", timesPerYear(4)],
  ["minimum 1 gang pr. ½ år", timesPerYear(2)],
  ["1.gang pr. ½ år", timesPerYear(2)],
  ["1 gang per halvår", timesPerYear(2)],
  ["2 ganger per kvartal", { kind: "recurrence", frequency: "times-per", times: 2, per: "quarter" }],
  ["to ganger i måneden", { kind: "recurrence", frequency: "times-per", times: 2, per: "month" }],
  // Every n weeks or months
  ["månedlig", every(1, "month")],
  ["månadleg", every(1, "month")],
  ["hver måned", every(1, "month")],
  ["kvar månad", every(1, "month")],
  ["en gang i måneden", every(1, "month")],
  ["kvar veke", every(1, "week")],
  ["hver uke", every(1, "week")],
  ["ukentlig", every(1, "week")],
  ["vekentleg", every(1, "week")],
  ["kvar veka", every(1, "week")],
  ["annenhver uke", every(2, "week")],
  ["annakvar veke", every(2, "week")],
  ["hver 2. uke", every(2, "week")],
  ["kvar 2. veke", every(2, "week")],
  ["hver annen uke", every(2, "week")],
  ["hver 14. dag", every(2, "week")],
  ["en gang hver 2. uke", every(2, "week")],
  ["hver 3. måned", every(3, "month")],
  ["hver tredje måned", every(3, "month")],
  // By a day each year, and compound texts
  ["Eit møte pr. år. Innan 1. mai kvart år", yearlyBy(5, 1)],
  ["innen 1. mai hvert år", yearlyBy(5, 1)],
  ["innan 1 mai kvart år", yearlyBy(5, 1)],
  ["hvert år innen 1. mai", yearlyBy(5, 1)],
  ["innen 15.11. hvert år", yearlyBy(11, 15)],
  ["innen 29.02 hvert år", yearlyBy(2, 29)],
  ["årlig. årleg", timesPerYear(1)],
];

const unreadable: readonly (readonly [unknown, ParseDeadlineFailure])[] = [
  ["", "empty"],
  ["   ", "empty"],
  ["\u00a0\t\n", "empty"],
  ["snarest", "vague"],
  ["ved behov", "vague"],
  ["høsten 2013", "season"],
  ["asap", "vague"],
  ["15.11", "unrecognized"],
  ["innen 1. mai", "unrecognized"],
  ["1899", "unrecognized"],
  ["2013-03", "unrecognized"],
  ["2012-13", "unrecognized"],
  ["mars 12", "unrecognized"],
  ["fra oktober 2012", "unrecognized"],
  ["5. kvartal 2013", "unrecognized"],
  ["to ganger hver 2. uke", "unrecognized"],
  ["31 ganger i måneden", "unrecognized"],
  ["innen 1. mai og 1. november hvert år", "unrecognized"],
  ["1 gang pr. kvart år", "unrecognized"],
  ["to ganger i uka", "unrecognized"],
  ["hvert 2. år", "unrecognized"],
  ["daglig", "unrecognized"],
  ["ca. to ganger i året", "unrecognized"],
  ["Eit møte pr. år. Innan 15.11.2012", "unrecognized"],
  ["to ganger i året. innen 1. mai hvert år", "unrecognized"],
  ["Innan 15.11.2012. Ja", "unrecognized"],
  [undefined, "unrecognized"],
  [null, "unrecognized"],
  [2013, "unrecognized"],
  [{ kind: "year", year: 2013 }, "unrecognized"],
  ["31.02.2012", "invalid-date"],
  ["32.01.2012", "invalid-date"],
  ["29.02.2013", "invalid-date"],
  ["15.13.2012", "invalid-date"],
  ["15.11.1850", "invalid-date"],
  ["31. april 2013", "invalid-date"],
  ["innen 30.02 hvert år", "invalid-date"],
  ["desember - januar 1900", "invalid-date"],
  ["juni 2012 - mai 2012", "reversed-range"],
  ["31.01.2013 - 1.10.2012", "reversed-range"],
  ["2013 - mars 2013", "reversed-range"],
];

describe("parseDeadline", () => {
  it.each(readable)("reads %j", (text, deadline) => {
    expect(parseDeadline(text)).toEqual(read(deadline));
  });

  it.each(unreadable)("refuses %j", (text, reason) => {
    expect(parseDeadline(text)).toEqual(failure(reason));
  });

  it("gives only deadlines that pass DeadlineSchema", () => {
    for (const [text] of readable) {
      const result = parseDeadline(text);
      expect(result.ok && DeadlineSchema.safeParse(result.deadline).success).toBe(true);
    }
  });
});
