import { createProject, newId } from "../project/new-project";
import { setAnswers } from "../project/actions";
import type { Project, Side } from "../project/schema";
import type { AGENCY_KINDS } from "../project/schema";
import type { ImportResult, SuggestedValue } from "./types";

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

/** What the person confirmed on the mapping screen, for the project made from it. */
export interface ConfirmedImport {
  /** The Parties' names as the person left them (proposed from the document). */
  readonly agencyName: string;
  readonly districtName: string;
  /** The suggested answers the person took; every other suggestion is left out. */
  readonly taken: readonly string[];
  /** The effective date found in the document, taken as the answer. */
  readonly takeEffectiveDate: boolean;
  readonly side: Side;
}

/**
 * The project for an import the person confirmed: the parties and signatories found, the names
 * as confirmed, and each suggested answer they took set as that topic's answer (recorded in the
 * history as taken from the imported MOU). Nothing they did not take is applied.
 */
export function projectFromConfirmed(
  result: ImportResult,
  confirmed: ConfirmedImport,
  now: Date = new Date(),
): Project {
  const base = projectFromImport(result, now);
  let project: Project = {
    ...base,
    parties: {
      ...base.parties,
      agency: {
        ...base.parties.agency,
        name: limit(confirmed.agencyName.trim()),
        kind: agencyKind(confirmed.agencyName),
      },
      district: { ...base.parties.district, name: limit(confirmed.districtName.trim()) },
    },
  };
  const byTopic = new Map<string, Record<string, SuggestedValue>>();
  for (const s of result.suggestions) {
    if (!confirmed.taken.includes(s.id) || s.fieldKey === null || s.fieldKey.includes(".")) continue;
    const values = byTopic.get(s.topicId) ?? {};
    values[s.fieldKey] = s.value;
    byTopic.set(s.topicId, values);
  }
  const date = result.parties.effectiveDate;
  if (confirmed.takeEffectiveDate && date)
    byTopic.set("parties-and-term", { ...byTopic.get("parties-and-term"), effectiveDate: date.value });
  for (const [topicId, values] of byTopic)
    project = setAnswers(project, confirmed.side, topicId, values, "Took values from the imported MOU.", now);
  return project;
}
