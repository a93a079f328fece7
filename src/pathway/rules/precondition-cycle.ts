import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import type { PathwayDefinition } from "../definition.js";
import { definitionRule } from "./context.js";

/**
 * The ids of the steps that lie on a cycle of preconditions (Tarjan's strongly connected
 * components), on step numbers in typed arrays: iterative, so that a long pathway cannot overflow
 * the call stack, and linear in the steps and preconditions. A repeated id takes its first step's
 * preconditions; a precondition naming no step takes no part (that is pathway/unknown-step-reference).
 */
function stepsOnCycles(d: PathwayDefinition): Set<string> {
  const numberOf = new Map<string, number>();
  const ids: string[] = [];
  const edges: number[][] = [];
  for (const step of d.steps) {
    if (numberOf.has(step.id)) continue;
    numberOf.set(step.id, ids.length);
    ids.push(step.id);
  }
  for (const step of d.steps) {
    if (edges.length > (numberOf.get(step.id) ?? 0)) continue;
    const targets: number[] = [];
    for (const id of step.after ?? []) {
      const target = numberOf.get(id);
      if (target !== undefined) targets.push(target);
    }
    edges.push(targets);
  }
  const count = ids.length;
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const workNode: number[] = [];
  const workNext: number[] = [];
  const cyclic = new Set<string>();
  let counter = 0;
  const visit = (node: number): void => {
    index[node] = counter;
    low[node] = counter++;
    stack.push(node);
    onStack[node] = 1;
    workNode.push(node);
    workNext.push(0);
  };
  for (let root = 0; root < count; root++) {
    if ((index[root] ?? 0) >= 0) continue;
    visit(root);
    while (workNode.length > 0) {
      const top = workNode.length - 1;
      const node = workNode[top] ?? 0;
      const next = workNext[top] ?? 0;
      const targets = edges[node] ?? [];
      if (next < targets.length) {
        workNext[top] = next + 1;
        const target = targets[next] ?? node;
        if ((index[target] ?? 0) < 0) visit(target);
        else if (onStack[target] === 1) low[node] = Math.min(low[node] ?? 0, index[target] ?? 0);
        continue;
      }
      workNode.pop();
      workNext.pop();
      const parent = workNode[workNode.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] ?? 0, low[node] ?? 0);
      if (low[node] !== index[node]) continue;
      const component: number[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack[member] = 0;
        component.push(member);
        if (member === node) break;
      }
      if (component.length > 1 || targets.includes(node)) for (const member of component) cyclic.add(ids[member] ?? "");
    }
  }
  return cyclic;
}

/** `pathway/precondition-cycle` (practice): a step must come, through its preconditions, after itself; no case could ever do it in order. */
export const preconditionCycleRule = definitionRule({
  codes: {
    "pathway/precondition-cycle": {
      severity: "error",
      description: "A step must come after itself through its preconditions, so no case could ever do it in order.",
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
