import type { Figure, Standard } from './evidence-pack-schema.js';

/** A figure's value as it is written in text: "83%", "4.3", "2:1", "7". Rounds percentages to whole numbers (within the validator's ±0.5). */
export function formatFigureValue(figure: Pick<Figure, 'unit'> & Partial<Pick<Figure, 'value' | 'numerator' | 'denominator'>>, value: Figure['value'] | undefined): string {
  if (value === null || value === undefined) return 'n/a';
  if (typeof value === 'string') return value;
  switch (figure.unit) {
    case 'percent':
      // From the counts when they are there: 5 of 11 is 45%, though its one-decimal value 45.5 would round to 46.
      if (value === figure.value && figure.numerator !== undefined && figure.denominator !== undefined && figure.denominator > 0) return `${Math.round((figure.numerator / figure.denominator) * 100)}%`;
      return `${Math.round(value)}%`;
    case 'score':
      return value.toFixed(1);
    default:
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
  }
}

/** "35 of 42" when the figure has both parts. */
export function formatFraction(figure: Figure): string | undefined {
  return figure.numerator !== undefined && figure.denominator !== undefined ? `${figure.numerator} of ${figure.denominator}` : undefined;
}

/** "3–5 days", "5 working days", "48 hours". */
export function formatStandard(standard: Standard): string {
  const range = standard.max !== undefined ? `${standard.value}–${standard.max}` : String(standard.value);
  return standard.unit === 'count' ? range : `${range} ${standard.unit}`;
}
