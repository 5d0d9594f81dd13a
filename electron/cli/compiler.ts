/**
 * The CLI's V8 options (compilerOptions.ts), set when the process starts (main.ts imports this module before it runs
 * the command): the code of the commands is optimised only later, once it has run for a while.
 */
import { setFlagsFromString } from 'node:v8';
import { COMPILER_OPTIONS } from '../exchange/compilerOptions';

for (const option of COMPILER_OPTIONS) setFlagsFromString(option);
