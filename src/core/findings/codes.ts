// Every finding code the library reports, and nothing else: the one list the option checks and the
// FindingCode type read, so that checking a rules setting does not load every concept's messages.
// Each code is declared with its severity, basis and messages by the rule that emits it (or, for
// schema/..., in catalog/schema.ts); a test keeps this list and findingCatalog equal.

/**
 * Every finding code, grouped by concept. The codes are part of the public API: never renamed or removed.
 *
 * @example
 * FINDING_CODES.includes("plan/missing-consent")
 * //=> true
 */
export const FINDING_CODES = [
  // schema
  "schema/invalid",
  "schema/invalid-type",
  "schema/invalid-value",
  "schema/invalid-format",
  "schema/too-small",
  "schema/too-big",
  "schema/unrecognized-keys",
  "schema/invalid-date",
  "schema/invalid-range",
  "schema/invalid-national-id",
  "schema/invalid-organization-number",
  "schema/invalid-municipality-number",
  // plan
  "plan/missing-consent",
  "plan/consent-withdrawn",
  "plan/consent-expired",
  "plan/consent-by-minor",
  "plan/parent-consent-over-16",
  "plan/consent-after-activation",
  "plan/consent-recipients-missing",
  "plan/participant-without-consent",
  "plan/missing-coordinator",
  "plan/multiple-coordinators",
  "plan/coordinator-untrained",
  "plan/child-coordinator-for-adult",
  "plan/no-goals",
  "plan/goal-without-title",
  "plan/goal-without-measure",
  "plan/measure-without-title",
  "plan/measure-without-goal",
  "plan/measure-without-responsible",
  "plan/responsible-not-participant",
  "plan/measure-overdue",
  "plan/measure-due-soon",
  "plan/needs-not-described",
  "plan/no-period",
  "plan/period-ended",
  "plan/no-revision-date",
  "plan/revision-overdue",
  "plan/user-not-participant",
  "plan/user-contribution-missing",
  "plan/user-unidentified",
  "plan/birth-date-mismatch",
  "plan/responsibility-group-inactive",
  "plan/meeting-not-recorded",
  "plan/closed-with-open-measures",
  "plan/closing-details-missing",
  "plan/unknown-reference",
  "plan/duplicate-id",
  "plan/parent-consent-ended-at-16",
  "plan/consent-giver-not-entitled",
  // action-plan
  "action-plan/row-overdue",
  "action-plan/row-due-soon",
  "action-plan/recurring-missed",
  "action-plan/row-missing-responsible",
  "action-plan/row-missing-goal",
  "action-plan/row-missing-deadline",
  "action-plan/not-anchored",
  "action-plan/no-working-group",
  "action-plan/done-without-date",
  "action-plan/done-in-future",
  "action-plan/duplicate-row-id",
  "action-plan/header-unanswered",
  // evaluation
  "evaluation/plan-mismatch",
  "evaluation/unknown-row",
  "evaluation/duplicate-row",
  "evaluation/row-not-evaluated",
  "evaluation/reached-not-done",
  "evaluation/done-not-reached",
  "evaluation/goal-change-unexplained",
  "evaluation/operation-without-service",
  "evaluation/meeting-before-row",
  // development-project
  "development-project/plan-before-mapping",
  "development-project/area-not-addressed",
  "development-project/unknown-area-row",
  "development-project/evaluation-before-execution",
  "development-project/template-milestone-missing",
  "development-project/template-milestone-out-of-order",
  // milestones
  "milestones/overdue",
  "milestones/due-soon",
  "milestones/dependency-not-done",
  "milestones/dependency-after",
  "milestones/done-in-future",
  "milestones/empty-phase",
  "milestones/duplicate-id",
  "milestones/unknown-dependency",
  "milestones/dependency-cycle",
  // questionnaire
  "questionnaire/duplicate-id",
  "questionnaire/empty-section",
  "questionnaire/choice-without-options",
  "questionnaire/duplicate-option",
  "questionnaire/invalid-range",
  "questionnaire/condition-unknown-item",
  "questionnaire/condition-not-earlier",
  "questionnaire/condition-wrong-type",
  "questionnaire/condition-unknown-option",
  "questionnaire/condition-operator-not-allowed",
  "questionnaire/missing-translation",
  // mapping
  "mapping/questionnaire-mismatch",
  "mapping/version-mismatch",
  "mapping/unknown-item",
  "mapping/duplicate-answer",
  "mapping/wrong-answer-type",
  "mapping/option-not-allowed",
  "mapping/number-out-of-range",
  "mapping/date-out-of-range",
  "mapping/text-too-long",
  "mapping/answer-to-disabled-item",
  "mapping/required-unanswered",
  "mapping/required-pending",
  "mapping/dated-in-future",
  // reporting
  "reporting/negative-value",
  "reporting/implausible-fte",
  "reporting/no-full-time-equivalents",
  "reporting/fte-total-mismatch",
  "reporting/fte-breakdowns-differ",
  "reporting/user-total-mismatch",
  "reporting/count-exceeds-users",
  "reporting/practice-answers-disagree",
  "reporting/unknown-municipality",
  "reporting/no-municipality-list",
  "reporting/year-not-ended",
  "reporting/duplicate-report",
  "reporting/district-needed",
  "reporting/unknown-district",
  "reporting/scheme-conflicts-with-year",
  // case
  "case/notice-not-followed-up",
  "case/inactive",
  "case/plan-declined-no-coordinator-offer",
  "case/coordinator-before-consent",
  "case/coordinator-after-consent-withdrawn",
  "case/plan-without-consent",
  "case/multiple-coordinators",
  "case/appointment-untrained",
  "case/child-coordinator-for-adult",
  "case/user-age-unknown",
  "case/notice-user-mismatch",
  "case/duplicate-id",
  "case/date-in-future",
  "case/closed-without-date",
  "case/open-with-closed-date",
  // pathway (care pathway for children and young people)
  "pathway/unknown-pathway",
  "pathway/unknown-step",
  "pathway/referral-without-family-meeting",
  "pathway/step-before-precondition",
  "pathway/step-without-consent",
  "pathway/step-overdue",
  "pathway/role-unassigned",
  "pathway/inactive",
  "pathway/duplicate-step-id",
  "pathway/unknown-step-reference",
  "pathway/precondition-cycle",
  // fhir
  "fhir/not-a-bundle",
  "fhir/no-care-plan",
  "fhir/missing-element",
  "fhir/unmapped-resource",
  "fhir/unknown-code",
  "fhir/unresolved-reference",
  "fhir/invalid-value",
  // document
  "document/unknown-kind",
  "document/unknown-questionnaire",
  "document/unknown-action-plan",
] as const;

/**
 * A finding code, written `area/kebab-name`: one of {@link FINDING_CODES}, each described in {@link findingCatalog}.
 *
 * @example
 * const code: FindingCode = "schema/invalid-type";
 */
export type FindingCode = (typeof FINDING_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(FINDING_CODES);

/**
 * Whether a value is one of the library's finding codes.
 *
 * @example
 * isFindingCode("plan/missing-consent")
 * //=> true
 * isFindingCode("plan/unheard-of")
 * //=> false
 */
export function isFindingCode(value: unknown): value is FindingCode {
  return typeof value === "string" && KNOWN.has(value);
}
