import type { RawFinding } from "../../_lib/findings.js";
import { milestoneState } from "../entries.js";
import type { MilestoneRule } from "./context.js";

/** `milestones/overdue`: an open milestone whose deadline's last day is before today. */
export const overdue: MilestoneRule = (_schedule, ctx) =>
  ctx.entries.flatMap((entry): RawFinding[] =>
    milestoneState(entry, ctx.window) === "overdue"
      ? [{ code: "milestones/overdue", path: [...entry.path, "deadline"], params: { id: entry.milestone.id, due: entry.due } }]
      : [],
  );
