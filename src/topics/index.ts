import type { TopicDefinition } from "./types";
import partiesAndTerm from "./parties-and-term";
import purposeAndGoals from "./purpose-and-goals";
import formalDiscipline from "./formal-discipline";
import triadRoles from "./triad-roles";
import enforcementDiscretion from "./enforcement-discretion";
import scope from "./scope";
import staffCalls from "./staff-calls";
import citationsAndArrests from "./citations-and-arrests";
import chainOfCommand from "./chain-of-command";
import staffing from "./staffing";
import selection from "./selection";
import training from "./training";
import probation from "./probation";
import evaluation from "./evaluation";
import rotationAndRemoval from "./rotation-and-removal";
import substitutes from "./substitutes";
import complaints from "./complaints";
import questioningStudents from "./questioning-students";
import searches from "./searches";
import forceAndRestraint from "./force-and-restraint";
import studentsWithDisabilities from "./students-with-disabilities";
import informationSharing from "./information-sharing";
import documentationAndReporting from "./documentation-and-reporting";
import dataAndReporting from "./data-and-reporting";
import uniformAndEquipment from "./uniform-and-equipment";
import armedSro from "./armed-sro";
import weaponsStorage from "./weapons-storage";
import lessLethal from "./less-lethal";
import longGuns from "./long-guns";
import vehicleAndEquipment from "./vehicle-and-equipment";
import expenses from "./expenses";
import billing from "./billing";
import officeSpace from "./office-space";
import hoursOnCampus from "./hours-on-campus";
import dayToDayDuties from "./day-to-day-duties";
import extracurriculars from "./extracurriculars";
import courtTimeAndOvertime from "./court-time-and-overtime";
import collaboration from "./collaboration";
import threatAssessment from "./threat-assessment";
import emergencyPlanning from "./emergency-planning";
import familyAndCommunity from "./family-and-community";
import terminationAndRenewal from "./termination-and-renewal";
import amendment from "./amendment";
import disputeResolution from "./dispute-resolution";
import indemnification from "./indemnification";
import publication from "./publication";
import standardTerms from "./standard-terms";

/** Every topic of the MOU, in the order of the document and the wizard. */
export const TOPICS: readonly TopicDefinition[] = [
  partiesAndTerm,
  purposeAndGoals,
  formalDiscipline,
  triadRoles,
  enforcementDiscretion,
  scope,
  staffCalls,
  citationsAndArrests,
  chainOfCommand,
  staffing,
  selection,
  training,
  probation,
  evaluation,
  rotationAndRemoval,
  substitutes,
  complaints,
  questioningStudents,
  searches,
  forceAndRestraint,
  studentsWithDisabilities,
  informationSharing,
  documentationAndReporting,
  dataAndReporting,
  uniformAndEquipment,
  armedSro,
  weaponsStorage,
  lessLethal,
  longGuns,
  vehicleAndEquipment,
  expenses,
  billing,
  officeSpace,
  hoursOnCampus,
  dayToDayDuties,
  extracurriculars,
  courtTimeAndOvertime,
  collaboration,
  threatAssessment,
  emergencyPlanning,
  familyAndCommunity,
  terminationAndRenewal,
  amendment,
  disputeResolution,
  indemnification,
  publication,
  standardTerms,
];
