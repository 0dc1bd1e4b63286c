/**
 * File names of downloads, written for people: "Harbour Care – Supported Living Framework –
 * Lot 2 – Q4.2.docx". The header carries the name twice (RFC 6266): `filename*` in UTF-8
 * (RFC 5987) for every browser of the last decade, and `filename` in plain ASCII for the rest.
 */

/** Characters no file system takes in a name, and controls. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/gu;

export function downloadName(parts: readonly (string | null | undefined)[], extension: string): string {
  const name = parts
    .map((part) => (part ?? '').replace(UNSAFE, ' ').replace(/\s+/gu, ' ').trim())
    .filter((part) => part.length > 0)
    .join(' – ');
  // Long names are cut at a word, well under the 255 bytes most file systems allow.
  const short = name.length > 150 ? name.slice(0, 150).replace(/\s+\S*$/u, '') : name;
  return `${short || 'download'}.${extension}`;
}

/** "2" reads "Lot 2"; a lot already named ("Lot 2: North") is kept as written. */
export function lotLabel(lot: string | null | undefined): string | undefined {
  if (!lot?.trim()) return undefined;
  return /^lot\b/iu.test(lot.trim()) ? lot.trim() : `Lot ${lot.trim()}`;
}

/** "4.2" reads "Q4.2"; a number the buyer already wrote as "Q4" is kept. */
export function questionLabel(number: string): string {
  return /^q/iu.test(number.trim()) ? number.trim() : `Q${number.trim()}`;
}

function asciiFallback(name: string): string {
  return name
    .replace(/[\u2013\u2014]/gu, '-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^\x20-\x7e]/gu, '_')
    .replace(/[%\\"]/gu, '_');
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/gu, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(name: string): string {
  const fallback = asciiFallback(name);
  return fallback === name ? `attachment; filename="${name}"` : `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
