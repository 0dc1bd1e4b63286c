import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { ZEvidencePackSchema, type EvidencePack } from '../evidence/evidence-pack-schema.js';
import { AppError } from '../shared/app-error.js';
import type { CliIO } from './command.js';

/** A problem with the arguments or an input file: exit code 2, the message names the file and the problem. */
export class InputError extends AppError {
  constructor(message: string) {
    super('INVALID_INPUT', message);
  }
}

/** A flag that must be a positive whole number (limits); undefined when it was not given. */
export function positiveWholeFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new InputError(`--${flag} must be a positive whole number, got "${value}"`);
  return Number(value);
}

export async function readText(io: CliIO, file: string): Promise<string> {
  try {
    return await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

/** Reads a JSON file and parses it with a zod schema; problems name the file and the zod path. */
export async function readJsonFile<T>(io: CliIO, file: string, schema: z.ZodType<T>, what: string): Promise<T> {
  const text = await readText(io, file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${file}: ${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`);
    throw new InputError(`${file} is not ${what}:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

export function readEvidencePack(io: CliIO, file: string): Promise<EvidencePack> {
  return readJsonFile(io, file, ZEvidencePackSchema, 'an evidence pack as written by figures --format json');
}
