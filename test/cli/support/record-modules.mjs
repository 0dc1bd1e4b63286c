/**
 * `node --import ./record-modules.mjs …`: appends every module URL the process loads to the
 * file named by RECORD_MODULES_TO, one a line, so a test can see what a process loaded.
 */
import { register } from 'node:module';

if (process.env.RECORD_MODULES_TO) {
  register(
    `data:text/javascript,${encodeURIComponent(`
      import { appendFileSync } from 'node:fs';
      export async function load(url, context, next) {
        appendFileSync(${JSON.stringify(process.env.RECORD_MODULES_TO)}, url + '\\n');
        return next(url, context);
      }
    `)}`,
  );
}
