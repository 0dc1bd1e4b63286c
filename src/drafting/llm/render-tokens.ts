/**
 * The model writes numbers as tokens; Assured renders them from the evidence pack through the
 * same function as the template drafter (describeFigure / describeStandards):
 * `{{fig:ID}}` value, `{{fig:ID:fraction}}` "162 of 189 reviews", `{{fig:ID:trend}}` "from 80% to 86%",
 * `{{std:ID}}` a standard. An unknown ID, an unknown part or a figure with no value is a finding.
 */
import type { EvidencePack } from '../../evidence/evidence-pack-schema.js';
import { describeFigure, describeStandards } from '../describe-figure.js';

const TOKEN = /\{\{\s*(fig|std)\s*:\s*([a-z0-9-]+)\s*(?::\s*([a-z]+)\s*)?\}\}/gi;
const LEFTOVER = /\{\{[^}]*\}\}/;

export interface RenderedTokens {
  text: string;
  findings: string[];
  figureIds: string[];
  standardIds: string[];
}

export function renderTokens(text: string, pack: EvidencePack): RenderedTokens {
  const findings: string[] = [];
  const figureIds = new Set<string>();
  const standardIds = new Set<string>();
  const standards = describeStandards(pack.standards);
  const rendered = text.replace(TOKEN, (token, kind: string, id: string, part: string | undefined) => {
    if (kind.toLowerCase() === 'std') {
      const value = standards[id];
      if (value === undefined || part) {
        findings.push(`unknown token ${token}: no standard "${id}"${part ? ` with part "${part}"` : ''}`);
        return token;
      }
      standardIds.add(id);
      return value;
    }
    const figure = pack.figures.find((candidate) => candidate.id === id);
    if (!figure || figure.value === null) {
      findings.push(`unknown token ${token}: ${figure ? `figure "${id}" has no value for this period` : `no figure "${id}"`}`);
      return token;
    }
    const text = describeFigure(figure);
    const value = part === undefined ? text.value : part === 'fraction' ? text.counted : part === 'trend' ? text.trend : undefined;
    if (value === undefined) {
      findings.push(`unknown token ${token}: figure "${id}" has no ${part}`);
      return token;
    }
    figureIds.add(id);
    return value;
  });
  if (LEFTOVER.test(rendered) && findings.length === 0) findings.push(`malformed token ${LEFTOVER.exec(rendered)![0]}`);
  return { text: rendered, findings, figureIds: [...figureIds], standardIds: [...standardIds] };
}
