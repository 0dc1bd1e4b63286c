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

/** Leading bytes of files that are not text, and what such a file is, in words a user knows. */
const BINARY_SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (a Word .docx, Excel .xlsx or similar file)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an older Office document (.doc or .xls)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'a Rich Text Format (.rtf) document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0xff, 0xfe], what: 'UTF-16 text' },
  { bytes: [0xfe, 0xff], what: 'UTF-16 text' },
];

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The file as UTF-8 text, or an input error naming the file when it is not text: a known binary
 * format, a NUL byte, or bytes that are not UTF-8. `expected` says what the file should be.
 */
export function decodeTextFile(file: string, bytes: Uint8Array, expected = 'a UTF-8 text or Markdown file'): string {
  const signature = BINARY_SIGNATURES.find((known) => known.bytes.every((byte, index) => bytes[index] === byte));
  if (signature) throw new InputError(`${file} is ${signature.what}, not text; expected ${expected}`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(`${file} is not a text file (it holds a NUL byte at byte ${nul + 1}); expected ${expected}`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(`${file} is not UTF-8 text (saved in another encoding, or not text at all); expected ${expected}: save it as UTF-8`);
  }
}

export async function readText(io: CliIO, file: string, expected?: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  return decodeTextFile(file, bytes, expected);
}

/** Reads a JSON file and parses it with a zod schema; problems name the file and the zod path. */
export async function readJsonFile<T>(io: CliIO, file: string, schema: z.ZodType<T>, what: string): Promise<T> {
  const text = await readText(io, file, `a UTF-8 JSON file: ${what}`);
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
