// Exchange's time spans (EnhancedTimeSpan): `dd.hh:mm:ss`, or `hh:mm:ss` when under a day,
// e.g. `30.00:00:00` for 30 days. Shared by validation and the simulator.

const timeSpanPattern = /^\s*(?:(\d+)\.)?(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?\s*$/;

/** Total seconds, or undefined when the text is not a time span. */
export function parseTimeSpan(text: string): number | undefined {
  const match = timeSpanPattern.exec(text);
  if (!match) return undefined;
  const [days, hours, minutes, seconds] = [match[1] ?? '0', match[2], match[3], match[4]].map(Number);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return ((days * 24 + hours) * 60 + minutes) * 60 + seconds;
}

export function formatTimeSpan(totalSeconds: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const days = Math.floor(totalSeconds / 86400);
  const rest = totalSeconds % 86400;
  const clock = `${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}`;
  return days > 0 ? `${days}.${clock}` : clock;
}
