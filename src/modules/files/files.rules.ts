/**
 * Pure rules of the files module: what a stored name may be, how a download is presented, and
 * which text counts as plain text. Types are detected from the bytes (`file-type`); the name and
 * the client's Content-Type are never believed.
 */

/** Raster images a browser may show in the page; everything else downloads as an attachment. */
export const INLINE_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

export const IMAGE_TYPES = INLINE_TYPES;

/** Office and PDF documents, images and plain text: what a document attached to a record may be. */
export const DOCUMENT_TYPES: readonly string[] = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'text/plain',
  ...INLINE_TYPES,
];

/** What people call a type, for messages and the upload hint ("PNG, JPEG or WebP"). */
const TYPE_NAMES: Record<string, { name: string; extension: string }> = {
  'image/png': { name: 'PNG', extension: 'png' },
  'image/jpeg': { name: 'JPEG', extension: 'jpg' },
  'image/gif': { name: 'GIF', extension: 'gif' },
  'image/webp': { name: 'WebP', extension: 'webp' },
  'image/svg+xml': { name: 'SVG', extension: 'svg' },
  'application/pdf': { name: 'PDF', extension: 'pdf' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { name: 'Word', extension: 'docx' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { name: 'Excel', extension: 'xlsx' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { name: 'PowerPoint', extension: 'pptx' },
  'application/vnd.oasis.opendocument.text': { name: 'OpenDocument text', extension: 'odt' },
  'application/vnd.oasis.opendocument.spreadsheet': { name: 'OpenDocument spreadsheet', extension: 'ods' },
  'application/vnd.oasis.opendocument.presentation': { name: 'OpenDocument presentation', extension: 'odp' },
  'text/plain': { name: 'plain text', extension: 'txt' },
  'text/html': { name: 'HTML', extension: 'html' },
  'application/xml': { name: 'XML', extension: 'xml' },
};

export function typeName(type: string): string {
  return TYPE_NAMES[type]?.name ?? type;
}

export function extensionOf(type: string): string {
  return TYPE_NAMES[type]?.extension ?? 'bin';
}

/** "PNG, JPEG or WebP". */
export function describeTypes(types: readonly string[]): string {
  const names = [...new Set(types.map(typeName))];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

export function isInlineType(type: string): boolean {
  return INLINE_TYPES.includes(type);
}

// Control characters, and the bidirectional overrides that make "gpj.exe" read as "exe.jpg".
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what it removes.
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const MAX_NAME = 200;

/**
 * The name a file is shown and downloaded under: the last segment of what the client sent
 * (browsers on Windows send "C:\\…"), without control or direction-override characters, trimmed
 * to 200 characters keeping the extension; an empty result becomes `file.<extension of type>`.
 * Storage never uses it.
 */
export function sanitizeFileName(raw: string, type: string): string {
  const last = raw.split(/[/\\]/).at(-1) ?? '';
  let name = last.normalize('NFC').replace(UNSAFE_NAME_CHARS, '').replace(/\s+/g, ' ').trim();
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if ([...name].length > MAX_NAME) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = [...name.slice(0, name.length - extension.length)].slice(0, MAX_NAME - extension.length).join('') + extension;
  }
  return name || `file.${extensionOf(type)}`;
}

/** RFC 5987 / 8187 `ext-value` encoding of a UTF-8 string. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The Content-Disposition of a download: raster images inline (so `<img>` can show them),
 * everything else as an attachment, with an ASCII `filename` for old clients and the real name
 * as `filename*` (RFC 6266).
 */
export function contentDisposition(type: string, name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `${isInlineType(type) ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(name)}`;
}

/**
 * What text that `file-type` does not recognise is: markup that a browser would run or render
 * (SVG, HTML, XML) is named so a kind can refuse it; other valid UTF-8 without control
 * characters is plain text; anything else is unknown (null).
 */
export function classifyText(head: Buffer): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(trimPartialCharacter(head));
  } catch {
    return null;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters mean "not text".
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return null;
  const start = text
    .replace(/^\ufeff/, '')
    .trimStart()
    .slice(0, 1024)
    .toLowerCase();
  if (/<svg[\s>]/.test(start)) return 'image/svg+xml';
  if (/^<!doctype html|^<html[\s>]|<script[\s>]|<body[\s>]|<iframe[\s>]/.test(start)) return 'text/html';
  if (start.startsWith('<?xml')) return 'application/xml';
  return 'text/plain';
}

/** A head cut from a longer file may end inside a UTF-8 sequence; drop that partial character. */
function trimPartialCharacter(head: Buffer): Buffer {
  let end = head.length;
  let back = 0;
  while (back < 4 && end - back - 1 >= 0 && ((head[end - back - 1] ?? 0) & 0xc0) === 0x80) back += 1;
  const lead = head[end - back - 1];
  if (lead !== undefined && lead >= 0xc0) {
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (back + 1 < need) end -= back + 1;
  }
  return head.subarray(0, end);
}

/** Where a file's bytes are stored: a generated name, spread over 256 folders; never the user's. */
export function storageKeyOf(fileId: string): string {
  return `${fileId.slice(-2)}/${fileId}`;
}
