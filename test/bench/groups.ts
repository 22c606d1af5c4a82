// The benchmark groups, in the order the table lists them.

import type { BenchGroup } from './benchGroup';
import { parseBench } from './parseBench';
import { checkMemoryBench } from './checkMemoryBench';
import { lspBench } from './lspBench';
import { pickupBench } from './pickupBench';
import { scriptRunBench } from './scriptRunBench';

export const BENCH_GROUPS: BenchGroup[] = [parseBench, lspBench, pickupBench, scriptRunBench, checkMemoryBench];
