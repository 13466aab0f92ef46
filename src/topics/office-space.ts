import { defineTopic } from "./define";
import { choice, column, longText, opts, table, text, yesNo } from "./fields";
import { NASRO } from "./sources";
import type { Answers } from "./types";

/** Where and in what part of a building the office is: asked unless there is no private office. */
const hasOffice = (a: Answers): boolean => a.privateSpace !== false;

export default defineTopic({
  id: "office-space",
  title: "Office Space and Supplies",
  group: "Resources",
  required: true,
  sources: [NASRO],
  summary:
    "NASRO recommends that the SRO have a defined space at school where confidential work, for the school or for the Agency, can be done away from students and staff: phone calls, interviews, reports. The MOU should also say who supplies what the SRO needs to work there, such as paper, a printer, a computer and a telephone. Many agreements add lockable storage so that law enforcement records stay apart from school records. Listing each item with the Party that provides it avoids disputes over small costs.",
  signals: [
    "office",
    "office space",
    "desk",
    "telephone",
    "computer",
    "supplies",
    "workspace",
    "private space",
    "file cabinet",
    "printer",
    "internet",
  ],
  fields: [
    yesNo("privateSpace", {
      label: "Private office for the SRO",
      help: "Yes prints that the District provides a private office where the SRO can hold calls and meetings and do confidential work out of the sight and hearing of others. No leaves the MOU silent on space for the SRO.",
      required: true,
      recommended: true,
    }),
    choice("where", {
      label: "Schools with an SRO office",
      help: "Optional: for an SRO who serves several Schools.",
      when: hasOffice,
      options: opts(
        ["each", "Each School the SRO serves"],
        ["base", "One base School the Parties designate"],
      ),
    }),
    text("location", {
      label: "Location of the office",
      help: 'Optional, as a phrase, e.g. "the main office suite".',
      when: hasOffice,
    }),
    yesNo("lockable", {
      label: "Lockable storage for records",
      help: "Yes prints that the District provides lockable storage (in the SRO's office, when there is one) that only the SRO and the SRO's employer can open, for law enforcement records and equipment.",
      recommended: true,
    }),
    table("supplies", {
      label: "Office supplies and services",
      help: "One row per item (paper, printer, computer, telephone, internet access, furniture) and the Party that provides it.",
      required: true,
      rowLabel: "Item",
      exhibitTitle: "Office Supplies and Services",
      columns: [
        column.text("item", "Item"),
        column.choice(
          "providedBy",
          "Provided by",
          opts(["district", "The District"], ["agency", "The Agency"]),
        ),
      ],
    }),
    yesNo("acceptableUse", {
      label: "Standard term: the SRO follows the District's acceptable-use policy",
      help: "Yes prints that the SRO follows the District's acceptable-use policy when using District computers and networks.",
      recommended: true,
    }),
    longText("notes", {
      label: "Further terms on office space",
      help: "Optional wording, for example on after-hours access to the building.",
    }),
  ],
  // The acceptable-use sentence used to print always. The work space that a "no" to a private
  // office used to print was never asked for, and is no longer printed.
  upgradeAnswers: (old) => ({ ...old, acceptableUse: true }),
  departures: [
    {
      id: "no-private-space",
      message: "The MOU does not provide a private office for the SRO at School.",
      recommendation: "NASRO recommends a defined space where the SRO can do confidential work.",
      applies: (a) => a.privateSpace === false,
    },
    {
      id: "no-lockable-storage",
      message: "The MOU does not provide lockable storage for law enforcement records at School.",
      recommendation: "Many agreements add lockable storage so law enforcement records stay confidential.",
      applies: (a) => a.lockable === false,
    },
  ],
});
