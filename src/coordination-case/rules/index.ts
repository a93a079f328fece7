import { catalogOf } from "../../_lib/engine/rule.js";
import { appointmentUntrainedRule } from "./appointment-untrained.js";
import { childCoordinatorForAdultRule } from "./child-coordinator-for-adult.js";
import { closedWithoutDateRule } from "./closed-without-date.js";
import { coordinatorAfterConsentWithdrawnRule } from "./coordinator-after-consent-withdrawn.js";
import { coordinatorBeforeConsentRule } from "./coordinator-before-consent.js";
import { dateInFutureRule } from "./date-in-future.js";
import { duplicateIdRule } from "./duplicate-id.js";
import { inactiveRule } from "./inactive.js";
import { multipleCoordinatorsRule } from "./multiple-coordinators.js";
import { noticeNotFollowedUpRule } from "./notice-not-followed-up.js";
import { noticeUserMismatchRule } from "./notice-user-mismatch.js";
import { openWithClosedDateRule } from "./open-with-closed-date.js";
import { planDeclinedNoCoordinatorOfferRule } from "./plan-declined-no-coordinator-offer.js";
import { planWithoutConsentRule } from "./plan-without-consent.js";
import { userAgeUnknownRule } from "./user-age-unknown.js";

export { type CaseRuleContext, caseRule } from "./context.js";

/** Every rule `checkCoordinationCase` runs. Order does not matter: findings are sorted by path, then code. */
export const caseRules = [
  // integrity, any status (closedWithoutDate: closed cases; openWithClosedDate: open cases)
  duplicateIdRule,
  noticeUserMismatchRule,
  dateInFutureRule,
  closedWithoutDateRule,
  openWithClosedDateRule,
  // the notice and the case's pace (open cases)
  noticeNotFollowedUpRule,
  inactiveRule,
  // consent, offer and appointment (open cases)
  planDeclinedNoCoordinatorOfferRule,
  coordinatorBeforeConsentRule,
  coordinatorAfterConsentWithdrawnRule,
  planWithoutConsentRule,
  multipleCoordinatorsRule,
  appointmentUntrainedRule,
  childCoordinatorForAdultRule,
  userAgeUnknownRule,
] as const;

/**
 * Finding codes of the coordinating unit's cases (koordinerende enhet), `case/...`, as the rules
 * declare them. Params are ids, dates, counts and codes only; never the user's birth date, national id or a name.
 */
export const coordinationCaseFindings = catalogOf(caseRules);
