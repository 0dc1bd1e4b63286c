import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ZEvidencePackSchema, type EvidencePack } from '../evidence/evidence-pack-schema.js';
import type { CliIO } from './command.js';

/** A problem with the arguments or an input file: exit code 2, the message names the file and the problem. */
export class InputError extends Error {}

export async function readText(io: CliIO, file: string): Promise<string> {
  try {
    return await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

export async function readEvidencePack(io: CliIO, file: string): Promise<EvidencePack> {
  const text = await readText(io, file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ZEvidencePackSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${file}: ${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`);
    throw new InputError(`${file} is not an evidence pack (see "Figures" in DESIGN.md §3):\n${problems.join('\n')}`);
  }
  return parsed.data;
}
