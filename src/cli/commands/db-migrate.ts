import { migrateIfNeeded } from '../../data/database.js';
import { EXIT_OK, type CliCommand } from '../command.js';
import { withDatabase } from '../with-database.js';

export const dbMigrateCommand: CliCommand = {
  name: 'db migrate',
  summary: 'Apply pending migrations (embedded database, or DATABASE_URL)',
  usage: 'assured db migrate',
  async run(_argv, io) {
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
};
