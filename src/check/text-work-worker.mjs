// Worker-thread entry of the text-work pool (run-check-isolated.ts): a worker starts without the
// parent's TypeScript loader, so it registers tsx itself, as the CLI entry does. It warms up before
// taking work, so loading and compiling the checker never eat into a task's time budget.
import { register } from 'tsx/esm/api';

register();
const { textWorkTasks, warmUpTextWork } = await import('./text-work.ts');
await warmUpTextWork();

export const check = textWorkTasks.check;
export const validate = textWorkTasks.validate;
export const validateJson = textWorkTasks.validateJson;
