/**
 * Topic answers known to pass their topic's schema. Answers are never changed in place, so an
 * object checked once (when a file is loaded, or when the document is first assembled from it)
 * need not be checked again.
 */
const valid = new WeakSet<object>();

export function markValid(answers: object): void {
  valid.add(answers);
}

export function isKnownValid(answers: object): boolean {
  return valid.has(answers);
}
