import type { SourceRef } from "./types";

export const NASRO: SourceRef = {
  name: "NASRO, School Resource Officer Program Recommendations (2021)",
};
export const NASRO_FAQ: SourceRef = { name: "NASRO, Frequently Asked Questions" };
export const PRACTICE: SourceRef = {
  name: "Common practice in published SRO agreements and state laws",
};
