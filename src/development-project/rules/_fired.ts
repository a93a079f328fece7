// Internal, for the rule tests: the path and params of each finding of one code.
import type { Finding } from "../../core/findings/types.js";
import { checkDevelopmentProject } from "../check.js";
import type { DevelopmentProject } from "../schema.js";

/** The path and params of each finding of `code` that {@link checkDevelopmentProject} returns. */
export function fired(code: string, project: DevelopmentProject, today = "2013-03-01"): [Finding["path"], Finding["params"]][] {
  return checkDevelopmentProject(project, { today })
    .filter((finding) => finding.code === code)
    .map((finding) => [finding.path, finding.params]);
}
