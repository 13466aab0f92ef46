// `npx tsx scripts/build-fixtures.ts`: rebuilds the bundled sample and the good test fixtures.
// Every change goes through createProject and the action functions, with fixed ids and clocks,
// so the history is real and the output is the same byte for byte on every run.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { format, resolveConfig } from "prettier";
import { setAnswer, setCustomClause, setPosition } from "../src/project/actions";
import { parseProjectFile, serializeProject } from "../src/project/file";
import {
  markSigned,
  setMeetingDate,
  setReviewDecision,
  setTopicNote,
  startReview,
  updateReviewRecord,
} from "../src/project/review";
import type { OpenItem } from "../src/project/open-items";
import { openItems } from "../src/project/open-items";
import type { Project, School, Side } from "../src/project/schema";
import { REVIEW_SAMPLE_ID } from "../src/project/sample";
import { isVisible } from "../src/topics/define";
import type { Answers, TableRow } from "../src/topics/types";
import type { Drafts } from "./fixtures/draft";
import { Draft, counsel, rows, school, signs, topic } from "./fixtures/draft";
import { buildCitySheriff, buildDistrictTermination, buildMostlySilent } from "./fixtures/real-agreements";

// ---------------------------------------------------------------------------------------------
// 1. The bundled sample: Maple Grove, mostly agreed, with a few items left open on purpose.

const MG_SCHOOLS: School[] = [
  school("mghs", "Maple Grove High School", "high", "1200 Orchard Parkway, Maple Grove", 1),
  school("rhs", "Riverside High School", "high", "455 River Road, Maple Grove", 1),
  school("jms", "Jefferson Middle School", "middle", "78 Linden Avenue, Maple Grove", 1),
  school("hms", "Hillcrest Middle School", "middle", "3100 Hillcrest Drive, Maple Grove", 1),
  school("bes", "Birchwood Elementary School", "elementary", "210 Birch Street, Maple Grove", 0.5),
  school("wces", "Willow Creek Elementary School", "elementary", "925 Willow Creek Lane, Maple Grove", 0.5),
];

/** The Cost Schedule for one school year: the Agency's share of each item; the District pays the rest. */
function costYear(schoolYear: string, salaryPct: number): TableRow[] {
  const agency = {
    salary: salaryPct,
    benefits: salaryPct,
    overtime: 50,
    equipment: 100,
    vehicle: 100,
    training: 50,
  };
  return Object.entries(agency).map(([item, pct]) => ({
    schoolYear,
    post: "All SROs",
    item,
    agencyPct: pct,
    districtPct: 100 - pct,
  }));
}

const MG_TRAINING = rows(
  ["course", "timing", "attendees", "hours"],
  [
    ["Basic SRO course", "Before assignment", "SRO; principal invited", 40],
    ["Crisis intervention team course", "Within 6 months of assignment", "SRO", 40],
    ["Advanced SRO course", "About 1 year after the basic course", "SRO", 24],
    ["Adolescent mental health", "About 1 year after the basic course", "SRO", 8],
    ["School CPTED", "About 1 year after the basic course", "SRO; District facilities manager", 16],
    ["SRO program management", "Before the program starts", "SRO sergeant; District safety director", 24],
    [
      "District discipline, FERPA, special education and behavior policies",
      "Before assignment; again when a policy changes",
      "SRO",
      6,
    ],
    ["Single-officer active assailant response", "Each semester", "SRO", 4],
    ["State SRO conference", "Each year", "SRO", 20],
  ],
);

const MG_SUPPLIES = rows(
  ["item", "providedBy"],
  [
    ["Desk, chairs and a lockable file cabinet", "district"],
    ["Telephone line and School radio", "district"],
    ["Network access and a District email account", "district"],
    ["Printer access and paper", "district"],
    ["Agency laptop and mobile data terminal", "agency"],
    ["Agency forms, citation books and evidence supplies", "agency"],
  ],
);

const MG_AGENCY: Drafts = {
  "parties-and-term": { effectiveDate: "2026-08-01", termYears: 3 },
  "enforcement-discretion": {
    alternatives: ["the Harbor County Juvenile Diversion Program", "the Maple Grove Youth Court"],
    notes:
      "When the SRO chooses an alternative to Enforcement Action, the SRO shall record the choice and the reason in the Agency's report of the incident.",
  },
  scope: {
    areas: ["grounds", "perimeter", "stops", "events"],
    perimeterFeet: 500,
    nonSchoolDays: "programs",
  },
  "citations-and-arrests": {
    diversionProgram: "the Harbor County Juvenile Diversion Program",
    parentNotice: "district",
  },
  "chain-of-command": {
    supervisorRank: "sergeant",
    schoolContact: "the principal of each School or an assistant principal the principal names",
    districtContact: "the Director of Student Safety and Wellness",
  },
  staffing: {
    totalOfficers: 5,
    factors: ["campusSize", "callsForService", "nearbyCrime", "climateSurvey"],
    requestResponseDays: 30,
    notes:
      "One SRO serves Birchwood Elementary School and Willow Creek Elementary School. The two principals and the Agency supervisor agree on how that SRO divides the week at the start of each semester.",
  },
  selection: {
    minYearsExperience: 4,
    districtMayDecline: true,
    qualities: ["youth", "communication", "collaboration"],
    notes:
      "The interview panel consists of the Agency's Community Services lieutenant, the SRO sergeant, a principal of a School at the level of the opening and the District's Director of Student Safety and Wellness.",
  },
  training: { conference: "state", trainingPlan: MG_TRAINING },
  probation: {
    probationMonths: 6,
    extensionMonths: 3,
    removalOnRequest: true,
    notes: "The Agency supervisor and the principal shall meet the SRO after 3 months to review progress.",
  },
  evaluation: {
    inputDays: 15,
    criteria: [
      "relationships with students, staff and families",
      "work as a public safety educator",
      "use of diversion and of referrals to School support staff",
      "knowledge of District policies and of this MOU",
      "quality and timeliness of reports",
    ],
    summaryToDistrict: true,
  },
  // The notice and replacement periods stay blank: the Agency is waiting on its labor agreement.
  "rotation-and-removal": { responseDays: 10 },
  substitutes: {
    coverage: "trainedSro",
    substituteAfterDays: 3,
    plannedNoticeDays: 5,
    invoiceCredit: true,
    creditBasis: "dailyRate",
  },
  "force-and-restraint": {
    agencyPolicy: "Maple Grove Police Department General Order 300, Use of Force",
    otherLimits: [
      "no handcuffing of an elementary School student unless the student poses an immediate threat of serious harm",
      "no use of a conducted energy weapon on a student who is under 12 years old or visibly pregnant",
    ],
    reportDays: 3,
  },
  "information-sharing": {
    sroStatus: "school-official",
    cameraAccess: "live",
    footageApprover: "the principal of each School",
    noRecording: [
      "restrooms and locker rooms",
      "the health office",
      "counseling sessions and IEP meetings",
      "classrooms during instruction, unless the SRO is responding to a crime",
    ],
    sisData: ["name, student number and photograph", "class schedule", "parent or guardian contact details"],
  },
  // 10 days departs from the 5 recommended; nobody acknowledges it, so the flag shows.
  "documentation-and-reporting": { governing: "agency-plus", requester: "principal", responseDays: 10 },
  "uniform-and-equipment": {
    uniform: "patrol",
    otherAttire: "elementary School assemblies, field days and reading events",
  },
  "armed-sro": {},
  "weapons-storage": {
    extraGear: true,
    extraGearItems: ["a trauma kit with tourniquets", "a ballistic helmet", "a rifle-rated vest"],
    costBorneBy: "agency",
    storage: "a locked cabinet in the SRO office of each School",
  },
  "less-lethal": { devices: ["cew", "oc"], deviation: false },
  "long-guns": {
    keepsLongGun: true,
    storageType: "safe",
    storageLocation: "the SRO office of each high School",
  },
  expenses: {
    method: "shares",
    costSchedule: [...costYear("2026-27", 50), ...costYear("2027-28", 45), ...costYear("2028-29", 40)],
  },
  billing: {
    billedItems: ["salary", "benefits", "overtime", "training"],
    frequency: "quarterly",
    dueDays: 30,
    disputeDays: 15,
    prorationBasis: "days",
    refundDays: 45,
  },
  "hours-on-campus": {
    hoursBasis: "clock",
    startTime: "07:15",
    endTime: "15:45",
    summerSchool: false,
  },
  extracurriculars: { payment: "flex" },
  "termination-and-renewal": { withoutCauseDays: 90, renewal: "written", finalInvoiceDays: 60 },
  amendment: {
    // the Board chair signs the MOU too: amendments go to the persons who signed it
    signers: "original",
    agencyNoticeOfficer: "Chief of Police",
    agencyNoticeEmail: "chief@maplegrove-police.example",
    districtNoticeOfficer: "Superintendent",
    districtNoticeEmail: "superintendent@maplegrove-schools.example",
    notes:
      "The Parties shall hold each annual review meeting in May, with the SROs and the principals of the Schools.",
  },
  "dispute-resolution": { schoolDays: 5, supervisorDays: 10, headsDays: 20 },
  indemnification: {
    districtInsurance: ["general", "educators", "property", "workers"],
    minimumCoverage: 2000000,
  },
  "standard-terms": {
    governingState: "Minnesota",
    venue: "the district court of the county where the District has its main office",
  },
};

const MG_DISTRICT: Drafts = {
  "purpose-and-goals": {
    purpose:
      "to build trust between Maple Grove police officers and students, to keep the Schools safe and welcoming, and to connect students with help before problems become crimes, through the SRO's work as a law enforcement officer, a public safety educator and an informal counselor and mentor",
    goals: [
      "Give at least 4 public safety lessons or presentations at each School each semester.",
      "Reduce arrests and citations of students for conduct at School by 20% from the 2025-26 school year by the end of the term.",
      "Refer every eligible student who commits a first minor offense to diversion or a restorative program.",
      "Raise to 70% the share of students who tell the yearly survey that they would go to the SRO for help.",
      "Meet each principal at least every 2 weeks to review safety concerns and referrals.",
    ],
    measures: ["calls", "enforcement", "diversion", "referrals", "force", "lessons", "surveys", "climate"],
    reportFrequency: "semester",
    boardReport: true,
  },
  "formal-discipline": {
    sroRole: "none",
    notes:
      "A School administrator may ask the SRO for a written account of facts the SRO saw. The account states facts only and does not recommend a disciplinary outcome.",
  },
  "triad-roles": {
    teachingTopics: ["crime", "online", "safety", "victims", "law", "stops", "driving", "decisions"],
    otherTopics: ["vaping and substance use", "healthy relationships and dating violence", "bicycle safety"],
    classArrangement: "plan",
    referralStaff: ["counselor", "psychologist", "socialWorker", "nurse"],
    notes: "The SRO may join the District's lunch mentoring program at the elementary Schools.",
  },
  "staff-calls": {
    notes: "In an emergency any member of staff may call 911 and shall then tell an administrator.",
  },
  "questioning-students": {
    noticeExceptions: ["emergency", "abuse", "evidence"],
    staffWho: ["administrators", "counselors"],
    otherBarredQuestions: ["the religious or political views of the student or the student's family"],
  },
  "office-space": {
    where: "each",
    location: "the main office suite, near the front entrance",
    supplies: MG_SUPPLIES,
  },
  "day-to-day-duties": {
    duties: [
      "being visible and approachable at arrival, lunch and dismissal",
      "responding to crimes and threats to safety at the School",
      "teaching public safety lessons under the yearly teaching plan",
      "meeting students and families who ask for help, and referring them to School support staff",
      "advising administrators on safety plans, drills and building security",
      "serving on the School's Threat Assessment Team",
    ],
  },
  collaboration: { meetingFrequency: "biweekly", leadershipMeetings: "semester", cptedFrequency: "yearly" },
  "threat-assessment": {
    teamLevel: "both",
    model: "the District's Behavioral Threat Assessment and Management Protocol",
    members: ["administrator", "mentalHealth", "lawEnforcement", "teacher", "specialEducation"],
    partner: "Harbor County Juvenile Services",
  },
  publication: { postedBy: "both", postDays: 30, withholdSecurity: true },
};

const MG_OBJECTION =
  "The District cannot accept live camera access for the SRO. It proposes recorded footage only, on request to the principal and for safety purposes, which is what the District's records policy allows.";

/**
 * Open on purpose, so a newcomer sees each kind of flag: the District objects to information sharing;
 * two rotation periods are blank; the documentation departure is not acknowledged; and the Agency
 * changes extracurriculars after the District agreed, so it waits on the District again.
 */
function buildSample(): Project {
  const d = new Draft("sample-maple-grove", "Maple Grove SRO MOU 2026-2029", "2026-04-06T15:00:00Z");
  // Session 1: the Agency sets out the parties and drafts its topics.
  const start = d.project.parties;
  const agency = {
    name: "Maple Grove Police Department",
    kind: "police-department",
    address: "400 Civic Center Drive, Maple Grove, Minnesota 55369",
  } as const;
  const district = {
    name: "Maple Grove Unified School District",
    address: "18 Education Way, Maple Grove, Minnesota 55369",
  };
  const attorney = counsel("city-attorney", "Priya Raman", "City Attorney", "City of Maple Grove", "agency");
  d.details("agency", { parties: { ...start, agency } }, "Changed the Agency's details.");
  d.details("agency", { parties: { ...start, agency, district } }, "Changed the District's details.");
  const signatories = [
    signs("agency-head", "agency", "Dana Whitfield", "Chief of Police"),
    signs("superintendent", "district", "Dr. Luis Ortega", "Superintendent"),
    signs("board-chair", "district", "Karen Liu", "Chair, Board of Education"),
    attorney,
  ];
  d.details("agency", { parties: { agency, district, signatories } }, "Added a signatory.");
  d.details("agency", { schools: MG_SCHOOLS }, "Changed the schedule of schools.");
  d.draft("agency", MG_AGENCY, true);
  d.acknowledge(
    "agency",
    "staffing",
    "fewer-sros-than-schools",
    "The two elementary Schools share one SRO for now; the Parties will look at a sixth SRO at the yearly staffing review.",
  );
  d.position(
    "agency",
    "rotation-and-removal",
    "propose",
    "The notice and replacement periods depend on the labor agreement now in negotiation; the Agency will fill them in by June.",
  );

  // Session 2: the District drafts its topics and answers the Agency's, objecting to one.
  d.session("2026-04-14T16:00:00Z");
  d.draft("district", MG_DISTRICT, true);
  d.agreeAll("district", MG_AGENCY, ["rotation-and-removal", "information-sharing"]);
  d.position("district", "information-sharing", "object", MG_OBJECTION);
  d.message(
    "district",
    "Dr. Luis Ortega",
    "Superintendent",
    {
      topicId: "information-sharing",
      kind: "question",
      text: "Does the Agency need live access for any purpose that recorded footage on request would not serve?",
    },
    "msg-mg-1",
  );

  // Session 3: the Agency agrees to the District's topics, then reopens extracurriculars.
  d.session("2026-04-21T14:30:00Z");
  d.message(
    "agency",
    "Dana Whitfield",
    "Chief of Police",
    {
      topicId: "information-sharing",
      kind: "counter",
      text: "Only during an emergency under the Emergency Operations Plan. The Agency would accept recorded footage otherwise, with live access limited to emergencies declared by the principal.",
      answers: "msg-mg-1",
    },
    "msg-mg-2",
  );
  d.agreeAll("agency", MG_DISTRICT);
  d.answer("agency", "extracurriculars", { payment: "district", hourlyRate: 68 });
  d.position(
    "agency",
    "extracurriculars",
    "propose",
    "Shifting the SRO's hours left the high Schools without an SRO on Friday mornings; the Agency proposes overtime reimbursed by the District instead.",
  );
  return d.project;
}

// ---------------------------------------------------------------------------------------------
// 2. A fully resolved project: Cedar Falls, every topic agreed, every departure acknowledged.
//    Each side starts every topic from the recommended values and fills in the rest.

const CF_AGENCY: Drafts = {
  "parties-and-term": { effectiveDate: "2026-07-15", termYears: 2, scheduleChanges: "amendment" },
  "enforcement-discretion": {
    alternatives: ["the Cedar County Teen Court", "the District's restorative justice program"],
  },
  "chain-of-command": {
    supervisorRank: "lieutenant",
    districtContact: "the Assistant Superintendent for Student Services",
  },
  staffing: { totalOfficers: 3, requestResponseDays: 45 },
  selection: { districtMayDecline: true },
  training: {},
  probation: { probationMonths: 12 },
  evaluation: { inputDays: 10 },
  "rotation-and-removal": { responseDays: 14, noticeDays: 30, replacementDays: 30 },
  "documentation-and-reporting": { requester: "principal", responseDays: 7 },
  "uniform-and-equipment": { uniform: "soft" },
  "armed-sro": {},
  "weapons-storage": { extraGear: false },
  "less-lethal": { devices: ["cew", "oc", "baton"], deviation: false },
  "long-guns": {
    keepsLongGun: true,
    storageType: "safe",
    storageLocation: "the SRO office at Cedar Falls High School",
  },
  expenses: { method: "fixed", fixedAmount: 72000, fixedCovers: ["salary", "benefits"], fixedIncrease: 3 },
  "hours-on-campus": { hoursBasis: "clock", startTime: "07:30", endTime: "16:00", plannedNoticeDays: 3 },
  "termination-and-renewal": {
    renewal: "automatic",
    withoutCauseDays: 90,
    nonRenewalDays: 90,
    finalInvoiceDays: 45,
  },
  amendment: {
    signers: "original",
    agencyNoticeOfficer: "Sheriff",
    agencyNoticeEmail: "sheriff@cedarfalls-county.example",
    districtNoticeOfficer: "Superintendent",
    districtNoticeEmail: "superintendent@cedarfalls-schools.example",
    districtNoticeAddress: "Suite 200, 500 Prairie Avenue, Cedar Falls, Iowa 50613",
  },
  "dispute-resolution": { schoolDays: 5, supervisorDays: 10, headsDays: 15 },
  indemnification: {
    districtInsurance: ["general", "educators", "property", "workers"],
    minimumCoverage: 1000000,
  },
  "standard-terms": {
    governingState: "Iowa",
    venue: "the district court of the county where the District has its main office",
  },
};

const CF_DISTRICT: Drafts = {
  "purpose-and-goals": { boardReport: true },
  "formal-discipline": {},
  "triad-roles": { classArrangement: "invitation" },
  complaints: {
    channels: ["agency", "school", "anonymous"],
    forwardDays: 2,
    investigator: "agency",
    responseDays: 30,
    informDistrict: true,
    published: true,
  },
  "information-sharing": {
    sroStatus: "school-official",
    cameraAccess: "recorded",
    footageApprover: "the principal or an assistant principal",
  },
  "data-and-reporting": { frequency: "quarterly", publicDays: 60, minCount: 10 },
  "office-space": {
    where: "each",
    supplies: rows(
      ["item", "providedBy"],
      [
        ["Furnished office with a lockable file cabinet", "district"],
        ["Telephone, network access and printer", "district"],
        ["Laptop and radio", "agency"],
      ],
    ),
  },
  "day-to-day-duties": {},
  extracurriculars: { payment: "detail", hourlyRate: 55 },
  collaboration: { meetingFrequency: "weekly", leadershipMeetings: "quarter", cptedFrequency: "twoYears" },
  "threat-assessment": { teamLevel: "school", partner: "the Cedar County Juvenile Services Center" },
};

function buildResolved(): Project {
  const d = new Draft("fixture-cedar-falls", "Cedar Falls SRO MOU 2026-2028", "2026-03-02T16:00:00Z");
  const agency = {
    name: "Cedar Falls County Sheriff's Office",
    kind: "sheriffs-office",
    address: "77 Courthouse Square, Cedar Falls, Iowa 50613",
  } as const;
  const district = {
    name: "Cedar Falls School District",
    address: "500 Prairie Avenue, Cedar Falls, Iowa 50613",
  };
  const attorney = counsel(
    "county-attorney",
    "Helen Marsh",
    "County Attorney",
    "Cedar Falls County",
    "agency",
  );
  const signatories = [
    signs("agency-head", "agency", "Marcus Bell", "Sheriff"),
    signs("superintendent", "district", "Dr. Angela Price", "Superintendent"),
    signs("board-chair", "district", "Tom Okafor", "Chair, Board of Education"),
    attorney,
  ];
  d.details("agency", { parties: { agency, district, signatories } }, "Changed the parties.");
  const schools = [
    school("cfhs", "Cedar Falls High School", "high", "900 Falls Road, Cedar Falls", 1),
    school("cfms", "Cedar Falls Middle School", "middle", "410 Mill Street, Cedar Falls", 1),
    school("pves", "Prairie View Elementary School", "elementary", "35 Meadow Lane, Cedar Falls", 1),
  ];
  d.details("agency", { schools }, "Changed the schedule of schools.");
  d.draft("agency", CF_AGENCY, true);
  d.acknowledge(
    "agency",
    "documentation-and-reporting",
    "slow-response",
    "The Sheriff's records unit works weekdays only; 7 days is the shortest period it can promise.",
  );

  d.session("2026-03-09T15:00:00Z");
  d.draft("district", CF_DISTRICT, true);
  d.acknowledge(
    "district",
    "data-and-reporting",
    "reports-not-monthly",
    "The board meets quarterly; the Superintendent also gets a monthly count of arrests from the SRO sergeant.",
  );
  d.agreeAll("district", CF_AGENCY);

  d.session("2026-03-12T17:00:00Z");
  d.agreeAll("agency", CF_DISTRICT);
  return d.project;
}

// ---------------------------------------------------------------------------------------------
// 3. Special characters: text that must come out exactly as typed in every format.

const UNICODE_STRINGS = [
  'Smith & Sons <Security> "quoted"',
  "{{not a template}}",
  "Ærøskøbing café naïve",
  "Школа №5",
  "北京市第一中学",
  "🚓 🏫",
] as const;

const NG_DRAFTS: Drafts = {
  "parties-and-term": { effectiveDate: "2026-08-15", termYears: 1, scheduleChanges: "letter" },
  "purpose-and-goals": {
    purpose: "to keep students safe and to print {{not a template}} exactly as typed",
    goals: ["Greet families in their own languages: bienvenue, добро пожаловать, 欢迎."],
    reportFrequency: "annual",
    reportBy: "joint",
    headsSupport: true,
  },
  "triad-roles": {
    roles: ["officer", "educator", "mentor"],
    teachingTopics: ["safety", "online"],
    otherTopics: ["bicycle and street safety 🚓 🏫"],
    referralStaff: ["counselor", "nurse"],
  },
  "chain-of-command": {
    supervisedBy: "agency",
    supervisorRank: "sergeant",
    schoolContact: "the principal of each School",
    districtContact: "the coordinator of the Ærøskøbing café naïve exchange program",
  },
};

function buildUnicode(): Project {
  const d = new Draft("fixture-unicode", "Northgate SRO MOU (special characters)", "2026-05-04T09:00:00Z");
  const agency = {
    name: "Northgate Police Department",
    kind: "police-department",
    address: "1 Rue de l'Hôtel de Ville, Northgate, Vermont 05650",
  } as const;
  const district = {
    name: "Northgate International School District",
    address: "2 Straße der Schulen, Northgate, Vermont 05650",
  };
  const signatories = [
    signs("agency-head", "agency", "José Núñez", "Chief of Police"),
    signs("superintendent", "district", "Zoë Ångström-Lefèvre", "Superintendent"),
    signs("board-chair", "district", "Nguyễn Thị Minh", "Chair, Board of Education"),
  ];
  d.details("agency", { parties: { agency, district, signatories } }, "Changed the parties.");
  const schools = [
    school("s5", "Школа №5", "k-8", "5 Ulitsa Lenina, Northgate", 1),
    school("bj1", "北京市第一中学", "high", "1 Beijing Road, Northgate", 1),
  ];
  d.details("agency", { schools }, "Changed the schedule of schools.");
  d.draft("agency", NG_DRAFTS, false);
  d.custom(
    "agency",
    "office-space",
    'The District\'s alarm contractor, Smith & Sons <Security> "quoted", shall give the SRO an access card for each School.',
  );
  d.session("2026-05-05T09:00:00Z");
  d.agreeAll("district", { "parties-and-term": {}, "chain-of-command": {} });
  return d.project;
}

// ---------------------------------------------------------------------------------------------

/** Every answer belongs to a field that applies, and optional topics left out hold no answers. */
function checkClean(project: Project, label: string): void {
  for (const [id, state] of Object.entries(project.topics)) {
    const t = topic(id);
    const answers = state.answers as Answers;
    for (const key of Object.keys(answers)) {
      const field = t.fields.find((f) => f.key === key);
      if (!field) throw new Error(`${label}: ${id}.${key} is not a field.`);
      if (!isVisible(field, answers)) throw new Error(`${label}: ${id}.${key} is answered but hidden.`);
    }
    if (!t.required && !state.included && Object.keys(answers).length > 0)
      throw new Error(`${label}: ${id} has answers but is not included.`);
  }
}

/** Round-trips the project through the file format; returns the file text and the open items. */
function validate(
  project: Project,
  label: string,
  savedBy: Side,
  savedAt: string,
): [string, readonly OpenItem[]] {
  checkClean(project, label);
  if (savedAt < project.updatedAt) throw new Error(`${label} is saved before its last change.`);
  const text = serializeProject(project, savedBy, new Date(savedAt));
  const result = parseProjectFile(text);
  if (!result.ok) throw new Error(`${label} does not load: ${JSON.stringify(result.problems, null, 2)}`);
  if (!isDeepStrictEqual(result.project, project)) throw new Error(`${label} changes when it is loaded.`);
  return [text, openItems(result.project)];
}

/**
 * 4. The annual review a year after Cedar Falls signed: the District adds a clause to formal
 * discipline (the Agency has not agreed yet), both agree to a shorter probation, and the
 * meeting's record names who came, what was decided and why.
 */
function buildReview(resolved: Project): Project {
  const at = (iso: string) => new Date(iso);
  const signed = markSigned(
    resolved,
    "district",
    "2026-03-20",
    "Sheriff Marcus Bell and Dr. Angela Price",
    at("2026-03-20T17:00:00Z"),
  );
  let p = startReview(signed, "agency", at("2027-02-15T15:00:00Z"), "fixture-cedar-falls-review-2027");
  p = { ...p, name: "Cedar Falls SRO MOU: annual review 2027" };
  p = setMeetingDate(p, "agency", "2027-03-04", at("2027-02-15T15:05:00Z"));
  p = updateReviewRecord(
    p,
    "agency",
    {
      attendees: [
        { name: "Marcus Bell", role: "Sheriff", side: "agency" },
        { name: "Lt. Dana Whitfield", role: "SRO supervisor", side: "agency" },
        { name: "Dr. Angela Price", role: "Superintendent", side: "district" },
        { name: "Sam Okoye", role: "Parent representative", side: "other" },
      ],
    },
    at("2027-02-15T15:06:00Z"),
  );
  p = setReviewDecision(p, "district", "formal-discipline", "revised", at("2027-03-04T15:00:00Z"));
  p = setCustomClause(
    p,
    "district",
    "formal-discipline",
    "The principal shall ask for any statement of the SRO in writing.",
    at("2027-03-04T15:10:00Z"),
  );
  p = setTopicNote(
    p,
    "district",
    "formal-discipline",
    "Principals asked for a written request in every case.",
    at("2027-03-04T15:12:00Z"),
  );
  p = setReviewDecision(p, "agency", "probation", "revised", at("2027-03-04T15:20:00Z"));
  p = setAnswer(p, "agency", "probation", "probationMonths", 9, at("2027-03-04T15:25:00Z"));
  p = setPosition(p, "district", "probation", "agree", "", at("2027-03-04T15:30:00Z"));
  p = setReviewDecision(p, "agency", "triad-roles", "kept", at("2027-03-04T15:40:00Z"));
  p = setReviewDecision(p, "district", "information-sharing", "open", at("2027-03-04T15:50:00Z"));
  p = setTopicNote(
    p,
    "district",
    "information-sharing",
    "Counsel to check the records clause against the new state law.",
    at("2027-03-04T15:52:00Z"),
  );
  return p;
}

const describe = (i: OpenItem) =>
  `${i.topicId}: ${i.reason}: ${i.message}${i.waitingOn.length < 2 ? ` (waiting on ${i.waitingOn.join(", ")})` : ""}`;

/** Writes a file; test fixtures go through Prettier, as `prettier --check .` covers them (public/ is ignored). */
async function write(path: string, text: string): Promise<void> {
  const pretty = path.startsWith("test/");
  const out = pretty ? await format(text, { ...(await resolveConfig(path)), filepath: path }) : text;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, out);
  console.log(`wrote ${path}`);
}

function parseResolved(text: string): Project {
  const r = parseProjectFile(text);
  if (!r.ok) throw new Error("resolved does not load");
  return r.project;
}

async function main(): Promise<void> {
  const [sample, sampleItems] = validate(buildSample(), "sample", "agency", "2026-04-21T16:00:00Z");
  const expected = [
    "rotation-and-removal:blank:noticeDays",
    "rotation-and-removal:blank:replacementDays",
    "rotation-and-removal:not-agreed:null",
    "information-sharing:objection:null",
    "documentation-and-reporting:departure:slow-response",
    "extracurriculars:not-agreed:null",
    // the Agency's reopened overtime terms contradict the Cost Schedule's overtime split
    "extracurriculars:invalid:event-overtime-vs-cost-terms",
  ].sort();
  const got = sampleItems.map((i) => `${i.topicId}:${i.reason}:${String(i.field)}`).sort();
  if (!isDeepStrictEqual(got, expected))
    throw new Error(`sample: unexpected open items:\n${sampleItems.map(describe).join("\n")}`);
  const waiting = sampleItems.find((i) => i.topicId === "extracurriculars" && i.reason === "not-agreed");
  if (waiting?.waitingOn.join() !== "district")
    throw new Error("sample: extracurriculars should wait on the District.");
  console.log(`sample: ${sampleItems.length} open items`);
  for (const item of sampleItems) console.log(`  ${describe(item)}`);

  const [resolved, resolvedItems] = validate(buildResolved(), "resolved", "district", "2026-03-12T18:00:00Z");
  if (resolvedItems.length !== 0)
    throw new Error(`resolved: expected no open items:\n${resolvedItems.map(describe).join("\n")}`);
  console.log("resolved: 0 open items");

  const unicodeProject = buildUnicode();
  const [unicode, unicodeItems] = validate(unicodeProject, "unicode", "agency", "2026-05-05T10:00:00Z");
  const texts = JSON.stringify([unicodeProject.parties, unicodeProject.schools, unicodeProject.topics]);
  for (const s of UNICODE_STRINGS) {
    if (!texts.includes(JSON.stringify(s).slice(1, -1))) throw new Error(`unicode: "${s}" is missing.`);
  }
  console.log(`unicode: ${unicodeItems.length} open items`);

  const reviewProject = buildReview(parseResolved(resolved));
  const [review, reviewItems] = validate(reviewProject, "review", "agency", "2027-03-04T16:00:00Z");
  const reviewOpen = reviewItems.map((i) => `${i.topicId}:${i.reason}`);
  if (!isDeepStrictEqual(reviewOpen, ["formal-discipline:not-agreed"]))
    throw new Error(`review: unexpected open items:\n${reviewItems.map(describe).join("\n")}`);
  console.log("review: 1 open item (formal discipline waits on the Agency)");
  // the same review, bundled so the meeting can be tried at once from the start page
  const [reviewSample] = validate(
    { ...reviewProject, id: REVIEW_SAMPLE_ID, name: "Cedar Falls SRO MOU: annual review 2027 (sample)" },
    "review sample",
    "agency",
    "2027-03-04T16:00:00Z",
  );

  // real agreements: each states what its parties signed, nothing else, with nothing open
  const real: ReadonlyArray<readonly [string, () => Project, Side]> = [
    ["city-sheriff", buildCitySheriff, "district"],
    ["mostly-silent", buildMostlySilent, "district"],
    ["district-termination", buildDistrictTermination, "district"],
  ];
  const realFiles: [string, string][] = [];
  for (const [name, buildIt, savedBy] of real) {
    const project = buildIt();
    const [text, items] = validate(project, name, savedBy, project.updatedAt);
    if (items.length !== 0)
      throw new Error(`${name}: expected no open items:\n${items.map(describe).join("\n")}`);
    console.log(`${name}: 0 open items`);
    realFiles.push([name, text]);
  }

  await write("public/sample.mou.json", sample);
  for (const [name, text] of realFiles) await write(`test/fixtures/good/${name}/project.json`, text);
  await write("test/fixtures/good/resolved/project.json", resolved);
  await write("test/fixtures/good/unicode/project.json", unicode);
  await write("test/fixtures/good/review/project.json", review);
  await write("public/sample-review.mou.json", reviewSample);
}

await main();
