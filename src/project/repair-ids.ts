import type { Problem } from "./load";
import type { Agreement } from "./schema";

interface WithId {
  readonly id: string;
}

/**
 * Gives every item after the first that shares an id a new one, so lists keyed by id (the merge
 * of two copies, the editors) never lose an item. The new id is the old one with a number
 * ("lincoln-2"), the same every time the file is read, so the project, its exchange ancestor and
 * the other office's copy of the same file are repaired alike.
 */
export function uniqueIds<T extends WithId>(
  items: readonly T[],
  path: string,
  describe: (item: T) => string,
  /** Ids a new one must not take (those of the same list in the baseline and the ancestor too). */
  reserved: ReadonlySet<string> = new Set(),
): { items: readonly T[]; repairs: Problem[] } {
  const taken = new Set([...reserved, ...items.map((i) => i.id)]);
  const seen = new Set<string>();
  const repairs: Problem[] = [];
  const repaired = items.map((item, i) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    let n = 2;
    while (taken.has(`${item.id.slice(0, 90)}-${n}`)) n++;
    const id = `${item.id.slice(0, 90)}-${n}`;
    taken.add(id);
    seen.add(id);
    repairs.push({
      path: `${path}[${i}].id`,
      message: `${describe(item)} had the same id as an earlier one ("${item.id}"); it was given its own id ("${id}") so that neither is lost. Nothing else changed.`,
    });
    return { ...item, id };
  });
  return { items: repaired, repairs };
}

const named = (kind: string, name: string) =>
  name.trim() ? `${kind} “${name.trim()}”` : `A ${kind.toLowerCase()}`;

/** Every school id and every signatory id in some agreements. */
export function idsOf(agreements: readonly (Agreement | null | undefined)[]): {
  schools: Set<string>;
  signatories: Set<string>;
} {
  const present = agreements.filter((a): a is Agreement => Boolean(a));
  return {
    schools: new Set(present.flatMap((a) => a.schools.map((s) => s.id))),
    signatories: new Set(present.flatMap((a) => a.parties.signatories.map((s) => s.id))),
  };
}

/**
 * An agreement whose schools and signatories each have an id of their own, with what was
 * repaired. `reserved`: the ids of the agreements read with it, which new ids keep clear of, so
 * the same duplicate is repaired the same way in each.
 */
export function repairAgreementIds(
  agreement: Agreement,
  prefix: string,
  reserved: ReturnType<typeof idsOf> = idsOf([agreement]),
): { agreement: Agreement; repairs: Problem[] } {
  const schools = uniqueIds(
    agreement.schools,
    `${prefix}schools`,
    (s) => named("School", s.name),
    reserved.schools,
  );
  const signatories = uniqueIds(
    agreement.parties.signatories,
    `${prefix}parties.signatories`,
    (s) => named("Signatory", s.name),
    reserved.signatories,
  );
  if (schools.repairs.length === 0 && signatories.repairs.length === 0) return { agreement, repairs: [] };
  return {
    agreement: {
      ...agreement,
      schools: [...schools.items],
      parties: { ...agreement.parties, signatories: [...signatories.items] },
    },
    repairs: [...schools.repairs, ...signatories.repairs],
  };
}
