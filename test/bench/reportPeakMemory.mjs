// Loaded through NODE_OPTIONS (`--import`) into the processes the bench times and into the processes they start
// (the parse processes of an import): each appends when it started, when it ended (ms since the epoch) and its
// peak RSS (KB, worker threads included) as one line to the file named by PIRA_BENCH_RSS_FILE when it exits;
// processRun.ts adds up the peaks of the processes alive at the same moment.
import { appendFileSync } from 'node:fs';

const target = process.env.PIRA_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => appendFileSync(target, `${Math.round(performance.timeOrigin)} ${Date.now()} ${process.resourceUsage().maxRSS}\n`));
}
