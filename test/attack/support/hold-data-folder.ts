/**
 * A contender for a data folder's lock, run as its own process. Prints "ready", waits until
 * GO_FILE exists (so several contenders try at the same moment), then prints "locked" or
 * "refused: <message>", holds the lock for HOLD_MS and exits (0 locked, 2 refused).
 * Usage: node --import tsx hold-data-folder.ts FOLDER HOLD_MS [GO_FILE]
 */
import { existsSync } from 'node:fs';
import { lockDataFolder } from '../../../src/data/data-folder-lock.js';
import { isAppError } from '../../../src/shared/app-error.js';

const [folder, holdMs, goFile] = process.argv.slice(2);
process.stdout.write('ready\n');
while (goFile && !existsSync(goFile)) await new Promise((resolve) => setTimeout(resolve, 5));
try {
  const lock = lockDataFolder(folder!);
  process.stdout.write('locked\n');
  setTimeout(() => {
    lock.release();
    process.exit(0);
  }, Number(holdMs));
} catch (error) {
  process.stdout.write(`refused: ${isAppError(error) ? error.message : String(error)}\n`);
  process.exit(isAppError(error) ? 2 : 3);
}
