import type { $ZodError } from "zod/v4/core";
import { TOPICS } from "../topics";
import { getTopic } from "../topics/registry";
import { getProfile } from "../profiles";
import { emptyTopicState } from "./new-project";
import { targetFromV3Id } from "./merge-targets";
import { idsOf, repairAgreementIds } from "./repair-ids";
import { replaceUnprintableInProject } from "./unprintable";
import type { Agreement, Project } from "./schema";
import { SCHEMA_VERSION, projectSchema } from "./schema";
import { markValid } from "./validated";

/** Something wrong with a loaded value: where (a dotted path) and what a person can do about it. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

export type LoadResult =
  | {
      readonly ok: true;
      readonly project: Project;
      readonly migratedFrom: number | null;
      /** What was repaired on the way in (e.g. two schools sharing an id), for the user to see. */
      readonly notices: readonly Problem[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations from each older schemaVersion to the next; a file from any earlier version of the
 * app is brought forward step by step, never refused for being old.
 */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 2 added the signature of a signed version, the record of an annual review and the
  // common ancestor for merging copies exchanged between the offices
  1: (old) => ({ ...old, schemaVersion: 2, signed: null, review: null, exchangeBase: null }),
  // 3 keeps the fields still to settle after a merge in the project rather than on screen
  // with notes per topic in the record of an annual review, and the laws and grants chosen
  // for the MOU to meet (none, in older files: in the agreement, its baseline and ancestor)
  2: (old) => {
    const { review, baseline, exchangeBase } = old;
    return {
      ...old,
      schemaVersion: 3,
      conflicts: [],
      // a key the old format did not have is left for the schema to judge, never dropped
      profiles: "profiles" in old ? old.profiles : [],
      review: isObject(review) ? { ...review, topicNotes: {} } : review,
      baseline:
        isObject(baseline) && isObject(baseline.agreement)
          ? { ...baseline, agreement: { ...baseline.agreement, profiles: [] } }
          : baseline,
      exchangeBase: isObject(exchangeBase) ? { ...exchangeBase, profiles: [] } : exchangeBase,
      exchangeReview: null,
    };
  },
  // 4 lets the Parties leave any topic out, names every signatory alike, and gives real
  // agreements fields for what they used to state only as free text
  3: (old) => {
    const { baseline, exchangeBase, conflicts } = old;
    return {
      ...(agreementToV4(old) as Record<string, unknown>),
      // a conflict named its slot by a dotted id; a slot no id names could never be settled
      conflicts: Array.isArray(conflicts)
        ? conflicts.flatMap((c: unknown) => {
            if (!isObject(c) || typeof c.id !== "string") return [c];
            const { id, ...rest } = c;
            const target = targetFromV3Id(id);
            return target ? [{ ...rest, target }] : [];
          })
        : conflicts,
      schemaVersion: 4,
      baseline: isObject(baseline) ? { ...baseline, agreement: agreementToV4(baseline.agreement) } : baseline,
      exchangeBase: agreementToV4(exchangeBase),
    };
  },
  // 5 names the people acting for each Party, keeps a conversation per topic, says what kind of
  // change each history entry records, and records who recorded a signing and when
  4: (old) => {
    const { history, signed } = old;
    return {
      ...old,
      schemaVersion: 5,
      people: [],
      conversation: [],
      history: Array.isArray(history)
        ? history.map((h: unknown) => (isObject(h) && !("kind" in h) ? { ...h, kind: v4HistoryKind(h) } : h))
        : history,
      signed: isObject(signed)
        ? { recordedAt: null, recordedBy: "", finalExportedAt: null, ...signed }
        : signed,
    };
  },
};

/**
 * The kind of a history entry written before entries carried one, from the wording the app
 * used then (the only place the app still reads an entry's words).
 */
export function v4HistoryKind(entry: Record<string, unknown>): string {
  const what = typeof entry.what === "string" ? entry.what : "";
  if (/withdrawn because the text changed|was set aside because the text/.test(what)) return "withdrawn";
  if (entry.text === true) return "edit";
  if (/^(Agreed to the text|Proposed the text|Objected|Withdrew its position)/.test(what)) return "position";
  if (/^Acknowledged a deliberate departure/.test(what)) return "departure";
  if (/^(Merged|Merge:)/.test(what)) return "merge";
  if (/^Settled:/.test(what)) return "settle";
  if (/^Marked as signed/.test(what)) return "signed";
  if (/^Took back the record of signing/.test(what)) return "unsigned";
  if (/annual review|review meeting/.test(what)) return "review";
  if (/^Restored the version/.test(what)) return "restore";
  return "edit";
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** The topics of format 3, and those it always printed (its "required" topics). */
const V3_TOPICS = new Set(
  "parties-and-term purpose-and-goals formal-discipline triad-roles enforcement-discretion scope staff-calls citations-and-arrests chain-of-command staffing selection training probation evaluation rotation-and-removal substitutes complaints questioning-students searches force-and-restraint students-with-disabilities information-sharing documentation-and-reporting data-and-reporting uniform-and-equipment armed-sro weapons-storage less-lethal long-guns vehicle-and-equipment expenses billing office-space hours-on-campus day-to-day-duties extracurriculars court-time-and-overtime collaboration threat-assessment emergency-planning family-and-community termination-and-renewal amendment dispute-resolution indemnification publication".split(
    " ",
  ),
);
const V3_ALWAYS_PRINTED = new Set(
  "parties-and-term purpose-and-goals formal-discipline triad-roles enforcement-discretion chain-of-command staffing selection training probation evaluation rotation-and-removal information-sharing documentation-and-reporting uniform-and-equipment armed-sro weapons-storage less-lethal long-guns expenses office-space hours-on-campus day-to-day-duties extracurriculars collaboration threat-assessment termination-and-renewal amendment".split(
    " ",
  ),
);

/**
 * Schema 4 for one agreement (the project's, its baseline's, its exchange ancestor's): the head of
 * the Agency, the superintendent and the board chair become signatories like any other;
 * recommended topics, always part of the MOU before, are marked included; each topic brings its
 * old answers forward so the MOU keeps saying what it said.
 */
function agreementToV4(agreement: unknown): unknown {
  if (!isObject(agreement) || !isObject(agreement.parties) || !isObject(agreement.topics)) return agreement;
  const { agency, district, signatories } = agreement.parties;
  if (!isObject(agency) || !isObject(district) || !Array.isArray(signatories)) return agreement;
  const { headName, headTitle, ...agencyRest } = agency;
  const { superintendentName, boardChairName, ...districtRest } = district;
  const heads: Record<string, unknown>[] = [
    {
      id: "agency-head",
      side: "agency",
      role: "signatory",
      name: str(headName),
      title: str(headTitle),
      organization: "",
    },
    {
      id: "superintendent",
      side: "district",
      role: "signatory",
      name: str(superintendentName),
      title: "Superintendent",
      organization: "",
    },
  ];
  if (str(boardChairName).trim()) {
    heads.push({
      id: "board-chair",
      side: "district",
      role: "signatory",
      name: str(boardChairName),
      title: "Chair, Board of Education",
      organization: "",
    });
  }
  const topics: Record<string, unknown> = {};
  for (const [id, state] of Object.entries(agreement.topics)) {
    const topic = getTopic(id);
    if (!topic || !isObject(state) || !isObject(state.answers)) {
      topics[id] = state;
      continue;
    }
    topics[id] = {
      ...state,
      included: V3_ALWAYS_PRINTED.has(id) ? true : state.included,
      answers: topic.upgradeAnswers ? topic.upgradeAnswers(state.answers) : state.answers,
    };
  }
  // a topic added since format 3, or recommended since and left out by this file, is one the
  // agreement as both offices had it did not address: it stays out, agreed by both
  const agreed = { stance: "agree", note: "", at: null };
  const leftOutByBoth = (state: object) => ({
    ...state,
    included: false,
    positions: { agency: agreed, district: agreed },
  });
  for (const topic of TOPICS) {
    const state = topics[topic.id];
    if (state === undefined && !V3_TOPICS.has(topic.id))
      topics[topic.id] = leftOutByBoth(emptyTopicState(false));
    else if (
      topic.required &&
      !V3_ALWAYS_PRINTED.has(topic.id) &&
      isObject(state) &&
      state.included === false
    )
      topics[topic.id] = leftOutByBoth(state);
  }
  return {
    ...agreement,
    parties: {
      ...agreement.parties,
      agency: agencyRest,
      district: districtRest,
      signatories: [...heads, ...signatories],
    },
    topics,
  };
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Deepest nesting a file may have: a project is about ten levels deep (answers in a table in a
 * topic of the signed copy); anything far deeper is not a project, and walking it could exhaust
 * the stack of whatever reads it next.
 */
export const MAX_DEPTH = 64;

type Screened = { readonly kind: "forbidden" | "deep"; readonly path: string } | null;

/** Finds a key that could pollute prototypes, or nesting past MAX_DEPTH. Iterative: any depth is safe. */
function screen(input: unknown): Screened {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [
    { value: input, path: "", depth: 0 },
  ];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path, depth } = next;
    if (value === null || typeof value !== "object") continue;
    if (depth >= MAX_DEPTH) return { kind: "deep", path: path || "(file)" };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i] as unknown, path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const here = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return { kind: "forbidden", path: here };
      stack.push({ value: (value as Record<string, unknown>)[key], path: here, depth: depth + 1 });
    }
  }
  return null;
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
}

function zodProblems(error: $ZodError, prefix = ""): Problem[] {
  return error.issues.map((issue) => {
    const path = formatPath([...(prefix ? [prefix] : []), ...issue.path]);
    let message = issue.message;
    if (issue.code === "unrecognized_keys") message = `Unknown field(s): ${issue.keys.join(", ")}.`;
    if (issue.code === "invalid_type" && /received undefined/.test(message)) message = "This is missing.";
    return { path: path || "(file)", message };
  });
}

function checkAgreement(agreement: Agreement, prefix: string): Problem[] {
  const problems: Problem[] = [];
  agreement.profiles.forEach((id, i) => {
    if (!getProfile(id)) {
      problems.push({ path: `${prefix}profiles[${i}]`, message: `Unknown law or grant profile "${id}".` });
    }
  });
  for (const [id, state] of Object.entries(agreement.topics)) {
    const topic = getTopic(id);
    if (!topic) {
      problems.push({ path: `${prefix}topics.${id}`, message: `Unknown topic "${id}".` });
      continue;
    }
    const r = topic.schema.safeParse(state.answers);
    if (r.success) markValid(state.answers);
    if (!r.success) problems.push(...zodProblems(r.error, `${prefix}topics.${id}.answers`));
  }
  return problems;
}

/** Topics added to the registry after the file was written start empty. */
function withAllTopics(agreement: Agreement): Agreement {
  const topics = { ...agreement.topics };
  for (const t of TOPICS) topics[t.id] ??= emptyTopicState(t.required);
  return { ...agreement, topics };
}

/**
 * Ids unique in every list keyed by them (schools, signatories), in the project, its baseline and
 * its exchange ancestor; each repair is a notice (the same repair said once).
 */
function withUniqueIds(project: Project): { project: Project; notices: Problem[] } {
  const reserved = idsOf([project, project.baseline?.agreement, project.exchangeBase]);
  const own = repairAgreementIds(project, "", reserved);
  const baseline =
    project.baseline && repairAgreementIds(project.baseline.agreement, "baseline.agreement.", reserved);
  const ancestor =
    project.exchangeBase && repairAgreementIds(project.exchangeBase, "exchangeBase.", reserved);
  const all = [...own.repairs, ...(baseline?.repairs ?? []), ...(ancestor?.repairs ?? [])];
  if (all.length === 0) return { project, notices: [] };
  const notices = all.filter((n, i) => all.findIndex((m) => m.message === n.message) === i);
  return {
    project: {
      ...project,
      ...own.agreement,
      baseline: project.baseline && baseline ? { ...project.baseline, agreement: baseline.agreement } : null,
      exchangeBase: ancestor ? ancestor.agreement : null,
    },
    notices,
  };
}

/** A refusal of a field the loader made printable says what was taken out of it. */
function withRepairs(problems: Problem[], repairs: readonly Problem[]): Problem[] {
  const dotted = (path: string) => path.replace(/\[(\d+)\]/g, ".$1");
  return problems.map((p) => {
    const repair = repairs.find((r) => dotted(r.path) === dotted(p.path));
    return repair ? { ...p, message: `${repair.message} ${p.message}` } : p;
  });
}

/**
 * The one way into the app for a project: a parsed file, a stored value, anything.
 * Migrates older versions forward and returns the project, or every problem found. Never throws.
 */
export function loadProject(input: unknown): LoadResult {
  try {
    if (input === null || typeof input !== "object" || Array.isArray(input)) {
      return {
        ok: false,
        problems: [{ path: "(file)", message: "This is not an MOU project (expected a JSON object)." }],
      };
    }
    const screened = screen(input);
    if (screened) {
      return {
        ok: false,
        problems: [
          {
            path: screened.path,
            message:
              screened.kind === "deep"
                ? `This is nested too deeply to be an MOU project: its values lie more than ${MAX_DEPTH} levels deep, where a project has about ten. It is not an MOU project file, or it has been damaged.`
                : "This key is not allowed in an MOU project; the file may have been tampered with.",
          },
        ],
      };
    }
    let data = input as Record<string, unknown>;
    const version = data.schemaVersion;
    if (typeof version !== "number" || !Number.isInteger(version)) {
      return {
        ok: false,
        problems: [
          { path: "schemaVersion", message: "This is not an MOU project: it has no schema version." },
        ],
      };
    }
    if (version > SCHEMA_VERSION) {
      return {
        ok: false,
        problems: [
          {
            path: "schemaVersion",
            message: `This project was saved by a newer version of the MOU wizard (format ${version}; this app reads up to ${SCHEMA_VERSION}). Update the app to open it.`,
          },
        ],
      };
    }
    let at = version;
    while (at < SCHEMA_VERSION) {
      const migrate = MIGRATIONS[at];
      if (!migrate) {
        return {
          ok: false,
          problems: [
            { path: "schemaVersion", message: `Format ${at} is not one this app can read or convert.` },
          ],
        };
      }
      data = migrate(data);
      at += 1;
    }
    // text is made printable before the schema judges it: a field of nothing but such characters
    // is then blank, and refused here rather than accepted and refused when saved and reopened
    const printable = replaceUnprintableInProject(data);
    const parsed = projectSchema.safeParse(printable.project);
    if (!parsed.success)
      return { ok: false, problems: withRepairs(zodProblems(parsed.error), printable.repairs) };
    const project = parsed.data;
    const problems = [
      ...checkAgreement(project, ""),
      ...(project.baseline ? checkAgreement(project.baseline.agreement, "baseline.agreement.") : []),
      ...(project.exchangeBase ? checkAgreement(project.exchangeBase, "exchangeBase.") : []),
    ];
    if (problems.length > 0) return { ok: false, problems: withRepairs(problems, printable.repairs) };
    const { project: repaired, notices } = withUniqueIds(project);
    return {
      ok: true,
      project: { ...repaired, ...withAllTopics(repaired) },
      migratedFrom: version === SCHEMA_VERSION ? null : version,
      notices: [...notices, ...printable.repairs],
    };
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: "(file)",
          message: `This project could not be read: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
}
