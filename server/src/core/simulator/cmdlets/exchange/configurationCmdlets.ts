// New-, Set-, Get- and Remove- (and Enable-/Disable- where the catalog has them) for every mail-flow
// family in catalog/objectFamilies.ts (Send, Delivery Agent and Receive connectors, accepted and
// remote domains, mail contacts, transport rules; and the built-in settings objects, the transport
// configuration and each server's Mailbox and Front End Transport services, with Get- and Set-), one
// implementation driven by the catalog: the parameters a command is given store the properties
// their rows name, the rest show their catalog defaults. As with Foreign connectors, every check
// happens before anything changes, so a failed command leaves the organization as it was. The
// checks beyond storing a value: a name unique in its scope, source servers the organization has,
// the cross-parameter rules, and a Receive connector's binding against the others on its server.

import { findCmdlet } from '../../../catalog/catalog';
import type { ObjectFamilySpec } from '../../../catalog/objectFamilies';
import { OBJECT_FAMILIES } from '../../../catalog/objectFamilies';
import type { CmdletSpec } from '../../../catalog/types';
import { objectCandidate, objectDistinguishedName, objectGuidSeed, objectIdentity, settingDefault, type ConfigurationObjectState } from '../../../model/configurationObject';
import { fixedDefault, resolvedDefault } from '../../../model/defaults';
import { Identities, nameKey, serverQualifier } from '../../../model/identity';
import { impliedSettings } from '../../../model/impliedSettings';
import type { SettingValue } from '../../../values/settingValue';
import { canonicalAddressSpace } from '../../state/foreignConnectors';
import { deterministicGuid } from '../../state/guid';
import type { CmdletCall, CmdletImplementation } from '../cmdlet';
import type { SimulatorSession } from '../simulatorSession';
import { configurationObjectOutput } from './configurationObjectOutput';
import { conflictingParameters, fail, invalidOperation, objectAlreadyExists, objectAmbiguous, objectNotFound } from './exchangeErrors';
import { inOrder, placed, withoutObject } from './processingOrder';
import { receiveBindingConflict } from './receiveConnectorRules';
import { acceptedServer, declaredServer, resolveServers } from './servers';
import { brokenParameterRule, givenSettings, storedParameterValue } from './settingValues';
import { SERVER_INSTALLED } from './transportServiceObject';

function sessionOf(call: CmdletCall): SimulatorSession {
  return call.frame.run.simulator;
}

/**
 * The family's objects as they are. A built-in family (transport configuration, a server's Mailbox
 * and Front End Transport services) has its objects from setup on, one per server or one for the
 * organization, with a GUID derived like any object's: the stored one where a command changed it.
 */
function familyObjects(session: SimulatorSession, family: ObjectFamilySpec): ConfigurationObjectState[] {
  const stored = session.objects(family.type);
  const builtIn = family.builtIn;
  if (!builtIn) return stored;
  const installed = SERVER_INSTALLED.toISOString();
  const names = builtIn.per === 'server' ? session.organization.servers.map((server) => ({ name: server, server })) : [{ name: builtIn.name, server: undefined }];
  return names.map(({ name, server }) => {
    const guid = deterministicGuid(objectGuidSeed(family, server, name));
    // An imported one keeps the GUID of the real organization, so its name finds it too.
    return stored.find((object) => object.guid === guid || (nameKey(object.name) === nameKey(name) && nameKey(object.server ?? '') === nameKey(server ?? '')))
      ?? { name, guid, ...(server ? { server } : {}), whenCreated: installed, whenChanged: installed, settings: {} };
  });
}

/** A server's own service is named by the server, written as exconn.json spells it or as its FQDN. */
function builtInServerName(call: CmdletCall, family: ObjectFamilySpec, identity: string): string {
  return family.builtIn?.per === 'server' ? declaredServer(sessionOf(call).organization, identity) ?? identity : identity;
}

/** The family's objects an identity may name: for a per-server family written `Server\Name`, only that server's. */
function candidates(call: CmdletCall, family: ObjectFamilySpec, identity: string): Identities<ConfigurationObjectState> {
  const session = sessionOf(call);
  const server = serverQualifier(identity).slice(0, -1);
  const objects = familyObjects(session, family).filter((object) => !server || !object.server || nameKey(object.server) === nameKey(server));
  return new Identities(objects.map((object) => objectCandidate(family, object, session.organization)));
}

/** The one object an -Identity names, or undefined after writing Exchange's error. */
function resolveOne(call: CmdletCall, family: ObjectFamilySpec): ConfigurationObjectState | undefined {
  const written = call.parameters.text('Identity');
  // The organization's own settings object needs no identity (Set-TransportConfig -MaxSendSize 20MB).
  if (written === undefined && family.builtIn?.per === 'organization') return familyObjects(sessionOf(call), family)[0];
  const identity = builtInServerName(call, family, written ?? '');
  const result = candidates(call, family, identity).one(identity);
  if (result.kind === 'found') return result.items[0];
  return fail(call, result.kind === 'ambiguous' ? objectAmbiguous(call.spec, identity) : objectNotFound(call.spec, identity, sessionOf(call).organization.domainController));
}

/** A check beyond storing a value: the value to store, or undefined after writing Exchange's error. */
type SettingCheck = (call: CmdletCall, value: SettingValue) => SettingValue | undefined;

const SETTING_CHECKS: Record<string, SettingCheck> = {
  sourcetransportservers: (call, value) => resolveServers(call, Array.isArray(value) ? value : []),
  // Stored in Exchange's display form (`X400:c=US;a=Fabrikam;p=Contoso;5`), as Foreign connectors store them.
  addressspaces: (_call, value) => (Array.isArray(value) ? value.map((text) => {
    const canonical = canonicalAddressSpace(text);
    return canonical.ok ? canonical.text : text;
  }) : value),
};

/** Whether another object of the family (any, for a new one) has the name in the same scope. */
function nameTaken(session: SimulatorSession, family: ObjectFamilySpec, candidate: ConfigurationObjectState, isNew: boolean): boolean {
  const key = nameKey(candidate.name);
  return session.objects(family.type).some((object) => (isNew || object.guid !== candidate.guid)
    && nameKey(object.name) === key && nameKey(object.server ?? '') === nameKey(candidate.server ?? ''));
}

/** The object with the command's values stored, or undefined after an error (nothing is changed then). */
function withGivenValues(call: CmdletCall, current: ConfigurationObjectState): ConfigurationObjectState | undefined {
  const settings = { ...current.settings };
  let name = current.name;
  for (const { parameter, property } of givenSettings(call.spec, call.parameters)) {
    const value = storedParameterValue(call.parameters, parameter, settings[property]);
    const check = SETTING_CHECKS[property.toLowerCase()];
    const checked = check ? check(call, value) : value;
    if (checked === undefined) return undefined;
    if (property === 'Name') name = typeof checked === 'string' ? checked.trim() : name;
    else settings[property] = checked;
  }
  return { ...current, name, settings };
}

/** The checks between the object and the others of the organization; true when it may be stored. */
function fitsOrganization(call: CmdletCall, family: ObjectFamilySpec, object: ConfigurationObjectState, isNew: boolean): boolean {
  const session = sessionOf(call);
  if (object.name === '') return fail(call, invalidOperation(call.spec, `The ${family.noun} needs a name; give one with -Name.`)) ?? false;
  if (nameTaken(session, family, object, isNew)) {
    return fail(call, objectAlreadyExists(call.spec, objectDistinguishedName(family, object, session.organization), session.organization.domainController)) ?? false;
  }
  if (family.type === 'ReceiveConnector') {
    const conflict = receiveBindingConflict(object, session.objects(family.type));
    if (conflict) return fail(call, invalidOperation(call.spec, conflict)) ?? false;
  }
  return true;
}

function parameterRulesKept(call: CmdletCall, stored: Record<string, SettingValue> = {}): boolean {
  const conflict = brokenParameterRule(call, stored);
  return conflict ? fail(call, conflictingParameters(call.spec, conflict)) ?? false : true;
}

/** A usage-type switch that is on (true), or the text of a value parameter, for impliedSettings. */
function givenChoice(call: CmdletCall, parameter: string): string | boolean | undefined {
  if (!call.parameters.has(parameter)) return undefined;
  const spec = call.spec.parameters.find((candidate) => candidate.name === parameter);
  return spec?.type.kind === 'switch' ? call.parameters.flag(parameter) : call.parameters.text(parameter);
}

/** The defaults that depend on the new object (its name, the local server), fixed when it is created. */
function contextualDefaults(spec: CmdletSpec, name: string, localServer: string): Record<string, SettingValue> {
  const settings: Record<string, SettingValue> = {};
  for (const parameter of spec.parameters) {
    if (parameter.property === undefined || fixedDefault(parameter) !== undefined) continue;
    const value = resolvedDefault(parameter, { name, localServer });
    if (value !== undefined) settings[parameter.property] = value;
  }
  return settings;
}

/**
 * For an ordered family (transport rules by Priority), all its objects with `object` at the place
 * its order property asks for (a new one without it goes last, a changed one keeps its place), the
 * others renumbered; undefined for other families; false after the error for a place beyond the last.
 */
function orderedWith(call: CmdletCall, family: ObjectFamilySpec, object: ConfigurationObjectState): ConfigurationObjectState[] | undefined | false {
  const property = family.orderedBy;
  if (!property) return undefined;
  const requested = call.parameters.has(property) ? object.settings[property] : undefined;
  const others = sessionOf(call).objects(family.type);
  const result = placed(others, object, property, typeof requested === 'number' ? requested : others.find((other) => other.guid === object.guid)?.settings[property] as number | undefined);
  if (!Array.isArray(result)) {
    call.error(invalidOperation(call.spec, `The value of -${property} is out of range: with ${others.length} ${family.noun}s, it can be 0 through ${result.highest}.`));
    return false;
  }
  return result;
}

async function store(session: SimulatorSession, family: ObjectFamilySpec, object: ConfigurationObjectState, ordered: ConfigurationObjectState[] | undefined): Promise<void> {
  if (ordered) await session.replaceObjects(family.type, ordered);
  else await session.saveObject(family.type, object);
}

/** Enable- and Disable-: the one object's property that New-'s -Enabled sets, to the word its row gives. */
function switchCmdlet(family: ObjectFamilySpec, verb: 'Enable' | 'Disable'): CmdletImplementation {
  return {
    name: `${verb}-${family.type}`,
    pipeline: 'perObject',
    async run(call) {
      const session = sessionOf(call);
      const current = resolveOne(call, family);
      if (!current) return;
      const changed = withGivenValues(call, current);
      if (!changed) return;
      if (call.whatIf) return call.host([`What if: ${verb === 'Enable' ? 'Enabling' : 'Disabling'} ${family.noun} "${objectIdentity(current)}".`]);
      // The property and its words are the catalog's -Enabled row of New- (a rule's State, Enabled or Disabled).
      const enabled = findCmdlet(`New-${family.type}`)?.parameters.find((parameter) => parameter.name === 'Enabled');
      const property = enabled?.property ?? 'Enabled';
      const value = enabled?.propertyValues ? enabled.propertyValues[verb === 'Enable' ? 'true' : 'false'] : verb === 'Enable';
      await session.saveObject(family.type, { ...changed, settings: { ...changed.settings, [property]: value }, whenChanged: session.now().toISOString() });
    },
  };
}

/**
 * A GUID derived from the new object's name, so runs repeat; when an object renamed away from that
 * name still holds it, the next derivation, so the new object never replaces the renamed one.
 */
function freshGuid(session: SimulatorSession, family: ObjectFamilySpec, seed: string): string {
  const taken = new Set(session.objects(family.type).map((object) => object.guid));
  let guid = deterministicGuid(seed);
  for (let attempt = 2; taken.has(guid); attempt++) guid = deterministicGuid(`${seed}#${attempt}`);
  return guid;
}

function newCmdlet(family: ObjectFamilySpec): CmdletImplementation {
  return {
    name: `New-${family.type}`,
    pipeline: 'perObject',
    async run(call) {
      const session = sessionOf(call);
      const organization = session.organization;
      const name = (call.parameters.text('Name') ?? '').trim();
      let server: string | undefined;
      if (family.scope === 'server') {
        const written = call.parameters.text('Server') ?? organization.localServer;
        server = call.parameters.text('Server') === undefined ? declaredServer(organization, written) : acceptedServer(call, written);
        if (!server) return call.error(objectNotFound(call.spec, written, organization.domainController, 'Server'));
      }
      if (!parameterRulesKept(call)) return;
      const now = session.now().toISOString();
      const blank: ConfigurationObjectState = {
        name,
        guid: freshGuid(session, family, objectGuidSeed(family, server, name)),
        ...(server ? { server } : {}),
        whenCreated: now,
        whenChanged: now,
        settings: { ...contextualDefaults(call.spec, name, organization.localServer), ...impliedSettings(call.spec, (parameter) => givenChoice(call, parameter)) },
      };
      const object = withGivenValues(call, blank);
      if (!object || !fitsOrganization(call, family, object, true)) return;
      const ordered = orderedWith(call, family, object);
      if (ordered === false) return;
      if (call.whatIf) return call.host([`What if: Creating ${family.noun} "${objectIdentity(object)}".`]);
      await store(session, family, object, ordered);
      call.output(configurationObjectOutput(family, ordered?.find((candidate) => candidate.guid === object.guid) ?? object, organization));
    },
  };
}

function getCmdlet(family: ObjectFamilySpec): CmdletImplementation {
  return {
    name: `Get-${family.type}`,
    pipeline: 'perObject',
    async run(call) {
      const session = sessionOf(call);
      const identity = call.parameters.text('Identity');
      let objects = familyObjects(session, family);
      if (identity !== undefined) {
        const named = builtInServerName(call, family, identity);
        const result = candidates(call, family, named).all(named);
        if (result.kind !== 'found') return call.error(objectNotFound(call.spec, identity, session.organization.domainController));
        objects = result.items;
      }
      const server = family.scope === 'server' ? call.parameters.text('Server') : undefined;
      if (server !== undefined) {
        const declared = declaredServer(session.organization, server);
        if (!declared) return call.error(objectNotFound(call.spec, server, session.organization.domainController, 'Server'));
        objects = objects.filter((object) => nameKey(object.server ?? '') === nameKey(declared));
      }
      if (family.orderedBy) objects = inOrder(objects, family.orderedBy);
      // Get-TransportRule -State: only the enabled or only the disabled ones.
      const state = call.parameters.text('State');
      if (state !== undefined) objects = objects.filter((object) => nameKey(String(object.settings.State ?? settingDefault(family, 'State') ?? '')) === nameKey(state));
      for (const object of objects) call.output(configurationObjectOutput(family, object, session.organization));
    },
  };
}

function setCmdlet(family: ObjectFamilySpec): CmdletImplementation {
  return {
    name: `Set-${family.type}`,
    pipeline: 'perObject',
    async run(call) {
      const session = sessionOf(call);
      const current = resolveOne(call, family);
      if (!current || !parameterRulesKept(call, current.settings)) return;
      const changed = withGivenValues(call, current);
      if (!changed || !fitsOrganization(call, family, changed, false)) return;
      const stamped = { ...changed, whenChanged: session.now().toISOString() };
      const ordered = orderedWith(call, family, stamped);
      if (ordered === false) return;
      if (call.whatIf) return call.host([`What if: Configuring ${family.noun} "${objectIdentity(current)}".`]);
      await store(session, family, stamped, ordered);
    },
  };
}

function removeCmdlet(family: ObjectFamilySpec): CmdletImplementation {
  return {
    name: `Remove-${family.type}`,
    pipeline: 'perObject',
    async run(call) {
      const object = resolveOne(call, family);
      if (!object) return;
      if (call.whatIf) return call.host([`What if: Removing ${family.noun} "${objectIdentity(object)}".`]);
      const session = sessionOf(call);
      if (family.orderedBy) await session.replaceObjects(family.type, withoutObject(session.objects(family.type), object, family.orderedBy));
      else await session.removeObject(family.type, object.guid);
    },
  };
}

const BUILDERS = [newCmdlet, getCmdlet, setCmdlet, removeCmdlet, (family: ObjectFamilySpec) => switchCmdlet(family, 'Enable'), (family: ObjectFamilySpec) => switchCmdlet(family, 'Disable')];

/** Every family's cmdlets that the catalog has. */
export const CONFIGURATION_CMDLETS: readonly CmdletImplementation[] = OBJECT_FAMILIES.flatMap((family) => BUILDERS
  .map((build) => build(family))
  .filter((implementation) => findCmdlet(implementation.name) !== undefined));
