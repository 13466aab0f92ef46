import { defineTopic } from "./define";
import { choice, column, longText, opts, table, yesNo } from "./fields";
import { PRACTICE } from "./sources";

const party = opts(["agency", "The Agency"], ["district", "The District"]);

export default defineTopic({
  id: "vehicle-and-equipment",
  title: "Vehicle, Radio and Equipment",
  group: "Equipment",
  required: false,
  sources: [PRACTICE],
  summary:
    "Many agreements state who provides, maintains and insures the SRO's vehicle, radio and other equipment, so that neither side is surprised by a repair bill or an insurance claim. In most programs the Agency supplies a marked patrol vehicle and its own radio, because the SRO remains an Agency officer who may be called away to other duties. Districts often add a school radio so the SRO can reach staff during the day. Any other item, such as a laptop or a camera, can be listed in an equipment schedule with the Party that provides and insures it.",
  signals: [
    "vehicle",
    "patrol car",
    "radio",
    "fuel",
    "maintenance",
    "marked vehicle",
    "communications equipment",
    "cell phone",
    "laptop",
    "insure",
  ],
  fields: [
    choice("vehicleProvidedBy", {
      label: "Vehicle provided by",
      help: "Who provides the vehicle the SRO uses on duty.",
      required: true,
      options: opts(
        ["agency", "The Agency"],
        ["district", "The District"],
        ["none", "No vehicle under this MOU (the MOU is silent on it)"],
      ),
      recommended: "agency",
    }),
    yesNo("dutyUseOnly", {
      label: "District vehicle used only for duties under this MOU",
      help: "Yes prints that the SRO uses the District's vehicle only for duties under this MOU.",
      recommended: true,
      when: (a) => a.vehicleProvidedBy === "district",
    }),
    choice("vehicleInsuredBy", {
      label: "Vehicle maintained and insured by",
      help: "Usually the Party that owns the vehicle.",
      required: true,
      options: party,
      when: (a) => a.vehicleProvidedBy !== "none",
    }),
    yesNo("agencyRadio", {
      label: "Law enforcement radio from the Agency",
      help: "Yes prints that the Agency provides the SRO with a law enforcement radio and maintains it.",
      recommended: true,
    }),
    yesNo("schoolRadio", {
      label: "School radio for the SRO",
      help: "Yes prints that the District gives the SRO a radio on the School staff channel. No leaves the MOU silent on it.",
      required: true,
    }),
    table("equipment", {
      label: "Other equipment",
      help: "Optional: one row per item, with the Party that provides it and the Party that insures it.",
      rowLabel: "Item",
      exhibitTitle: "Equipment Schedule",
      columns: [
        column.text("item", "Item"),
        column.choice("providedBy", "Provided by", party),
        column.choice("insuredBy", "Insured by", party),
      ],
    }),
    longText("notes", {
      label: "Further terms on vehicle and equipment",
      help: "Optional wording, for example on use of the vehicle to transport students.",
    }),
  ],
  upgradeAnswers: (old) =>
    old.vehicleProvidedBy === "district"
      ? { ...old, agencyRadio: true, dutyUseOnly: true }
      : { ...old, agencyRadio: true },
  departures: [
    {
      id: "vehicle-from-district",
      message: "The District provides the SRO's vehicle.",
      recommendation:
        "Many agreements have the Agency provide the SRO's patrol vehicle, as for any Agency officer.",
      applies: (a) => a.vehicleProvidedBy === "district",
    },
    {
      id: "no-vehicle",
      message: "The MOU provides no vehicle for the SRO.",
      recommendation:
        "Many agreements have the Agency provide a patrol vehicle, so the SRO can answer calls and move between Schools.",
      applies: (a) => a.vehicleProvidedBy === "none",
    },
  ],
});
