import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../server/src/core/analysis';
import { runScript } from '../../../server/src/core/simulator';
import type { CommandBinding } from '../../../server/src/core/binding/binding';
import { fixedClock } from '../../../server/src/core/simulator/state/clock';
import { CLOCK, CONTOSO, Workspace } from '../simulator/interpreter/workspaceFixture';

// The editor binds the arguments as written; the interpreter binds the evaluated values. Both go
// through core/binding, so for every row they must settle on the same parameter set, bind each
// argument to the same parameter, and the editor must flag the command exactly when the run
// stops it with a parameter binding error.

const SETUP = 'New-ForeignConnector -Name "Contoso" -AddressSpaces "X400:c=US;a=Fabrikam;p=Contoso;5" | Out-Null';

interface Row {
  what: string;
  /** The last line of the script; the command compared is the last `cmdlet` in it. */
  line: string;
  cmdlet: string;
  set: string;
  /** Each bound argument as `source text -> parameter`. */
  binds: string[];
  bindingError: boolean;
}

const rows: Row[] = [
  { what: 'a positional identity', line: 'Set-ForeignConnector "Contoso" -Comment "Gateway"', cmdlet: 'Set-ForeignConnector', set: 'Default', binds: ['-Comment "Gateway" -> Comment', '"Contoso" -> Identity'], bindingError: false },
  { what: 'remaining arguments', line: 'Write-Host "Configured" "Contoso" "now"', cmdlet: 'Write-Host', set: 'Default', binds: ['"Configured" -> Object', '"Contoso" -> Object', '"now" -> Object'], bindingError: false },
  { what: 'ForEach-Object with a property name', line: 'Get-ForeignConnector | ForEach-Object Name', cmdlet: 'ForEach-Object', set: 'PropertyAndMethodSet', binds: ['Name -> MemberName'], bindingError: false },
  { what: 'ForEach-Object with a script block', line: 'Get-ForeignConnector | ForEach-Object { $_.Name }', cmdlet: 'ForEach-Object', set: 'ScriptBlockSet', binds: ['{ $_.Name } -> Process'], bindingError: false },
  { what: 'Where-Object with a script block', line: 'Get-ForeignConnector | Where-Object { $_.Enabled }', cmdlet: 'Where-Object', set: 'ScriptBlockSet', binds: ['{ $_.Enabled } -> FilterScript'], bindingError: false },
  { what: 'Where-Object with a comparison', line: 'Get-ForeignConnector | Where-Object Name -eq Contoso', cmdlet: 'Where-Object', set: 'EqualSet', binds: ['-eq -> EQ', 'Name -> Property', 'Contoso -> Value'], bindingError: false },
  { what: 'a positional name with a named list', line: 'New-ForeignConnector "Fabrikam" -AddressSpaces "SMTP:fabrikam.com;1" | Out-Null', cmdlet: 'New-ForeignConnector', set: 'Default', binds: ['-AddressSpaces "SMTP:fabrikam.com;1" -> AddressSpaces', '"Fabrikam" -> Name'], bindingError: false },
  { what: 'too many positional arguments', line: 'Set-ForeignConnector "Contoso" x y', cmdlet: 'Set-ForeignConnector', set: 'Default', binds: ['"Contoso" -> Identity'], bindingError: true },
  { what: 'a missing mandatory parameter', line: 'New-ForeignConnector -Name "Fabrikam"', cmdlet: 'New-ForeignConnector', set: 'Default', binds: ['-Name "Fabrikam" -> Name'], bindingError: true },
  { what: 'pipeline input supplying -Identity', line: 'Get-ForeignConnector | Set-ForeignConnector -Comment "Gateway"', cmdlet: 'Set-ForeignConnector', set: 'Default', binds: ['-Comment "Gateway" -> Comment'], bindingError: false },
  { what: 'a splat', line: '$settings = @{ Name = "Fabrikam"; AddressSpaces = "SMTP:fabrikam.com;1" }; New-ForeignConnector @settings | Out-Null', cmdlet: 'New-ForeignConnector', set: 'Default', binds: [], bindingError: false },
];

interface Observed {
  set: string;
  binds: string[];
  /** The editor: a finding inside the command. The interpreter: a parameter binding error. */
  problem: boolean;
}

function describeBinding(binding: CommandBinding, text: string): Pick<Observed, 'set' | 'binds'> {
  return {
    set: binding.candidateSets[0],
    binds: binding.bound.map((bound) => `${text.slice(bound.range.start, bound.range.end)} -> ${bound.parameter.name}`),
  };
}

/** The compared command's binding: the last one of the row's cmdlet. */
function target(bindings: CommandBinding[], row: Row): CommandBinding {
  const matching = bindings.filter((binding) => binding.cmdlet?.name === row.cmdlet);
  assert.ok(matching.length > 0, `${row.cmdlet} was not bound`);
  return matching.reduce((last, next) => (next.command.range.start > last.command.range.start ? next : last));
}

function editorView(text: string, row: Row): Observed {
  const analysis = analyzeDocument('file:///ws/agree.ps1', text);
  const binding = target(analysis.bindings, row);
  const { start, end } = binding.command.range;
  const problem = analysis.findings.some((finding) => finding.range.start >= start && finding.range.end <= end);
  return { ...describeBinding(binding, text), problem };
}

async function interpreterView(text: string, row: Row): Promise<Observed> {
  const workspace = Workspace.create(CONTOSO);
  try {
    const bindings: CommandBinding[] = [];
    const result = await runScript({ workspace: workspace.root, text, clock: fixedClock(CLOCK), observeBinding: (binding) => bindings.push(binding) });
    const problem = result.output.includes('ParameterBindingException');
    assert.equal(result.success, !problem, result.output);
    return { ...describeBinding(target(bindings, row), text), problem };
  } finally {
    workspace.remove();
  }
}

describe('the editor and the interpreter bind alike', () => {
  for (const row of rows) {
    it(`${row.what}: ${row.line}`, async () => {
      const text = `${SETUP}\n${row.line}`;
      const expected: Observed = { set: row.set, binds: row.binds, problem: row.bindingError };
      assert.deepEqual(editorView(text, row), expected, 'editor');
      assert.deepEqual(await interpreterView(text, row), expected, 'interpreter');
    });
  }
});
