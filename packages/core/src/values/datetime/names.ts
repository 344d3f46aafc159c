/** en-US (and invariant) calendar names. */
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function dayName(dayOfWeek: number): string {
  return DAY_NAMES[dayOfWeek] ?? '';
}
export function abbreviatedDayName(dayOfWeek: number): string {
  return dayName(dayOfWeek).slice(0, 3);
}
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}
export function abbreviatedMonthName(month: number): string {
  return monthName(month).slice(0, 3);
}

/** Month number (1-12) from a full or abbreviated English name, case-insensitive. */
export function monthFromName(name: string): number | undefined {
  const folded = name.toLowerCase();
  if (folded.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((m) => m.toLowerCase() === folded || m.toLowerCase().slice(0, 3) === folded || (folded === 'sept' && m === 'September'));
  return index === -1 ? undefined : index + 1;
}

export function isDayName(name: string): boolean {
  const folded = name.toLowerCase();
  return DAY_NAMES.some((d) => d.toLowerCase() === folded || d.toLowerCase().slice(0, 3) === folded);
}
