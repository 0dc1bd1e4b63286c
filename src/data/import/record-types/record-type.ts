/**
 * What an entry for one record type holds: the row schema (the single source of truth for
 * its columns), how its files are recognised by name, which references and date orders are
 * checked, and how a valid row becomes a stored row. Each type is defined once, typed
 * against its own schema and its own table, and then seen by the import steps through the
 * type-free `RecordType` view below.
 */
import type { z } from 'zod';
import type { Prisma } from '../../../generated/prisma/client.js';
import { describeFields, type ImportField } from '../fields.js';

export const RECORD_TYPE_NAMES = [
  'organisation',
  'services',
  'people',
  'reviews',
  'participants',
  'actions',
  'advocate-referrals',
  'disagreements',
  'feedback',
  'changes',
  'enablement',
  'governance-samples',
  'practices',
] as const;
export type RecordTypeName = (typeof RECORD_TYPE_NAMES)[number];

/** Types other rows refer to by their `id`. */
export const REFERENCED_TYPE_NAMES = ['services', 'people', 'reviews'] as const satisfies readonly RecordTypeName[];
export type ReferencedTypeName = (typeof REFERENCED_TYPE_NAMES)[number];

export function isReferencedType(type: RecordTypeName): type is ReferencedTypeName {
  return (REFERENCED_TYPE_NAMES as readonly RecordTypeName[]).includes(type);
}

/** Resolves a provider's reference to the stored row's id (rows stored before or written earlier in this import). */
export type IdOf = (type: ReferencedTypeName, ref: string) => string;

/** A row as validated, keyed by column name. */
export type ValidRowValues = Readonly<Record<string, unknown>>;

type ColumnOf<Row> = Extract<keyof Row, string>;

/** A reference that must name a row of another type (in this import or already stored). */
export interface ReferenceRule<Column extends string = string> {
  column: Column;
  type: ReferencedTypeName;
}

/**
 * `later` must not be before `earlier` when both are present. The error is reported on the
 * column a person would correct (`blame`, default the later one), with `problem` saying why.
 */
export interface DateOrderRule<Column extends string = string> {
  earlier: Column;
  later: Column;
  blame?: 'earlier' | 'later';
  problem: string;
}

export interface RowRuleFailure<Column extends string = string> {
  column: Column;
  problem: string;
  expected: string;
}

/** The columns every stored record row has beside its own data. */
interface RecordRowKeys {
  organisationId: string;
  ref: string;
  batchId: string;
  sourceRow: number;
}

/** A stored record row: its keys, where it came from, and its data columns. */
export type StoredRecordRow = { id: string; ref: string; batchId: string; sourceRow: number } & Record<string, unknown>;

/**
 * The part of a Prisma model delegate the import uses. Each entry hands over its own
 * delegate (`tx.service`, `tx.review`, …); the compiler checks that the delegate accepts the
 * entry's stored data, so a mapping that does not fit its table does not build.
 */
export interface RecordTable<Data> {
  findMany(args: { where: { organisationId: string; ref: { in: string[] } } }): PromiseLike<StoredRecordRow[]>;
  createMany(args: { data: (Data & RecordRowKeys)[] }): PromiseLike<unknown>;
  update(args: {
    where: { organisationId_ref: { organisationId: string; ref: string } };
    data: Partial<Data> & { batchId: string; sourceRow?: number };
  }): PromiseLike<unknown>;
}

/** What a record type entry is written as, typed against its own schema and table. */
export interface RecordTypeDefinition<Schema extends z.ZodObject<{ id: z.ZodType<string, string> }>, Data extends Record<string, unknown>> {
  name: Exclude<RecordTypeName, 'organisation'>;
  /** What one row is, in a few words. */
  description: string;
  /** Matches the file name (lower case, without folders), e.g. "2026-q2-reviews.csv". */
  fileName: RegExp;
  schema: Schema;
  references: readonly ReferenceRule<ColumnOf<z.output<Schema>>>[];
  dateOrder: readonly DateOrderRule<ColumnOf<z.output<Schema>>>[];
  /** A rule that needs more than one column. */
  rowRule?: (row: z.output<Schema>) => RowRuleFailure<ColumnOf<z.output<Schema>>> | undefined;
  /** The stored row's data columns for a valid row. */
  toStored: (row: z.output<Schema>, idOf: IdOf) => Data;
  table: (tx: Prisma.TransactionClient) => RecordTable<Data>;
}

/** The parts of an entry that reading and validating use, the same for every type. */
export interface RecordTypeShape {
  name: RecordTypeName;
  description: string;
  fileName: RegExp;
  schema: z.ZodObject;
  /** Every column with its kind, whether it is required and what it means. */
  fields: readonly ImportField[];
  references: readonly ReferenceRule[];
  dateOrder: readonly DateOrderRule[];
  rowRule: (row: ValidRowValues) => RowRuleFailure | undefined;
  /** The column holding the provider's key for a row: unique per type, and what updates match on. */
  refColumn: 'id' | 'slug';
}

/** A record type keyed by the provider's `id`, as the import steps see it. */
export interface RecordType extends RecordTypeShape {
  name: Exclude<RecordTypeName, 'organisation'>;
  refColumn: 'id';
  /** Opens this type's table inside the import's transaction. */
  openTable: (tx: Prisma.TransactionClient) => OpenRecordTable;
}

/** One type's table with the row mapping bound in: what the write step needs, free of the type's own types. */
export interface OpenRecordTable {
  findByRefs(organisationId: string, refs: string[]): Promise<StoredRecordRow[]>;
  /** The data columns a valid row would write. */
  toStored(row: ValidRowValues, idOf: IdOf): Readonly<Record<string, unknown>>;
  create(rows: { organisationId: string; ref: string; batchId: string; sourceRow: number; row: ValidRowValues }[], idOf: IdOf): Promise<void>;
  update(organisationId: string, ref: string, change: { batchId: string; sourceRow?: number; row?: ValidRowValues }, idOf: IdOf): Promise<void>;
}

export function defineRecordType<Schema extends z.ZodObject<{ id: z.ZodType<string, string> }>, Data extends Record<string, unknown>>(definition: RecordTypeDefinition<Schema, Data>): RecordType {
  // Rows reach this entry only after its own schema parsed them, so they have its row type.
  const typed = (row: ValidRowValues) => row as z.output<Schema>;
  return {
    name: definition.name,
    description: definition.description,
    fileName: definition.fileName,
    schema: definition.schema,
    fields: describeFields(definition.schema),
    references: definition.references,
    dateOrder: definition.dateOrder,
    rowRule: (row) => definition.rowRule?.(typed(row)),
    refColumn: 'id',
    openTable: (tx) => {
      const table = definition.table(tx);
      return {
        findByRefs: async (organisationId, refs) => table.findMany({ where: { organisationId, ref: { in: refs } } }),
        toStored: (row, idOf) => definition.toStored(typed(row), idOf),
        create: async (rows, idOf) => {
          await table.createMany({
            data: rows.map(({ row, ...keys }) => ({ ...definition.toStored(typed(row), idOf), ...keys })),
          });
        },
        update: async (organisationId, ref, { batchId, sourceRow, row }, idOf) => {
          const data: Partial<Data> = row === undefined ? {} : definition.toStored(typed(row), idOf);
          await table.update({ where: { organisationId_ref: { organisationId, ref } }, data: { ...data, batchId, ...(sourceRow === undefined ? {} : { sourceRow }) } });
        },
      };
    },
  };
}
