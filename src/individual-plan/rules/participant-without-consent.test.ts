import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeConsent, makeParticipant, makePlan, TODAY } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/participant-without-consent";
const someShared = [makeConsent({ id: "c-1", sharesWith: ["p-rel", "p-coord", "p-nav"] })];
const withGp = (leftOn?: string) => [
  ...(makePlan().participants ?? []).slice(0, 4),
  makeParticipant({ id: "p-gp", role: "gp", ...(leftOn === undefined ? {} : { leftOn }) }),
];

describe(CODE, () => {
  it("fires on a current participant no sharing consent covers", () => {
    const findings = check(makePlan({ consents: someShared }));
    expect(found(findings, CODE)).toEqual([[CODE, ["participants", 4]]]);
    expect(findings.find((f) => f.code === CODE)?.params?.["participantId"]).toBe("p-gp");
    expect(found(check(makePlan({ consents: someShared, participants: withGp(TODAY) })), CODE)).toHaveLength(1);
  });

  it("stays silent for a participant who left before today, and when all are covered", () => {
    expect(found(check(makePlan({ consents: someShared, participants: withGp("2025-09-30") })), CODE)).toEqual([]);
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", consents: someShared })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, consents: someShared })), CODE)).toEqual([]);
  });
});
