// The Transport service settings of one server, as the simulator uses them. The state stores only
// what Set-TransportService changed (keyed by parameter name, values as the interpreter converted
// them); everything else takes Exchange's default. Sources: Set-TransportService reference and the
// Exchange 2013 topic "Pickup directory and Replay directory": Pickup and Replay default to
// %ExchangeInstallPath%TransportRoles\Pickup and \Replay, the header limit is 64 KB, the per-minute
// and per-message limits 100; RootDropDirectoryPath is blank, meaning the Exchange installation folder.

import { parseSize } from '../values/byteQuantifiedSize';
import type { StoredSize } from './foreignConnectors';

/** A stored setting value: text, number, Boolean, a list, or null ($null). */
export type SettingValue = string | number | boolean | string[] | null;

/** The settings Set-TransportService changed on one server, keyed by parameter name. */
export type TransportSettingsRecord = Record<string, SettingValue>;

export const EXCHANGE_INSTALL_PATH = 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\';

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
  messageTrackingLogSubjectLoggingEnabled: boolean;
}

export const TRANSPORT_SERVICE_DEFAULTS: Readonly<TransportServiceSettings> = Object.freeze({
  pickupDirectoryPath: `${EXCHANGE_INSTALL_PATH}TransportRoles\\Pickup`,
  replayDirectoryPath: `${EXCHANGE_INSTALL_PATH}TransportRoles\\Replay`,
  pickupDirectoryMaxHeaderSize: 64 * 1024,
  pickupDirectoryMaxMessagesPerMinute: 100,
  pickupDirectoryMaxRecipientsPerMessage: 100,
  rootDropDirectoryPath: '',
  messageTrackingLogEnabled: true,
  messageTrackingLogPath: null,
  messageTrackingLogMaxFileSize: 10 * 1024 * 1024,
  messageTrackingLogSubjectLoggingEnabled: true,
});

/** The effective settings: the stored record over Exchange's defaults. Unreadable values fall back to the default. */
export function effectiveTransportSettings(record: TransportSettingsRecord | undefined): TransportServiceSettings {
  const get = (name: string): SettingValue | undefined => lookup(record ?? {}, name);
  const d = TRANSPORT_SERVICE_DEFAULTS;
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
    messageTrackingLogSubjectLoggingEnabled: booleanSetting(get('MessageTrackingLogSubjectLoggingEnabled'), d.messageTrackingLogSubjectLoggingEnabled),
  };
}

/** A size setting as bytes or 'Unlimited': a number is bytes; text may be `64KB`, `64 KB (65,536 bytes)` or `Unlimited`. */
export function storedSizeOf(value: SettingValue | undefined): StoredSize | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.floor(value);
  if (typeof value !== 'string') return undefined;
  const shown = /\(([\d,]+) bytes\)/.exec(value);
  if (shown) return Number(shown[1].replace(/,/g, ''));
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

function booleanSetting(value: SettingValue | undefined, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^\$?(true|false)$/i.test(value.trim())) return /true/i.test(value);
  return fallback;
}
