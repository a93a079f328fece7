import type { RuleFinding } from "../../_lib/engine/rule.js";
import type { PathwayRole } from "../definition.js";
import { PATHWAY_PRACTICE } from "./_basis.js";
import { OPEN, pathwayRule } from "./context.js";

/**
 * `pathway/role-unassigned` (the pathway): on an open case, a role carries a step that is done or
 * next (every step it must come after is done) and no one is responsible for that role.
 */
export const roleUnassignedRule = pathwayRule({
  codes: {
    "pathway/role-unassigned": {
      severity: "warning",
      description: "On an open case, a role carries a step that is done or next, and no one is responsible for that role.",
      basis: PATHWAY_PRACTICE,
      messages: {
        nb: "Ingen er ansvarlig for rollen {role} i forløpet",
        nn: "Ingen er ansvarleg for rolla {role} i forløpet",
        en: "No one is responsible for the role {role} on the pathway",
      },
    },
  },
  statuses: OPEN,
  run: (c, ctx) => {
    const assigned = new Set((c.responsible ?? []).map((r) => r.role));
    const needed = new Set<PathwayRole>();
    for (const step of ctx.stepsById.values()) {
      const reached = ctx.doneOn.has(step.id) || (step.after ?? []).every((id) => ctx.doneOn.has(id));
      if (reached && !assigned.has(step.role)) needed.add(step.role);
    }
    const found: RuleFinding<"pathway/role-unassigned">[] = [];
    for (const role of needed) found.push({ code: "pathway/role-unassigned", path: ["responsible"], params: { role } });
    return found;
  },
});
