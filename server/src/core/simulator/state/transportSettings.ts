// The Transport service settings of one server, as the simulator uses them. The state stores only
// what Set-TransportService changed (keyed by parameter name, values as the interpreter converted
// them); everything else takes the default the catalog's Set-TransportService rows give (Pickup and
// Replay under %ExchangeInstallPath%TransportRoles, a 64 KB header limit, 100 messages per minute and
// recipients per message; RootDropDirectoryPath blank, meaning the Exchange installation folder).

import { findCmdlet, findParameter } from '../../catalog/catalog';
import { fixedDefault } from '../../model/defaults';
import type { TransportSettingsRecord } from '../../model/simulatorState';
import { parseSize } from '../../values/byteQuantifiedSize';
import { parseTimeSpan } from '../../values/enhancedTimeSpan';
import type { SettingValue, StoredSize } from '../../values/settingValue';

export interface TransportServiceSettings {
  /** Windows path; null when the Pickup directory is turned off ($null). */
  pickupDirectoryPath: string | null;
  /** Windows path; null when the Replay directory is turned off ($null). */
  replayDirectoryPath: string | null;
  pickupDirectoryMaxHeaderSize: number;
  /** Shared by the Pickup and the Replay directory. */
  pickupDirectoryMaxMessagesPerMinute: number;
  pickupDirectoryMaxRecipientsPerMessage: number;
  /** Windows path under which relative Drop directories live; blank means the installation folder. */
  rootDropDirectoryPath: string;
  messageTrackingLogEnabled: boolean;
  /** Windows path, or null for the simulator's own folder `.exconn/MessageTracking`. */
  messageTrackingLogPath: string | null;
  messageTrackingLogMaxFileSize: number;
  /** Past this total the oldest log files are deleted; 'Unlimited' keeps them all. */
  messageTrackingLogMaxDirectorySize: number | 'Unlimited';
  /** Log files older than this many seconds are deleted; 0 keeps them whatever their age. */
  messageTrackingLogMaxAge: number;
  messageTrackingLogSubjectLoggingEnabled: boolean;
}

/** The effective settings: the stored record over the catalog's defaults. Unreadable values fall back to the default. */
export function effectiveTransportSettings(record: TransportSettingsRecord | undefined): TransportServiceSettings {
  const get = (name: string): SettingValue | undefined => lookup(record ?? {}, name);
  const d = transportDefaults();
  return {
    pickupDirectoryPath: pathSetting(get('PickupDirectoryPath'), d.pickupDirectoryPath),
    replayDirectoryPath: pathSetting(get('ReplayDirectoryPath'), d.replayDirectoryPath),
    pickupDirectoryMaxHeaderSize: sizeSetting(get('PickupDirectoryMaxHeaderSize'), d.pickupDirectoryMaxHeaderSize),
    pickupDirectoryMaxMessagesPerMinute: numberSetting(get('PickupDirectoryMaxMessagesPerMinute'), d.pickupDirectoryMaxMessagesPerMinute),
    pickupDirectoryMaxRecipientsPerMessage: numberSetting(get('PickupDirectoryMaxRecipientsPerMessage'), d.pickupDirectoryMaxRecipientsPerMessage),
    rootDropDirectoryPath: textSetting(get('RootDropDirectoryPath'), d.rootDropDirectoryPath),
    messageTrackingLogEnabled: booleanSetting(get('MessageTrackingLogEnabled'), d.messageTrackingLogEnabled),
    messageTrackingLogPath: pathSetting(get('MessageTrackingLogPath'), d.messageTrackingLogPath),
    messageTrackingLogMaxFileSize: sizeSetting(get('MessageTrackingLogMaxFileSize'), d.messageTrackingLogMaxFileSize),
    messageTrackingLogMaxDirectorySize: unlimitedSizeSetting(get('MessageTrackingLogMaxDirectorySize'), d.messageTrackingLogMaxDirectorySize),
    messageTrackingLogMaxAge: ageSetting(get('MessageTrackingLogMaxAge'), d.messageTrackingLogMaxAge),
    messageTrackingLogSubjectLoggingEnabled: booleanSetting(get('MessageTrackingLogSubjectLoggingEnabled'), d.messageTrackingLogSubjectLoggingEnabled),
  };
}

let defaults: Readonly<TransportServiceSettings> | undefined;

/** The settings before any change: the catalog's Set-TransportService defaults, read once. */
function transportDefaults(): Readonly<TransportServiceSettings> {
  defaults ??= Object.freeze({
    pickupDirectoryPath: requiredDefault('PickupDirectoryPath', isText),
    replayDirectoryPath: requiredDefault('ReplayDirectoryPath', isText),
    pickupDirectoryMaxHeaderSize: requiredDefault('PickupDirectoryMaxHeaderSize', isNumber),
    pickupDirectoryMaxMessagesPerMinute: requiredDefault('PickupDirectoryMaxMessagesPerMinute', isNumber),
    pickupDirectoryMaxRecipientsPerMessage: requiredDefault('PickupDirectoryMaxRecipientsPerMessage', isNumber),
    // The reference gives no default: blank, which means the Exchange installation folder.
    rootDropDirectoryPath: textSetting(catalogDefault('RootDropDirectoryPath'), ''),
    messageTrackingLogEnabled: requiredDefault('MessageTrackingLogEnabled', isBoolean),
    // Exchange's default folder would put the simulated log under the workspace's mapping of Program
    // Files; until a script sets a path, the simulator keeps the log in its own folder.
    messageTrackingLogPath: null,
    messageTrackingLogMaxFileSize: requiredDefault('MessageTrackingLogMaxFileSize', isNumber),
    messageTrackingLogMaxDirectorySize: unlimitedSizeSetting(catalogDefault('MessageTrackingLogMaxDirectorySize'), 'Unlimited'),
    messageTrackingLogMaxAge: ageSetting(catalogDefault('MessageTrackingLogMaxAge'), 0),
    messageTrackingLogSubjectLoggingEnabled: requiredDefault('MessageTrackingLogSubjectLoggingEnabled', isBoolean),
  });
  return defaults;
}

/** The catalog's default for a Set-TransportService setting; undefined when it has none. */
function catalogDefault(name: string): SettingValue | undefined {
  const cmdlet = findCmdlet('Set-TransportService');
  const parameter = cmdlet && findParameter(cmdlet, name);
  return parameter ? fixedDefault(parameter) : undefined;
}

/** A default the accessor cannot do without: a catalog row that lost it is a bug, not a setting. */
function requiredDefault<T extends SettingValue>(name: string, accepts: (value: SettingValue) => value is T): T {
  const value = catalogDefault(name);
  if (value === undefined || !accepts(value)) throw new Error(`The catalog gives Set-TransportService -${name} no usable default.`);
  return value;
}

const isText = (value: SettingValue): value is string => typeof value === 'string';
const isNumber = (value: SettingValue): value is number => typeof value === 'number';
const isBoolean = (value: SettingValue): value is boolean => typeof value === 'boolean';

/** A size setting as bytes or 'Unlimited': a number is bytes; text may be `64KB`, `64 KB (65,536 bytes)` or `Unlimited`. */
export function storedSizeOf(value: SettingValue | undefined): StoredSize | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.floor(value);
  if (typeof value !== 'string') return undefined;
  const size = parseSize(value);
  if (!size) return undefined;
  return size.unlimited ? 'Unlimited' : size.bytes;
}

/** Case-insensitive lookup: scripts may write -pickupdirectorypath. */
function lookup(record: TransportSettingsRecord, name: string): SettingValue | undefined {
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : record[key];
}

function pathSetting(value: SettingValue | undefined, fallback: string | null): string | null {
  if (value === undefined) return fallback;
  if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
  return typeof value === 'string' ? value.trim() : fallback;
}

function textSetting(value: SettingValue | undefined, fallback: string): string {
  if (value === null) return '';
  return typeof value === 'string' ? value.trim() : fallback;
}

function numberSetting(value: SettingValue | undefined, fallback: number): number {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? Math.floor(number) : fallback;
}

function sizeSetting(value: SettingValue | undefined, fallback: number): number {
  const size = storedSizeOf(value);
  return typeof size === 'number' ? size : fallback;
}

function unlimitedSizeSetting(value: SettingValue | undefined, fallback: number | 'Unlimited'): number | 'Unlimited' {
  const size = storedSizeOf(value);
  return typeof size === 'number' || size === 'Unlimited' ? size : fallback;
}

/** A `d.hh:mm:ss` time span as seconds. */
function ageSetting(value: SettingValue | undefined, fallback: number): number {
  const seconds = typeof value === 'string' ? parseTimeSpan(value) : undefined;
  return seconds ?? fallback;
}

function booleanSetting(value: SettingValue | undefined, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^\$?(true|false)$/i.test(value.trim())) return /true/i.test(value);
  return fallback;
}
