/**
 * The three things a bid team takes out of Assured for one tender, for any number of answers in
 * the buyer's order: the submission document, the verification pack and the portal text.
 * `bid` and the API call these; `export` is the same through the command line.
 */
import type { Section } from '../section/section-schema.js';
import { exportSections, type ExportSectionsOptions, type ExportSectionsResult } from './export-sections.js';
import { portalBundle, type PortalBundle, type PortalOptionsInput } from './portal-text.js';
import { renderVerificationPackDocx, renderVerificationPackHtml } from './render-verification-pack.js';
import { buildVerificationPack, type VerificationPackModel, type VerificationPackOptions } from './verification-pack.js';

export type SubmissionOptions = Omit<ExportSectionsOptions, 'sections' | 'format'>;

/** The submission as Word: each question once and its answer, each on its own page, in the order given. */
export async function renderSubmissionDocx(answers: Section[], options: SubmissionOptions = {}): Promise<ExportSectionsResult & { content: Buffer }> {
  const result = await exportSections({ ...options, sections: answers, format: 'docx' });
  return { ...result, content: result.content as Buffer };
}

export type VerificationPackFormat = 'docx' | 'html';

export interface RenderedVerificationPack {
  content: Buffer | string;
  model: VerificationPackModel;
}

/** The verification pack for the bid team, as Word or HTML. */
export async function renderVerificationPack(answers: readonly Section[], options: VerificationPackOptions & { format: VerificationPackFormat }): Promise<RenderedVerificationPack> {
  const { format, ...rest } = options;
  const model = await buildVerificationPack(answers, rest);
  return { content: format === 'docx' ? await renderVerificationPackDocx(model) : renderVerificationPackHtml(model), model };
}

/** One `.txt` per answer and a JSON of counts, as a tender portal counts them. */
export function renderPortalText(answers: readonly Section[], options: PortalOptionsInput = {}): PortalBundle {
  return portalBundle(answers, options);
}

export { portalText } from './portal-text.js';
