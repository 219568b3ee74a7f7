/**
 * Dates for Vietnamese readers. Viet Nam keeps one offset all year (UTC+7,
 * Asia/Ho_Chi_Minh, no daylight saving), so formatting shifts by a fixed
 * offset instead of depending on the machine's time zone or ICU data.
 */

export const VN_OFFSET = '+07:00';
const OFFSET_MS = 7 * 60 * 60 * 1000;

/** The wall-clock parts of a moment as seen in Viet Nam. */
export function vnParts(date: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const shifted = new Date(date.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "07/09/2015" */
export function formatDate(date: Date): string {
  const p = vnParts(date);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "16:46" */
export function formatTime(date: Date): string {
  const p = vnParts(date);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** "07/09/2015 16:46" */
export function formatDateTime(date: Date): string {
  return `${formatDate(date)} ${formatTime(date)}`;
}

/** The year in Viet Nam (an article posted 31/12 at 23:30 belongs to that year, not UTC's). */
export function vnYear(date: Date): number {
  return vnParts(date).year;
}

/** ISO 8601 with the +07:00 offset, as stored in front matter: "2015-09-07T16:46:00+07:00". */
export function toVnIso(date: Date): string {
  const p = vnParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${VN_OFFSET}`;
}

/** Whether year/month/day name a real calendar day (31/02 does not). */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** A moment from Vietnamese wall-clock parts; null when the parts are impossible. */
export function fromVnParts(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date | null {
  if (!isValidCalendarDate(year, month, day)) return null;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - OFFSET_MS);
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Strict parse of a stored date string. Accepts "2015-09-07", "2015-09-07T16:46",
 * "2015-09-07T16:46:00+07:00" (a missing offset means Viet Nam time).
 * Rejects impossible days such as 2015-02-31 instead of rolling them into March.
 */
export function parseStoredDate(text: string): Date | null {
  const m = ISO_WITH_OFFSET.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = m;
  const local = fromVnParts(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
  if (!local) return null;
  if (!zone || zone === VN_OFFSET || zone === '+0700') return local;
  if (zone === 'Z') return new Date(local.getTime() + OFFSET_MS);
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/[^0-9]/g, '');
  const offsetMs = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  // local was computed as if +07:00; re-anchor to the stated offset.
  return new Date(local.getTime() + OFFSET_MS - offsetMs);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 (as RSS 2.0 wants it) in Viet Nam time: "Mon, 07 Sep 2015 16:46:00 +0700". */
export function toRfc822Vn(date: Date): string {
  const p = vnParts(date);
  const weekday = WEEKDAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
  return `${weekday}, ${pad(p.day)} ${MONTHS[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} +0700`;
}
