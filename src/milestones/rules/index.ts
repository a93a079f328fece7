import { catalogOf } from "../../_lib/engine/rule.js";
import { dependencyAfterRule } from "./dependency-after.js";
import { dependencyCycleRule } from "./dependency-cycle.js";
import { dependencyNotDoneRule } from "./dependency-not-done.js";
import { doneInFutureRule } from "./done-in-future.js";
import { dueSoonRule } from "./due-soon.js";
import { duplicateIdRule } from "./duplicate-id.js";
import { emptyPhaseRule } from "./empty-phase.js";
import { overdueRule } from "./overdue.js";
import { unknownDependencyRule } from "./unknown-dependency.js";

export { type MilestoneRuleContext, milestoneRule } from "./context.js";

/** Every rule `checkMilestoneSchedule` runs. */
export const milestoneRules = [
  duplicateIdRule,
  emptyPhaseRule,
  unknownDependencyRule,
  dependencyCycleRule,
  dependencyNotDoneRule,
  dependencyAfterRule,
  overdueRule,
  dueSoonRule,
  doneInFutureRule,
] as const;

/** The codes of the milestones concept (milepælsplan), `milestones/...`, as the rules declare them. Params are ids, dates and counts. */
export const milestoneFindings = catalogOf(milestoneRules);
