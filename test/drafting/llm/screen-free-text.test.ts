import { describe, expect, it } from 'vitest';
import { screenFreeText } from '../../../src/drafting/screen-free-text.js';
import { ordinaryTexts, plantedTexts } from './planted-text.js';

describe('screenFreeText', () => {
  it.each(plantedTexts)('withholds $shape', ({ text }) => {
    expect(screenFreeText(text, 'phrase')).not.toEqual([]);
  });

  it.each(plantedTexts.filter((planted) => !planted.bareName))('withholds $shape as a place', ({ text }) => {
    expect(screenFreeText(text, 'place')).not.toEqual([]);
  });

  it.each(ordinaryTexts)('lets "$text" through as a $kind', ({ text, kind }) => {
    expect(screenFreeText(text, kind)).toEqual([]);
  });

  it('says why, and withholds text longer than an imported description could be', () => {
    expect(screenFreeText('confirmed by his mother Mary Jones on 07700 900123', 'phrase')).toEqual(['a name', 'a phone number']);
    expect(screenFreeText('a'.repeat(201), 'phrase')).toEqual(['longer than 200 characters']);
  });
});
