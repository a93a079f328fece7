import type { CheckContext, RawFinding } from "../../_lib/findings.js";
import type { DueWindow } from "../../_lib/due-window.js";
import type { DependencyEdge, MilestoneEntry } from "../entries.js";
import type { MilestoneSchedule } from "../schema.js";

/** What every milestone rule sees: `today`, the due-soon window, and the milestones flattened and indexed once. */
export interface MilestoneRuleContext extends CheckContext {
  readonly window: DueWindow;
  readonly entries: readonly MilestoneEntry[];
  /** Milestones by id; where an id is used twice, the first use. */
  readonly byId: ReadonlyMap<string, MilestoneEntry>;
  /** Each dependency on a known milestone. */
  readonly edges: readonly DependencyEdge[];
}

/** One rule of `checkMilestoneSchedule`. */
export type MilestoneRule = (schedule: MilestoneSchedule, ctx: MilestoneRuleContext) => RawFinding[];
