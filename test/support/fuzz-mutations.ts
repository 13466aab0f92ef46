import fc from "fast-check";

/** A JSON value, as a project file holds (object keys may include own "__proto__" keys). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;

const isRecord = (v: Json): v is { [key: string]: Json } =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** Text that is hard to print or store: XML-forbidden, lone surrogates, bidi marks, joiners, separators. */
export const ODD_PIECES = [
  "\uFFFE",
  "\uFFFF",
  "\uD800",
  "\uDFFF",
  "\uDBFF\uDFFF",
  "\u0000",
  "\u0008",
  "\u000B",
  "\f",
  "\r\n",
  "\u2028",
  "\u2029",
  "\u200E",
  "\u200F",
  "\u202E",
  "\u2066",
  "\u00AD",
  "\uFEFF",
  "שלום עולם",
  "مرحبا بالعالم",
  "한국어",
  "中文",
  "👩‍👩‍👧‍👦",
  "🏳️‍🌈",
  "e\u0301",
  "<w:t>&amp;</w:t>",
  "]]>",
  "{{#if x}}",
  "**bold** _it_ # h",
  "&#xFFFE;",
  "%PDF-",
  "__proto__",
] as const;

/** A string from odd pieces, ordinary text and any code unit. */
export const oddString = (maxLength = 8): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...ODD_PIECES) },
        { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
        { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
      ),
      { minLength: 1, maxLength },
    )
    .map((parts) => parts.join(""));

/** A value nested `depth` levels deep, in arrays or objects. */
const nested = (depth: number, inObjects: boolean): Json => {
  let v: Json = "bottom";
  for (let i = 0; i < depth; i++) v = inObjects ? { a: v } : [v];
  return v;
};

/** A value to put anywhere: odd text, huge text, deep nesting, numbers at their edges, any JSON. */
export const nastyValue = (hugeMax: number): fc.Arbitrary<Json> =>
  fc.oneof(
    { weight: 4, arbitrary: oddString() },
    {
      weight: 1,
      arbitrary: fc
        .tuple(oddString(3), fc.integer({ min: 1000, max: hugeMax }))
        .map(([s, n]) => (s || "x").repeat(Math.ceil(n / (s.length || 1))).slice(0, n)),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.integer({ min: 1, max: 200 }), fc.boolean()).map(([d, o]) => nested(d, o)),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Json>(
        0,
        -1,
        1.5,
        1e308,
        -0,
        2 ** 53,
        9999,
        10000,
        true,
        false,
        null,
        "",
        [],
        {},
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Json>(
        "9999-12-31",
        "0001-01-01",
        "+010000-12",
        "2026-02-30",
        "1899-12-31T00:00:00Z",
      ),
    },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  );

/** The same value in another JSON type. */
function retype(v: Json, choice: number): Json {
  if (typeof v === "string")
    return [v.length, Number(v) || 0, [v], { value: v }, null, v === ""][choice % 6] ?? null;
  if (typeof v === "number") return [String(v), -v, v + 0.5, [v], null, v !== 0][choice % 6] ?? null;
  if (typeof v === "boolean") return [String(v), Number(v), !v, null][choice % 4] ?? null;
  if (v === null) return ["", 0, {}, [], false][choice % 5] ?? null;
  if (Array.isArray(v)) return [{ ...v }, v[0] ?? null, v.length, JSON.stringify(v)][choice % 4] ?? null;
  return [Object.values(v), Object.keys(v).join(","), null, [v]][choice % 4] ?? null;
}

export const FORBIDDEN = ["__proto__", "constructor", "prototype"] as const;
/** What a polluting key carries: if it ever reached a prototype, `({}).fuzzPolluted` would be set. */
const POISON = (): Json =>
  // JSON.parse makes "__proto__" an own key, as reading a file does (a literal would set the prototype)
  JSON.parse(
    '{"fuzzPolluted":"yes","prototype":{"fuzzPolluted":"yes"},"__proto__":{"fuzzPolluted":"yes"},"constructor":{"prototype":{"fuzzPolluted":"yes"}}}',
  ) as Json;

/** Sets an own property, even one named "__proto__" (plain assignment would set the prototype). */
function setOwn(target: Json[] | { [key: string]: Json }, key: Key, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Text a person typed (names, notes, clauses), not an id, a date or an option's value. */
const isFreeText = (v: Json): boolean =>
  typeof v === "string" && !/^[a-z0-9-]*$/.test(v) && !/^\d{4}-\d\d-\d\d/.test(v);

type Container = Json[] | { [key: string]: Json };
/** A place in the value: its container (none for the root), its key there, and what it holds. */
interface Spot {
  readonly parent: Container | null;
  readonly key: Key;
  readonly value: Json;
}

/** Every place in the value the filter keeps (at most `max`); no paths are built, for speed. */
function spotsOf(root: Json, keep: (spot: Spot) => boolean, max = 50_000): Spot[] {
  const out: Spot[] = [];
  const stack: Spot[] = [{ parent: null, key: "", value: root }];
  for (let next = stack.pop(); next && out.length < max; next = stack.pop()) {
    if (keep(next)) out.push(next);
    const v = next.value;
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ parent: v, key: i, value: x }));
    else if (isRecord(v))
      for (const k of Object.keys(v))
        stack.push({ parent: v, key: k, value: Object.getOwnPropertyDescriptor(v, k)?.value as Json });
  }
  return out;
}

export type Op =
  | { readonly kind: "odd-text"; readonly pick: number; readonly value: string }
  | { readonly kind: "replace"; readonly pick: number; readonly value: Json }
  | { readonly kind: "delete" | "delete-entry"; readonly pick: number }
  | { readonly kind: "duplicate" | "duplicate-entry"; readonly pick: number }
  | { readonly kind: "retype"; readonly pick: number; readonly choice: number }
  | { readonly kind: "forbidden-key"; readonly pick: number; readonly key: (typeof FORBIDDEN)[number] };

/**
 * One change at a random place; `gentle` leans to changes a project can survive (text made odd,
 * an entry duplicated, a field deleted), so that many mutated projects are still accepted and go
 * on to the document and the renderers.
 */
export const opArb = (gentle: boolean, hugeMax: number): fc.Arbitrary<Op> => {
  const pick = fc.nat();
  return fc.oneof(
    {
      weight: gentle ? 12 : 3,
      arbitrary: fc.record({ kind: fc.constant("odd-text" as const), pick, value: oddString() }),
    },
    {
      weight: gentle ? 0 : 3,
      arbitrary: fc.record({ kind: fc.constant("replace" as const), pick, value: nastyValue(hugeMax) }),
    },
    { weight: gentle ? 0 : 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), pick }) },
    { weight: gentle ? 0 : 2, arbitrary: fc.record({ kind: fc.constant("duplicate" as const), pick }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete-entry" as const), pick }) },
    { weight: gentle ? 2 : 1, arbitrary: fc.record({ kind: fc.constant("duplicate-entry" as const), pick }) },
    {
      weight: gentle ? 1 : 2,
      arbitrary: fc.record({ kind: fc.constant("retype" as const), pick, choice: fc.nat() }),
    },
    {
      weight: gentle ? 0 : 1,
      arbitrary: fc.record({
        kind: fc.constant("forbidden-key" as const),
        pick,
        key: fc.constantFrom(...FORBIDDEN),
      }),
    },
  );
};

/** Applies one change in place (the root itself may be replaced: the new root is returned). */
export function applyOp(root: Json, op: Op): Json {
  const spots =
    op.kind === "odd-text"
      ? spotsOf(root, (s) => isFreeText(s.value))
      : op.kind === "forbidden-key"
        ? spotsOf(root, (s) => isRecord(s.value))
        : op.kind === "delete-entry" || op.kind === "duplicate-entry"
          ? spotsOf(root, (s) => Array.isArray(s.parent))
          : spotsOf(root, () => true);
  const spot = spots[op.pick % Math.max(1, spots.length)];
  if (!spot) return root;
  const { parent, key, value: here } = spot;
  if (op.kind === "forbidden-key") {
    if (isRecord(here)) setOwn(here, op.key, POISON());
    return root;
  }
  const next: Json | undefined =
    op.kind === "odd-text" || op.kind === "replace"
      ? op.value
      : op.kind === "retype"
        ? retype(here, op.choice)
        : op.kind === "duplicate" && Array.isArray(here)
          ? [...here, ...here.slice(0, 1)].map((x) => structuredClone(x))
          : op.kind === "duplicate" && isRecord(here)
            ? {
                ...here,
                [`${Object.keys(here)[0] ?? "x"}Copy`]: structuredClone(Object.values(here)[0] ?? null),
              }
            : op.kind === "duplicate" || op.kind === "duplicate-entry"
              ? here
              : undefined; // delete
  if (parent === null) return next ?? null;
  if (Array.isArray(parent)) {
    if (op.kind === "duplicate-entry") parent.splice(key as number, 0, structuredClone(here));
    else if (next === undefined) parent.splice(key as number, 1);
    else parent[key as number] = next;
  } else if (next === undefined) Reflect.deleteProperty(parent, key);
  else setOwn(parent, key, next);
  return root;
}

/** A copy of `base` with the changes applied in order. */
export function mutate(base: Json, ops: readonly Op[]): Json {
  let v = structuredClone(base);
  for (const op of ops) v = applyOp(v, op);
  return v;
}

/** A change to the file's text itself: cut short, a character replaced, inserted or removed. */
export const textEditArb = fc.record({
  kind: fc.constantFrom("truncate", "replace", "insert", "remove"),
  at: fc.nat(),
  char: fc.oneof(
    fc.constantFrom("{", "}", "[", "]", '"', ",", ":", "\\", "\u0000", "\uFFFE", "\uD800", " "),
    fc.string({ maxLength: 2 }),
  ),
});
export type TextEdit = typeof textEditArb extends fc.Arbitrary<infer T> ? T : never;

export function editText(text: string, edit: TextEdit): string {
  const i = text.length === 0 ? 0 : edit.at % text.length;
  if (edit.kind === "truncate") return text.slice(0, i);
  if (edit.kind === "insert") return text.slice(0, i) + edit.char + text.slice(i);
  if (edit.kind === "remove") return text.slice(0, i) + text.slice(i + 1);
  return text.slice(0, i) + edit.char + text.slice(i + 1);
}
