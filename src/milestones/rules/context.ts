import type { DueWindow } from "../../_lib/due-window.js";
import { ruleFor } from "../../_lib/engine/rule.js";
import type { CalendarDate } from "../../core/dates/calendar-date.js";
import type { DependencyEdge, MilestoneEntry } from "../entries.js";
import type { MilestoneSchedule } from "../schema.js";

/** What every milestone rule sees: `today`, the due-soon window, and the milestones flattened and indexed once. */
export interface MilestoneRuleContext {
  readonly today: CalendarDate;
  readonly window: DueWindow;
  readonly entries: readonly MilestoneEntry[];
  /** Milestones by id; where an id is used twice, the first use. */
  readonly byId: ReadonlyMap<string, MilestoneEntry>;
  /** Each dependency on a known milestone. */
  readonly edges: readonly DependencyEdge[];
}

/** Declares a rule of `checkMilestoneSchedule`: its codes with severity, basis and messages, and its function. */
export const milestoneRule = ruleFor<MilestoneSchedule, MilestoneRuleContext>();
