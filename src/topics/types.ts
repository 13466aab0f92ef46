import type { ZodMiniType } from "zod/mini";

/** The groups of the MOU, in the order the document and the wizard present them. */
export const TOPIC_GROUPS = [
  "Agreement",
  "Purpose",
  "Roles",
  "People",
  "Conduct",
  "Information",
  "Equipment",
  "Resources",
  "Duties",
  "Collaboration",
  "Terms",
] as const;
export type TopicGroup = (typeof TOPIC_GROUPS)[number];

export const GROUP_TITLES: Record<TopicGroup, string> = {
  Agreement: "Parties, Scope and Term",
  Purpose: "Purpose, Goals and Program Evaluation",
  Roles: "Roles and Responsibilities",
  People: "Selection, Training and Supervision of SROs",
  Conduct: "Conduct with Students",
  Information: "Information, Records and Reporting",
  Equipment: "Uniform, Equipment and Weapons",
  Resources: "Costs and Resources",
  Duties: "Hours and Duties",
  Collaboration: "Collaboration, Safety Planning and Community",
  Terms: "Administration of this MOU",
};

export type TableRow = Readonly<Record<string, string | number | boolean | null>>;
export type AnswerValue = string | number | boolean | readonly string[] | readonly TableRow[];
/** A topic's answers as stored: any field may still be blank. */
export type Answers = Readonly<Record<string, AnswerValue | null | undefined>>;

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

/** Facts about the whole project that topic rules may compare against. */
export interface ProjectFacts {
  readonly schoolCount: number;
  readonly totalOfficers: number;
  readonly effectiveDate: string | null;
  readonly termYears: number | null;
  /** The laws and grant conditions chosen for the MOU to meet, as printed; null when none. */
  readonly lawsToMeet: string | null;
  /**
   * How clauses name the SROs' employer: "the Agency" when the Agency employs them, otherwise
   * "the Employer" (a defined term naming, e.g., the county sheriff a city contracts with).
   */
  readonly employer: string;
  readonly employerIsAgency: boolean;
  /** The employer's name when it is not the Agency. */
  readonly employerName: string | null;
  /** The kind of document, as its title names it: "Memorandum of Understanding", "Interlocal Agreement"… */
  readonly documentKind: string;
  /** The statute the Parties make the agreement under, as they cite it; null when none. */
  readonly legalBasis: string | null;
  /** Ids of the topics that are part of the MOU. */
  readonly addressedTopics: readonly string[];
  /** Titles of the recommended topics the Parties leave out. */
  readonly omittedRecommended: readonly string[];
  /** Years between reviews of the MOU, as the Parties agreed; null when the MOU does not say. */
  readonly reviewYears: number | null;
  /** The date the Parties named for their next review; null when they named none. */
  readonly nextReviewDate: string | null;
  /** What a period of "days" counts: "calendar", "business" or "school" days; null when not chosen. */
  readonly dayCount: string | null;
  /**
   * The Parties switched on the entire-agreement term (a standard term of the Amendment topic). It
   * prints as the last clause of the MOU: the last of the Standard Terms, or, when those are left
   * out, the last of the Amendment topic.
   */
  readonly entireAgreement: boolean;
  /** Each Party's postal address as the Parties paragraph gives it; null when blank. */
  readonly partyAddresses: Readonly<Record<"agency" | "district", string | null>>;
  /** Those who sign the MOU for each Party (not counsel approving as to form, not attesting clerks). */
  readonly signers: readonly PartySigner[];
}

/** A person who signs the MOU for a Party, as the signature blocks name them. */
export interface PartySigner {
  readonly side: "agency" | "district";
  readonly name: string;
  readonly title: string;
}

/** Project-wide facts a field's answer may supply, read by shared code without naming a topic. */
export type FactKey =
  | "effectiveDate"
  | "termYears"
  | "documentKind"
  | "legalBasis"
  | "employerName"
  | "reviewYears"
  | "nextReviewDate"
  | "dayCount"
  | "entireAgreement";

interface FieldCommon {
  /** Key in the topic's answers; camelCase. */
  readonly key: string;
  /** Short noun phrase shown beside the control and inside "[...: not yet agreed]". */
  readonly label: string;
  /** One or two sentences that help a person answer. */
  readonly help?: string;
  /** A blank required field is an open item. */
  readonly required: boolean;
  /** The field only matters (is shown, checked and rendered) when this holds. */
  readonly when?: (answers: Answers) => boolean;
  readonly schema: ZodMiniType;
  readonly recommended?: AnswerValue;
  /** The answer is also a project-wide fact that other topics' rules may read. */
  readonly fact?: FactKey;
}

export interface TextField extends FieldCommon {
  readonly kind: "text" | "longText";
  readonly recommended?: string;
}
export interface NumberField extends FieldCommon {
  readonly kind: "integer" | "decimal" | "money" | "percent" | "days" | "hours";
  readonly min: number;
  readonly max: number;
  readonly recommended?: number;
}
export interface BooleanField extends FieldCommon {
  readonly kind: "boolean";
  readonly recommended?: boolean;
  /**
   * A "no" states a term of its own that the MOU prints (e.g. "The SRO shall not carry a
   * firearm"). Without it, "no" means the MOU is silent: the template prints nothing for it.
   */
  readonly noIsTerm?: boolean;
}
export interface ChoiceField extends FieldCommon {
  readonly kind: "choice";
  readonly options: readonly ChoiceOption[];
  readonly recommended?: string;
}
export interface MultiField extends FieldCommon {
  readonly kind: "multi";
  readonly options: readonly ChoiceOption[];
  readonly recommended?: readonly string[];
}
export interface DateField extends FieldCommon {
  readonly kind: "date" | "time";
  readonly recommended?: string;
}
export interface ListField extends FieldCommon {
  readonly kind: "list";
  /** Label of one item, e.g. "Duty". */
  readonly itemLabel: string;
  readonly recommended?: readonly string[];
}

export type ColumnDef =
  | { readonly key: string; readonly label: string; readonly kind: "text"; readonly schema: ZodMiniType }
  | {
      readonly key: string;
      readonly label: string;
      readonly kind: "integer" | "decimal" | "money" | "percent" | "hours";
      readonly min: number;
      readonly max: number;
      readonly schema: ZodMiniType;
    }
  | {
      readonly key: string;
      readonly label: string;
      readonly kind: "choice";
      readonly options: readonly ChoiceOption[];
      readonly schema: ZodMiniType;
    };

export interface TableField extends FieldCommon {
  readonly kind: "table";
  readonly columns: readonly ColumnDef[];
  /** Label of one row, e.g. "Course". */
  readonly rowLabel: string;
  /** The table is printed as an exhibit with this title; the clause refers to it. */
  readonly exhibitTitle: string;
  readonly recommended?: readonly TableRow[];
}

export type FieldDef =
  TextField | NumberField | BooleanField | ChoiceField | MultiField | DateField | ListField | TableField;

/** Answers that go against the recommendation; shown as a warning until acknowledged. */
export interface DepartureCheck {
  readonly id: string;
  /** What the answers do, stated neutrally: "The SRO may administer school discipline." */
  readonly message: string;
  /** What is recommended instead, and by whom. */
  readonly recommendation: string;
  readonly applies: (answers: Answers, facts: ProjectFacts) => boolean;
}

/** A consistency rule: when it fails the topic has an open item that must be fixed. */
export interface ConsistencyRule {
  readonly id: string;
  readonly message: (answers: Answers, facts: ProjectFacts) => string;
  readonly fails: (answers: Answers, facts: ProjectFacts) => boolean;
}

/**
 * A rule relating two topics: when both are part of the MOU and it fails, two clauses contradict
 * each other. The open item sits on the later topic and names both.
 */
export interface CrossTopicRule {
  readonly id: string;
  /** The two topics whose clauses can disagree, in document order. */
  readonly topics: readonly [string, string];
  /** `answers(id)`: the answers of a topic that currently apply (hidden fields left out). */
  readonly fails: (answers: (topicId: string) => Answers, facts: ProjectFacts) => boolean;
  /** What contradicts what, and how to settle it. */
  readonly message: (answers: (topicId: string) => Answers, facts: ProjectFacts) => string;
}

export interface DefinedTerm {
  readonly term: string;
  readonly definition: string;
}

export interface SourceRef {
  /** e.g. "NASRO, School Resource Officer Program Recommendations (2021)". */
  readonly name: string;
}

export interface TopicDefinition {
  readonly id: string;
  readonly title: string;
  readonly group: TopicGroup;
  /** Our own plain-language summary of what is recommended and why. */
  readonly summary: string;
  /**
   * Words and phrases that signal the topic in an agreement written elsewhere (lower case; a
   * phrase matches as a whole). Importing an existing MOU scores each clause against them.
   */
  readonly signals?: readonly string[];
  readonly sources: readonly SourceRef[];
  /** Required topics are always part of the MOU; optional ones only when the parties include them. */
  readonly required: boolean;
  readonly fields: readonly FieldDef[];
  readonly departures: readonly DepartureCheck[];
  readonly rules: readonly ConsistencyRule[];
  /** Background recitals the topic's answers call for, in the order they print. */
  readonly recitals?: (answers: Answers, facts: ProjectFacts) => readonly string[];
  /** Defined terms this topic introduces into the Definitions section. */
  readonly terms: readonly DefinedTerm[];
  /** File name (without .hbs) of the clause template in templates/. */
  readonly template: string;
  /**
   * Brings the answers of a file written before schema 4 forward, so an old MOU keeps its
   * meaning (e.g. a sentence that used to print always now needs its switch set to yes).
   */
  readonly upgradeAnswers?: (old: Readonly<Record<string, unknown>>) => Record<string, unknown>;
  /** The topic also covers the parties, signatories and schedule of schools kept on the project. */
  readonly coversParties?: boolean;
  /** The zod schema of the topic's answers, built from the fields (every field may be blank). */
  readonly schema: ZodMiniType<Record<string, unknown>>;
}
