// Reading the CarePlan's own elements: status, category, period, dates, and the lists kept in extensions.
import { FHIR_EXTENSION_URLS as X, FHIR_ID_SYSTEMS } from "../extensions.js";
import { codeOf, compact, dateOf, type Entry, at, exts, ext, identifierValue, isObj, type Obj, objs, type Reader, refId, report, some, str, sub } from "./_read.js";

const FROM_PLAN: Readonly<Record<string, string>> = { draft: "draft", active: "active", "on-hold": "active", completed: "closed", revoked: "closed" };

export function readPlanFields(reader: Reader, entry: Entry): Obj {
  const carePlan = entry.resource;
  const code = str(carePlan["status"]);
  let status = code === undefined ? undefined : FROM_PLAN[code];
  if (status === undefined) {
    report(reader, code === undefined ? "fhir/missing-element" : "fhir/unknown-code", at(entry, "status"), code === undefined ? { element: "CarePlan.status" } : undefined);
    status = "draft";
  }
  const services = objs(carePlan["category"]).flatMap((c, i) => codeOf(reader, c, "plan-service", at(entry, "category", i)) ?? []);
  const period = isObj(carePlan["period"]) ? carePlan["period"] : undefined;
  const from = period === undefined ? undefined : dateOf(reader, period["start"], at(entry, "period", "start"));
  const closing = ext(carePlan, X["plan-closing"]);
  const path = at(entry, "extension");
  const participantOf = (e: Obj): unknown => {
    const ref = sub(e, "participant", "valueReference");
    return ref === undefined ? undefined : refId(reader, ref, "participant", path);
  };
  const texts = (url: string): string[] | undefined => some(exts(carePlan, url).flatMap((e) => str(e["valueString"]) ?? []));
  return compact({
    kind: "individual-plan",
    id: identifierValue(carePlan["identifier"], FHIR_ID_SYSTEMS.plan) ?? str(carePlan["id"]),
    status,
    services: some(services),
    createdOn: dateOf(reader, carePlan["created"], at(entry, "created")),
    activatedOn: dateOf(reader, ext(carePlan, X["plan-activated-on"])?.["valueDate"], path),
    closedOn: dateOf(reader, sub(closing, "date", "valueDate"), path),
    closingReason: codeOf(reader, sub(closing, "reason", "valueCoding"), "closing-reason", path),
    closingNote: str(sub(closing, "note", "valueString")),
    period: from === undefined ? undefined : compact({ from, to: dateOf(reader, period?.["end"], at(entry, "period", "end")) }),
    nextRevision: dateOf(reader, ext(carePlan, X["plan-next-revision"])?.["valueDate"], path),
    revisions: some(
      exts(carePlan, X["plan-revision"]).flatMap((e) => {
        const date = dateOf(reader, sub(e, "date", "valueDate"), path);
        return date === undefined ? [] : [compact({ date, note: str(sub(e, "note", "valueString")) })];
      }),
    ),
    resources: texts(X["plan-resource"]),
    needs: texts(X["plan-need"]),
    contributions: some(
      exts(carePlan, X["plan-contribution"]).flatMap((e) => {
        const id = str(sub(e, "id", "valueString"));
        const participantId = participantOf(e);
        return id === undefined || participantId === undefined ? [] : [compact({ id, participantId, description: str(sub(e, "description", "valueString")) })];
      }),
    ),
    cooperation: some(
      exts(carePlan, X["plan-cooperation"]).flatMap((e) => {
        const id = str(sub(e, "id", "valueString"));
        return id === undefined
          ? []
          : [compact({ id, partner: str(sub(e, "partner", "valueString")), participantId: participantOf(e), description: str(sub(e, "description", "valueString")) })];
      }),
    ),
  });
}
