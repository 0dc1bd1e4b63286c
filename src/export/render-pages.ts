/**
 * Renders a Word document to PDF with LibreOffice and reads each page's text back with poppler,
 * so a page limit is judged on the pages a commissioner would print, not on an estimate.
 * Each render gets a throwaway LibreOffice profile: two renders at once on one profile fail.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { AppError } from '../shared/app-error.js';

const run = promisify(execFile);
const RENDER_TIMEOUT_MS = 120_000;
const INSTALL_HINT = 'install LibreOffice Writer and poppler (apt-get install libreoffice-writer poppler-utils)';

export interface RenderedPdf {
  pdf: Buffer;
  /** The text of each page, in order (pdftotext's layout mode). */
  pages: string[];
}

async function tool(program: string, args: string[], what: string): Promise<string> {
  try {
    return (await run(program, args, { timeout: RENDER_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new AppError(
      'RENDERER_UNAVAILABLE',
      missing ? `Cannot ${what}: ${program} is not installed; ${INSTALL_HINT}` : `Cannot ${what}: ${program} failed (${(error as Error).message.split('\n')[0]})`,
      { cause: error },
    );
  }
}

export async function renderDocxToPdf(docx: Buffer): Promise<RenderedPdf> {
  const dir = await mkdtemp(path.join(tmpdir(), 'assured-render-'));
  try {
    const input = path.join(dir, 'document.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    await tool('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', dir, input], 'render the document to count its pages');
    const pdfPath = path.join(dir, 'document.pdf');
    const info = await tool('pdfinfo', [pdfPath], 'read the rendered PDF');
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const text = await tool('pdftotext', ['-layout', pdfPath, '-'], 'read the rendered PDF');
    // pdftotext ends every page with a form feed.
    return { pdf: await readFile(pdfPath), pages: text.split('\f').slice(0, count) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * How many pages each answer takes, given the text its page starts with (its heading) and that
 * every answer starts a new page. Pages after the last answer that start with `endMarker` (an
 * appendix) are not counted against it.
 */
export function pagesPerAnswer(pages: readonly string[], headings: readonly string[], endMarker?: string): number[] {
  const flatPages = pages.map(flat);
  // Headings wrap across lines: match a prefix that fits on one line of any page.
  const key = (heading: string): string => flat(heading).slice(0, 40);
  const starts: number[] = [];
  let from = 0;
  for (const heading of headings) {
    const found = flatPages.findIndex((page, index) => index >= from && page.includes(key(heading)));
    if (found < 0) throw new AppError('INTERNAL', `Rendered document has no page starting "${key(heading)}"`);
    starts.push(found);
    from = found + 1;
  }
  const endIndex = endMarker === undefined ? -1 : flatPages.findIndex((page, index) => index >= from && page.includes(endMarker));
  const end = endIndex < 0 ? pages.length : endIndex;
  return starts.map((start, index) => (starts[index + 1] ?? end) - start);
}
