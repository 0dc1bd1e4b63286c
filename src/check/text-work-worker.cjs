// Worker-thread entry of the text-work pool (run-check-isolated.ts). It is CommonJS on purpose:
// piscina loads its file with require() first, and on Node 20 requiring an ES module that awaits at
// top level goes through require(esm), which has aborted the whole process with a V8 fatal error
// ("IsGraphAsync … instantiated module") while a worker was starting under load. A CommonJS file
// never takes that path; the checker is loaded with import() below.
//
// A worker starts without the parent's TypeScript loader, so it registers tsx itself, as the CLI
// entry does. The checker is loaded and warmed up as soon as the thread starts; every task waits
// for that, and the pool's own warm-up task per thread finishes before any time budget starts.
'use strict';
const { setPriority } = require('node:os');

// Text work runs at a lower scheduling priority than the thread serving requests, so on a machine
// with fewer free cores than workers the event loop still gets the CPU first (on Linux the
// priority is per thread). Where the system refuses, the worker runs at normal priority.
try {
  setPriority(10);
} catch {
  // not permitted here: normal priority
}

async function loadTextWork() {
  const { register } = await import('tsx/esm/api');
  register();
  const { textWorkTasks, warmUpTextWork } = await import('./text-work.ts');
  await warmUpTextWork();
  return textWorkTasks;
}

const loaded = loadTextWork();
// A failure is reported to each task that waits on it; this only keeps it from also being an
// unhandled rejection before the first task arrives.
loaded.catch(() => {});

const check = async (task) => (await loaded).check(task);
const checkJson = async (task) => (await loaded).checkJson(task);
const validate = async (task) => (await loaded).validate(task);
const validateJson = async (task) => (await loaded).validateJson(task);

// piscina looks up a default handler when a thread starts; marking this as an ES-style module with a
// function there lets it take this require() result instead of importing the file a second time.
module.exports = { __esModule: true, default: check, check, checkJson, validate, validateJson };
