// What the remote Exchange Management Shell adds to the objects its cmdlets return. Implicit remoting
// stamps each object with the session's RunspaceId, ahead of the object's own properties (the catalog
// lists it first in every Exchange object type, REMOTE_SESSION_PROPERTY), so Format-List shows it
// first and Format-Table's default views leave it out.

import { REMOTE_SESSION_PROPERTY } from '../../catalog/builders';
import { deterministicGuid } from '../state/guid';
import { PsObject, type PsValue } from './psValue';

/** The simulated session's runspace: one fixed value, so the same script prints the same. */
export const REMOTE_RUNSPACE_ID = deterministicGuid('remote-shell-runspace');

/** The object as the remote session hands it back: RunspaceId set, and listed first. */
export function fromRemoteSession(value: PsValue): PsValue {
  if (!(value instanceof PsObject)) return value;
  const name = REMOTE_SESSION_PROPERTY.name;
  if (value.has(name) && value.properties[0]?.name.toLowerCase() === name.toLowerCase()) {
    value.set(name, REMOTE_RUNSPACE_ID);
    return value;
  }
  const others = value.properties.filter((property) => property.name.toLowerCase() !== name.toLowerCase());
  return new PsObject(value.typeName, [{ name, value: REMOTE_RUNSPACE_ID }, ...others]);
}
