import { describe, expect, it } from "vitest";
import { deepFreeze, makeEvaluatedPlan, makeEvaluation, makeEvaluationRow } from "../../../test/fixtures/evaluation.js";
import { fired } from "./_fired.js";
import { meetingBeforeRowRule } from "./meeting-before-row.js";

const CODE = "evaluation/meeting-before-row";
// Row 1 done on 2012-11-20; row 2 in progress, due 2012-11-30.
const plan = deepFreeze(makeEvaluatedPlan());
const meetingOn = (date: string, rows = makeEvaluation().rows) =>
  deepFreeze(makeEvaluation(rows, { meeting: { date, participants: [{ role: "Koordinerande eining" }] } }));

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(meetingBeforeRowRule.codes)).toEqual([CODE]);
  });

  it("fires on a row done after the meeting and on an open row not yet due", () => {
    expect(fired(CODE, meetingOn("2012-11-19"), plan, "2012-12-01")).toEqual([
      [["rows", 0], { row: "1", meetingDate: "2012-11-19", date: "2012-11-20", reason: "done-later" }],
      [["rows", 1], { row: "2", meetingDate: "2012-11-19", date: "2012-11-30", reason: "not-yet-due" }],
    ]);
  });

  it("does not fire on a row done on the meeting's day", () => {
    expect(fired(CODE, meetingOn("2012-11-20"), plan, "2012-12-01")).toEqual([
      [["rows", 1], { row: "2", meetingDate: "2012-11-20", date: "2012-11-30", reason: "not-yet-due" }],
    ]);
  });

  it("fires the day before an open row's deadline and not on the deadline itself", () => {
    expect(fired(CODE, meetingOn("2012-11-29"), plan, "2012-12-01").map(([, params]) => params?.["row"])).toEqual(["2"]);
    expect(fired(CODE, meetingOn("2012-11-30"), plan, "2012-12-01")).toEqual([]);
  });

  it("does not judge a dropped row on its deadline", () => {
    const rows = [makeEvaluationRow({ rowId: "2", result: "dropped" })];
    expect(fired(CODE, meetingOn("2012-11-21", rows), plan, "2012-12-01")).toEqual([]);
  });

  it("does not judge a recurring row on its deadline", () => {
    const recurring = makeEvaluatedPlan();
    const rows = recurring.rows.map((row) => (row.id === "2" ? { ...row, deadline: { kind: "recurrence" as const, frequency: "times-per-year" as const, times: 2 } } : row));
    expect(fired(CODE, meetingOn("2012-11-21"), { ...recurring, rows }, "2012-12-01")).toEqual([]);
  });
});
