import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportFileInput } from '../../src/data/import/import-files.js';

/** Every importable file of a fixture folder (e.g. fixtures/small), in name order, ready for importFiles. */
export async function readFixtureFiles(folder: string): Promise<ImportFileInput[]> {
  const names = (await readdir(folder)).filter((name) => /\.(csv|xlsx|json)$/.test(name)).sort();
  return Promise.all(names.map(async (name) => ({ name, content: await readFile(path.join(folder, name)) })));
}

/** One file of a fixture with its text edited, alone: importing it updates only the rows it changes. */
export function editedFixtureFile(files: readonly ImportFileInput[], name: string, edit: (text: string) => string): ImportFileInput[] {
  return files.filter((file) => file.name === name).map((file) => ({ name, content: Buffer.from(edit(file.content.toString('utf8')), 'utf8') }));
}
