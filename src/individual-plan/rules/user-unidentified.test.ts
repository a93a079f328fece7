import { describe, expect, it } from "vitest";
import { ADULT_BIRTH_DATE, check, CLOSED, found, makePlan, syntheticNationalId } from "../../../test/fixtures/individual-plan.js";
import { NationalIdSchema } from "../../index.js";

const CODE = "plan/user-unidentified";

describe(CODE, () => {
  it("fires when the user has neither a birth date nor a national id", () => {
    expect(found(check(makePlan({ user: { name: "Bruker Testesen" } })), CODE)).toEqual([[CODE, ["user"]]]);
  });

  it("stays silent with either one", () => {
    expect(found(check(makePlan({ user: { birthDate: ADULT_BIRTH_DATE } })), CODE)).toEqual([]);
    expect(found(check(makePlan({ user: { nationalId: NationalIdSchema.parse(syntheticNationalId(ADULT_BIRTH_DATE)) } })), CODE)).toEqual([]);
  });

  it("runs on every status", () => {
    expect(found(check(makePlan({ status: "draft", user: {} })), CODE)).toHaveLength(1);
    expect(found(check(makePlan({ ...CLOSED, user: {} })), CODE)).toHaveLength(1);
  });
});
