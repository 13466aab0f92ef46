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

/** How many times a phrase (already split into words) occurs in a text's words. */
export function countPhrase(text: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return 0;
  let n = 0;
  for (let i = 0; i + phrase.length <= text.length; i++) {
    let ok = true;
    for (let j = 0; j < phrase.length && ok; j++) ok = text[i + j] === phrase[j];
    if (ok) n++;
  }
  return n;
}
