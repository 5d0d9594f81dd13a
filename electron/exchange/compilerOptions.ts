/**
 * V8 options for the processes that live for one command: the CLI and the parse process (their whole life is a
 * second or two, nearly all of it in code compiled once). Set on the command line of the parse process
 * (parseProcess.ts) and by the CLI itself before any of its work runs (electron/cli/compiler.ts; the bundled CLI's entry
 * sets them even before its code is compiled, electron/cli/bundle.mjs, for V8 to take the code cache made under them).
 * Why no inlining: an import runs the same large functions (the XML scan, reading the indicator rows, merging a
 * workbook) once per workbook, and TurboFan compiled each of them again and again, with every callee inlined, as
 * later workbooks brought shapes the first had not: for a round's 12 workbooks 0,5 s of compiling in the CLI and
 * 0,2 s in the parse process, against 0,3 s and 0,1 s for the same plan in one workbook. Without inlining the
 * compiles are small and the work on the main thread takes as long as before (issue 21, 6th round).
 */
export const COMPILER_OPTIONS: readonly string[] = ['--no-turbo-inlining'];
