import type { CliCommand } from './command.js';
import { checkCommand } from './commands/check.js';
import { dbMigrateCommand } from './commands/db-migrate.js';
import { demoCommand } from './commands/demo.js';
import { draftCommand } from './commands/draft.js';
import { exportCommand } from './commands/export.js';
import { keyCreateCommand, keyListCommand, keyRevokeCommand } from './commands/key.js';
import { orgCreateCommand, orgListCommand } from './commands/org.js';
import { serveCommand } from './commands/serve.js';
import { dashboardCommand } from './commands/dashboard.js';
import { figuresCommand } from './commands/figures.js';
import { importCommand } from './commands/import.js';
import { mappingListCommand, mappingSaveCommand, mappingSuggestCommand } from './commands/mapping.js';
import { templateCommand } from './commands/template.js';
import { rewriteCommand } from './commands/rewrite.js';
import { scoreCommand } from './commands/score.js';
import { validateCommand } from './commands/validate.js';
import { questionsCommand } from './commands/questions.js';
import { bidCommand } from './commands/bid.js';
import { userInviteCommand, userListCommand } from './commands/user.js';

/** Every command `assured` knows, in the order the help lists them. */
export const commands: CliCommand[] = [dbMigrateCommand, importCommand, mappingSuggestCommand, mappingSaveCommand, mappingListCommand, templateCommand, figuresCommand, dashboardCommand, scoreCommand, checkCommand, validateCommand, rewriteCommand, questionsCommand, bidCommand, draftCommand, exportCommand, serveCommand, orgCreateCommand, orgListCommand, keyCreateCommand, keyListCommand, keyRevokeCommand, userInviteCommand, userListCommand, demoCommand];
