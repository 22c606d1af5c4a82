// Dates as message headers write them (RFC 5322 section 3.3), always in UTC so output does not
// depend on the machine's time zone: `Wed, 13 Mar 2024 09:00:00 +0000`.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function rfc5322Date(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}

/** `20240313090000123`, for names that must sort by time (Exchange's <filename><datetime>.tmp). */
export function compactTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:TZ.]/g, '');
}
