// The transport service's public surface: process the Pickup and Replay directories once or keep
// watching them, read the message tracking log, and describe what happened.

export { processOnce, type TransportOptions } from './transportPass';
export { watch, type WatchOptions } from './transportWatch';
export { DirectoryThrottle } from './directoryThrottle';
export { readTrackingLog, type TrackingLogFilter } from './trackingLogReader';
export { TRACKING_FIELDS, TRACKING_PROPERTY_NAMES, type TrackingLogEntry } from './trackingFields';
export { countsText, formatTransportSummary } from './transportSummaryText';
export { addCounts, movedCount, NO_COUNTS, passCounts, type MessageOutcome, type QueueOutcome, type RecipientOutcome, type ReportOutcome, type TransportSummary } from './transportOutcome';
export { listTransportFolders, type TransportFolder } from './transportFolders';
export { dropDirectoryWindowsPath } from './dropDirectory';
export { traceRoute } from './routeTrace';
export { formatRouteTrace, routeTraceHeadline } from './routeTraceText';
export { DELIVERY_STATUS, type DeliveryStatus } from './deliveryStatus';
export type { DirectoryRole } from './envelope';
