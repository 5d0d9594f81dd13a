// Loaded with `node --import` into the processes the bench times: writes the peak RSS (KB, worker threads
// included) to the file named by PIRA_BENCH_RSS_FILE when the process exits.
import { writeFileSync } from 'node:fs';

const target = process.env.PIRA_BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
