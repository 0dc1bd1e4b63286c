/**
 * Prisma's own schema engine, compiled to WebAssembly, driven through a driver adapter.
 * It applies `prisma/migrations/*` exactly as `prisma migrate deploy` would (records in
 * `_prisma_migrations`) and writes the SQL of new migrations, without the native engine
 * download that fails offline.
 *
 * The package's ESM entry imports a `.wasm` file, which Node 20 cannot load, so the module
 * is instantiated here by hand with the generated JS glue as its import object.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';

export const PRISMA_DIR = fileURLToPath(new URL('../../../prisma/', import.meta.url));
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');

let wasmReady: Promise<void> | undefined;

/** The slice of the WebAssembly global that Node provides (Node's types omit it without the DOM lib). */
interface WasmRuntime {
  instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const { WebAssembly: wasmRuntime } = globalThis as unknown as { WebAssembly: WasmRuntime };

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const wasmPath = fileURLToPath(import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm'));
    const bytes = await readFile(wasmPath);
    const { instance } = await wasmRuntime.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

export async function readSchema(): Promise<string> {
  return readFile(SCHEMA_PATH, 'utf8');
}

/** The migrations folder as the engine expects it (Prisma's folder format). */
export async function readMigrationList(migrationsDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const directories = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const migrationDirectories = await Promise.all(
    directories.map(async (name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      const content = await readFile(file, 'utf8').then(
        (text) => ({ tag: 'ok' as const, value: text }),
        (error: Error) => ({ tag: 'error' as const, value: error.message }),
      );
      return { path: name, migrationFile: { path: 'migration.sql', content } };
    }),
  );
  const lockfilePath = path.join(migrationsDir, 'migration_lock.toml');
  const lockContent = await readFile(lockfilePath, 'utf8').catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

async function withEngine<T>(adapterFactory: SqlMigrationAwareDriverAdapterFactory, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const schema = await readSchema();
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

/** Applies every migration not yet recorded in `_prisma_migrations`; returns the names applied. */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const migrationsList = await readMigrationList();
  const result = await withEngine(adapterFactory, (engine) => engine.applyMigrations({ migrationsList, filters: NO_FILTERS }));
  return result.appliedMigrationNames;
}

/**
 * SQL that takes a database from the committed migration history to the current schema.
 * Empty when the schema and the migrations agree. Needs a database for the shadow replay.
 */
export async function diffMigrationsToSchema(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  const migrationsList = await readMigrationList();
  const schema = await readSchema();
  const from = migrationsList.migrationDirectories.length > 0 ? { tag: 'migrations' as const, ...migrationsList } : { tag: 'empty' as const };
  const result = await withEngine(adapterFactory, (engine) =>
    engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    }),
  );
  return result.stdout ?? '';
}
