import { describe, expect, it } from 'vitest';
import { MAX_LOGO_BYTES, parseLogoDataUrl } from './settings.rules.js';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const dataUrl = (type: string, bytes: Buffer) => `data:${type};base64,${bytes.toString('base64')}`;

describe('logo uploads', () => {
  it('reads the image type from the bytes, not from the claimed type', () => {
    const parsed = parseLogoDataUrl(dataUrl('image/jpeg', png));
    expect(parsed.ok && parsed.image.contentType).toBe('image/png');
  });
  it('refuses SVG, non-images, empty and oversized files', () => {
    expect(parseLogoDataUrl(dataUrl('image/svg+xml', Buffer.from('<svg onload="alert(1)"/>'))).ok).toBe(false);
    expect(parseLogoDataUrl('not a data url').ok).toBe(false);
    expect(parseLogoDataUrl('data:image/png;base64,').ok).toBe(false);
    const big = Buffer.concat([png, Buffer.alloc(MAX_LOGO_BYTES)]);
    const result = parseLogoDataUrl(dataUrl('image/png', big));
    expect(result.ok === false && result.reason).toMatch(/KiB/);
  });
});
