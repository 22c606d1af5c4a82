// Generates realistic Exchange Management Shell scripts of a given number of statements: the mix an
// administrator writes when managing many Foreign connectors (New-/Set-/Get- commands, address spaces
// of several types, pipelines, variables, hashtables, comments and backtick continuations). Seeded, so
// every run and every commit measures the same text.

import { seededRandom } from '../helpers/seededRandom';

export interface ScriptOptions {
  statements: number;
  seed?: number;
  /** Share of statements that carry a typical mistake (a misspelt parameter, a bad X400 attribute). */
  mistakes?: number;
  /**
   * False replaces the statements that list every connector (`Get-ForeignConnector | ? ...`) with
   * a Get of one connector, the rest of the text staying as it is: a script whose work per statement
   * does not grow with the number of connectors it has made. True by default.
   */
  listEveryConnector?: boolean;
}

const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'NL', 'SE', 'JP', 'CA'];
const ADMDS = ['Fabrikam', 'Northwind', 'Tailspin', ' '];
const SERVERS = ['Hub01', 'Hub02'];

type Pick = <T>(items: readonly T[]) => T;

export function generateScript(options: ScriptOptions): string {
  const random = seededRandom(options.seed ?? 20261123);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)];
  const mistakes = options.mistakes ?? 0;
  const connectors: string[] = [];
  const lines: string[] = ['# Generated benchmark script: Foreign connectors for the partner gateways.', ''];
  for (let index = 0; index < options.statements; index++) {
    if (random() < 0.08) lines.push(`# Partner ${index}: ${pick(['gateway moved', 'new route', 'check drop folder', 'cost review'])}`);
    const statement = connectors.length === 0 || random() < 0.1 ? createConnector(index, pick, random, connectors) : otherStatement(index, pick, random, connectors, options.listEveryConnector !== false);
    lines.push(random() < mistakes ? withMistake(statement, pick) : statement);
  }
  return `${lines.join('\n')}\n`;
}

function x400(pick: Pick, index: number, cost: number): string {
  const unit = index % 3 === 0 ? `o=Unit${index % 13};` : '';
  return `X400:c=${pick(COUNTRIES)};a=${pick(ADMDS)};p=Org${index % 97};${unit}${cost}`;
}

function createConnector(index: number, pick: Pick, random: () => number, connectors: string[]): string {
  const name = `Gateway ${index}`;
  connectors.push(name);
  const spaces = [`"${x400(pick, index, 1 + (index % 9))}"`];
  if (random() < 0.3) spaces.push(`"SMTP:*.partner${index % 211}.com;${1 + (index % 5)}"`);
  if (random() < 0.05) spaces.push(`"NOTES:Domain${index % 17};10"`);
  const servers = random() < 0.5 ? SERVERS.join(',') : pick(SERVERS);
  if (random() < 0.3) {
    return `New-ForeignConnector -Name "${name}" \`\n    -AddressSpaces ${spaces.join(',')} \`\n    -SourceTransportServers ${servers}`;
  }
  return `New-ForeignConnector -Name "${name}" -AddressSpaces ${spaces.join(',')} -SourceTransportServers ${servers}`;
}

function otherStatement(index: number, pick: Pick, random: () => number, connectors: readonly string[], listEvery: boolean): string {
  const connector = connectors[Math.floor(random() * connectors.length)];
  const roll = random();
  if (roll < 0.16) return `Set-ForeignConnector "${connector}" -DropDirectory "C:\\Drops\\${connector.replace(' ', '')}"`;
  if (roll < 0.24) return `Set-ForeignConnector "${connector}" -MaxMessageSize ${pick(['10MB', '25MB', 'Unlimited'])}`;
  if (roll < 0.3) return `Set-ForeignConnector "${connector}" -AddressSpaces @{Add="${x400(pick, index, 3)}"}`;
  if (roll < 0.4) return `Get-ForeignConnector "${connector}" | fl Name,DropDirectory`;
  if (roll < 0.46) return listEvery ? `Get-ForeignConnector | ? { $_.Enabled } | ft Name` : `Get-ForeignConnector "${connector}" | ? { $_.Enabled } | ft Name`;
  if (roll < 0.58) return `$name = "${connector}"`;
  if (roll < 0.66) return `Set-ForeignConnector $name -Enabled ${pick(['$true', '$false'])}`;
  if (roll < 0.74) return `Get-ForeignConnector "${connector}"`;
  if (roll < 0.8) return `Set-TransportService ${pick(SERVERS)} -PickupDirectoryMaxMessagesPerMinute ${100 + (index % 400)}`;
  if (roll < 0.84) return `Set-TransportService ${pick(SERVERS)} -PickupDirectoryPath "C:\\Pickup"`;
  if (roll < 0.88) return `Set-TransportService ${pick(SERVERS)} -ReplayDirectoryPath "C:\\Replay"`;
  if (roll < 0.94) return `Get-TransportService ${pick(SERVERS)} | fl *Directory*`;
  return `Write-Host "Configured $name"`;
}

/** The mistakes administrators make most: a misspelt parameter, a misspelt X400 attribute, a bad cost. */
function withMistake(statement: string, pick: Pick): string {
  const kind = pick(['parameter', 'attribute', 'cost'] as const);
  if (kind === 'parameter' && statement.includes(' -')) return statement.replace(/ -([A-Z][a-z]+)/, ' -$1x');
  if (kind === 'attribute' && statement.includes('X400:')) return statement.replace('c=', 'k=');
  return statement.replace(/;(\d)"/, ';0"');
}
