import { defineTopic, has, includes } from "./define";
import { choice, list, longText, multi, opts, yesNo } from "./fields";
import { NASRO, PRACTICE } from "./sources";
import type { Answers } from "./types";

const educator = (a: Answers): boolean => includes(a, "roles", "educator");
const mentor = (a: Answers): boolean => includes(a, "roles", "mentor");
const lacks = (a: Answers, role: string): boolean => has(a, "roles") && !includes(a, "roles", role);

export default defineTopic({
  id: "triad-roles",
  title: "The Three Roles of the SRO",
  group: "Roles",
  required: true,
  sources: [NASRO, PRACTICE],
  summary:
    "NASRO describes the SRO's work as a triad of three roles: law enforcement officer, public safety educator, and informal counselor and mentor. As an officer, the SRO works under federal, state and local law. As an educator, the SRO may teach classes that help students stay safe and make good choices, such as online safety, crime prevention or what to do in a traffic stop. As a mentor, the SRO guides students toward positive behavior and points them to the counselors and other School staff who can help. NASRO recommends all three roles because the relationships built through teaching and mentoring are the point of the program.",
  signals: [
    "triad",
    "three roles",
    "law enforcement officer",
    "educator",
    "informal counselor",
    "mentor",
    "public safety educator",
    "classroom presentations",
    "teach",
    "guest speaker",
    "role model",
  ],
  fields: [
    multi("roles", {
      label: "Roles of the SRO",
      help: "Tick each role the SRO takes on. NASRO recommends all three.",
      required: true,
      options: opts(
        ["officer", "law enforcement officer"],
        ["educator", "public safety educator"],
        ["mentor", "informal counselor and mentor"],
      ),
      recommended: ["officer", "educator", "mentor"],
    }),
    multi("teachingTopics", {
      label: "Teaching topics",
      help: "Subjects the SRO may teach or present on when invited.",
      required: true,
      when: educator,
      options: opts(
        ["crime", "crime prevention"],
        ["online", "social media and online safety"],
        ["safety", "safety and emergency procedures at School"],
        ["victims", "avoiding victimization and getting help"],
        ["law", "laws that affect young people"],
        ["stops", "what to do in a traffic stop"],
        ["driving", "safe driving"],
        ["decisions", "decision making"],
        ["careers", "careers in law enforcement"],
      ),
      recommended: [
        "crime",
        "online",
        "safety",
        "victims",
        "law",
        "stops",
        "driving",
        "decisions",
        "careers",
      ],
    }),
    list("otherTopics", {
      label: "Other teaching topics",
      itemLabel: "Topic",
      help: "Optional: further subjects, one per line, as short phrases.",
      when: educator,
    }),
    choice("classArrangement", {
      label: "How classes are arranged",
      help: "Optional: whether the SRO teaches on invitation or under a plan agreed each year.",
      when: educator,
      options: opts(
        ["invitation", "when a teacher or administrator invites the SRO"],
        ["plan", "under a yearly teaching plan agreed with the principal"],
      ),
    }),
    yesNo("teacherPresent", {
      label: "Teacher stays in the classroom",
      help: "Yes if the classroom teacher stays and remains responsible for the class while the SRO teaches. No leaves the MOU silent on it.",
      when: educator,
      recommended: true,
    }),
    multi("referralStaff", {
      label: "School staff for referrals",
      help: "The School staff to whom the SRO may refer a student who needs help.",
      required: true,
      when: mentor,
      options: opts(
        ["counselor", "counselors"],
        ["psychologist", "psychologists"],
        ["socialWorker", "social workers"],
        ["nurse", "nurses"],
        ["administrator", "administrators"],
      ),
      recommended: ["counselor", "psychologist", "socialWorker", "nurse", "administrator"],
    }),
    yesNo("noClinicalCounseling", {
      label: "Standard term: the SRO gives no clinical counseling; support services stay with District staff",
      help: 'Yes prints: "The SRO shall not provide clinical counseling or therapy. Support services for a student remain the responsibility of District staff." No leaves it out.',
      when: mentor,
      recommended: true,
    }),
    longText("notes", {
      label: "Further terms on the SRO's roles",
      help: "Optional wording, for example a mentoring program the SRO joins.",
    }),
  ],
  // Before schema 4 the mentor role always printed that the SRO gives no clinical counseling.
  upgradeAnswers: (old) => ({ ...old, noClinicalCounseling: old.noClinicalCounseling ?? true }),
  departures: [
    {
      id: "no-officer-role",
      message: "The SRO does not serve as a law enforcement officer.",
      recommendation:
        "NASRO describes the SRO as a sworn officer who serves in all three roles of the triad.",
      applies: (a) => lacks(a, "officer"),
    },
    {
      id: "no-educator-role",
      message: "The SRO does not serve as a public safety educator.",
      recommendation: "NASRO recommends that the SRO also serve as a public safety educator.",
      applies: (a) => lacks(a, "educator"),
    },
    {
      id: "no-mentor-role",
      message: "The SRO does not serve as an informal counselor and mentor.",
      recommendation: "NASRO recommends that the SRO also serve as an informal counselor and mentor.",
      applies: (a) => lacks(a, "mentor"),
    },
    {
      id: "teacher-leaves-class",
      message: "The MOU does not keep the classroom teacher in the room while the SRO teaches.",
      recommendation:
        "Many agreements keep the teacher in the room and responsible for the class while the SRO teaches.",
      applies: (a) => educator(a) && a.teacherPresent === false,
    },
  ],
});
