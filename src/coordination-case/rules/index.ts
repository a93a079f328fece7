import { appointmentUntrained } from "./appointment-untrained.js";
import { childCoordinatorForAdult } from "./child-coordinator-for-adult.js";
import { closedWithoutDate } from "./closed-without-date.js";
import type { CaseRule } from "./context.js";
import { coordinatorAfterConsentWithdrawn } from "./coordinator-after-consent-withdrawn.js";
import { coordinatorBeforeConsent } from "./coordinator-before-consent.js";
import { dateInFuture } from "./date-in-future.js";
import { duplicateId } from "./duplicate-id.js";
import { inactive } from "./inactive.js";
import { multipleCoordinators } from "./multiple-coordinators.js";
import { noticeNotFollowedUp } from "./notice-not-followed-up.js";
import { noticeUserMismatch } from "./notice-user-mismatch.js";
import { openWithClosedDate } from "./open-with-closed-date.js";
import { planDeclinedNoCoordinatorOffer } from "./plan-declined-no-coordinator-offer.js";
import { planWithoutConsent } from "./plan-without-consent.js";
import { userAgeUnknown } from "./user-age-unknown.js";

export type { CaseRule, CaseRuleContext } from "./context.js";

/** Every rule `checkCoordinationCase` runs. Order does not matter: findings are sorted by path, then code. */
export const caseRules: readonly CaseRule[] = [
  // integrity, any status
  duplicateId,
  noticeUserMismatch,
  dateInFuture,
  closedWithoutDate,
  openWithClosedDate,
  // the notice and the case's pace (open cases)
  noticeNotFollowedUp,
  inactive,
  // consent, offer and appointment (open cases)
  planDeclinedNoCoordinatorOffer,
  coordinatorBeforeConsent,
  coordinatorAfterConsentWithdrawn,
  planWithoutConsent,
  multipleCoordinators,
  appointmentUntrained,
  childCoordinatorForAdult,
  userAgeUnknown,
];
