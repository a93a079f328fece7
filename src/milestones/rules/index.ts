import type { MilestoneRule } from "./context.js";
import { dependencyAfter } from "./dependency-after.js";
import { dependencyCycle } from "./dependency-cycle.js";
import { dependencyNotDone } from "./dependency-not-done.js";
import { doneInFuture } from "./done-in-future.js";
import { dueSoon } from "./due-soon.js";
import { duplicateId } from "./duplicate-id.js";
import { emptyPhase } from "./empty-phase.js";
import { overdue } from "./overdue.js";
import { unknownDependency } from "./unknown-dependency.js";

export type { MilestoneRule, MilestoneRuleContext } from "./context.js";

/** Every rule `checkMilestoneSchedule` runs. */
export const milestoneRules: readonly MilestoneRule[] = [
  duplicateId,
  emptyPhase,
  unknownDependency,
  dependencyCycle,
  dependencyNotDone,
  dependencyAfter,
  overdue,
  dueSoon,
  doneInFuture,
];
