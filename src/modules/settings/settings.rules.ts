export const MAX_LOGO_BYTES = 512 * 1024;

export type LogoImage = { bytes: Buffer; contentType: 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif' };

/**
 * Decodes an uploaded logo given as a data URL. The image type is read from the file's own magic
 * bytes, not trusted from the client; SVG is refused because it can carry script.
 */
export function parseLogoDataUrl(dataUrl: string): { ok: true; image: LogoImage } | { ok: false; reason: string } {
  const match = /^data:([a-z/+.-]+);base64,([A-Za-z0-9+/=\s]+)$/.exec(dataUrl);
  if (!match?.[2]) return { ok: false, reason: 'must be a data URL with base64 content (data:image/png;base64,…)' };
  const bytes = Buffer.from(match[2], 'base64');
  if (bytes.length === 0) return { ok: false, reason: 'is empty' };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, reason: `must be at most ${MAX_LOGO_BYTES / 1024} KiB` };
  const contentType = sniffImageType(bytes);
  if (!contentType) return { ok: false, reason: 'must be a PNG, JPEG, WebP or GIF image' };
  return { ok: true, image: { bytes, contentType } };
}

function sniffImageType(bytes: Buffer): LogoImage['contentType'] | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP')
    return 'image/webp';
  if (bytes.subarray(0, 6).toString('latin1') === 'GIF87a' || bytes.subarray(0, 6).toString('latin1') === 'GIF89a')
    return 'image/gif';
  return null;
}
