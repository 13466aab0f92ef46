import type { Block, Inline } from "./ir";

type Clause = Extract<Block, { kind: "clause" }>;

const lastText = (c: Clause): string => {
  const last = c.inlines.at(-1);
  return last?.kind === "text" ? last.text : "";
};

/** Appends punctuation to a clause's last words (after a blank, as a run of its own). */
function ending(c: Clause, mark: string): Clause {
  const last = c.inlines.at(-1);
  const inlines: Inline[] =
    last?.kind === "text"
      ? [...c.inlines.slice(0, -1), { ...last, text: last.text.replace(/\s+$/, "") + mark }]
      : [...c.inlines, { kind: "text", text: mark }];
  return { ...c, inlines };
}

/**
 * One punctuation style for lists of sub-clauses: where no item of a list ends in a mark of its
 * own, each ends with a semicolon and the last with a full stop. Lists whose items are sentences,
 * or that already carry "; and" or "; or", are left as written (adding a conjunction could change
 * what the Parties meant).
 */
export function punctuateLists(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  let i = 0;
  while (i < out.length) {
    const start = i;
    while (i < out.length && out[i]?.kind === "clause" && (out[i] as Clause).level === 2) i++;
    const run = out.slice(start, i) as Clause[];
    if (
      run.length > 1 &&
      run.every((c) => !/[.;:,!?]\s*$/.test(lastText(c)) || c.inlines.at(-1)?.kind === "blank")
    ) {
      run.forEach((c, k) => {
        out[start + k] = ending(c, k === run.length - 1 ? "." : ";");
      });
    }
    if (i === start) i++;
  }
  return out;
}
