import * as z from "zod";
import { basisOf, type FindingBasis } from "../core/findings/basis.js";

/**
 * Schema for {@link PlanService}.
 *
 * @example
 * PlanServiceSchema.options
 * //=> ["health-and-care", "specialist-care", "nav", "social-services", "child-welfare"]
 */
export const PlanServiceSchema = z.enum(["health-and-care", "specialist-care", "nav", "social-services", "child-welfare"]);

/**
 * A service that holds the plan (tjeneste som har planen), by the act it works under: the
 * municipal health and care services (`health-and-care`, helse- og omsorgstjenester), the specialist
 * health services including mental health care (`specialist-care`, spesialisthelsetjenesten og
 * psykisk helsevern), NAV (`nav`), the social services in NAV (`social-services`, sosiale tjenester)
 * or child welfare (`child-welfare`, barnevern). Since 1 August 2022 one regulation,
 * forskrift om individuell plan ved ytelse av velferdstjenester, sets the plan's content for all of
 * them; {@link planServiceActs} lists the acts behind each.
 *
 * @example
 * const service: PlanService = "nav";
 */
export type PlanService = "health-and-care" | "specialist-care" | "nav" | "social-services" | "child-welfare";

/**
 * The acts that oblige or entitle each service to make an individual plan, with their sections:
 * health and care hol § 7-1 and pbrl § 2-5; specialist care sphl § 2-5, phvl § 4-1 and pbrl § 2-5;
 * NAV the NAV act § 15; social services sotjl §§ 28 and 33; child welfare bvl § 15-9.
 *
 * @example
 * planServiceActs["social-services"].map((basis) => basis.display.nb)
 * //=> ["sotjl §§ 28 og 33"]
 * planServiceActs["specialist-care"].map((basis) => basis.display.en)
 * //=> ["sphl § 2-5", "phvl § 4-1", "pbrl § 2-5"]
 */
export const planServiceActs: Readonly<Record<PlanService, readonly FindingBasis[]>> = {
  "health-and-care": [basisOf("hol", ["7-1"]), basisOf("pbrl", ["2-5"])],
  "specialist-care": [basisOf("sphl", ["2-5"]), basisOf("phvl", ["4-1"]), basisOf("pbrl", ["2-5"])],
  nav: [basisOf("nav-act", ["15"])],
  "social-services": [basisOf("sotjl", ["28", "33"])],
  "child-welfare": [basisOf("bvl", ["15-9"])],
};
