// Get-ExchangeServer: the servers exconn.json declares, as Mailbox servers of one site, so scripts can
// list the servers a connector may use (`Get-ExchangeServer | Format-Table Name`).

import { PsObject } from '../../interpreter/psValue';
import type { CmdletImplementation } from '../cmdlet';
import { serverDistinguishedName } from '../../../model/directoryNames';
import { Identities } from '../../../model/identity';
import { objectNotFound } from './exchangeErrors';
import { serverGuid } from './servers';
import type { SimulatorSession } from '../simulatorSession';

export const EXCHANGE_SERVER_TYPE = 'ExchangeServer';

/** Exchange 2019 CU-level version text, as Get-ExchangeServer shows it. */
const ADMIN_DISPLAY_VERSION = 'Version 15.2 (Build 1118.7)';

function serverObject(server: string, session: SimulatorSession): PsObject {
  const organization = session.organization;
  return new PsObject(EXCHANGE_SERVER_TYPE, [
    { name: 'Name', value: server },
    { name: 'Fqdn', value: `${server}.${organization.domain}` },
    { name: 'Domain', value: organization.domain },
    { name: 'Site', value: `${organization.domain}/Configuration/Sites/Default-First-Site-Name` },
    { name: 'ServerRole', value: 'Mailbox' },
    { name: 'Edition', value: 'StandardEvaluation' },
    { name: 'AdminDisplayVersion', value: ADMIN_DISPLAY_VERSION },
    { name: 'IsMailboxServer', value: true },
    { name: 'IsEdgeServer', value: false },
    { name: 'DistinguishedName', value: serverDistinguishedName(server, organization) },
    { name: 'Identity', value: server },
    { name: 'Guid', value: serverGuid(server) },
  ]);
}

export const getExchangeServerCmdlet: CmdletImplementation = {
  name: 'Get-ExchangeServer',
  pipeline: 'perObject',
  async run(call) {
    const session = call.frame.run.simulator;
    const organization = session.organization;
    const identity = call.parameters.text('Identity');
    const domain = call.parameters.text('Domain');
    let servers = organization.servers;
    if (domain !== undefined && domain.toLowerCase() !== organization.domain.toLowerCase()) servers = [];
    if (identity !== undefined) {
      const candidates = servers.map((server) => ({
        item: server, name: server, guid: serverGuid(server), distinguishedName: serverDistinguishedName(server, organization),
      }));
      const result = new Identities(candidates).all(identity.split('.')[0]);
      if (result.kind !== 'found') return call.error(objectNotFound(call.spec, identity, organization.domainController));
      servers = result.items;
    }
    for (const server of servers) call.output(serverObject(server, session));
  },
};
