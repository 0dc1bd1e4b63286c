import type { CliCommand } from './command.js';
import { dbMigrateCommand } from './commands/db-migrate.js';
import { demoCommand } from './commands/demo.js';
import { figuresCommand } from './commands/figures.js';
import { importCommand } from './commands/import.js';
import { scoreCommand } from './commands/score.js';

/** Every command `assured` knows, in the order the help lists them. */
export const commands: CliCommand[] = [dbMigrateCommand, importCommand, figuresCommand, scoreCommand, demoCommand];
