import { defineTopic } from "./define";
import { text } from "./fields";
import { PRACTICE } from "./sources";

export default defineTopic({
  id: "enforcement-discretion",
  title: "enforcement-discretion",
  group: "Terms",
  required: false,
  sources: [PRACTICE],
  summary: "TODO stub: to be written.",
  fields: [text("stub", { label: "Stub" })],
});
