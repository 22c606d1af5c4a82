import * as assert from 'node:assert/strict';
import { runInFreshWorkspace } from './workspaceFixture';

/** The output lines of a script that must run without a failure, trailing blank lines dropped. */
async function lines(script: string): Promise<string[]> {
  const result = await runInFreshWorkspace(script);
  assert.equal(result.success, true, result.output);
  return result.output.replace(/\n+$/, '').split('\n');
}

describe('script language: try, catch, finally and loop labels', () => {
  it('catches a throw, with the message in $_, and always runs finally', async () => {
    const script = [
      'try { "before"; throw "bad thing"; "not reached" } catch { "caught: $_"; $_.Exception.Message } finally { "finally" }',
      '"after"',
    ].join('\n');
    assert.deepEqual(await lines(script), ['before', 'caught: bad thing', 'bad thing', 'finally', 'after']);
  });

  it('runs finally without a catch and lets the error end the script', async () => {
    const result = await runInFreshWorkspace('try { throw "stop here" } finally { "cleanup" }\n"not reached"');
    assert.equal(result.success, false);
    assert.match(result.output, /^cleanup\nstop here$/m);
    assert.doesNotMatch(result.output, /^not reached$/m);
  });

  it('keeps what the try block wrote before the error, however deep', async () => {
    assert.deepEqual(await lines('try { if ($true) { "a"; foreach ($i in 1..2) { $i; throw "x" } } } catch { "c" }'), ['a', '1', 'c']);
    const result = await runInFreshWorkspace('try { "a"; throw "x" } finally { "f" }');
    assert.match(result.output, /^a\nf\nx$/m);
  });

  it('catches a statement-terminating error that would otherwise only end its statement', async () => {
    assert.deepEqual(await lines('try { Get-NoSuchThing; "not reached" } catch { "caught" }\n"after"'), ['caught', 'after']);
  });

  it('catches an error raised inside a function called from the try block', async () => {
    assert.deepEqual(await lines('function Fail { throw "deep" }\ntry { Fail } catch { "caught $_" }'), ['caught deep']);
  });

  it('does not catch a non-terminating error, but does with -ErrorAction Stop', async () => {
    const plain = await runInFreshWorkspace('try { Get-ForeignConnector "NoSuch"; "went on" } catch { "caught" }');
    assert.match(plain.output, /^went on$/m);
    assert.doesNotMatch(plain.output, /^caught$/m);
    assert.deepEqual(await lines('try { Get-ForeignConnector "NoSuch" -ErrorAction Stop; "not reached" } catch { "caught" }'), ['caught']);
  });

  it('chooses the catch clause by the exception type the simulator knows', async () => {
    const script = [
      'try { throw "x" } catch [System.IO.IOException] { "io" } catch [System.Management.Automation.RuntimeException], [int] { "runtime" } catch { "other" }',
      'try { Get-NoSuchThing } catch [System.Management.Automation.CommandNotFoundException] { "not found" } catch { "other" }',
      'try { Get-NoSuchThing } catch [Exception] { "any exception" }',
      'try { throw "x" } catch [ArgumentException] { "argument" } catch { "fallback" }',
    ].join('\n');
    assert.deepEqual(await lines(script), ['runtime', 'not found', 'any exception', 'fallback']);
  });

  it('lets an error pass when no catch clause matches', async () => {
    const result = await runInFreshWorkspace('try { throw "unmatched" } catch [System.IO.IOException] { "io" }\n"not reached"');
    assert.equal(result.success, false);
    assert.match(result.output, /unmatched/);
    assert.doesNotMatch(result.output, /^(io|not reached)$/m);
  });

  it('refuses to guess a typed catch for an Exchange cmdlet\'s error, whose exception type it does not model', async () => {
    const result = await runInFreshWorkspace('try { Get-ForeignConnector "NoSuch" -ErrorAction Stop } catch [System.ArgumentException] { "argument" } catch { "other" }\n"after"');
    assert.equal(result.success, false);
    assert.match(result.output, /\[System\.ArgumentException\].*not supported by the simulator/);
    assert.doesNotMatch(result.output, /^(argument|other)$/m);
    assert.match(result.output, /^after$/m);
  });

  it('raises the caught error again with throw alone or throw $_', async () => {
    const script = [
      'try { try { throw "inner" } catch { "first"; throw } } catch { "outer: $_" }',
      'try { try { Get-NoSuchThing } catch { throw $_ } } catch [System.Management.Automation.CommandNotFoundException] { "still not found" }',
    ].join('\n');
    assert.deepEqual(await lines(script), ['first', 'outer: inner', 'still not found']);
  });

  it('runs finally when break leaves the loop from inside the try block', async () => {
    assert.deepEqual(await lines('foreach ($i in 1..3) { try { if ($i -eq 2) { break }; $i } finally { "f$i" } }'), ['1', 'f1', 'f2']);
  });

  it('breaks and continues the labeled outer loop', async () => {
    const script = [
      ':outer foreach ($i in 1..3) { foreach ($j in 1..3) { if ($j -eq 2) { continue outer }; "$i$j" } }',
      ':top while ($true) { foreach ($k in 1..5) { if ($k -eq 3) { break top }; "k$k" } }',
      '"done"',
    ].join('\n');
    assert.deepEqual(await lines(script), ['11', '21', '31', 'k1', 'k2', 'done']);
  });

  it('an unlabeled break still leaves only the innermost loop', async () => {
    assert.deepEqual(await lines(':outer foreach ($i in 1..2) { foreach ($j in 1..3) { if ($j -eq 2) { break }; "$i$j" } }'), ['11', '21']);
  });

  for (const [construct, script, message] of [
    ['class', 'class Item { [string] $Name }', /The class definition 'Item' is not supported by the simulator/],
    ['enum', 'enum Color { Red; Blue }', /The enum definition 'Color' is not supported by the simulator/],
    ['trap', 'trap { continue }', /A trap statement is not supported by the simulator/],
    ['data', 'data Text { "a" }', /A data section is not supported by the simulator/],
    ['workflow', 'workflow Restart-All { "a" }', /The workflow statement is not supported by the simulator/],
    ['foreach -parallel', 'foreach -parallel ($s in 1, 2) { $s }', /A workflow's foreach -parallel loop is not supported by the simulator/],
    ['configuration', 'configuration Gateway { Node localhost { } }', /The configuration statement is not supported by the simulator/],
  ] as const) {
    it(`fails a ${construct} statement with an error naming it, and goes on`, async () => {
      const result = await runInFreshWorkspace(`${script}\n"next"`);
      assert.equal(result.success, false);
      assert.match(result.output, message);
      assert.match(result.output, /^next$/m);
      assert.equal(result.failures.length, 1);
    });
  }

  it('does not let a catch block catch what the simulator cannot run', async () => {
    const result = await runInFreshWorkspace('try { class Item { } } catch { "caught" }');
    assert.match(result.output, /not supported by the simulator/);
    assert.doesNotMatch(result.output, /^caught$/m);
  });
});

describe('PowerShell 7 forms at run time', () => {
  for (const [construct, script] of [
    ["The binary number literal '0b'", '$x = 0b101'],
    ["A line starting with '|' to continue the pipeline", '1, 2\n  | ForEach-Object { $_ }'],
  ] as const) {
    it(`refuses ${construct}, which the shell's Windows PowerShell 5.1 rejects`, async () => {
      const result = await runInFreshWorkspace(`${script}\n"next"`);
      assert.equal(result.success, false);
      assert.ok(result.output.includes(`${construct} is not supported by the simulator: it is PowerShell 7 syntax`), result.output);
      assert.match(result.output, /^next$/m);
    });
  }
});
