/** A `datetime-local` value ("2026-11-30T10:15", the viewer's local time) as an ISO instant for the API. */
export function toInstant(localDateTime: string): string {
  return new Date(localDateTime).toISOString();
}

/** A duration in minutes as words: 45 → "45 min", 90 → "1 h 30 min", 2880 → "2 d", 3000 → "2 d 2 h". */
export function formatMinutes(minutes: number | string | null | undefined): string {
  if (minutes === null || minutes === undefined || minutes === '') return '—';
  const total = Math.round(Number(minutes));
  if (!Number.isFinite(total)) return String(minutes);
  if (total < 60) return `${total} min`;
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const rest = total % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
}

/** LABOR is costed as hours × rate; the amount shown before saving, exactly to the cent (null while incomplete). */
export function laborAmount(hours: string, rate: string): number | null {
  const h = Number(hours);
  const r = Number(rate);
  if (hours.trim() === '' || rate.trim() === '' || !Number.isFinite(h) || !Number.isFinite(r)) return null;
  return Math.round(h * r * 100) / 100;
}
