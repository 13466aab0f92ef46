/** Words as the import compares them: lower case, light English stemming, so "searches" meets "search". */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w) && !/(?:is|ss)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** The words of a text, stemmed, in order. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z0-9]+(?:['-][a-z0-9]+)*/g)
      ?.map((w) => stem(w.replace(/'s$/, ""))) ?? []
  );
}

/** Words too common in SRO agreements to say anything about a topic. */
export const STOPWORDS = new Set(
  "a an and any as at be by each for from in into is it its of on or shall sro sros school schools district agency the their this to under will with who which that these those than such other not no may must all mou party parties".split(
    " ",
  ),
);

/** A text's words with where each word occurs, to count phrases without scanning the whole text each time. */
export interface IndexedWords {
  readonly words: readonly string[];
  readonly at: ReadonlyMap<string, readonly number[]>;
}

export function indexWords(list: readonly string[]): IndexedWords {
  const at = new Map<string, number[]>();
  list.forEach((w, i) => {
    const places = at.get(w);
    if (places) places.push(i);
    else at.set(w, [i]);
  });
  return { words: list, at };
}

/** How many times a phrase (already split into words) occurs in an indexed text. */
export function countPhrase(text: IndexedWords, phrase: readonly string[]): number {
  const [head, ...rest] = phrase;
  if (head === undefined) return 0;
  let n = 0;
  for (const i of text.at.get(head) ?? []) if (rest.every((w, j) => text.words[i + 1 + j] === w)) n++;
  return n;
}
