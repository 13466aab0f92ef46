// `npx tsx scripts/profiles-doc.ts`: writes docs/PROFILES.md from the requirement profiles, as
// Prettier formats it. test/unit/profiles-doc.test.ts fails when the file and the data differ.
import { mkdirSync, writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { profilesMarkdown } from "../src/profiles/doc";

export const PROFILES_DOC = "docs/PROFILES.md";

export async function formattedProfilesDoc(): Promise<string> {
  const options = (await resolveConfig(PROFILES_DOC)) ?? {};
  return format(profilesMarkdown(), { ...options, filepath: PROFILES_DOC });
}

if (process.argv[1] && /profiles-doc\.ts$/.test(process.argv[1])) {
  mkdirSync("docs", { recursive: true });
  writeFileSync(PROFILES_DOC, await formattedProfilesDoc());
  console.log(`wrote ${PROFILES_DOC}`);
}
