// What a simulated cmdlet is given when it runs, and what it must provide. Parameters arrive already
// bound through the catalog (interpreter/commandBinding.ts); the cmdlet reads their values, writes
// objects and errors, and changes the simulator's state only through its session.

import type { CmdletSpec } from '../../catalog/types';
import type { Range } from '../../syntax/ast';
import type { ErrorRecord } from '../interpreter/errorRecord';
import type { PsValue } from '../interpreter/psValue';
import type { Frame } from '../interpreter/runContext';
import type { ParameterValues } from './parameterValues';

export interface CmdletImplementation {
  /** The catalog name, e.g. `Set-ForeignConnector`. */
  name: string;
  /**
   * `perObject`: runs once per pipeline object, with the object bound to the parameters that take
   * pipeline input (once without input when the command starts the pipeline), as Exchange cmdlets do.
   * `collect`: runs once with every pipeline object in `input` (Where-Object, Sort-Object, Format-*).
   */
  pipeline: 'perObject' | 'collect';
  run(call: CmdletCall): Promise<void>;
}

export interface CmdletCall {
  spec: CmdletSpec;
  parameters: ParameterValues;
  /** The pipeline objects, for `collect` cmdlets; empty for `perObject` ones. */
  input: PsValue[];
  /** True when the command is not first in its pipeline (it may receive objects). */
  hasPipelineInput: boolean;
  frame: Frame;
  /** -WhatIf given, or the whole run is a what-if run: describe the change, make none. */
  whatIf: boolean;
  /** The command's extent in the script, for errors. */
  range: Range;
  /** Writes an object to the pipeline. */
  output(value: PsValue): void;
  /** Writes a non-terminating error; the command's error action decides what happens next. */
  error(record: ErrorRecord): void;
  /** Writes text straight to the host (Write-Host, `What if:` lines). */
  host(lines: string[]): void;
}
