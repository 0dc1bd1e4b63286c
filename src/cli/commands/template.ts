import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeTemplateCsvs, writeTemplateWorkbook } from '../../data/import/template/write-template.js';
import { EXIT_OK } from '../command.js';
import { defineCommand } from '../define-command.js';
import { InputError } from '../read-input.js';

export const templateCommand = defineCommand({
  name: 'template',
  summary: 'Write the import template: a workbook with a sheet per record type, or one CSV per record type',
  usage: 'assured template (--out FILE.xlsx | --csv DIR)',
  flags: {
    out: { type: 'string', value: 'FILE', description: 'write the workbook here (dropdowns for coded columns, date formats, a "Read me" sheet)', defaultText: 'none', example: '--out assured-template.xlsx' },
    csv: { type: 'string', value: 'DIR', description: 'write one CSV per record type (header and an example row) into this folder', defaultText: 'none', example: '--csv templates' },
  },
  examples: ['assured template --out assured-template.xlsx', 'assured template --csv templates', 'assured import assured-template.xlsx --dry-run'],
  notes: ['Each sheet has one example row that imports as it is: delete it before filling in your own records.'],
  async run({ values }, io) {
    if (values.out === undefined && values.csv === undefined) throw new InputError('give --out FILE.xlsx or --csv DIR');
    const written: string[] = [];
    if (values.out !== undefined) {
      if (!values.out.toLowerCase().endsWith('.xlsx')) throw new InputError(`--out must name an .xlsx file (got "${values.out}")`);
      const target = path.resolve(io.cwd, values.out);
      await writeFile(target, await writeTemplateWorkbook());
      written.push(path.relative(io.cwd, target));
    }
    if (values.csv !== undefined) {
      const folder = path.resolve(io.cwd, values.csv);
      await mkdir(folder, { recursive: true });
      for (const [name, content] of writeTemplateCsvs()) {
        await writeFile(path.join(folder, name), content);
        written.push(path.relative(io.cwd, path.join(folder, name)));
      }
    }
    io.stdout(`Wrote ${written.join(', ')}`);
    return EXIT_OK;
  },
});
