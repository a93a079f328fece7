import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import type { PathwayDefinition } from "../definition.js";
import { definitionRule } from "./context.js";

/** The ids of the steps that lie on a cycle of preconditions (Tarjan's strongly connected components). */
function stepsOnCycles(d: PathwayDefinition): Set<string> {
  const edges = new Map<string, readonly string[]>();
  for (const step of d.steps) if (!edges.has(step.id)) edges.set(step.id, step.after ?? []);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cyclic = new Set<string>();
  let counter = 0;
  // Iterative, so that a long pathway cannot overflow the call stack.
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: [string, number][] = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame === undefined) break;
      const [node, next] = frame;
      const targets = (edges.get(node) ?? []).filter((target) => edges.has(target));
      if (next < targets.length) {
        frame[1] = next + 1;
        const target = targets[next] ?? node;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push([target, 0]);
        } else if (onStack.has(target)) low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent[0], Math.min(low.get(parent[0]) ?? 0, low.get(node) ?? 0));
      if (low.get(node) !== index.get(node)) continue;
      const component: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack.delete(member);
        component.push(member);
        if (member === node) break;
      }
      const selfLoop = (edges.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) for (const member of component) cyclic.add(member);
    }
  }
  return cyclic;
}

/** `pathway/precondition-cycle` (practice): a step must come, through its preconditions, after itself; no case could ever do it in order. */
export const preconditionCycleRule = definitionRule({
  codes: {
    "pathway/precondition-cycle": {
      severity: "error",
      basis: PRACTICE,
      messages: {
        nb: "Steget {stepId} må komme etter seg selv (forutsetningene går i ring)",
        nn: "Steget {stepId} må kome etter seg sjølv (føresetnadene går i ring)",
        en: "The step {stepId} must come after itself (its preconditions form a cycle)",
      },
    },
  },
  run: (d, ctx) => {
    const cyclic = stepsOnCycles(d);
    const found: RuleFinding<"pathway/precondition-cycle">[] = [];
    for (const [stepId, indexes] of ctx.indexesById) {
      const first = indexes[0];
      if (cyclic.has(stepId) && first !== undefined) found.push({ code: "pathway/precondition-cycle", path: ["steps", first, "after"], params: { stepId } });
    }
    return found;
  },
});
