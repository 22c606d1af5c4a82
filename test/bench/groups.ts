// The benchmark groups, in the order the table lists them.

import type { BenchGroup } from './benchGroup';
import { parseBench } from './parseBench';

export const BENCH_GROUPS: BenchGroup[] = [parseBench];
