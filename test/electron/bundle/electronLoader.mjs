// `node --import ./electronLoader.mjs`: resolves `electron` to fakeElectron.mjs (this module is also the hook).
import { register } from 'node:module';

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: new URL('./fakeElectron.mjs', import.meta.url).href, shortCircuit: true };
  return next(specifier, context);
}

if (!globalThis.__piraElectronLoader) {
  globalThis.__piraElectronLoader = true;
  register(import.meta.url);
}
