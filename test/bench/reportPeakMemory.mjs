// Loaded through NODE_OPTIONS (`--import`) into the processes the bench times and into the processes they start
// (the parse process of an import): each appends its peak RSS (KB, worker threads included) as one line to the
// file named by PIRA_BENCH_RSS_FILE when it exits; processRun.ts adds them up.
import { appendFileSync } from 'node:fs';

const target = process.env.PIRA_BENCH_RSS_FILE;
if (target) process.on('exit', () => appendFileSync(target, `${process.resourceUsage().maxRSS}\n`));
