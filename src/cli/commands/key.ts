import { parseArgs } from 'node:util';
import { createApiKey } from '../../access/create-api-key.js';
import { listApiKeys } from '../../access/list-api-keys.js';
import { revokeApiKey } from '../../access/revoke-api-key.js';
import { AppError } from '../../shared/app-error.js';
import { EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { formatTable } from '../format-table.js';
import { withDatabase } from '../with-database.js';

function formatOption(value: string | undefined): 'json' | 'table' {
  if (value !== 'json' && value !== 'table') throw new AppError('INVALID_INPUT', `--format must be json or table (got "${value}")`);
  return value;
}

const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

export const keyCreateCommand: CliCommand = {
  name: 'key create',
  summary: 'Create an API key for an organisation (shown once; only its hash is stored)',
  usage: 'assured key create --org SLUG [--name NAME] [--format json|table]',
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { org: { type: 'string' }, name: { type: 'string', default: 'default' }, format: { type: 'string', default: 'table' } } });
    const format = formatOption(values.format);
    if (!values.org) {
      io.stderr(`assured key create: --org is required\nusage: ${this.usage}`);
      return EXIT_USAGE;
    }
    const key = await withDatabase(io, (db) => createApiKey({ db, organisation: values.org!, name: values.name }));
    io.stdout(
      format === 'json'
        ? JSON.stringify(key, null, 2)
        : [`API key "${key.name}" for ${key.organisation} (prefix ${key.prefix}):`, '', `  ${key.key}`, '', 'This key is shown once and only its hash is stored: keep it somewhere safe.'].join('\n'),
    );
    return EXIT_OK;
  },
};

export const keyListCommand: CliCommand = {
  name: 'key list',
  summary: "List an organisation's API keys (prefixes only)",
  usage: 'assured key list --org SLUG [--format json|table]',
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { org: { type: 'string' }, format: { type: 'string', default: 'table' } } });
    const format = formatOption(values.format);
    if (!values.org) {
      io.stderr(`assured key list: --org is required\nusage: ${this.usage}`);
      return EXIT_USAGE;
    }
    const keys = await withDatabase(io, (db) => listApiKeys({ db, organisation: values.org! }));
    io.stdout(
      format === 'json'
        ? JSON.stringify(keys, null, 2)
        : formatTable(
            ['id', 'prefix', 'name', 'created', 'last used', 'revoked'],
            keys.map((key) => [key.id, key.prefix, key.name, when(key.createdAt), when(key.lastUsedAt), when(key.revokedAt)]),
          ),
    );
    return EXIT_OK;
  },
};

export const keyRevokeCommand: CliCommand = {
  name: 'key revoke',
  summary: 'Revoke an API key by its id or prefix',
  usage: 'assured key revoke ID|PREFIX [--org SLUG] [--format json|table]',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { org: { type: 'string' }, format: { type: 'string', default: 'table' } } });
    const format = formatOption(values.format);
    if (positionals.length !== 1) {
      io.stderr(`assured key revoke: give one key id or prefix\nusage: ${this.usage}`);
      return EXIT_USAGE;
    }
    const key = await withDatabase(io, (db) => revokeApiKey({ db, idOrPrefix: positionals[0]!, organisation: values.org }));
    io.stdout(format === 'json' ? JSON.stringify(key, null, 2) : `Revoked key ${key.prefix} ("${key.name}") of ${key.organisation} at ${when(key.revokedAt)} UTC.`);
    return EXIT_OK;
  },
};
