import { describe, expect, it } from "vitest";
import { ADULT_BIRTH_DATE, check, CLOSED, found, makePlan, syntheticNationalId } from "../../../test/fixtures/individual-plan.js";
import { NationalIdSchema } from "../../index.js";

const CODE = "plan/birth-date-mismatch";
const mismatched = { birthDate: ADULT_BIRTH_DATE, nationalId: NationalIdSchema.parse(syntheticNationalId("1990-05-16")) };

describe(CODE, () => {
  it("fires when the birth date differs from the national id's", () => {
    expect(found(check(makePlan({ user: mismatched })), CODE)).toEqual([[CODE, ["user", "birthDate"]]]);
  });

  it("stays silent when they agree, or when either is missing", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
    expect(found(check(makePlan({ user: { birthDate: ADULT_BIRTH_DATE } })), CODE)).toEqual([]);
  });

  it("runs on every status", () => {
    expect(found(check(makePlan({ status: "draft", user: mismatched })), CODE)).toHaveLength(1);
    expect(found(check(makePlan({ ...CLOSED, user: mismatched })), CODE)).toHaveLength(1);
  });
});
