import type { DatePrecision } from '@/lib/domain/vocabulary';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type PartialDate = {
  /** As written in the source: YYYY, YYYY-MM or YYYY-MM-DD. */
  raw: string;
  precision: DatePrecision;
  year: number;
  /** The last day of the period: a document dated "2021" is in effect from 2021-12-31. */
  effective: string;
};

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

/** Parses a partial ISO date; returns null for anything else (including impossible days). */
export function parsePartialDate(raw: string): PartialDate | null {
  const m = PARTIAL_DATE.exec(raw);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3] !== undefined) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (!isRealDay(year, month, day)) return null;
    return { raw, precision: 'day', year, effective: raw };
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { raw, precision: 'month', year, effective: `${raw}-${String(lastDayOfMonth(year, month)).padStart(2, '0')}` };
  }
  return { raw, precision: 'year', year, effective: `${raw}-12-31` };
}

/** A full calendar date (YYYY-MM-DD) or null. */
export function parseIsoDay(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const p = parsePartialDate(raw);
  return p?.precision === 'day' ? p.raw : null;
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** "4 July 2023", "July 2023", "2023". */
export function formatPartialDate(raw: string): string {
  const p = parsePartialDate(raw);
  if (!p) return raw;
  const [, mm, dd] = raw.split('-');
  if (p.precision === 'year') return String(p.year);
  const month = MONTHS[Number(mm) - 1];
  if (p.precision === 'month') return `${month} ${p.year}`;
  return `${Number(dd)} ${month} ${p.year}`;
}

export const PRECISION_LABELS: Record<DatePrecision, string> = {
  day: 'exact day',
  month: 'month only',
  year: 'year only',
};

/** Last day of each month from `from` (YYYY-MM) to `to` (YYYY-MM), inclusive. */
export function monthEnds(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}-${String(lastDayOfMonth(y, m)).padStart(2, '0')}`);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
