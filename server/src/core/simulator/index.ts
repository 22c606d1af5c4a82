// The simulator facade: what the language server, the CLI and most tests call to run scripts and
// the transport service against a workspace folder. Nothing outside core/ imports a simulator
// module past this file (test/architecture).

// Scripts.
export { runScript, runScriptWithTranscript } from './runScript';
export { ImportError, importFiles, importWithReport, type ImportReport } from './import/importFiles';
export { errorMessage } from './errors';
export { resetWithReport, startOverHint } from './resetOrganization';
export { initOrganization } from './initOrganization';

// The transport service over the Pickup and Replay directories.
export { addCounts, countsText, formatTransportSummary, movedCount, NO_COUNTS, passCounts, processOnce, watch, type TransportSummary } from './transport';
export { emptySummary } from './transport/transportOutcome';
export { formatMessage, totalLine } from './transport/transportSummaryText';

// Where mail for one recipient goes, and why (exconn route, Trace a Recipient).
export { formatRouteTrace, routeTraceHeadline, traceRoute } from './transport';
export { parseSize } from '../values/byteQuantifiedSize';

// What the editor shows and checks against: the saved state, the workspace's facts, its settings.
export { simulatorSnapshot } from './snapshot';
export { loadCheckFacts, loadWorkspaceFacts, type CheckFacts } from './workspaceFacts';
export { organizationSettingsFrom, setOrganizationSettings, settingsSection } from './organization/organizationSettings';
export { organizationProblemsIn, organizationProblemsOnDisk } from './organization/organization';
