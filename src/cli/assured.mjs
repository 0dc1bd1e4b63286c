#!/usr/bin/env node
// Entry point for `assured` and `npm run cli`: loads the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
// Exit explicitly: the PostgreSQL migration engine leaves a 10 s advisory-lock timer behind.
process.exit(await main(process.argv.slice(2)));
