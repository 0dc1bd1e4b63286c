import { describe, expect, it } from 'vitest';
import { countedTokens, countPortalText, countText, firstTokenPastLimit } from '../../src/text/count-text.js';
import { readMarkdownBlocks } from '../../src/text/read-markdown.js';

describe('countText options: how a portal counts', () => {
  const text = '- first point\n- second point\n\nA closing line.';

  it('counts every break as one space by default, as a word processor does', () => {
    expect(countText(text)).toEqual({ words: 7, charactersNoSpaces: 34, characters: 40 });
  });

  it('counts each typed line break once, a blank line between paragraphs twice', () => {
    // first point ⏎ second point ⏎⏎ A closing line: 4 spaces inside lines, 1 + 2 line breaks.
    expect(countText(text, { lineBreaks: 'newline' })).toEqual({ words: 7, charactersNoSpaces: 34, characters: 41 });
  });

  it('counts Windows line endings as two characters each', () => {
    expect(countText(text, { lineBreaks: 'crlf' }).characters).toBe(34 + 4 + 6);
  });

  it('counts typed list markers when the portal sees them', () => {
    expect(countText(text, { listMarkers: 'count' })).toEqual({ words: 9, charactersNoSpaces: 36, characters: 44 });
    expect(countText('3. third\n4. fourth', { listMarkers: 'count' }).words).toBe(4);
  });

  it('treats soft line breaks inside a paragraph as breaks a form would count', () => {
    expect(countText('one\ntwo', { lineBreaks: 'crlf' }).characters).toBe(8);
    expect(countText('one\ntwo').characters).toBe(7);
  });

  it('leaves hidden HTML out and keeps inline code, autolinks and code blocks', () => {
    expect(countText('Call <b>us</b> now').words).toBe(3);
    expect(countText('Run `npm test` at <https://example.org>').words).toBe(5);
    expect(countText('Text\n\n```\ncode line\n```').words).toBe(3);
  });

  it('places each token at its source offsets and finds the first token past a limit', () => {
    const source = '**Key** workers _send_ it';
    const tokens = countedTokens(source);
    expect(tokens.map((token) => source.slice(token.start, token.end))).toEqual(['Key', 'workers', 'send', 'it']);
    expect(firstTokenPastLimit(tokens, 'words', 3)).toBe(3);
    expect(firstTokenPastLimit(tokens, 'characters', 10)).toBe(1);
    expect(firstTokenPastLimit(tokens, 'characters-no-spaces', 100)).toBeUndefined();
  });
});

describe('readMarkdownBlocks', () => {
  it('keeps the nesting limits of the reader for every consumer', () => {
    expect(() => readMarkdownBlocks(`${'> '.repeat(40)}deep`)).toThrow(/nested too deeply at line 1/);
    expect(() => countText(`${'- '.repeat(40)}deep`)).toThrow(/nested too deeply/);
  });

  it('marks list paragraphs with their kind, number and typed marker', () => {
    const blocks = readMarkdownBlocks('# Title\n\n3. first\n\n   more\n4. second\n\n> - quoted');
    expect(blocks.map(({ kind, number, listMarker }) => ({ kind, number, listMarker }))).toEqual([
      { kind: 'heading', number: undefined, listMarker: undefined },
      { kind: 'numbered', number: 3, listMarker: '3.' },
      { kind: 'numbered', number: 3, listMarker: undefined },
      { kind: 'numbered', number: 4, listMarker: '4.' },
      { kind: 'bullet', number: undefined, listMarker: '-' },
    ]);
  });
});

describe('counting text as a portal receives it', () => {
  // Five paragraphs separated by blank lines: what `--portal` writes and a writer pastes.
  const paragraphs = ['First paragraph here.', 'Second one, with 96% in it.', 'Third.', 'Fourth paragraph.', 'Fifth and last.'];
  const file = paragraphs.join('\n\n');

  it('never reports plain text shorter than it is: a paragraph break is not one space', () => {
    expect(countText(file, { format: 'plain' }).characters).toBeGreaterThanOrEqual(file.length);
  });

  it('counts by the strictest portal rule unless told otherwise', () => {
    // Each "\n" sent as CRLF: two characters per line break.
    expect(countPortalText(file).characters).toBe(file.length + 8);
    expect(countPortalText(file, { lineBreaks: 'newline' }).characters).toBe(file.length);
    expect(countPortalText('- one\n- two').words).toBe(4);
    expect(countPortalText('- one\n- two', { listMarkers: 'skip' }).words).toBe(2);
    expect(countPortalText(file, { lineBreaks: 'newline' }).charactersNoSpaces).toBe(file.replace(/\s/g, '').length);
  });
});
