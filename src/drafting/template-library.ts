/**
 * Handlebars templates under templates/, one folder per slot (e.g. `paragraph/behaviour`),
 * several `.hbs` variants per slot so sections do not read like a form. `*.short.hbs` are the
 * shortened variants used when the word limit is tight. Variants are chosen deterministically
 * from a seed (organisation + period), so the same inputs always give the same text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { AppError } from '../shared/app-error.js';
import { joinList } from '../shared/english-text.js';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export type Length = 'full' | 'short';

interface Slot {
  full: { name: string; render: Handlebars.TemplateDelegate }[];
  short: { name: string; render: Handlebars.TemplateDelegate }[];
}

/**
 * The first letter upper case, after any opening quote or bracket: a sentence opening with
 * '"you said, we did" changes' would not be read as a new sentence, and its figure would be
 * checked against the sentence before.
 */
export function capitalise(text: string): string {
  return text.replace(/^([\s"“‘'(\[]*)(\p{Ll})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}

/** FNV-1a: a small, stable hash for choosing variants. */
export function seedHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function createEnvironment(): typeof Handlebars {
  const env = Handlebars.create();
  env.registerHelper('list', (items: unknown, last: unknown) => joinList(Array.isArray(items) ? items.map(String) : [], typeof last === 'string' ? last : 'and'));
  env.registerHelper('semi', (items: unknown) => (Array.isArray(items) ? items.map(String).join('; ') : ''));
  env.registerHelper('cap', (text: unknown) => capitalise(typeof text === 'string' ? text : ''));
  return env;
}

function listTemplates(root: string, relative = ''): Map<string, string[]> {
  const slots = new Map<string, string[]>();
  const folder = path.join(root, relative);
  for (const entry of readdirSync(folder).sort()) {
    const full = path.join(folder, entry);
    if (statSync(full).isDirectory()) {
      for (const [slot, files] of listTemplates(root, path.join(relative, entry))) slots.set(slot, files);
    } else if (entry.endsWith('.hbs')) {
      const slot = relative.split(path.sep).join('/');
      slots.set(slot, [...(slots.get(slot) ?? []), full]);
    }
  }
  return slots;
}

export class TemplateLibrary {
  private readonly slots = new Map<string, Slot>();

  constructor(readonly root: string = TEMPLATES_DIR) {
    const env = createEnvironment();
    for (const [slot, files] of listTemplates(root)) {
      const compiled: Slot = { full: [], short: [] };
      for (const file of files) {
        const name = path.basename(file);
        const render = env.compile(readFileSync(file, 'utf8'), { noEscape: true });
        (name.endsWith('.short.hbs') ? compiled.short : compiled.full).push({ name, render });
      }
      this.slots.set(slot, compiled);
    }
  }

  slotNames(): string[] {
    return [...this.slots.keys()].sort();
  }

  variantCount(slot: string, length: Length = 'full'): number {
    const found = this.slots.get(slot);
    return found ? (length === 'short' && found.short.length > 0 ? found.short : found.full).length : 0;
  }

  /** Renders one variant of a slot; `seed` picks it, `shift` moves to the next one (used to try alternatives). */
  render(slot: string, context: object, options: { seed: string; length?: Length; shift?: number }): string {
    const found = this.slots.get(slot);
    if (!found) throw new AppError('INTERNAL', `No templates for "${slot}" under ${this.root}`);
    const variants = options.length === 'short' && found.short.length > 0 ? found.short : found.full.length > 0 ? found.full : found.short;
    const pick = variants[(seedHash(`${options.seed}|${slot}`) + (options.shift ?? 0)) % variants.length]!;
    return pick.render(context).replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').trim();
  }
}

let shared: TemplateLibrary | undefined;

/** The templates shipped with Assured, loaded once. */
export function defaultTemplates(): TemplateLibrary {
  shared ??= new TemplateLibrary();
  return shared;
}
