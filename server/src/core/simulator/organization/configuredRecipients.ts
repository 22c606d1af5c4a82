// The organization as the transport sees it once scripts have run: the authoritative accepted
// domains New-AcceptedDomain created join exconn.json's (relay domains stay remote, so their mail
// is routed through connectors, as Exchange routes it), and the mail contacts New-MailContact
// created join exconn.json's contacts, reached on their PrimarySmtpAddress (or the default one from
// their alias or name) and routed on their ExternalEmailAddress.

import { findObjectFamily } from '../../catalog/objectFamilies';
import { settingDefault } from '../../model/configurationObject';
import type { SimulatorState } from '../../model/simulatorState';
import { defaultContactSmtpAddress, typedAddress } from './contactAddress';
import type { ContactDefinition, Organization } from './organization';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function authoritativeDomains(state: SimulatorState): string[] {
  const family = findObjectFamily('AcceptedDomain');
  const fallback = family ? settingDefault(family, 'DomainType') : undefined;
  return (state.objects?.AcceptedDomain ?? []).flatMap((domain) => {
    const type = text(domain.settings.DomainType) ?? text(fallback);
    const name = text(domain.settings.DomainName);
    return name && type?.toLowerCase() === 'authoritative' ? [name] : [];
  });
}

function scriptedContacts(state: SimulatorState, acceptedDomains: readonly string[]): ContactDefinition[] {
  return (state.objects?.MailContact ?? []).flatMap((contact) => {
    const external = text(contact.settings.ExternalEmailAddress);
    if (!external) return [];
    const smtpAddress = text(contact.settings.PrimarySmtpAddress) ?? defaultContactSmtpAddress(text(contact.settings.Alias) ?? contact.name, acceptedDomains);
    return [{ name: contact.name, ...typedAddress(external), smtpAddress }];
  });
}

export function withConfiguredRecipients(organization: Organization, state: SimulatorState): Organization {
  if (!state.objects) return organization;
  const known = new Set(organization.acceptedDomains.map((domain) => domain.toLowerCase()));
  const added = authoritativeDomains(state).filter((domain) => !known.has(domain.toLowerCase()) && known.add(domain.toLowerCase()));
  const acceptedDomains = [...organization.acceptedDomains, ...added];
  return { ...organization, acceptedDomains, contacts: [...organization.contacts, ...scriptedContacts(state, acceptedDomains)] };
}
