// What a set of scripts says about the organization they expect, for `exconn init` and "Create
// exconn.json from Scripts": every server named (the checker's server references: each
// -SourceTransportServers value and transport-server -Identity), each once in the order first named;
// the server whose Transport service they set, which is the one they are written to run on; and the
// Pickup and Replay directories they give it, where their sample messages are put.

import { nameKey } from '../model/identity';
import type { ScriptMentions } from '../model/scriptMentions';
import type { DocumentAnalysis } from './documentAnalysis';
import { scalarsOf, staticValueOf } from './staticValue';

const TRANSPORT_SERVICE_CMDLET = /^Set-Transport(Service|Server)$/i;

export function scriptMentions(documents: readonly DocumentAnalysis[]): ScriptMentions {
  const mentions: ScriptMentions = { servers: [], pickupDirectories: [], replayDirectories: [] };
  for (const document of documents) {
    for (const reference of document.facts.serverReferences) addServer(mentions, reference.name.trim(), TRANSPORT_SERVICE_CMDLET.test(reference.command.name.text));
    for (const binding of document.bindings) {
      if (!binding.cmdlet || !TRANSPORT_SERVICE_CMDLET.test(binding.cmdlet.name)) continue;
      for (const bound of binding.bound) {
        const list = bound.parameter.name === 'PickupDirectoryPath' ? mentions.pickupDirectories : bound.parameter.name === 'ReplayDirectoryPath' ? mentions.replayDirectories : undefined;
        if (list && bound.value) list.push(...literalTexts(bound.value));
      }
    }
  }
  return mentions;
}

function addServer(mentions: ScriptMentions, name: string, ofTransportService: boolean): void {
  // A wildcard or an empty value names no particular server.
  if (name === '' || /[*?]/.test(name)) return;
  if (!mentions.servers.some((known) => nameKey(known) === nameKey(name))) mentions.servers.push(name);
  if (ofTransportService && mentions.transportServiceServer === undefined) mentions.transportServiceServer = name;
}

function literalTexts(expression: Parameters<typeof staticValueOf>[0]): string[] {
  return scalarsOf(staticValueOf(expression)).flatMap((value) => (value.kind === 'string' && value.value.trim() !== '' ? [value.value] : []));
}
