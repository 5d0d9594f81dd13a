// Path resolution of the app:// protocol and the harness: files under the UI folder only, traversal refused.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveUnderRoot } from '../../electron/main/staticPaths';

const root = path.resolve('/srv/pira/out/renderer');

describe('resolveUnderRoot', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-abc.js', 'assets/index-abc.js'],
    ['/assets/./x.css', 'assets/x.css'],
    ['//assets//x.css', 'assets/x.css'],
    ['/fonts/Titillium%20Web.woff2', 'fonts/Titillium Web.woff2'],
  ])('%s → %s', (requested, relative) => {
    expect(resolveUnderRoot(root, requested)).toEqual({ ok: true, filePath: path.join(root, relative) });
  });
  it.each([
    ['/../secret.txt', 404],
    ['/assets/../../secret.txt', 404],
    ['/%2e%2e/secret.txt', 404],
    ['/assets/%2E%2E/%2E%2E/etc/passwd', 404],
    ['/..%2fsecret.txt', 404],
    ['/..%5csecret.txt', 400],
    ['/a%00.js', 400],
    ['/%E0%A4%A', 400],
  ])('%s is refused with %i', (requested, status) => {
    expect(resolveUnderRoot(root, requested)).toEqual({ ok: false, status });
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['f.woff2', 'font/woff2'],
    ['unknown.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});
