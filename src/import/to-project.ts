import { createProject, newId } from "../project/new-project";
import type { Project } from "../project/schema";
import type { AGENCY_KINDS } from "../project/schema";
import type { ImportResult } from "./types";

const limit = (s: string, n = 300) => (s.length > n ? s.slice(0, n).trim() : s);

function agencyKind(name: string): (typeof AGENCY_KINDS)[number] {
  if (/sheriff/i.test(name)) return "sheriffs-office";
  if (/school police|district police/i.test(name)) return "school-police";
  if (/state police|highway patrol/i.test(name)) return "state-police";
  if (/police/i.test(name)) return "police-department";
  return "other";
}

/**
 * A new project for an imported MOU: named after it, with the parties and signatories the import
 * found. It is an imported draft: no clause is applied as an answer; the clauses, their topics
 * and the suggested answers travel beside it (the import result) until a person confirms them.
 */
export function projectFromImport(result: ImportResult, now: Date = new Date()): Project {
  const title = result.parties.title?.value ?? result.source.name;
  const project = createProject(limit(`Imported: ${title}`), now);
  const agency = result.parties.agency?.value ?? "";
  const district = result.parties.district?.value ?? "";
  const signatories = result.parties.signatories.map((s) => ({
    id: newId(),
    side: s.side,
    role: s.role,
    name: limit(s.name),
    title: limit(s.title),
    organization: s.side === "other" ? limit(s.organization) : "",
  }));
  return {
    ...project,
    parties: {
      agency: { ...project.parties.agency, name: limit(agency), kind: agencyKind(agency) },
      district: { ...project.parties.district, name: limit(district) },
      signatories: signatories.length > 0 ? signatories : project.parties.signatories,
    },
  };
}
