/**
 * The page talks to the API only through the client generated from the OpenAPI document
 * (src/web/api-fetch.ts over api-schema.ts), so the page and the API cannot drift apart.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const APP = path.resolve('src/web/app');

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry) ? [full] : [];
  });
}

describe('the page calls the API through the generated client only', () => {
  const files = sources(APP).map((file) => ({ file: path.relative(process.cwd(), file), text: readFileSync(file, 'utf8') }));

  it('has screens to look at', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('makes no request of its own with fetch (uploads that report progress go through the generated client\'s request)', () => {
    const own = files.filter(({ text }) => /(?<![\w.])fetch\s*\(|window\.fetch|globalThis\.fetch/.test(text)).map(({ file }) => file);
    expect(own).toEqual([]);
  });

});
