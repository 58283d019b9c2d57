/** Billing periods: months and years in UTC, as `YYYY-MM-DD` dates. */
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The first day of `at`'s month (the billing period), and of the next month. */
export function monthOf(at: Date): { start: string; end: string } {
  return { start: iso(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1))), end: iso(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1))) };
}

/** The first day of `at`'s year, and of the next year. */
export function yearOf(at: Date): { start: string; end: string } {
  return { start: iso(new Date(Date.UTC(at.getUTCFullYear(), 0, 1))), end: iso(new Date(Date.UTC(at.getUTCFullYear() + 1, 0, 1))) };
}
