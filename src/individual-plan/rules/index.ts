import type { PlanRule } from "../_context.js";
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
import { planConsentRule } from "./plan-consent.js";
import { responsibilityGroupInactiveRule } from "./responsibility-group-inactive.js";
import { responsibleNotParticipantRule } from "./responsible-not-participant.js";
import { revisionOverdueRule } from "./revision-overdue.js";
import { unknownReferenceRule } from "./unknown-reference.js";
import { userContributionMissingRule } from "./user-contribution-missing.js";
import { userNotParticipantRule } from "./user-not-participant.js";
import { userUnidentifiedRule } from "./user-unidentified.js";

/** Every individual-plan rule. Order does not matter: findings are sorted by path, then code. */
export const planRules: readonly PlanRule[] = [
  // integrity, any status
  duplicateIdRule,
  unknownReferenceRule,
  responsibleNotParticipantRule,
  userUnidentifiedRule,
  birthDateMismatchRule,
  // consent
  planConsentRule,
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
];
