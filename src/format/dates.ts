/**
 * Calendar dates as the app stores them (ISO "YYYY-MM-DD"), within the years an MOU can
 * sensibly name: 1900 to 2200. A date outside is refused where it is typed and on load, and
 * date arithmetic never leaves the four-digit years ("+010000-12" is not a date a file can hold).
 * Pure string arithmetic: JavaScript's Date moves years below 100 into the 1900s.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
export const MIN_DATE = `${MIN_YEAR}-01-01`;
export const MAX_DATE = `${MAX_YEAR}-12-31`;

export const DATE_RANGE_MESSAGE = `Enter a date between the years ${MIN_YEAR} and ${MAX_YEAR}.`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a month (1-12) of a year, by the Gregorian rules. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** An ISO date whose year, month and day exist (any four-digit year). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** An ISO date within the years the app accepts. */
export function isDateInRange(s: string): boolean {
  return isIsoDate(s) && s >= MIN_DATE && s <= MAX_DATE;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/**
 * The same day some years on (or back); February 29 becomes February 28. The result stays
 * within the accepted years: past the last day it is that day, before the first it is the first.
 */
export function addYears(isoDate: string, years: number): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new RangeError(`Not a date: ${isoDate}`);
  const year = Number(m[1]) + years;
  const month = Number(m[2]);
  if (year > MAX_YEAR) return MAX_DATE;
  if (year < MIN_YEAR) return MIN_DATE;
  const day = Math.min(Number(m[3]), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
