import { defineTopic } from "./define";
import { choice, number, opts, text, yesNo } from "./fields";
import { PRACTICE } from "./sources";

export default defineTopic({
  id: "standard-terms",
  title: "Standard Terms",
  group: "Terms",
  required: true,
  sources: [PRACTICE],
  summary:
    "Counsel for an agency and a school district expect the closing terms found in most public contracts: which state's law governs and where a suit is brought, what happens if a court strikes out one provision, signing in counterparts and electronically, each signer's authority, payment subject to yearly appropriation, non-discrimination, no assignment without consent, written waivers, which text prevails when the body and an exhibit differ, and headings that do not change meaning. SRO agreements often add that the child-abuse reporting duties of SROs and school staff stay as the law sets them, that the district may require its own background check before an SRO enters its buildings and issues the SRO's access credentials, and that the Parties decide together what the SRO does while schools are closed or teaching remotely. Each term is a switch: the MOU prints only the terms the Parties keep.",
  signals: [
    "governing law",
    "severability",
    "severable",
    "counterparts",
    "entire agreement",
    "assignment",
    "waiver",
    "non-discrimination",
    "headings",
    "electronic signatures",
    "appropriation",
    "independent contractor",
    "third-party beneficiaries",
    "authority",
  ],
  fields: [
    yesNo("governingLaw", {
      label: "Standard term: governing law and venue",
      help: 'Yes prints "The laws of [the state named below] govern this MOU." and, only when a venue is given, that a Party suing the other over this MOU brings the suit there. No leaves the MOU silent on governing law and venue.',
      recommended: true,
    }),
    text("governingState", {
      label: "State whose law governs this MOU",
      help: 'The name of the state, as it should read after "The laws of", for example "Florida".',
      required: true,
      when: (a) => a.governingLaw === true,
    }),
    text("venue", {
      label: "Court or county where suits are brought",
      help: 'Optional: for example "the courts of Leon County, Florida". When given, the MOU says that a Party that sues the other Party over this MOU brings the suit there; when blank, it says nothing of venue.',
      when: (a) => a.governingLaw === true,
    }),
    yesNo("severability", {
      label: "Standard term: severability",
      help: "Yes prints that if a court holds a provision of this MOU invalid or unenforceable, the other provisions remain in effect. No leaves the MOU silent on it.",
      recommended: true,
    }),
    yesNo("counterparts", {
      label: "Standard term: counterparts and electronic signatures",
      help: "Yes prints that the Parties may sign the MOU in counterparts that together form one agreement, and that an electronic signature, or a signature sent as a scanned copy, binds as an original signature does. No leaves the MOU silent on it.",
      recommended: true,
    }),
    yesNo("authority", {
      label: "Standard term: authority to sign",
      help: "Yes prints that each person who signs for a Party is authorized to do so, and that each Party's governing body has approved the MOU where the law that applies to that Party requires its approval. No leaves the MOU silent on it.",
      recommended: true,
    }),
    yesNo("nonAppropriation", {
      label: "Standard term: non-appropriation",
      help: "Yes prints that each Party's payments in a fiscal year depend on its governing body appropriating the funds for that year, and that a Party whose governing body does not appropriate them may end the MOU by written notice (with the notice period below, if one is given). No leaves the MOU silent on it.",
      recommended: true,
    }),
    number("nonAppropriationNoticeDays", "days", {
      label: "Notice to end the MOU for lack of funds",
      help: "Optional: the days of written notice a Party that is not funded gives before the MOU ends. When blank, the MOU says only that the Party gives written notice.",
      min: 1,
      max: 365,
      when: (a) => a.nonAppropriation === true,
    }),
    yesNo("nonDiscrimination", {
      label: "Standard term: non-discrimination",
      help: "Yes prints that each Party performs its duties under the MOU without discrimination that the law prohibits. No leaves the MOU silent on it.",
      recommended: true,
    }),
    yesNo("assignment", {
      label: "Standard term: no assignment without consent",
      help: "Yes prints that a Party shall not assign its rights or delegate its duties under the MOU without the other Party's written consent (when someone other than the Agency employs the SROs, it adds that providing SROs through that employer needs no consent). No leaves the MOU silent on it.",
      recommended: true,
    }),
    yesNo("waiver", {
      label: "Standard term: waiver",
      help: "Yes prints that a waiver of a right under the MOU is effective only in a writing signed for the Party that waives it, and that waiving one breach does not waive any other. No leaves the MOU silent on it.",
      recommended: true,
    }),
    choice("precedence", {
      label: "Standard term: order of precedence",
      help: "Which text prevails when the body of the MOU and an exhibit conflict. Blank leaves the MOU silent on it.",
      options: opts(
        ["body", "The body of the MOU prevails over an exhibit"],
        ["exhibits", "An exhibit prevails over the body of the MOU"],
      ),
      recommended: "body",
    }),
    yesNo("headings", {
      label: "Standard term: headings",
      help: "Yes prints that the headings in the MOU are for convenience only and do not affect its meaning. No leaves the MOU silent on it.",
      recommended: true,
    }),
    yesNo("mandatedReporting", {
      label: "Standard term: mandated reporting of child abuse",
      help: "Yes prints that every law on reporting suspected child abuse or neglect that applies to an SRO or a District employee continues to apply to that person, and that the MOU does not change who must make a report. No leaves the MOU silent on it.",
      recommended: true,
    }),
    yesNo("backgroundChecks", {
      label: "Standard term: background checks and building access",
      help: "Yes prints that, to the extent state law requires it, the District may require each SRO to complete the District's background check or fingerprinting before the SRO has access to a School, and that the District issues each SRO the credentials that give access to the buildings of the SRO's Schools. No leaves the MOU silent on it.",
      recommended: true,
    }),
    yesNo("schoolClosure", {
      label: "Standard term: school closure and remote instruction",
      help: "Yes prints that when a School closes or holds its classes remotely, the Parties decide together whether the SRO assigned to it serves during that time and, if so, where. It says nothing of costs, which the cost terms govern. No leaves the MOU silent on it.",
      recommended: true,
    }),
  ],
});
