import { defineTopic } from "./define";
import { choice, column, longText, opts, table, text, yesNo } from "./fields";
import { NASRO } from "./sources";

export default defineTopic({
  id: "office-space",
  title: "Office Space and Supplies",
  group: "Resources",
  required: true,
  sources: [NASRO],
  summary:
    "NASRO recommends that the SRO have a defined space at school where confidential work, for the school or for the Agency, can be done away from students and staff: phone calls, interviews, reports. The MOU should also say who supplies what the SRO needs to work there, such as paper, a printer, a computer and a telephone. Many agreements add lockable storage so that law enforcement records stay apart from school records. Listing each item with the Party that provides it avoids disputes over small costs.",
  fields: [
    yesNo("privateSpace", {
      label: "Private office for the SRO",
      help: "Yes if the District provides a room where the SRO can work, talk and keep papers out of sight and hearing of others.",
      required: true,
      recommended: true,
    }),
    choice("where", {
      label: "Schools with an SRO office",
      help: "Optional: for an SRO who serves several Schools.",
      options: opts(
        ["each", "Each School the SRO serves"],
        ["base", "One base School the Parties designate"],
      ),
    }),
    text("location", {
      label: "Location of the office",
      help: 'Optional, as a phrase, e.g. "the main office suite".',
    }),
    yesNo("lockable", {
      label: "Lockable storage for records",
      help: "Yes if the District provides lockable storage that only the SRO and the Agency can open.",
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
    longText("notes", {
      label: "Further terms on office space",
      help: "Optional wording, for example on after-hours access to the building.",
    }),
  ],
  departures: [
    {
      id: "no-private-space",
      message: "The SRO has no private office at School.",
      recommendation: "NASRO recommends a defined space where the SRO can do confidential work.",
      applies: (a) => a.privateSpace === false,
    },
    {
      id: "no-lockable-storage",
      message: "The SRO has no lockable storage for law enforcement records at School.",
      recommendation: "Many agreements add lockable storage so law enforcement records stay confidential.",
      applies: (a) => a.lockable === false,
    },
  ],
});
