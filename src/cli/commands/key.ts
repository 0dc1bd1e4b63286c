import { createApiKey } from '../../access/create-api-key.js';
import { listApiKeys } from '../../access/list-api-keys.js';
import { revokeApiKey } from '../../access/revoke-api-key.js';
import { EXIT_OK } from '../command.js';
import { TABLE_FORMAT_FLAG } from '../common-flags.js';
import { defineCommand } from '../define-command.js';
import { formatTable } from '../format-table.js';
import { InputError } from '../read-input.js';
import { withDatabase } from '../with-database.js';
import { tableOrJson } from './org.js';

const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

const KEY_ORG_FLAG = { type: 'string', value: 'SLUG', description: "the organisation whose keys these are (required)", example: '--org harbour-care' } as const;

export const keyCreateCommand = defineCommand({
  name: 'key create',
  summary: 'Create an API key for an organisation (shown once; only its hash is stored)',
  usage: 'assured key create --org SLUG [--name NAME] [--format json|table]',
  flags: {
    org: KEY_ORG_FLAG,
    name: { type: 'string', value: 'NAME', default: 'default', description: 'a name for the key, to tell keys apart', example: '--name "bid team"' },
    format: TABLE_FORMAT_FLAG,
  },
  examples: ['assured key create --org harbour-care --name "bid team"'],
  async run({ values }, io) {
    const format = tableOrJson(values.format);
    if (!values.org) throw new InputError('--org is required');
    const organisation = values.org;
    const key = await withDatabase(io, (db) => createApiKey({ db, organisation, name: values.name }));
    io.stdout(
      format === 'json'
        ? JSON.stringify(key, null, 2)
        : [`API key "${key.name}" for ${key.organisation} (prefix ${key.prefix}):`, '', `  ${key.key}`, '', 'This key is shown once and only its hash is stored: keep it somewhere safe.'].join('\n'),
    );
    return EXIT_OK;
  },
});

export const keyListCommand = defineCommand({
  name: 'key list',
  summary: "List an organisation's API keys (prefixes only)",
  usage: 'assured key list --org SLUG [--format json|table]',
  flags: { org: KEY_ORG_FLAG, format: TABLE_FORMAT_FLAG },
  examples: ['assured key list --org harbour-care'],
  notes: ['The table names keys by prefix (what `key revoke` takes); --format json adds their ids.'],
  async run({ values }, io) {
    const format = tableOrJson(values.format);
    if (!values.org) throw new InputError('--org is required');
    const organisation = values.org;
    const keys = await withDatabase(io, (db) => listApiKeys({ db, organisation }));
    io.stdout(
      format === 'json'
        ? JSON.stringify(keys, null, 2)
        : formatTable(
            ['prefix', 'name', 'created', 'last used', 'revoked'],
            keys.map((key) => [key.prefix, key.name, when(key.createdAt), when(key.lastUsedAt), when(key.revokedAt)]),
            io.columns,
          ),
    );
    return EXIT_OK;
  },
});

export const keyRevokeCommand = defineCommand({
  name: 'key revoke',
  summary: 'Revoke an API key by its id or prefix',
  usage: 'assured key revoke ID|PREFIX [--org SLUG] [--format json|table]',
  arguments: [{ name: 'ID|PREFIX', description: 'the key to revoke, by the prefix `key list` shows or by its id' }],
  flags: {
    org: { ...KEY_ORG_FLAG, description: 'only revoke a key of this organisation', defaultText: 'any organisation' },
    format: TABLE_FORMAT_FLAG,
  },
  examples: ['assured key revoke asd_AbC12345', 'assured key revoke asd_AbC12345 --org harbour-care --format json'],
  async run({ values, positionals }, io) {
    const format = tableOrJson(values.format);
    if (positionals.length !== 1) throw new InputError('give one key id or prefix');
    const key = await withDatabase(io, (db) => revokeApiKey({ db, idOrPrefix: positionals[0]!, ...(values.org !== undefined ? { organisation: values.org } : {}) }));
    io.stdout(format === 'json' ? JSON.stringify(key, null, 2) : `Revoked key ${key.prefix} ("${key.name}") of ${key.organisation} at ${when(key.revokedAt)} UTC.`);
    return EXIT_OK;
  },
});
