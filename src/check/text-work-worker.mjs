// Worker-thread entry of the text-work pool (run-check-isolated.ts): a worker starts without the
// parent's TypeScript loader, so it registers tsx itself, as the CLI entry does. It warms up before
// taking work, so loading and compiling the checker never eat into a task's time budget.
import { setPriority } from 'node:os';
import { register } from 'tsx/esm/api';

// Text work runs at a lower scheduling priority than the thread serving requests, so on a machine
// with fewer free cores than workers the event loop still gets the CPU first (on Linux the
// priority is per thread). Where the system refuses, the worker runs at normal priority.
try {
  setPriority(10);
} catch {
  // not permitted here: normal priority
}
register();
const { textWorkTasks, warmUpTextWork } = await import('./text-work.ts');
await warmUpTextWork();

export const check = textWorkTasks.check;
export const checkJson = textWorkTasks.checkJson;
export const validate = textWorkTasks.validate;
export const validateJson = textWorkTasks.validateJson;
