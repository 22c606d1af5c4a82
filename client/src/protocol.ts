// The extension's own LSP messages as vscode-languageclient message types. The names and payloads
// are declared once, in server/src/protocol/extensionProtocol.ts (docs/interfaces.md), which imports
// nothing, so the client compiles it without pulling in server code.
import { NotificationType, RequestType } from 'vscode-languageclient/node';
import {
  CONFIGURATION_TEXT_NOTIFICATION, SCRIPT_INFO_REQUEST, STATE_CHANGED_NOTIFICATION, STATE_REQUEST, TRANSPORT_PASS_NOTIFICATION, TRANSPORT_STATUS_NOTIFICATION,
  type ConfigurationTextParams, type ScriptInfo, type ScriptInfoParams, type SimulatorState, type TransportPassParams, type TransportStatusParams, type WorkspaceParams,
} from '../../server/src/protocol/extensionProtocol';

export const StateRequest = new RequestType<WorkspaceParams, SimulatorState, void>(STATE_REQUEST);
export const StateChangedNotification = new NotificationType<WorkspaceParams>(STATE_CHANGED_NOTIFICATION);
export const TransportStatusNotification = new NotificationType<TransportStatusParams>(TRANSPORT_STATUS_NOTIFICATION);
export const ScriptInfoRequest = new RequestType<ScriptInfoParams, ScriptInfo, void>(SCRIPT_INFO_REQUEST);
export const ConfigurationTextNotification = new NotificationType<ConfigurationTextParams>(CONFIGURATION_TEXT_NOTIFICATION);
export const TransportPassNotification = new NotificationType<TransportPassParams>(TRANSPORT_PASS_NOTIFICATION);
