// Get-MessageTrackingLog: searches the simulator's message tracking log (read through the foundation)
// with the cmdlet's filters, and emits one MessageTrackingEvent per entry, oldest first, at most
// -ResultSize of them (1000 by default, as Exchange).

import { findObjectType } from '../../../catalog/catalog';
import { toNumber, toText } from '../../interpreter/conversion';
import { PsDateTime, PsObject, type PsValue } from '../../interpreter/psValue';
import type { CmdletCall, CmdletImplementation } from '../cmdlet';
import { objectNotFound } from './exchangeErrors';
import { declaredServer } from './servers';
import type { SettingValue, TrackingEvent } from '../simulatorSession';

export const TRACKING_EVENT_TYPE = 'MessageTrackingEvent';
const DEFAULT_RESULT_SIZE = 1000;

type Filter = (event: TrackingEvent) => boolean;

const text = (value: SettingValue | undefined): string => (value === undefined ? '' : toText(value));
const list = (value: SettingValue | undefined): string[] => (Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [String(value)]);
const time = (value: SettingValue | undefined): number => Date.parse(text(value));

export const getMessageTrackingLogCmdlet: CmdletImplementation = {
  name: 'Get-MessageTrackingLog',
  pipeline: 'perObject',
  async run(call) {
    const session = call.frame.run.simulator;
    const server = call.parameters.text('Server');
    if (server !== undefined && !declaredServer(session.organization, server)) {
      return call.error(objectNotFound(call.spec, server, session.organization.domainController, 'Server'));
    }
    const filters = filtersOf(call);
    const events = (await session.trackingEvents()).filter((event) => filters.every((filter) => filter(event)));
    const limit = resultSize(call);
    for (const event of events.slice(0, limit)) call.output(trackingObject(event));
  },
};

function resultSize(call: CmdletCall): number {
  const value = call.parameters.get('ResultSize');
  if (value === undefined) return DEFAULT_RESULT_SIZE;
  return value === 'Unlimited' ? Number.POSITIVE_INFINITY : toNumber(value) ?? DEFAULT_RESULT_SIZE;
}

function filtersOf(call: CmdletCall): Filter[] {
  const p = call.parameters;
  const filters: Filter[] = [];
  const exact = (parameter: string, field: string) => {
    const wanted = p.text(parameter);
    if (wanted !== undefined) filters.push((event) => text(event[field]).toLowerCase() === wanted.toLowerCase());
  };
  exact('EventId', 'EventId');
  exact('InternalMessageId', 'InternalMessageId');
  exact('MessageId', 'MessageId');
  exact('NetworkMessageId', 'NetworkMessageId');
  exact('Sender', 'Sender');
  exact('Source', 'Source');
  exact('TransportTrafficType', 'TransportTrafficType');
  const server = p.text('Server');
  if (server !== undefined) filters.push((event) => event.ServerHostname === undefined || text(event.ServerHostname).toLowerCase().split('.')[0] === server.toLowerCase().split('.')[0]);
  const subject = p.text('MessageSubject');
  if (subject !== undefined) filters.push((event) => text(event.MessageSubject).toLowerCase().includes(subject.toLowerCase()));
  const reference = p.text('Reference');
  if (reference !== undefined) filters.push((event) => list(event.Reference).some((item) => item.toLowerCase() === reference.toLowerCase()));
  const recipients = (p.list('Recipients') ?? []).map((value) => toText(value).toLowerCase());
  if (recipients.length > 0) filters.push((event) => list(event.Recipients).some((item) => recipients.includes(item.toLowerCase())));
  const start = p.get('Start');
  if (start instanceof PsDateTime) filters.push((event) => time(event.Timestamp) >= start.date.getTime());
  const end = p.get('End');
  if (end instanceof PsDateTime) filters.push((event) => time(event.Timestamp) < end.date.getTime());
  return filters;
}

const LIST_FIELDS = new Set(['recipients', 'recipientstatus', 'reference']);
const NUMBER_FIELDS = new Set(['totalbytes', 'recipientcount']);

function trackingObject(event: TrackingEvent): PsObject {
  const byName = new Map(Object.entries(event).map(([name, value]) => [name.toLowerCase(), value]));
  const object = new PsObject(TRACKING_EVENT_TYPE);
  for (const property of findObjectType(TRACKING_EVENT_TYPE)?.properties ?? []) {
    object.set(property.name, fieldValue(property.name.toLowerCase(), byName.get(property.name.toLowerCase())));
  }
  return object;
}

function fieldValue(name: string, value: SettingValue | undefined): PsValue {
  if (LIST_FIELDS.has(name)) return list(value);
  if (value === undefined || value === null || value === '') return null;
  if (NUMBER_FIELDS.has(name)) return toNumber(value) ?? null;
  if (name === 'timestamp' && !Number.isNaN(time(value))) return new PsDateTime(new Date(time(value)));
  return Array.isArray(value) ? [...value] : value;
}
