import { createApiKey } from '../../access/create-api-key.js';
import { createOrganisation } from '../../access/create-organisation.js';
import { listOrganisations } from '../../access/list-organisations.js';
import { EXIT_OK } from '../command.js';
import { TABLE_FORMAT_FLAG } from '../common-flags.js';
import { defineCommand } from '../define-command.js';
import { formatTable } from '../format-table.js';
import { InputError } from '../read-input.js';
import { withDatabase } from '../with-database.js';

export function tableOrJson(value: string): 'json' | 'table' {
  if (value !== 'json' && value !== 'table') throw new InputError(`--format must be json or table (got "${value}")`);
  return value;
}

export const orgCreateCommand = defineCommand({
  name: 'org create',
  summary: 'Create an organisation and print its first API key (shown once)',
  usage: 'assured org create NAME [--slug SLUG] [--bidder-name NAME] [--key-name NAME] [--format json|table]',
  arguments: [{ name: 'NAME', description: "the organisation's name; several words need no quotes", variadic: true }],
  flags: {
    slug: { type: 'string', value: 'SLUG', description: 'short name used in --org and the API', defaultText: 'made from the name', example: '--slug harbour-care' },
    'bidder-name': { type: 'string', value: 'NAME', description: 'the name printed on tender documents', defaultText: 'none', example: '--bidder-name "Harbour Care"' },
    'key-name': { type: 'string', value: 'NAME', default: 'default', description: 'a name for the first API key, to tell keys apart', example: '--key-name "bid team"' },
    format: TABLE_FORMAT_FLAG,
  },
  examples: ['assured org create Harbour Care Ltd --bidder-name "Harbour Care"'],
  async run({ values, positionals }, io) {
    const format = tableOrJson(values.format);
    const name = positionals.join(' ').trim();
    if (!name) throw new InputError("give the organisation's name");
    const { organisation, key } = await withDatabase(io, async (db) => {
      const organisation = await createOrganisation({
        db,
        name,
        ...(values.slug !== undefined ? { slug: values.slug } : {}),
        ...(values['bidder-name'] !== undefined ? { bidderName: values['bidder-name'] } : {}),
      });
      const key = await createApiKey({ db, organisation: organisation.slug, name: values['key-name'] });
      return { organisation, key };
    });
    if (format === 'json') {
      io.stdout(JSON.stringify({ organisation, key }, null, 2));
    } else {
      io.stdout(
        [
          `Created organisation ${organisation.name} (slug ${organisation.slug}).`,
          `API key "${key.name}" (prefix ${key.prefix}):`,
          '',
          `  ${key.key}`,
          '',
          'This key is shown once and only its hash is stored: keep it somewhere safe.',
          'Use it as: Authorization: Bearer <key>',
        ].join('\n'),
      );
    }
    return EXIT_OK;
  },
});

export const orgListCommand = defineCommand({
  name: 'org list',
  summary: 'List organisations',
  usage: 'assured org list [--format json|table]',
  flags: { format: TABLE_FORMAT_FLAG },
  examples: ['assured org list', 'assured org list --format json'],
  async run({ values }, io) {
    const format = tableOrJson(values.format);
    const organisations = await withDatabase(io, (db) => listOrganisations({ db }));
    io.stdout(
      format === 'json'
        ? JSON.stringify(organisations, null, 2)
        : formatTable(
            ['slug', 'name', 'bidder name', 'created'],
            organisations.map((org) => [org.slug, org.name, org.bidderName ?? '', org.createdAt.slice(0, 16).replace('T', ' ')]),
            io.columns,
          ),
    );
    return EXIT_OK;
  },
});
