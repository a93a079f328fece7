import type { CalendarDate } from "../../core/dates/calendar-date.js";
import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PATHWAY_PRACTICE } from "./_basis.js";
import { pathwayRule } from "./context.js";

/**
 * `pathway/referral-without-family-meeting` (the seed's pathway): a referral to BUP or HABU was made
 * with no family meeting (familiemøte) done on or before its day. The family, a municipal
 * professional and BUP meet before any referral.
 */
export const referralWithoutFamilyMeetingRule = pathwayRule({
  codes: {
    "pathway/referral-without-family-meeting": {
      severity: "error",
      description: "A referral to BUP or HABU was made with no family meeting (familiemøte) done on or before its day.",
      basis: PATHWAY_PRACTICE,
      messages: {
        nb: "Henvisningen ({stepId}) {doneOn} ble gjort uten et familiemøte før",
        nn: "Tilvisinga ({stepId}) {doneOn} vart gjord utan eit familiemøte før",
        en: "The referral ({stepId}) of {doneOn} was made with no family meeting before it",
      },
    },
  },
  run: (c, ctx) => {
    // The first day any family meeting was done: a referral on or after it has had one before it.
    let firstMeeting: CalendarDate | undefined;
    for (const step of ctx.stepsById.values()) {
      const day = step.type === "family-meeting" ? ctx.doneOn.get(step.id) : undefined;
      if (day !== undefined && (firstMeeting === undefined || day < firstMeeting)) firstMeeting = day;
    }
    const found: RuleFinding<"pathway/referral-without-family-meeting">[] = [];
    for (const [i, record] of (c.steps ?? []).entries()) {
      if (ctx.stepsById.get(record.stepId)?.type !== "referral") continue;
      if (firstMeeting !== undefined && firstMeeting <= record.doneOn) continue;
      found.push({ code: "pathway/referral-without-family-meeting", path: ["steps", i, "doneOn"], params: { stepId: record.stepId, doneOn: record.doneOn } });
    }
    return found;
  },
});
