// The simulator's one clock, and its one policy. Exchange stamps objects (WhenCreated) and events
// (tracking log, Received headers, badmail reasons, queue times) with the time. The time can be fixed,
// in this order of precedence: a clock passed by the caller (tests), the EXCONN_CLOCK environment
// variable, the `clock` key of exconn.json. When none is set, script runs and the transport service
// alike stand at the simulator's epoch: one clock, so a connector's WhenCreated, the tracking log and
// a badmail reason agree, and a run prints the same for the same script and state (docs/interfaces.md).
// Time moves only when the administrator (or a test) moves it, which is what makes queue expiry testable.

import { SimulatorError } from '../errors';

export interface Clock {
  now(): Date;
}

export const CLOCK_ENVIRONMENT_VARIABLE = 'EXCONN_CLOCK';

/** A clock that always answers the same instant. */
export function fixedClock(at: Date | string): Clock {
  const time = typeof at === 'string' ? parseClockSetting(at, 'the fixed clock') : at;
  return { now: () => new Date(time.getTime()) };
}

/** Parses an ISO 8601 date-time (`2024-03-13T09:00:00Z`); `where` names the setting in the error. */
/** The ISO 8601 forms a clock setting may take (the text is trimmed first). */
export const ISO_CLOCK = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseClockSetting(text: string, where: string): Date {
  const time = ISO_CLOCK.test(text.trim()) ? new Date(text.trim()) : new Date(NaN);
  if (Number.isNaN(time.getTime())) {
    throw new SimulatorError(`${where} is '${text}', which is not an ISO 8601 date-time.`, 'Write it like 2024-03-13T09:00:00Z.');
  }
  return time;
}

/** The instant a script run stands at when nothing fixes the clock, and when the simulated servers count as installed. */
export const SIMULATOR_EPOCH = '2024-01-01T00:00:00Z';

export interface ClockChoice {
  /** A clock chosen by the caller (tests); wins over everything else. */
  clock?: Clock;
  /** The environment to read EXCONN_CLOCK from; process.env when omitted. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The clock a run uses, given exconn.json's `clock` setting (undefined or null when not set). */
export function simulatorClock(organizationClock: string | null | undefined, choice: ClockChoice = {}): Clock {
  if (choice.clock) return choice.clock;
  const fromEnvironment = (choice.env ?? process.env)[CLOCK_ENVIRONMENT_VARIABLE];
  if (fromEnvironment !== undefined && fromEnvironment.trim() !== '') {
    return fixedClock(parseClockSetting(fromEnvironment, `The environment variable ${CLOCK_ENVIRONMENT_VARIABLE}`));
  }
  if (organizationClock) return fixedClock(parseClockSetting(organizationClock, 'The "clock" setting of exconn.json'));
  return fixedClock(SIMULATOR_EPOCH);
}
