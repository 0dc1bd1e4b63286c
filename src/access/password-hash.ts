/**
 * Password hashing with Node's built-in scrypt, a memory-hard function: no native add-on to
 * build or download, and no dependency to keep up. Parameters follow the common guidance for
 * scrypt (N = 2^17, r = 8, p = 1: 128 MiB and ~0.3 s per hash here) and are written into every
 * hash, so raising them later leaves older hashes verifiable.
 * Format: `scrypt$N=131072,r=8,p=1$<salt base64url>$<key base64url>`.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { AppError } from '../shared/app-error.js';

export const SCRYPT_PARAMETERS = { N: 2 ** 17, r: 8, p: 1 } as const;
export const SALT_BYTES = 16;
export const KEY_BYTES = 32;
/** Long passphrases are encouraged; no composition rules, which push people to predictable patterns. */
export const PASSWORD_MIN_CHARACTERS = 12;
/** Bounds the work an attacker can ask of the hash. */
export const PASSWORD_MAX_CHARACTERS = 200;

const HASH_PATTERN = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

function derive(password: string, salt: Buffer, length: number, parameters: { N: number; r: number; p: number }): Promise<Buffer> {
  // scrypt needs 128 · N · r bytes; Node's default ceiling (32 MiB) is below that.
  const options: ScryptOptions = { ...parameters, maxmem: 256 * parameters.N * parameters.r };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFKC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))));
}

export function checkPasswordPolicy(password: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_CHARACTERS || length > PASSWORD_MAX_CHARACTERS) {
    throw new AppError('INVALID_INPUT', `A password needs ${PASSWORD_MIN_CHARACTERS} to ${PASSWORD_MAX_CHARACTERS} characters; a few unrelated words make a good one.`);
  }
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, SCRYPT_PARAMETERS);
  const { N, r, p } = SCRYPT_PARAMETERS;
  return `scrypt$N=${N},r=${r},p=${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** The parameters a stored hash was made with, or null when it is not one of ours. */
export function hashParameters(hash: string): { N: number; r: number; p: number; saltBytes: number; keyBytes: number } | null {
  const match = HASH_PATTERN.exec(hash);
  if (!match) return null;
  return { N: Number(match[1]), r: Number(match[2]), p: Number(match[3]), saltBytes: Buffer.from(match[4]!, 'base64url').length, keyBytes: Buffer.from(match[5]!, 'base64url').length };
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const match = HASH_PATTERN.exec(hash);
  if (!match || [...password].length > PASSWORD_MAX_CHARACTERS) return false;
  const expected = Buffer.from(match[5]!, 'base64url');
  const key = await derive(password, Buffer.from(match[4]!, 'base64url'), expected.length, { N: Number(match[1]), r: Number(match[2]), p: Number(match[3]) });
  return timingSafeEqual(key, expected);
}

let decoy: Promise<string> | undefined;
/** A hash to verify against when no account matches, so unknown emails take as long as wrong passwords. */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('base64url'));
  return decoy;
}
