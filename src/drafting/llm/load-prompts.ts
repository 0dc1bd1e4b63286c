import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

export const PROMPTS_DIR = fileURLToPath(new URL('../../../prompts/', import.meta.url));

export interface Prompts {
  system: string;
  user: Handlebars.TemplateDelegate;
  retry: Handlebars.TemplateDelegate;
}

let loaded: Prompts | undefined;

/** prompts/system.md, prompts/user.hbs and prompts/retry.hbs, read once. */
export function loadPrompts(dir: string = PROMPTS_DIR): Prompts {
  if (loaded && dir === PROMPTS_DIR) return loaded;
  const env = Handlebars.create();
  const read = (name: string) => readFileSync(new URL(name, `file://${dir.endsWith('/') ? dir : `${dir}/`}`), 'utf8');
  const prompts: Prompts = {
    system: read('system.md'),
    user: env.compile(read('user.hbs'), { noEscape: true }),
    retry: env.compile(read('retry.hbs'), { noEscape: true }),
  };
  if (dir === PROMPTS_DIR) loaded = prompts;
  return prompts;
}
