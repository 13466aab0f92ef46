import { defineTopic } from "./define";
import { choice, date, longText, number, opts, text, yesNo } from "./fields";
import { PRACTICE } from "./sources";

export default defineTopic({
  id: "publication",
  title: "Publication of the MOU",
  group: "Terms",
  required: false,
  sources: [
    PRACTICE,
    { name: "Virginia Code § 22.1-280.2:3" },
    { name: "Connecticut General Statutes § 10-233m" },
  ],
  summary:
    "Virginia and Connecticut law require the school division or district to post its SRO agreement online, and many districts elsewhere do the same. A posted MOU lets students, families and staff see what the officer does at school and what the officer does not do, which builds the trust the program depends on. The agreement can set a deadline for posting after signing and require that every amendment be posted too, so the public copy stays current. Parts whose release would weaken school security, such as where weapons are stored, may be left out of the public copy where public records law allows.",
  signals: [
    "publish",
    "post",
    "posted",
    "website",
    "public copy",
    "made available to the public",
    "public record",
    "online",
  ],
  fields: [
    yesNo("post", {
      label: "Posting of the MOU online",
      help: "Yes if the signed MOU is posted on a public website. No leaves the MOU silent on it.",
      required: true,
      recommended: true,
    }),
    choice("postedBy", {
      label: "Websites that post the MOU",
      help: "Which Party posts the MOU on its website.",
      required: true,
      options: opts(
        ["district", "The District, on its website"],
        ["both", "Both Parties, each on its own website"],
      ),
      when: (a) => a.post === true,
    }),
    number("postDays", "days", {
      label: "Period to post after signing",
      help: "Days after the last signature by which the MOU is posted; 30 days is common.",
      required: true,
      min: 1,
      max: 180,
      when: (a) => a.post === true,
    }),
    yesNo("schoolSites", {
      label: "Also on each School's website",
      help: "Yes if the District also posts the MOU on the website of each School where an SRO is assigned (Connecticut asks for this). No leaves the MOU silent on it.",
      when: (a) => a.post === true,
    }),
    yesNo("postAmendments", {
      label: "Posting of amendments",
      help: "Yes if each amendment, and the MOU as amended, is posted within the same period.",
      required: true,
      recommended: true,
      when: (a) => a.post === true,
    }),
    yesNo("grantSubmission", {
      label: "Signed MOU sent to the COPS Office",
      help: "Yes if the Agency sends the signed MOU to the U.S. Department of Justice COPS Office within 90 days of the COPS award's congratulatory letter and before drawing down award funds (a 2020 COPS hiring grant condition). No leaves the MOU silent on it.",
    }),
    date("awardLetterDate", {
      label: "Date of the COPS award letter",
      help: "Optional: the date on the award's congratulatory letter, from which the 90 days run.",
      when: (a) => a.grantSubmission === true,
    }),
    yesNo("withholdSecurity", {
      label: "Security details left out of the posted copy",
      help: "Yes if the Parties may leave out parts whose release would weaken school security, where public records law allows.",
    }),
    text("stateLaw", {
      label: "State law on posting",
      help: "Optional: the state law that requires posting, e.g. Virginia Code § 22.1-280.2:3.",
      when: (a) => a.post === true,
    }),
    longText("notes", {
      label: "Further terms on publication",
      help: "Optional wording, for example how the Parties share the MOU with students and families beyond posting it.",
    }),
  ],
  departures: [
    {
      id: "not-posted",
      message: "The MOU does not provide for posting it online.",
      recommendation:
        "Virginia and Connecticut law require posting, and many districts post their MOU so families can read it.",
      applies: (a) => a.post === false,
    },
    {
      id: "amendments-not-posted",
      message: "Amendments to the MOU are not posted, so the posted copy may fall out of date.",
      recommendation: "Posting each amendment keeps the public copy the current one.",
      applies: (a) => a.post === true && a.postAmendments === false,
    },
  ],
});
