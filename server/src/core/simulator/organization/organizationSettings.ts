// Editor settings that adjust a workspace's exconn.json while a language server runs: the VS Code
// extension's `exconn.pathMappings` (drive and share mappings, which win over exconn.json's for the
// same drive or share) and `exconn.throttling.enabled` (false switches the Pickup limit off even
// when exconn.json keeps it on). They are held per workspace root in this process, so every reader
// of the organization (scripts, transport, folder listing, path checks) sees the same adjusted view;
// the CLI never sets them and reads exconn.json alone.

import * as path from 'node:path';
import { ExconnJsonError } from '../errors';
import { validateOrganization } from './organizationSchema';
import { parseJsonDocument } from './jsonDocument';
import type { PathMapping } from '../workspace/workspacePaths';
import { targetVersionOf } from '../../catalog/exchangeVersions';
import type { ExchangeVersion } from '../../catalog/types';
import { isRecord } from '../../values/plainObject';

export interface OrganizationSettings {
  /** Drive (`D:` or `D:\`) or share (`\\server\share`) to a folder relative to the workspace root. */
  pathMappings?: Readonly<Record<string, string>>;
  /** False switches throttling off; true leaves exconn.json's choice. */
  throttling?: boolean;
  /** The Exchange version to check scripts against, over exconn.json's; absent leaves exconn.json's. */
  exchangeVersion?: ExchangeVersion;
}

interface AppliedSettings {
  pathMappings: PathMapping[];
  throttlingOff: boolean;
  exchangeVersion?: ExchangeVersion;
}

const settingsByRoot = new Map<string, AppliedSettings>();

/**
 * Sets (or, with undefined, clears) the settings of a workspace. Returns the problems of mappings
 * that cannot be used, each naming the key and the fix; those mappings are left out.
 */
export function setOrganizationSettings(workspaceRoot: string, settings: OrganizationSettings | undefined): string[] {
  const key = path.resolve(workspaceRoot);
  if (!settings) {
    settingsByRoot.delete(key);
    return [];
  }
  const { mappings, problems } = readMappings(settings.pathMappings ?? {});
  settingsByRoot.set(key, { pathMappings: mappings, throttlingOff: settings.throttling === false, ...(settings.exchangeVersion ? { exchangeVersion: settings.exchangeVersion } : {}) });
  return problems;
}

/** The organization read from exconn.json, adjusted by the workspace's settings when it has any. */
export function withOrganizationSettings<T extends { pathMappings: PathMapping[]; throttling: boolean; exchangeVersion: ExchangeVersion }>(workspaceRoot: string, organization: T): T {
  const applied = settingsByRoot.get(path.resolve(workspaceRoot));
  if (!applied) return organization;
  const overridden = new Set(applied.pathMappings.map((mapping) => mapping.windowsRoot.toLowerCase()));
  return {
    ...organization,
    pathMappings: [...organization.pathMappings.filter((mapping) => !overridden.has(mapping.windowsRoot.toLowerCase())), ...applied.pathMappings],
    throttling: organization.throttling && !applied.throttlingOff,
    exchangeVersion: applied.exchangeVersion ?? organization.exchangeVersion,
  };
}

/** Validates the mappings one by one with exconn.json's own rules, so a bad entry spoils no other. */
function readMappings(entries: Readonly<Record<string, string>>): { mappings: PathMapping[]; problems: string[] } {
  const mappings: PathMapping[] = [];
  const problems: string[] = [];
  for (const [drive, folder] of Object.entries(entries)) {
    try {
      mappings.push(...readMapping(drive, folder));
    } catch (error) {
      const detail = error instanceof ExconnJsonError ? error.problems.map((problem) => problem.message).join(' ') : String(error);
      problems.push(`The exconn.pathMappings setting "${drive}": ${detail} Fix or remove the entry in the settings.`);
    }
  }
  return { mappings, problems };
}

function readMapping(drive: string, folder: unknown): PathMapping[] {
  const { organization, problems } = validateOrganization(parseJsonDocument(JSON.stringify({ pathMappings: { [drive]: folder } })));
  if (problems.length > 0) throw new ExconnJsonError('the exconn.pathMappings setting', problems);
  return organization.pathMappings;
}

/** didChangeConfiguration carries `{ exconn: {...} }`; initializationOptions carry the section itself. */
export function settingsSection(settings: unknown): unknown {
  return isRecord(settings) && isRecord(settings.exconn) ? settings.exconn : settings;
}

/** The simulator's view of the editor's `exconn` settings section; anything of the wrong shape counts as not set. */
export function organizationSettingsFrom(section: unknown): OrganizationSettings | undefined {
  if (!isRecord(section)) return undefined;
  const settings: OrganizationSettings = {};
  if (isRecord(section.pathMappings)) {
    settings.pathMappings = Object.fromEntries(Object.entries(section.pathMappings).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  }
  const throttling = section.throttling;
  if (isRecord(throttling) && typeof throttling.enabled === 'boolean') settings.throttling = throttling.enabled;
  const version = typeof section.exchangeVersion === 'string' ? targetVersionOf(section.exchangeVersion) : undefined;
  if (version) settings.exchangeVersion = version;
  return settings;
}
