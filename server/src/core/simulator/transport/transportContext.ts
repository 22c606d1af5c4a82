// Everything one pass of the transport service reads once at its start: the organization, the
// configuration, the local server's Transport service settings, the clock, and where the Pickup,
// Replay and tracking log folders are in the workspace.

import * as path from 'node:path';
import { simulatorClock, type Clock } from '../state/clock';
import { defaultDomain, loadOrganization, localServerFqdn, organizationPaths, type Organization } from '../organization/organization';
import { withConfiguredRecipients } from '../organization/configuredRecipients';
import { simulatorLayout, type SimulatorLayout } from '../workspace/simulatorLayout';
import type { SimulatorState } from '../../model/simulatorState';
import { loadState, transportServiceOf } from '../state/state';
import type { TransportServiceSettings } from '../state/transportSettings';
import { resolveWindowsPath, type WorkspacePaths } from '../workspace/workspacePaths';
import { BatchReservations } from './batchReservations';
import { deliveryAgentConnectors, sendConnectors } from './mailflowConnectors';
import type { DirectoryRole } from './envelope';
import { organizationLimits, type OrganizationLimits } from './organizationLimits';
import type { RoutingContext } from './routing';
import { SequenceAllocator } from './sequence';
import type { TrackingLogTarget } from './trackingLogFiles';

export interface TransportContext {
  root: string;
  layout: SimulatorLayout;
  organization: Organization;
  state: SimulatorState;
  settings: TransportServiceSettings;
  paths: WorkspacePaths;
  clock: Clock;
  serverFqdn: string;
  defaultDomain: string;
  routing: RoutingContext;
  /** The organization's message size limits (Set-TransportConfig). */
  limits: OrganizationLimits;
  /** Where tracking events go; undefined when MessageTrackingLogEnabled is $false. */
  tracking: TrackingLogTarget | undefined;
  sequence: SequenceAllocator;
  /** The Pickup and Replay folders: a Drop directory may not be one of them, or messages would loop. */
  inputFolders: string[];
  /** Files the batch being planned will write, which planning must treat as written already. */
  reservations: BatchReservations;
  warnings: string[];
}

export interface TransportDirectory {
  role: DirectoryRole;
  /** The Windows path the setting holds. */
  windowsPath: string;
  /** The folder in the workspace. */
  path: string;
}

export interface ContextOptions {
  clock?: Clock;
  env?: Readonly<Record<string, string | undefined>>;
  /** Reused across the passes of a watch, so sequence numbers are not reserved anew each time. */
  sequence?: SequenceAllocator;
}

export async function transportContext(workspaceRoot: string, options: ContextOptions = {}): Promise<TransportContext> {
  const root = path.resolve(workspaceRoot);
  const layout = simulatorLayout(root);
  const state = await loadState(root);
  // Accepted domains and mail contacts the scripts created count as exconn.json's do.
  const organization = withConfiguredRecipients(await loadOrganization(root), state);
  const settings = transportServiceOf(state, organization.localServer);
  const paths = organizationPaths(root, organization);
  const warnings: string[] = [];
  const trackingFolder = trackingFolderOf(paths, layout, settings, warnings);
  const clock = simulatorClock(organization.clock, { ...(options.clock ? { clock: options.clock } : {}), ...(options.env ? { env: options.env } : {}) });
  return {
    root,
    layout,
    organization,
    state,
    settings,
    paths,
    clock,
    serverFqdn: localServerFqdn(organization),
    defaultDomain: defaultDomain(organization),
    limits: organizationLimits(state),
    routing: { organization, connectors: state.connectors, mailflowConnectors: [...deliveryAgentConnectors(state), ...sendConnectors(state)], localServer: organization.localServer },
    tracking: settings.messageTrackingLogEnabled ? {
      workspaceRoot: root, folder: trackingFolder, maxFileSize: settings.messageTrackingLogMaxFileSize,
      maxDirectorySize: settings.messageTrackingLogMaxDirectorySize, maxAge: settings.messageTrackingLogMaxAge, now: () => clock.now(),
    } : undefined,
    sequence: options.sequence ?? new SequenceAllocator(root, layout.sequenceFile),
    inputFolders: [],
    reservations: new BatchReservations(),
    warnings,
  };
}

/** The tracking log folder: MessageTrackingLogPath when set (and inside the workspace), else `.exconn/MessageTracking`. */
export function trackingFolderOf(paths: WorkspacePaths, layout: SimulatorLayout, settings: TransportServiceSettings, warnings: string[] = []): string {
  if (settings.messageTrackingLogPath === null) return layout.defaultTrackingFolder;
  const resolution = resolveWindowsPath(paths, settings.messageTrackingLogPath);
  if (resolution.ok) return resolution.path;
  warnings.push(`MessageTrackingLogPath ${resolution.problem} ${resolution.fix} The log is written to ${path.relative(paths.root, layout.defaultTrackingFolder)} meanwhile.`);
  return layout.defaultTrackingFolder;
}

/** The Pickup and Replay folders of the local server; a directory set to $null is off, a refused path is reported. */
export function transportDirectories(context: TransportContext): { directories: TransportDirectory[]; problems: string[] } {
  const directories: TransportDirectory[] = [];
  const problems: string[] = [];
  const entries: [DirectoryRole, string | null, string][] = [
    ['Pickup', context.settings.pickupDirectoryPath, 'PickupDirectoryPath'],
    ['Replay', context.settings.replayDirectoryPath, 'ReplayDirectoryPath'],
  ];
  for (const [role, windowsPath, setting] of entries) {
    if (windowsPath === null) continue;
    const resolution = resolveWindowsPath(context.paths, windowsPath);
    if (resolution.ok) directories.push({ role, windowsPath, path: resolution.path });
    else problems.push(`The ${role} directory of ${context.organization.localServer} is not processed: ${setting} ${resolution.problem} ${resolution.fix}`);
  }
  return { directories, problems };
}
