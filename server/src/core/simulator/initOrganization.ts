// A newcomer's first exconn.json: `exconn init` and "Exchange: Create exconn.json from Scripts".
// Without the file the simulator stands for a default organization (Hub01, contoso.com, no
// mailboxes), so the first test message between two addresses of the newcomer's own domain is
// badmail: its recipient is routed out, nothing serves it, and the NDR has nowhere to go either.
// This writes the organization the workspace already implies: the servers its scripts name (and its
// saved state), the server whose Transport service they set as the local one, the senders' domains
// of the sample messages in its Pickup and Replay folders as accepted domains, and a mailbox for
// every sender and every recipient in those domains. It writes exconn.json and nothing else, and
// never replaces one.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { isImcea } from '../addressSpace';
import type { ScriptMentions } from '../model/scriptMentions';
import { nameKey } from '../model/identity';
import { serversInUse } from '../model/serverNames';
import type { InitResult } from '../../protocol/extensionProtocol';
import { errorMessage } from './errors';
import { SMTP_ADDRESS } from './organization/organizationDefinition';
import { DEFAULT_LOCAL_SERVER, defaultOrganization, organizationPaths, parseOrganization } from './organization/organization';
import { loadState, transportServiceOf } from './state/state';
import { sampleEnvelopes, sampleFolders, type SampleEnvelope, type SampleFolder } from './transport/sampleMessages';
import { simulatorLayout } from './workspace/simulatorLayout';
import { resolveWindowsPath } from './workspace/workspacePaths';
import type { SimulatorState } from '../model/simulatorState';

/** exconn.json's keys this writes, in the order the file shows them. */
export interface ProposedOrganization {
  servers: string[];
  localServer: string;
  acceptedDomains?: string[];
  mailboxes?: string[];
}

export interface Proposal {
  organization: ProposedOrganization;
  /** The sample messages the addresses came from. */
  samples: SampleEnvelope[];
}

/** What exconn.json the workspace at `root` implies, from its scripts' `mentions`, its state and its sample messages. */
export async function proposeOrganization(root: string, mentions: ScriptMentions): Promise<Proposal> {
  const state = await loadState(root);
  const servers = unique([...mentions.servers, ...serversInUse([], state)], nameKey);
  const localServer = mentions.transportServiceServer ?? servers[0] ?? DEFAULT_LOCAL_SERVER;
  const samples = await sampleEnvelopes(root, await sampleFolders(root, givenFolders(root, mentions, state, localServer)));
  const acceptedDomains = unique(samples.flatMap((sample) => (isMailboxAddress(sample.sender) ? [domainOf(sample.sender)] : [])), (domain) => domain);
  const local = (address: string) => isMailboxAddress(address) && acceptedDomains.includes(domainOf(address));
  const mailboxes = unique(samples.flatMap((sample) => [sample.sender, ...sample.recipients]).filter(local), (address) => address.toLowerCase());
  const organization: ProposedOrganization = {
    servers: unique([localServer, ...servers], nameKey),
    localServer,
    ...(acceptedDomains.length > 0 ? { acceptedDomains, mailboxes } : {}),
  };
  return { organization, samples };
}

/** Writes the proposal as exconn.json unless the workspace has one; the result says what was written, or why not. */
export async function initOrganization(root: string, mentions: ScriptMentions): Promise<InitResult> {
  const file = simulatorLayout(root).organizationFile;
  if (entryExists(file)) return refusal(file);
  try {
    const proposal = await proposeOrganization(root, mentions);
    const text = `${JSON.stringify(proposal.organization, null, 2)}\n`;
    // The simulator's own check reads it back first, so what is written is a file every command accepts.
    parseOrganization(text, file);
    // `wx` creates the file or fails: an exconn.json made meanwhile (or a link by that name) is never replaced.
    await fs.promises.writeFile(file, text, { flag: 'wx' });
    return { output: report(root, proposal, text), success: true, file };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return refusal(file);
    return { output: `Nothing was written: ${errorMessage(error)}\n`, success: false, file };
  }
}

function refusal(file: string): InitResult {
  return {
    output: `${file} exists already, so nothing was written. Edit that file (its keys: docs/exconn-json.md), or move it away and run exconn init again to make a new one from the scripts.\n`,
    success: false,
    file,
  };
}

/** The Pickup and Replay folders the scripts and the saved state name, where they resolve into the workspace. */
function givenFolders(root: string, mentions: ScriptMentions, state: SimulatorState, localServer: string): SampleFolder[] {
  const paths = organizationPaths(root, defaultOrganization());
  const settings = transportServiceOf(state, localServer);
  const named: [SampleFolder['role'], string | null][] = [
    ...mentions.pickupDirectories.map((text): [SampleFolder['role'], string] => ['Pickup', text]),
    ...mentions.replayDirectories.map((text): [SampleFolder['role'], string] => ['Replay', text]),
    ['Pickup', settings.pickupDirectoryPath],
    ['Replay', settings.replayDirectoryPath],
  ];
  return named.flatMap(([role, text]) => {
    if (text === null) return [];
    const resolution = resolveWindowsPath(paths, text);
    return resolution.ok ? [{ role, path: resolution.path }] : [];
  });
}

function report(root: string, proposal: Proposal, text: string): string {
  const { organization, samples } = proposal;
  const lines = [`Wrote ${path.join(root, 'exconn.json')}:`, '', text.trimEnd(), ''];
  lines.push(`Servers: the ones the scripts and the saved state name; localServer ${organization.localServer} is the one whose Transport service the scripts set (else the first named, else the default).`);
  if (organization.servers.length > 1) lines.push('A misspelt name in a script (Hub2 for Hub02) is listed as a server of its own: check the list, and fix the script.');
  if (samples.length === 0) lines.push('No sample message was found in a Pickup or Replay folder, so acceptedDomains and mailboxes keep their defaults (contoso.com, no mailboxes).');
  else lines.push(`Accepted domains and mailboxes: the senders of ${samples.length} sample message${samples.length === 1 ? '' : 's'} (${samples.map((sample) => sample.file).join(', ')}), and their recipients in those domains.`);
  return `${lines.join('\n')}\n`;
}

/** An SMTP address a mailbox can have: not the null sender, not an IMCEA-encapsulated foreign address. */
function isMailboxAddress(address: string): boolean {
  return address !== '' && SMTP_ADDRESS.test(address) && !isImcea(address);
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  return items.filter((item, index) => items.findIndex((other) => key(other) === key(item)) === index);
}

function entryExists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
