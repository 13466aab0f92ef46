import { defineTopic } from "./define";
import { text } from "./fields";
import { PRACTICE } from "./sources";

export default defineTopic({
  id: "weapons-storage",
  title: "weapons-storage",
  group: "Terms",
  required: false,
  sources: [PRACTICE],
  summary: "TODO stub: to be written.",
  fields: [text("stub", { label: "Stub" })],
});
