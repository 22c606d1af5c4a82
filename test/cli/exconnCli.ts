// Runs the exconn command line in-process, as a shell would, and collects what it prints.
import { main } from '../../server/src/cli';
import type { CliIo } from '../../server/src/cli/io';

export async function exconn(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => (out += text), err: (text) => (err += text) };
  const code = await main(args, io);
  return { code, out, err };
}
