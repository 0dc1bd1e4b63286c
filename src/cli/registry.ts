import type { CliCommand } from './command.js';
import { dbMigrateCommand } from './commands/db-migrate.js';
import { demoCommand } from './commands/demo.js';
import { importCommand } from './commands/import.js';

/** Every command `assured` knows, in the order the help lists them. */
export const commands: CliCommand[] = [dbMigrateCommand, importCommand, demoCommand];
