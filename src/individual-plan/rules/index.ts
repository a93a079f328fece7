import { catalogOf } from "../../_lib/engine/rule.js";
import { birthDateMismatchRule } from "./birth-date-mismatch.js";
import { childCoordinatorForAdultRule } from "./child-coordinator-for-adult.js";
import { closedWithOpenMeasuresRule } from "./closed-with-open-measures.js";
import { closingDetailsMissingRule } from "./closing-details-missing.js";
import { consentAfterActivationRule } from "./consent-after-activation.js";
import { consentByMinorRule } from "./consent-by-minor.js";
import { consentGiverNotEntitledRule } from "./consent-giver-not-entitled.js";
import { consentRecipientsMissingRule } from "./consent-recipients-missing.js";
import { coordinatorUntrainedRule } from "./coordinator-untrained.js";
import { duplicateIdRule } from "./duplicate-id.js";
import { goalWithoutMeasureRule } from "./goal-without-measure.js";
import { goalWithoutTitleRule } from "./goal-without-title.js";
import { measureDueSoonRule } from "./measure-due-soon.js";
import { measureOverdueRule } from "./measure-overdue.js";
import { measureWithoutGoalRule } from "./measure-without-goal.js";
import { measureWithoutResponsibleRule } from "./measure-without-responsible.js";
import { measureWithoutTitleRule } from "./measure-without-title.js";
import { meetingNotRecordedRule } from "./meeting-not-recorded.js";
import { missingConsentRule } from "./missing-consent.js";
import { missingCoordinatorRule } from "./missing-coordinator.js";
import { multipleCoordinatorsRule } from "./multiple-coordinators.js";
import { needsNotDescribedRule } from "./needs-not-described.js";
import { noGoalsRule } from "./no-goals.js";
import { noPeriodRule } from "./no-period.js";
import { noRevisionDateRule } from "./no-revision-date.js";
import { parentConsentEndedAt16Rule } from "./parent-consent-ended-at-16.js";
import { parentConsentOver16Rule } from "./parent-consent-over-16.js";
import { participantWithoutConsentRule } from "./participant-without-consent.js";
import { periodEndedRule } from "./period-ended.js";
import { responsibilityGroupInactiveRule } from "./responsibility-group-inactive.js";
import { responsibleNotParticipantRule } from "./responsible-not-participant.js";
import { revisionOverdueRule } from "./revision-overdue.js";
import { unknownReferenceRule } from "./unknown-reference.js";
import { userContributionMissingRule } from "./user-contribution-missing.js";
import { userNotParticipantRule } from "./user-not-participant.js";
import { userUnidentifiedRule } from "./user-unidentified.js";

export { type PlanRuleContext, planRule } from "../_context.js";

/** Every rule `checkIndividualPlan` runs. Order does not matter: findings are sorted by path, then code. */
export const planRules = [
  // integrity, any status
  duplicateIdRule,
  unknownReferenceRule,
  responsibleNotParticipantRule,
  userUnidentifiedRule,
  birthDateMismatchRule,
  // consent
  missingConsentRule,
  consentByMinorRule,
  parentConsentOver16Rule,
  parentConsentEndedAt16Rule,
  consentGiverNotEntitledRule,
  consentAfterActivationRule,
  consentRecipientsMissingRule,
  participantWithoutConsentRule,
  // coordinator
  missingCoordinatorRule,
  multipleCoordinatorsRule,
  coordinatorUntrainedRule,
  childCoordinatorForAdultRule,
  // content: goals, measures, needs, participation
  noGoalsRule,
  goalWithoutTitleRule,
  goalWithoutMeasureRule,
  measureWithoutTitleRule,
  measureWithoutGoalRule,
  measureWithoutResponsibleRule,
  measureOverdueRule,
  measureDueSoonRule,
  needsNotDescribedRule,
  userNotParticipantRule,
  userContributionMissingRule,
  // period and revision
  noPeriodRule,
  periodEndedRule,
  noRevisionDateRule,
  revisionOverdueRule,
  // responsibility group
  responsibilityGroupInactiveRule,
  meetingNotRecordedRule,
  // closing
  closedWithOpenMeasuresRule,
  closingDetailsMissingRule,
] as const;

/**
 * Finding codes of the individual-plan concept: `plan/...`, as the rules declare them. Params are
 * ids, dates, counts and reason codes only; never a name, a national id, a birth date or free text
 * from the plan. Each basis names the act and section, the IP regulation's content item (a-i), the
 * guide or the practice the rule rests on; consent rests on item h, and who may consent on pbrl
 * §§ 4-3 to 4-5.
 */
export const individualPlanFindings = catalogOf(planRules);
