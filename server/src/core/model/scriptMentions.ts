// What a set of scripts says about the organization they expect: the analysis reads it from the
// scripts (analysis/scriptMentions.ts), and `exconn init` writes exconn.json from it
// (simulator/initOrganization.ts).

export interface ScriptMentions {
  /** Every server named, first mention first, each once (case-insensitive). */
  servers: string[];
  /** The first server named by Set-TransportService, the likely local server; undefined when none is. */
  transportServiceServer?: string;
  /** The Windows paths given to -PickupDirectoryPath and -ReplayDirectoryPath, in order. */
  pickupDirectories: string[];
  replayDirectories: string[];
}
