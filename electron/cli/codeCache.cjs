// Runs one bundle of the CLI (out/cli) from V8's code cache, made once when the CLI is built (bundle.mjs).
// Why: every `pira` command is a new Node process (and so is its parse process), and V8 compiled the same functions
// again each time, ~100 ms of CPU in an import; Node 20 has no compile cache of its own (`module.enableCompileCache`
// came with Node 22) and its ES module loader takes none, so the bundles are CommonJS scripts compiled here with
// `vm.Script` and `cachedData`.
// Safety: V8 checks only the source's length, so the cache is taken only for the bytes it was made from: the entry
// names the bundle's content hash (written at build time), checked here (under 1 ms) before the cache file of that
// hash is read. V8 refuses a cache made by another V8 version or with other flags; in every such case the bundle is
// compiled as usual. Nothing here writes, except when the build asks for the cache (PIRA_CODE_CACHE_TRAIN).
'use strict';
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { setFlagsFromString } = require('node:v8');
const vm = require('node:vm');
const { createRequire } = require('node:module');

/** The cache file of a bundle at a given content hash. */
function cacheFileOf(dir, bundle, hash) {
  return path.join(dir, `${bundle}.${hash}.v8cache`);
}

/** The hash the build names a bundle by: the first 16 hex digits of its SHA-256. */
function contentHash(bytes) {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

function readIfThere(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written whole or not at all: a process reading it at the same time sees the old file or the new one. */
function writeAtomically(file, data) {
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, data);
  fs.renameSync(partial, file);
}

/**
 * Runs `dir/bundle` as a CommonJS module and answers what became of its cache: 'used', 'rejected' (by V8), 'stale'
 * (the bundle is not the one the entry was built with) or 'absent'. With PIRA_CODE_CACHE_TRAIN=1 the cache is written
 * when the process exits, holding every function compiled by then (those taken from the old cache too, so training
 * runs add up). With PIRA_CODE_CACHE_LOG=<file> the answer is appended to that file (the tests' way of seeing it, for
 * the parse process too). `v8Options` are set first: V8 takes a cache only under the flags it was made with, and the
 * bundle sets the same ones again when it runs (electron/cli/compiler.ts), after the cache was checked.
 */
function runBundle(dir, bundle, hash, v8Options = []) {
  for (const option of v8Options) setFlagsFromString(option);
  const file = path.join(dir, bundle);
  const cacheFile = cacheFileOf(dir, bundle, hash);
  const bytes = fs.readFileSync(file);
  const fresh = contentHash(bytes) === hash;
  const cachedData = fresh ? readIfThere(cacheFile) : undefined;
  const script = new vm.Script(wrapped(bytes.toString('utf8')), { filename: file, cachedData });
  const outcome = !fresh ? 'stale' : cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used';
  if (process.env.PIRA_CODE_CACHE_LOG) fs.appendFileSync(process.env.PIRA_CODE_CACHE_LOG, `${bundle} ${outcome}\n`);
  if (fresh && process.env.PIRA_CODE_CACHE_TRAIN === '1') {
    process.on('exit', () => writeAtomically(cacheFile, script.createCachedData()));
  }
  const moduleObject = { exports: {} };
  script.runInThisContext()(moduleObject.exports, createRequire(file), moduleObject, file, dir);
  return outcome;
}

/** The bundle as a function of CommonJS's five names, as Node itself wraps a module. */
function wrapped(source) {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
}

module.exports = { runBundle, cacheFileOf, contentHash };
