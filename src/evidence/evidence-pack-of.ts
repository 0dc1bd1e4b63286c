/**
 * The evidence pack inside a larger result (figures with their scope, a section): what the
 * validator and checker need, and nothing else, so no caller forgets a part of it.
 */
import type { EvidencePack } from './evidence-pack-schema.js';

export function evidencePackOf(result: EvidencePack): EvidencePack {
  return {
    figures: result.figures,
    standards: result.standards,
    ...(result.practices ? { practices: result.practices } : {}),
    ...(result.declaredPractices ? { declaredPractices: result.declaredPractices } : {}),
  };
}
