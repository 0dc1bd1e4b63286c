import { migrateIfNeeded } from '../../data/database.js';
import { EXIT_OK } from '../command.js';
import { defineCommand } from '../define-command.js';
import { withDatabase } from '../with-database.js';

export const dbMigrateCommand = defineCommand({
  name: 'db migrate',
  summary: 'Apply pending migrations (embedded database, or DATABASE_URL)',
  usage: 'assured db migrate',
  flags: {},
  examples: ['assured db migrate', 'DATABASE_URL=postgresql://localhost/assured assured db migrate'],
  notes: ['The embedded database lives in ASSURED_DATA_DIR (default ./data/db); DATABASE_URL selects PostgreSQL instead.'],
  async run(_input, io) {
    return withDatabase(
      io,
      async (db) => {
        const applied = await migrateIfNeeded(db);
        io.stdout(applied.length === 0 ? `${db.location}: up to date` : `${db.location}: applied ${applied.join(', ')}`);
        return EXIT_OK;
      },
      { migrate: false },
    );
  },
});
