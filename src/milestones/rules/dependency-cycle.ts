import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import type { MilestoneEntry } from "../entries.js";
import { milestoneRule } from "./context.js";

const ON_PATH = 1;
const FINISHED = 2;

/**
 * `milestones/dependency-cycle`: a milestone that depends on itself, directly or through others.
 * A depth-first search without recursion (deep chains cannot overflow the stack) visits each
 * milestone and each dependency once, and reports the `dependsOn` entry that closes each cycle it meets.
 */
export const dependencyCycleRule = milestoneRule({
  codes: {
    "milestones/dependency-cycle": {
      severity: "error",
      description: "A milestone depends on itself, directly or through other milestones.",
      basis: PRACTICE,
      messages: {
        nb: "Milepælen {id} bygger via {dependsOn} på seg selv",
        nn: "Milepælen {id} byggjer via {dependsOn} på seg sjølv",
        en: "Milestone {id} depends on itself through {dependsOn}",
      },
    },
  },
  run: (_schedule, ctx) => {
    const state = new Map<MilestoneEntry, typeof ON_PATH | typeof FINISHED>();
    const findings: RuleFinding<"milestones/dependency-cycle">[] = [];
    for (const root of ctx.entries) {
      if (state.has(root)) continue;
      const stack: { entry: MilestoneEntry; next: number }[] = [{ entry: root, next: 0 }];
      state.set(root, ON_PATH);
      for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
        const dependsOn = top.entry.milestone.dependsOn ?? [];
        const k = top.next++;
        const id = dependsOn[k];
        if (id === undefined) {
          state.set(top.entry, FINISHED);
          stack.pop();
          continue;
        }
        const target = ctx.byId.get(id);
        if (target === undefined) continue;
        const seen = state.get(target);
        if (seen === ON_PATH) {
          findings.push({
            code: "milestones/dependency-cycle",
            path: [...top.entry.path, "dependsOn", k],
            params: { id: top.entry.milestone.id, dependsOn: id },
          });
        } else if (seen === undefined) {
          state.set(target, ON_PATH);
          stack.push({ entry: target, next: 0 });
        }
      }
    }
    return findings;
  },
});
