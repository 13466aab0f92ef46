import { describe, expect, it } from "vitest";
import { buildTemplateContext } from "../../src/document/template-context";
import { renderTemplate } from "../../src/document/templates";
import armedSro from "../../src/topics/armed-sro";
import collaboration from "../../src/topics/collaboration";
import dataAndReporting from "../../src/topics/data-and-reporting";
import documentation from "../../src/topics/documentation-and-reporting";
import emergencyPlanning from "../../src/topics/emergency-planning";
import familyAndCommunity from "../../src/topics/family-and-community";
import informationSharing from "../../src/topics/information-sharing";
import lessLethal from "../../src/topics/less-lethal";
import longGuns from "../../src/topics/long-guns";
import officeSpace from "../../src/topics/office-space";
import threatAssessment from "../../src/topics/threat-assessment";
import uniform from "../../src/topics/uniform-and-equipment";
import vehicle from "../../src/topics/vehicle-and-equipment";
import weaponsStorage from "../../src/topics/weapons-storage";
import type { Answers, ProjectFacts, TopicDefinition } from "../../src/topics/types";
import { sampleFacts } from "../support/facts";

// one SRO: these tests read the singular wording ("The SRO shall ..."); test/unit/plural-sro.test.ts reads both
const facts = sampleFacts({ totalOfficers: 1 });
const sheriff = sampleFacts({
  totalOfficers: 1,
  employer: "the Employer",
  employerIsAgency: false,
  employerName: "Lake County Sheriff's Office",
});

function render(topic: TopicDefinition, answers: Answers, f: ProjectFacts = facts): string {
  const parsed = topic.schema.safeParse(answers);
  expect(parsed.success, `${topic.id}: answers must be valid: ${JSON.stringify(answers)}`).toBe(true);
  return renderTemplate(topic.template, buildTemplateContext(topic, answers, f)).join("\n");
}

/** The answers with every yes/no field of the topic set to no. */
function allNo(topic: TopicDefinition, answers: Answers): Answers {
  const out: Record<string, Answers[string]> = { ...answers };
  for (const field of topic.fields) if (field.kind === "boolean") out[field.key] = false;
  return out;
}

interface Case {
  readonly topic: TopicDefinition;
  /** Every field that matters answered, every yes/no answered yes. */
  readonly answers: Answers;
  /** Sentences (or telling parts of them) that a "no" used to print, or that printed whatever the answers. */
  readonly neverOnNo: readonly string[];
  /** Standard-term switches, and a telling part of the sentence each one prints. */
  readonly switches: Readonly<Record<string, string>>;
}

const CASES: readonly Case[] = [
  {
    topic: informationSharing,
    answers: {
      lawfulSharing: true,
      stateLaw: "the State Student Records Act",
      sroStatus: "school-official",
      lawEnforcementRecords: true,
      cameraAccess: "recorded",
      footageApprover: "the principal",
      footageCopies: true,
      footageSafetyOnly: true,
      bodyCamera: "limited",
      noRecording: ["restrooms and locker rooms", "health rooms"],
      recordingLimits: true,
      districtViewsRecordings: true,
      sisAccess: "limited",
      sisData: ["name and photograph", "class schedule"],
      sisAudit: true,
      otherSharing: ["threats", "orders"],
    },
    neverOnNo: [
      "The Parties shall share information about students",
      "are not Education Records",
      "a copy of recorded footage",
      "Footage that is directly related to a student",
      "shall record only when",
      "shall not record routine contact",
      "let the District view a body-worn camera recording",
      "may log and review",
      "The SRO is not a school official",
    ],
    switches: {
      lawfulSharing: "The Parties shall share information about students with each other only as FERPA",
      lawEnforcementRecords: "are records of the Agency and are not Education Records",
      footageCopies: "the District shall give the Agency a copy of recorded footage",
      recordingLimits: "shall not record routine contact with students and staff",
      districtViewsRecordings: "the Agency shall let the District view a body-worn camera recording",
      sisAudit: "The District may log and review the SRO's use of its student information system.",
    },
  },
  {
    topic: documentation,
    answers: {
      governing: "agency",
      requestable: ["summary", "statement", "arrestNotice"],
      requester: "principal",
      responseDays: 5,
      withholding: true,
      districtProtects: true,
    },
    neverOnNo: [
      "may withhold or delay",
      "becomes part of that student's Education Record",
      "may request only",
    ],
    switches: {
      withholding: "The Agency may withhold or delay a document",
      districtProtects: "becomes part of that student's Education Record",
    },
  },
  {
    topic: dataAndReporting,
    answers: {
      events: ["arrests", "searches", "force"],
      demographics: ["race", "age", "disability", "englishLearner"],
      recordDetails: true,
      districtSuppliesDetails: true,
      entryDays: 5,
      frequency: "monthly",
      publicSummary: true,
      publicDays: 60,
      minCount: 10,
      disparityReview: true,
    },
    neverOnNo: [
      "not required to publish",
      "the date, time and School",
      "shall supply from its own records",
      "publish on its website",
      "review the data together",
    ],
    switches: {
      recordDetails: "The SRO shall record, for each intervention the SRO makes, the date, time and School",
      districtSuppliesDetails:
        "The District shall supply from its own records each student's disability status and English learner status",
    },
  },
  {
    topic: uniform,
    answers: {
      uniform: "soft",
      identifiable: true,
      bodyArmor: true,
      patrolEquipment: true,
      otherAttire: "graduation ceremonies",
    },
    neverOnNo: [
      "does not identify the SRO",
      "governs whether the SRO wears body armor",
      "body armor",
      "which may differ from",
      "clearly identifies the SRO",
      "patrol assignment",
    ],
    switches: {},
  },
  {
    topic: armedSro,
    answers: { armed: "patrol", weaponsRulesAcknowledged: true, policiesShared: true },
    neverOnNo: ["District rules on weapons do not apply", "on firearms and use of force"],
    switches: {
      weaponsRulesAcknowledged: "District rules on weapons do not apply to the SRO's duty firearm",
    },
  },
  {
    topic: weaponsStorage,
    answers: {
      dutyGearPolicy: true,
      noUnattendedWeapons: true,
      extraGear: true,
      extraGearItems: ["trauma kit", "ballistic shield"],
      decidedBy: "agency",
      costBorneBy: "agency",
      storage: "a locked cabinet in the SRO's office",
      extraAccessLimited: true,
      tellPrincipal: true,
    },
    neverOnNo: [
      "governs the care, carrying and storage",
      "shall not leave a weapon unattended",
      "shall not keep weapons or gear",
      "beyond normal duty gear",
      "may have access to that storage",
      "tell the principal",
    ],
    switches: {
      dutyGearPolicy:
        "The policy of the Agency governs the care, carrying and storage of the duty gear that the SRO carries.",
      noUnattendedWeapons: "The SRO shall not leave a weapon unattended at a School",
      extraAccessLimited: "Only the SRO and officers of the Agency may have access to that storage.",
      tellPrincipal: "The Agency shall tell the principal of each School",
    },
  },
  {
    topic: lessLethal,
    answers: {
      policyGoverns: true,
      devices: ["oc", "baton"],
      certifiedOnly: true,
      writtenDeviation: true,
      deviation: true,
      deviationAreas: ["use"],
      deviationTerms: "The SRO shall not use OC spray inside a classroom.",
    },
    neverOnNo: [
      "use-of-force continuum",
      "certification",
      "without deviation",
      "agree in writing to any deviation",
      "requires the written agreement",
      "OC spray inside a classroom",
    ],
    switches: {
      policyGoverns: "The policy and use-of-force continuum of the Agency govern",
      certifiedOnly: "holds current training and certification from the Agency",
      writtenDeviation: "The Parties shall agree in writing to any deviation",
    },
  },
  {
    topic: longGuns,
    answers: {
      sopGoverns: true,
      keepsLongGun: true,
      storageType: "safe",
      storageLocation: "the SRO's office in the main building",
      accessLimited: true,
      codeToDispatch: true,
    },
    neverOnNo: [
      "standard operating procedures",
      "shall not keep a long gun",
      "Persons other than",
      "within the Agency",
      "long gun",
    ],
    switches: {
      sopGoverns:
        "The standard operating procedures of the Agency govern whether the SRO carries or keeps a long gun",
    },
  },
  {
    topic: vehicle,
    answers: {
      vehicleProvidedBy: "district",
      dutyUseOnly: true,
      vehicleInsuredBy: "district",
      agencyRadio: true,
      schoolRadio: true,
      equipment: [{ item: "laptop", providedBy: "district", insuredBy: "district" }],
    },
    neverOnNo: [
      "Neither Party",
      "not required",
      "law enforcement radio",
      "only for duties under this MOU",
      "School radio",
    ],
    switches: {
      agencyRadio: "The Agency shall provide the SRO with a law enforcement radio and shall maintain it.",
      dutyUseOnly: "The SRO shall use the vehicle only for duties under this MOU.",
    },
  },
  {
    topic: officeSpace,
    answers: {
      privateSpace: true,
      where: "each",
      location: "the main office suite",
      lockable: true,
      supplies: [{ item: "printer", providedBy: "district" }],
      acceptableUse: true,
    },
    neverOnNo: [
      "not required to provide a private office",
      "work space",
      "private office",
      "lockable storage",
      "acceptable-use policy",
    ],
    switches: { acceptableUse: "The SRO shall follow the District's acceptable-use policy" },
  },
  {
    topic: collaboration,
    answers: {
      meetingFrequency: "monthly",
      leadershipMeetings: "semester",
      sharePolicies: true,
      cptedReview: true,
      cptedFrequency: "yearly",
      cptedRecommendations: true,
      crisisPlanning: true,
      familyEducation: true,
      reviewInput: true,
    },
    neverOnNo: [
      "Crime Prevention Through Environmental Design",
      "written recommendations",
      "policies and procedures",
      "crisis and emergency plans",
      "educate parents",
      "gather the views",
    ],
    switches: {},
  },
  {
    topic: threatAssessment,
    answers: {
      teamLevel: "both",
      model: "the Salem-Keizer Student Threat Assessment System",
      members: ["administrator", "mentalHealth", "teacher"],
      referThreats: true,
      supports: ["counseling", "juvenile"],
      partner: "the County Juvenile Department",
      imminentThreat: true,
    },
    neverOnNo: ["is not a member", "refer to the Agency without delay", "act at once on an imminent threat"],
    switches: {
      referThreats: "The District shall refer to the Agency without delay any threat",
      imminentThreat: "The SRO shall act at once on an imminent threat of harm",
    },
  },
  {
    topic: emergencyPlanning,
    answers: {
      jointPlans: true,
      drills: ["lockdown", "evacuation"],
      lockdownDrills: 2,
      jointExercises: 1,
      sharePlans: true,
      sharedItems: ["floorPlans", "siteMaps"],
      plansSecure: true,
      updateDays: 30,
      walkthroughs: "yearly",
    },
    neverOnNo: [
      "shall prepare each School's crisis",
      "a copy of each plan",
      "not required",
      "keep this information secure",
      "floor plans",
    ],
    switches: { plansSecure: "The Agency shall keep this information secure" },
  },
  {
    topic: familyAndCommunity,
    answers: {
      explainRole: true,
      explainHow: ["handbook", "website"],
      translated: true,
      surveys: true,
      surveyFrequency: "yearly",
      publicInput: true,
      inputMethods: ["boardMeeting", "comment"],
      commentDays: 30,
    },
    neverOnNo: [
      "not required to explain",
      "not required to survey",
      "without first inviting public comment",
      "explain the SRO's role",
      "survey students",
      "invite comment",
    ],
    switches: {},
  },
];

/** Wording a "no" must never produce in any of these topics. */
const INVENTED =
  /not required|Neither Party|need not|The SRO is not|\bat least 0\b|within 0 days|without deviation/;

describe.each(CASES.map((c) => [c.topic.id, c] as const))("%s", (_id, c) => {
  it("prints the terms its yes answers choose", () => {
    const text = render(c.topic, c.answers);
    for (const sentence of Object.values(c.switches)) expect(text).toContain(sentence);
  });

  it("prints none of the removed or invented sentences when every yes/no is no", () => {
    const text = render(c.topic, allNo(c.topic, c.answers));
    for (const sentence of c.neverOnNo) expect(text, `"${sentence}" printed on no`).not.toContain(sentence);
    expect(text).not.toMatch(INVENTED);
  });

  it("prints for a no exactly what it prints when the question is unanswered, less the blank", () => {
    // Both renders keep every other answer, so any difference is the no's own doing.
    for (const field of c.topic.fields) {
      if (field.kind !== "boolean" || field.noIsTerm) continue;
      const blank = { ...c.answers, [field.key]: null };
      const no = { ...c.answers, [field.key]: false };
      const placeholder = `\uE000${field.key}\uE001`;
      const silent = render(c.topic, blank)
        .split("\n")
        .filter((l) => !l.includes(placeholder));
      expect(render(c.topic, no).split("\n"), `"${field.key}" = no`).toEqual(silent);
    }
  });

  it("makes each standard term a visible, optional switch whose yes alone prints its sentence", () => {
    for (const [key, sentence] of Object.entries(c.switches)) {
      const field = c.topic.fields.find((f) => f.key === key);
      expect(field?.kind, key).toBe("boolean");
      expect(field?.required, `${key} must be optional`).toBe(false);
      expect(field?.recommended, `${key} must be recommended`).toBe(true);
      const off = allNo(c.topic, c.answers);
      // Keep the answers a switch depends on (the yes/no that shows it), then turn the switch on.
      const on = { ...off, ...dependsOn(c, key), [key]: true };
      expect(render(c.topic, off)).not.toContain(sentence);
      expect(render(c.topic, { ...on, [key]: false }), `${key} off`).not.toContain(sentence);
      expect(render(c.topic, { ...c.answers, [key]: false }), `${key} off, others yes`).not.toContain(
        sentence,
      );
      expect(render(c.topic, on), `${key} on`).toContain(sentence);
    }
  });
});

/** The yes answers a switch needs in order to show (its `when`). */
function dependsOn(c: Case, key: string): Answers {
  const needs: Record<string, Answers> = {
    extraAccessLimited: { extraGear: true },
    tellPrincipal: { extraGear: true },
    plansSecure: { sharePlans: true },
  };
  return needs[key] ?? {};
}

describe("names the SROs' employer from the facts", () => {
  it("puts the Employer, not the Agency, on the uniform, the firearm, the gear and the policies", () => {
    const texts = [
      render(
        uniform,
        { uniform: "patrol", identifiable: true, bodyArmor: true, patrolEquipment: true },
        sheriff,
      ),
      render(armedSro, { armed: "patrol", policiesShared: true }, sheriff),
      render(weaponsStorage, { dutyGearPolicy: true, extraGear: false }, sheriff),
      render(
        lessLethal,
        { policyGoverns: true, devices: ["cew"], certifiedOnly: true, deviation: false },
        sheriff,
      ),
      render(
        longGuns,
        { sopGoverns: true, keepsLongGun: true, storageType: "vehicle", accessLimited: true },
        sheriff,
      ),
    ].join("\n");
    expect(texts).toContain("the standard patrol uniform of the Employer");
    expect(texts).toContain("a firearm issued by the Employer");
    expect(texts).toContain("body armor approved by the Employer");
    expect(texts).toContain("a copy of the policies of the Employer on firearms");
    expect(texts).toContain("The policy and use-of-force continuum of the Employer govern");
    expect(texts).toContain("The standard operating procedures of the Employer govern");
    expect(texts).not.toMatch(/Agency-issued|Agency policy|Agency standard operating|Agency-approved/);
  });

  it("has the Agency see to the Employer's keeping of the SRO's records", () => {
    const text = render(informationSharing, { lawEnforcementRecords: true, bodyCamera: "none" }, sheriff);
    expect(text).toContain("are records of the Employer and are not Education Records");
    expect(text).toContain("The Agency shall ensure that the Employer keeps and releases them");
  });
});

describe("numbers", () => {
  it("refuses 0 where 0 makes no sense", () => {
    const refused: ReadonlyArray<readonly [TopicDefinition, string, number]> = [
      [documentation, "responseDays", 0],
      [dataAndReporting, "entryDays", 0],
      [dataAndReporting, "publicDays", 0],
      [dataAndReporting, "minCount", 1],
      [emergencyPlanning, "lockdownDrills", 0],
      [emergencyPlanning, "updateDays", 0],
      [familyAndCommunity, "commentDays", 0],
    ];
    for (const [topic, key, value] of refused) {
      const field = topic.fields.find((f) => f.key === key);
      expect(field?.schema.safeParse(value).success, `${topic.id}.${key} = ${value}`).toBe(false);
    }
  });

  it("reads 0 joint exercises as none, and says nothing of them", () => {
    const text = render(emergencyPlanning, { jointPlans: true, drills: ["lockdown"], jointExercises: 0 });
    expect(text).not.toMatch(/exercise|at least 0/);
    expect(render(emergencyPlanning, { jointExercises: 2 })).toContain(
      "the Parties shall hold at least 2 drills or tabletop exercises",
    );
  });
});

describe("old files keep printing the same terms", () => {
  const upgrade = (topic: TopicDefinition, old: Record<string, unknown>): Answers => {
    expect(topic.upgradeAnswers, `${topic.id} has no upgradeAnswers`).toBeDefined();
    const next = topic.upgradeAnswers?.(old) ?? old;
    expect(topic.schema.safeParse(next).success, `${topic.id}: upgraded answers must be valid`).toBe(true);
    return next as Answers;
  };

  const OLD: ReadonlyArray<readonly [TopicDefinition, Record<string, unknown>, readonly string[]]> = [
    [
      informationSharing,
      {
        sroStatus: "school-official",
        cameraAccess: "live",
        footageSafetyOnly: true,
        bodyCamera: "limited",
        noRecording: ["health rooms", "counseling sessions"],
        sisAccess: "limited",
        sisData: ["class schedule", "name and photograph"],
        otherSharing: ["threats"],
      },
      [
        "The Parties shall share information about students with each other only as FERPA and other applicable law allow.",
        "are not Education Records",
        "a copy of recorded footage from School security cameras for a criminal investigation",
        "shall not record routine contact with students and staff",
        "the Agency shall let the District view a body-worn camera recording made on School property",
        "The District may log and review the SRO's use",
      ],
    ],
    [
      documentation,
      { governing: "agency", requestable: ["summary"], requester: "administrator", responseDays: 10 },
      ["The Agency may withhold or delay a document", "becomes part of that student's Education Record"],
    ],
    [
      dataAndReporting,
      {
        events: ["arrests"],
        demographics: ["race", "disability"],
        entryDays: 5,
        frequency: "monthly",
        publicSummary: true,
        publicDays: 90,
      },
      [
        "The SRO shall record, for each intervention the SRO makes, the date, time and School, the reason for and nature of the intervention, and its outcome.",
        "The District shall supply from its own records each student's disability status",
      ],
    ],
    [
      armedSro,
      { armed: "limited", limitedTools: ["handcuffs", "radio"], policiesShared: true },
      ["District rules on weapons do not apply to the SRO's duty firearm"],
    ],
    [
      weaponsStorage,
      {
        extraGear: true,
        extraGearItems: ["trauma kit"],
        decidedBy: "agency",
        costBorneBy: "shared",
        storage: "a locked cabinet",
      },
      [
        "The policy of the Agency governs the care, carrying and storage of the duty gear",
        "The SRO shall not leave a weapon unattended at a School unless it is secured in locked storage",
        "Only the SRO and officers of the Agency may have access to that storage.",
        "The Agency shall tell the principal of each School which extra weapons and gear are kept there.",
      ],
    ],
    [
      lessLethal,
      { devices: ["cew", "oc"], deviation: false },
      [
        "use-of-force continuum",
        "current training and certification",
        "The Parties shall agree in writing to any deviation",
      ],
    ],
    [
      longGuns,
      { keepsLongGun: true, storageType: "rack", accessLimited: true },
      ["The standard operating procedures of the Agency govern whether the SRO carries or keeps a long gun"],
    ],
    [
      vehicle,
      { vehicleProvidedBy: "district", vehicleInsuredBy: "agency", schoolRadio: true },
      [
        "The Agency shall provide the SRO with a law enforcement radio and shall maintain it.",
        "The SRO shall use the vehicle only for duties under this MOU.",
      ],
    ],
    [
      officeSpace,
      { privateSpace: true, lockable: true, supplies: [{ item: "telephone", providedBy: "district" }] },
      ["The SRO shall follow the District's acceptable-use policy"],
    ],
    [
      collaboration,
      {
        meetingFrequency: "weekly",
        sharePolicies: true,
        cptedReview: true,
        cptedFrequency: "twoYears",
        crisisPlanning: true,
        familyEducation: true,
        reviewInput: true,
      },
      ["After each review, the SRO shall give the principal of the School reviewed written recommendations."],
    ],
    [
      threatAssessment,
      { teamLevel: "school", members: ["administrator", "mentalHealth"], supports: ["counseling"] },
      [
        "The District shall refer to the Agency without delay",
        "The SRO shall act at once on an imminent threat",
      ],
    ],
    [
      emergencyPlanning,
      {
        jointPlans: true,
        drills: ["lockdown"],
        jointExercises: 1,
        sharePlans: true,
        sharedItems: ["floorPlans"],
        walkthroughs: "yearly",
      },
      [
        "The Agency shall keep this information secure and shall use it only for emergency planning and response.",
      ],
    ],
  ];

  it.each(OLD.map(([topic, old, expected]) => [topic.id, topic, old, expected] as const))(
    "%s",
    (_id, topic, old, expected) => {
      const text = render(topic, upgrade(topic, old));
      for (const sentence of expected) expect(text).toContain(sentence);
    },
  );

  it("adds no term the old file did not print", () => {
    const sro = render(
      threatAssessment,
      upgrade(threatAssessment, {
        teamLevel: "school",
        members: ["administrator", "lawEnforcement"],
        sroRole: ["attend"],
        supports: ["counseling"],
      }),
    );
    expect(sro).not.toContain("refer to the Agency without delay");
    const unarmed = render(armedSro, upgrade(armedSro, { armed: "unarmed", policiesShared: false }));
    expect(unarmed).not.toContain("District rules on weapons");
    const none = render(lessLethal, upgrade(lessLethal, { devices: ["none"], deviation: false }));
    expect(none).not.toContain("certification");
    const noExtra = render(weaponsStorage, upgrade(weaponsStorage, { extraGear: false }));
    expect(noExtra).not.toMatch(/that storage|principal/);
    const noOffice = render(
      officeSpace,
      upgrade(officeSpace, { privateSpace: false, supplies: [{ item: "paper", providedBy: "district" }] }),
    );
    expect(noOffice).not.toMatch(/work space|private office/);
  });

  it("drops a smallest published count of 1, which hid nothing", () => {
    const next = upgrade(dataAndReporting, {
      events: ["arrests"],
      demographics: ["race"],
      entryDays: 5,
      frequency: "monthly",
      publicSummary: true,
      publicDays: 30,
      minCount: 1,
    });
    expect(next.minCount).toBeUndefined();
    expect(render(dataAndReporting, next)).not.toContain("smaller than");
  });
});
