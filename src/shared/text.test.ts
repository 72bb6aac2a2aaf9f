import { describe, expect, it } from 'vitest';
import { textProblem, toStorableText } from './text.js';

describe('text the application accepts: no NUL, no control characters, valid Unicode', () => {
  it.each([
    ['plain text', 'Northwind Systems', null],
    ['the empty string', '', null],
    ['tabs, line feeds and carriage returns', 'line one\r\n\tline two', null],
    ['accents, CJK and emoji', 'Müller & Söhne 東京 🚀', null],
    ['homoglyphs (Cyrillic а in "pаypal")', 'p\u0430ypal', null],
    ['a zero-width joiner inside an emoji sequence', '👩\u200D💻', null],
    ['a NUL character', 'abc\u0000def', /NUL/],
    ['a NUL character alone', '\u0000', /NUL/],
    ['a bell character', 'ring\u0007', /control/],
    ['an escape character', '\u001B[31mred', /control/],
    ['a vertical tab', 'a\u000Bb', /control/],
    ['an unpaired high surrogate', 'a\uD800b', /surrogate/],
    ['an unpaired low surrogate', '\uDC00', /surrogate/],
    ['a high surrogate at the very end', 'end\uD83D', /surrogate/],
  ])('%s', (_case, value, expected) => {
    const problem = textProblem(value);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('header text kept for the record: unstorable characters dropped, cut by characters', () => {
  it.each([
    ['ordinary text stays', 'Mozilla/5.0 (X11)', 400, 'Mozilla/5.0 (X11)'],
    ['NUL and control characters go', 'Mozilla\u0000/5.0\u0007', 400, 'Mozilla/5.0'],
    ['an unpaired surrogate goes', 'a\uD800b', 400, 'ab'],
    ['long text is cut to the limit', 'x'.repeat(500), 400, 'x'.repeat(400)],
    ['the cut never splits an emoji in two', `${'x'.repeat(399)}🚀🚀`, 400, `${'x'.repeat(399)}🚀`],
  ])('%s', (_case, value, max, expected) => {
    expect(toStorableText(value, max)).toBe(expected);
    expect(textProblem(toStorableText(value, max))).toBeNull();
  });
});
