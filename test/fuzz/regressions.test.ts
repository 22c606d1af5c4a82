// Replays every counterexample the fuzzer saved under test/fuzz/regressions/ through the same
// property checks the fuzzer runs (scripts at every offset). A case listed in
// regressions/open-bugs.json is a bug reported but not fixed yet: it is skipped, with its reason.

import { checkAddressSpace } from './addressSpaces';
import { checkMessageFiles } from './messages';
import { loadMessages, loadTexts, openBugs } from './regressionStore';
import { checkScript, replayOffsets } from './scripts';

const open = openBugs();

/** `it`, or `it.skip` with the reason in the title while the bug is open. */
function replay(id: string, run: () => void | Promise<void>): void {
  const reason = open[id];
  if (reason === undefined) it(id, run);
  else it.skip(`${id} — open bug: ${reason}`, run);
}

describe('fuzz regressions', () => {
  describe('scripts', () => {
    for (const { id, text } of loadTexts('scripts')) replay(id, () => checkScript(text, replayOffsets(text)));
  });

  describe('address spaces', () => {
    for (const { id, text } of loadTexts('addressSpaces')) replay(id, () => checkAddressSpace(text));
  });

  describe('messages', () => {
    for (const { id, files } of loadMessages()) replay(id, () => checkMessageFiles(files));
  });
});
