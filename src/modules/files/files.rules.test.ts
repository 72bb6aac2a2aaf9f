import { describe, expect, it } from 'vitest';
import { classifyText, contentDisposition, describeTypes, IMAGE_TYPES, sanitizeFileName, storageKeyOf } from './files.rules.js';

describe('the name a file is shown and downloaded under', () => {
  it.each([
    ['keeps an ordinary name', 'Signed NDA.pdf', 'Signed NDA.pdf'],
    ['takes the last segment of a Windows path', 'C:\\Users\\ada\\logo.png', 'logo.png'],
    ['takes the last segment of a Unix path, never a path', '../../etc/passwd', 'passwd'],
    ['drops control characters', 'a\u0000b\u0007c.txt', 'abc.txt'],
    ['drops direction overrides that disguise the extension', 'invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['drops leading dots (no hidden files)', '...env', 'env'],
    ['names a nameless file by its type', '', 'file.png'],
    ['names a file of only dots by its type', '..', 'file.png'],
  ])('%s', (_rule, raw, expected) => {
    expect(sanitizeFileName(raw, 'image/png')).toBe(expected);
  });

  it('cuts a long name to 200 characters, keeping its extension', () => {
    const name = sanitizeFileName(`${'x'.repeat(300)}.pdf`, 'application/pdf');
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('how a download is presented', () => {
  it('shows raster images inline and everything else as an attachment, with an RFC 5987 name', () => {
    expect(contentDisposition('image/png', 'logo.png')).toBe(`inline; filename="logo.png"; filename*=UTF-8''logo.png`);
    expect(contentDisposition('application/pdf', 'Vertrag (März).pdf')).toBe(
      `attachment; filename="Vertrag (M_rz).pdf"; filename*=UTF-8''Vertrag%20%28M%C3%A4rz%29.pdf`,
    );
    expect(contentDisposition('text/plain', 'a"b\\c;d%e.txt')).toBe(
      `attachment; filename="a_b_c_d_e.txt"; filename*=UTF-8''a%22b%5Cc%3Bd%25e.txt`,
    );
    expect(contentDisposition('image/svg+xml', 'x.svg')).toMatch(/^attachment;/);
  });

  it('says which types a kind takes in words', () => {
    expect(describeTypes(IMAGE_TYPES)).toBe('PNG, JPEG, GIF or WebP');
  });
});

describe('what unrecognised bytes are', () => {
  it.each([
    ['plain UTF-8 text', 'Hello, wörld\n', 'text/plain'],
    ['SVG, even behind an XML declaration', '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml'],
    ['HTML', '<!doctype html><p>hi', 'text/html'],
    ['a script tag', 'hello <script>alert(1)</script>', 'text/html'],
    ['other XML', '<?xml version="1.0"?><a/>', 'application/xml'],
  ])('%s', (_rule, value, expected) => {
    expect(classifyText(Buffer.from(value))).toBe(expected);
  });

  it('is unknown when it is not text', () => {
    expect(classifyText(Buffer.from([0xff, 0xfe, 0x00, 0x01]))).toBeNull();
    expect(classifyText(Buffer.from('binary\u0000data'))).toBeNull();
  });

  it('still reads text whose head was cut inside a character', () => {
    const text = Buffer.from('ab€');
    expect(classifyText(text.subarray(0, text.length - 1))).toBe('text/plain');
  });

  it('stores under a generated key, never a name', () => {
    expect(storageKeyOf('0193a1b2-0000-7000-8000-0000000000ff')).toBe('ff/0193a1b2-0000-7000-8000-0000000000ff');
  });
});
