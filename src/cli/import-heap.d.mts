/** Types of import-heap.mjs (plain JavaScript, loaded before TypeScript is). */
export declare const IMPORT_OLD_SPACE_MB: number;
export declare const IMPORT_SEMI_SPACE_MB: number;
export declare const IMPORT_CAP_FROM_BYTES: number;
export declare function importHeapFlags(args: readonly string[], env?: NodeJS.ProcessEnv, sizeOf?: (file: string) => number): string[] | undefined;
export declare function runWithFlags(flags: readonly string[], entry: string, args: readonly string[]): Promise<number>;
export declare function isCappedImportChild(env?: NodeJS.ProcessEnv): boolean;
