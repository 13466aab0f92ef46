/** One formatter per value kind, as the MOU prints it (US conventions). */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-08-01" -> "August 1, 2026". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${month} ${Number(m[3])}, ${m[1]}` : iso;
}

/** "07:30" -> "7:30 a.m.", "12:00" -> "12:00 noon". */
export function formatTime(hhmm: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return hhmm;
  const h = Number(m[1]);
  const min = m[2] ?? "00";
  if (h === 12 && min === "00") return "12:00 noon";
  if (h === 0 && min === "00") return "12:00 midnight";
  const suffix = h < 12 ? "a.m." : "p.m.";
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}:${min} ${suffix}`;
}

// Intl formatters are costly to build: one each, reused
const DOLLARS = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 0,
});
const CENTS = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
});
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** 85000 -> "$85,000"; 12.5 -> "$12.50". */
export function formatMoney(amount: number): string {
  return (Number.isInteger(amount) ? DOLLARS : CENTS).format(amount);
}

export function formatPercent(p: number): string {
  return `${Number(p.toFixed(2))}%`;
}

export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** ["a", "b", "c"] -> "a, b and c". */
export function formatList(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
