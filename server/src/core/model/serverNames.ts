// How a server name written in a script (`Hub01`, `hub01.contoso.com`) finds a server the
// organization declares: by its name in any case, or by its FQDN in the organization's domain.
// The checker's unknown-server warning and the cmdlets' "couldn't be found" error both ask here,
// so a name one accepts the other accepts too.

import { nameKey } from './identity';

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
