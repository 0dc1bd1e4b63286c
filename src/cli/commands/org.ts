import { parseArgs } from 'node:util';
import { createApiKey } from '../../access/create-api-key.js';
import { createOrganisation } from '../../access/create-organisation.js';
import { listOrganisations } from '../../access/list-organisations.js';
import { AppError } from '../../shared/app-error.js';
import { EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { formatTable } from '../format-table.js';
import { withDatabase } from '../with-database.js';

function formatOption(value: string | undefined): 'json' | 'table' {
  if (value !== 'json' && value !== 'table') throw new AppError('INVALID_INPUT', `--format must be json or table (got "${value}")`);
  return value;
}

export const orgCreateCommand: CliCommand = {
  name: 'org create',
  summary: 'Create an organisation and print its first API key (shown once)',
  usage: 'assured org create NAME [--slug SLUG] [--bidder-name NAME] [--key-name NAME] [--format json|table]',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        slug: { type: 'string' },
        'bidder-name': { type: 'string' },
        'key-name': { type: 'string', default: 'default' },
        format: { type: 'string', default: 'table' },
      },
    });
    const format = formatOption(values.format);
    const name = positionals.join(' ').trim();
    if (!name) {
      io.stderr(`assured org create: give the organisation's name\nusage: ${this.usage}`);
      return EXIT_USAGE;
    }
    const { organisation, key } = await withDatabase(io, async (db) => {
      const organisation = await createOrganisation({ db, name, slug: values.slug, bidderName: values['bidder-name'] });
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
};

export const orgListCommand: CliCommand = {
  name: 'org list',
  summary: 'List organisations',
  usage: 'assured org list [--format json|table]',
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { format: { type: 'string', default: 'table' } } });
    const format = formatOption(values.format);
    const organisations = await withDatabase(io, (db) => listOrganisations({ db }));
    io.stdout(
      format === 'json'
        ? JSON.stringify(organisations, null, 2)
        : formatTable(['slug', 'name', 'bidder name', 'created'], organisations.map((org) => [org.slug, org.name, org.bidderName ?? '', org.createdAt.slice(0, 16).replace('T', ' ')])),
    );
    return EXIT_OK;
  },
};
