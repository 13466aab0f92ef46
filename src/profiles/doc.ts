import { getTopic } from "../topics/registry";
import { PROFILES } from "./index";
import type { ProfileSource } from "./types";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

function row(topicId: string, kind: string, s: ProfileSource): string {
  const topic = getTopic(topicId)?.title ?? topicId;
  const read = s.secondary ? `${s.seenAt} (**secondary only:** ${s.secondary})` : s.seenAt;
  return `| ${cell(topic)} | ${kind} | ${cell(s.summary)} | ${cell(s.citation)} | ${s.checkedOn} | ${cell(read)} |`;
}

/**
 * docs/PROFILES.md: each law's or grant's demands with their provisions, as the profiles state
 * them. Written by `npx tsx scripts/profiles-doc.ts`; a unit test fails when the file drifts.
 */
export function profilesMarkdown(): string {
  const out: string[] = [
    "# Laws and grants: what each profile demands",
    "",
    "<!-- Generated from src/profiles/ by `npx tsx scripts/profiles-doc.ts`; do not edit by hand. -->",
    "",
    "When the Parties choose a law or grant, the topics it needs become required and its checks become open items, each naming the provision. The summaries are ours; laws change, and counsel should confirm them. Where the statute's own text could not be found, the row says which secondary source the demand rests on.",
    "",
  ];
  for (const p of PROFILES) {
    out.push(`## ${p.label}`, "", `${p.citation}. ${p.summary}`, "");
    if (p.reviewEveryYears)
      out.push(
        `Review at least every ${p.reviewEveryYears === 1 ? "year" : `${p.reviewEveryYears} years`}.`,
        "",
      );
    out.push(
      "| Topic | Demand | What it asks | Provision | Checked | Text read in |",
      "| --- | --- | --- | --- | --- | --- |",
      ...p.required.map((r) => row(r.topicId, "Topic required", r.source)),
      ...p.checks.map((c) => row(c.topicId, "Answer checked", c.source)),
      "",
    );
  }
  return out.join("\n");
}
