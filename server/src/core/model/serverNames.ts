// How a server name written in a script (`Hub01`, `hub01.contoso.com`) finds a server the
// organization declares: by its name in any case, or by its FQDN in the organization's domain.
// The checker's unknown-server warning and the cmdlets' "couldn't be found" error both ask here,
// so a name one accepts the other accepts too.

import { nameKey } from './identity';
import type { SimulatorState } from './simulatorState';

/** The declared spelling of the server `written` names, or undefined when none is declared so. */
export function declaredServerName(declared: readonly string[], written: string, domain: string | undefined): string | undefined {
  const wanted = shortServerName(written, domain);
  return declared.find((server) => nameKey(server) === wanted);
}

/** The name's key without the organization's domain (`hub01.contoso.com` is `hub01` in contoso.com). */
export function shortServerName(written: string, domain: string | undefined): string {
  const name = nameKey(written);
  const suffix = domain ? `.${domain.toLowerCase()}` : undefined;
  return suffix && name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
}

/**
 * Without exconn.json, the servers known before any script runs: the default organization's and
 * every server the saved state names (connectors' source servers, changed Transport services), each
 * once, first use first. The run and the checker start from this same list.
 */
export function serversInUse(defaults: readonly string[], state: Pick<SimulatorState, 'connectors' | 'transportServices'>): string[] {
  const names = [...defaults, ...state.connectors.flatMap((connector) => connector.sourceTransportServers), ...Object.keys(state.transportServices)];
  return names.filter((name, index) => names.findIndex((other) => nameKey(other) === nameKey(name)) === index);
}

/**
 * The warning for a server named for the first time in a workspace without exconn.json: the name is
 * accepted (the organization is unknown), but a misspelt one (Hub2 for Hub02) would silently make a
 * second server, so the warning lists the servers known so far and says how to declare them. The
 * checker, the editor and the run all show these words.
 */
export function newServerWarning(name: string, known: readonly string[]): string {
  return `The server '${name}' is named here for the first time; the servers known so far are ${known.join(', ') || 'none'}. `
    + 'Without exconn.json any server name is accepted, so a misspelt one is not caught: check the name, or declare the '
    + 'servers in exconn.json ("servers": [...]; `exconn init` writes one from the scripts).';
}
