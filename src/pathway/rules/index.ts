import { catalogOf } from "../../_lib/engine/rule.js";
import { duplicateStepIdRule } from "./duplicate-step-id.js";
import { inactiveRule } from "./inactive.js";
import { preconditionCycleRule } from "./precondition-cycle.js";
import { referralWithoutFamilyMeetingRule } from "./referral-without-family-meeting.js";
import { roleUnassignedRule } from "./role-unassigned.js";
import { stepBeforePreconditionRule } from "./step-before-precondition.js";
import { stepOverdueRule } from "./step-overdue.js";
import { stepWithoutConsentRule } from "./step-without-consent.js";
import { unknownPathwayRule } from "./unknown-pathway.js";
import { unknownStepReferenceRule } from "./unknown-step-reference.js";
import { unknownStepRule } from "./unknown-step.js";

/** Every rule `checkPathwayCase` runs. Order does not matter: findings are sorted by path, then code. */
export const pathwayCaseRules = [
  // integrity, any status
  unknownPathwayRule,
  unknownStepRule,
  // order and consent, any status
  referralWithoutFamilyMeetingRule,
  stepBeforePreconditionRule,
  stepWithoutConsentRule,
  // pace and responsibility, open cases
  stepOverdueRule,
  roleUnassignedRule,
  inactiveRule,
] as const;

/** Every rule `validatePathwayDefinition` runs. */
export const pathwayDefinitionRules = [duplicateStepIdRule, unknownStepReferenceRule, preconditionCycleRule] as const;

/**
 * Finding codes of care pathways (forløp), `pathway/...`, as the rules declare them: a child's case
 * and a pathway definition. Params are ids, dates, roles and reason codes only.
 */
export const pathwayFindings = { ...catalogOf(pathwayCaseRules), ...catalogOf(pathwayDefinitionRules) };
