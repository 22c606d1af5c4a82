// The instant the simulator uses when nothing fixes its clock. A run must give the same output for
// the same script and state (docs/interfaces.md), so the interpreter never reads the real time: without
// exconn.json's `clock` or EXCONN_CLOCK, objects are stamped with this instant instead.

export const SIMULATOR_EPOCH = '2024-01-01T00:00:00Z';
