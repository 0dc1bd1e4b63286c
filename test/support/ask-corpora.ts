/**
 * The named-term and element ask corpora (fixtures/questions/*-asks.json), read and checked
 * against one shape: the shape test and the scorers read the same thing.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { NAMED_TERMS } from '../../src/drafting/data/named-terms.js';
import { ELEMENT_IDS } from '../../src/drafting/plan/data/topic-elements.js';

const ZAsk = { split: z.enum(['dev', 'test']), text: z.string().min(20).max(400) };
const ZTermAsks = z.array(z.strictObject({ term: z.enum(NAMED_TERMS.map((term) => term.name) as [string, ...string[]]), ...ZAsk }));
const ZElementAsks = z.array(z.strictObject({ element: z.enum(ELEMENT_IDS), ...ZAsk }));

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../fixtures/questions/${file}`, import.meta.url), 'utf8')) as unknown;

/** Each part labelled with the named term it asks about. */
export const readTermAsks = () => ZTermAsks.parse(read('named-term-asks.json'));
/** Each part labelled with the answer element it asks for. */
export const readElementAsks = () => ZElementAsks.parse(read('element-asks.json'));
