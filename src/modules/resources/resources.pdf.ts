import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { MergeValues, OnePagerBlock } from './resources.rules.js';

/**
 * The co-branded one-pager as a PDF (decision 0179): one portrait A4 page drawn with pdfkit — a
 * band with the partner's logo and name, the template's text (headings, paragraphs, bullets), and
 * the partner's contact line — in DejaVu Sans (any Latin, Greek or Cyrillic name renders), like
 * the QBR deck (decision 0307).
 */

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

const W = 595.28;
const H = 841.89;
const M = 48;
const BAND = 96;
const NAVY = '#0b3d91';
const INK = '#1b1f24';
const MUTED = '#57606a';

/** The logo's bytes when pdfkit can draw them (PNG or JPEG data URL); null otherwise. */
function logoBytes(dataUrl: string): Buffer | null {
  const m = /^data:image\/(png|jpe?g);base64,([a-z0-9+/=]+)$/i.exec(dataUrl);
  return m?.[2] ? Buffer.from(m[2], 'base64') : null;
}

export function renderOnePagerPdf(input: {
  title: string;
  blocks: OnePagerBlock[];
  values: MergeValues;
  vendorName: string;
}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      info: {
        Title: `${input.title} — ${input.values['partner.name']}`,
        Author: input.values['partner.name'],
        Subject: input.title,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (b: Buffer) => chunks.push(b));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('regular', join(FONT_DIR, 'DejaVuSans.ttf'));
    doc.registerFont('bold', join(FONT_DIR, 'DejaVuSans-Bold.ttf'));

    // The band: the partner's logo and name, "with <vendor>".
    doc.rect(0, 0, W, BAND).fill(NAVY);
    let x = M;
    const logo = logoBytes(input.values['partner.logo']);
    if (logo) {
      try {
        doc.roundedRect(M, 20, 56, 56, 8).fill('#ffffff');
        doc.image(logo, M + 4, 24, { fit: [48, 48], align: 'center', valign: 'center' });
        x = M + 72;
      } catch {
        // A logo pdfkit cannot read: the name alone.
      }
    }
    const bandWidth = W - x - M;
    doc.font('bold').fontSize(18).fillColor('#ffffff');
    doc.text(input.values['partner.name'], x, 28, { width: bandWidth, height: 24, ellipsis: true, lineBreak: false });
    doc.font('regular').fontSize(11).fillColor('#dbe6ff');
    doc.text(`with ${input.vendorName} · ${input.title}`, x, 56, {
      width: bandWidth,
      height: 16,
      ellipsis: true,
      lineBreak: false,
    });

    // The template's text, top to bottom, stopping before the contact line's space.
    const bottom = H - M - 40;
    let y = BAND + 28;
    for (const block of input.blocks) {
      const font = block.kind === 'heading' ? 'bold' : 'regular';
      const size = block.kind === 'heading' ? 15 : 11;
      const indent = block.kind === 'bullet' ? 18 : 0;
      doc.font(font).fontSize(size);
      const width = W - 2 * M - indent;
      const height = doc.heightOfString(block.text, { width });
      if (y + height > bottom) break;
      doc.fillColor(block.kind === 'heading' ? NAVY : INK);
      if (block.kind === 'bullet') doc.text(block.number ? `${block.number}.` : '•', M, y, { width: indent, lineBreak: false });
      doc.text(block.text, M + indent, y, { width });
      y += height + (block.kind === 'heading' ? 10 : 7);
    }

    // The contact line: the partner, its website, who to talk to, the date.
    const v = input.values;
    const contact = [
      v['partner.name'],
      v['partner.website'],
      v['partner.contactName'] &&
        `${v['partner.contactName']} ${v['partner.contactEmail'] ? `(${v['partner.contactEmail']})` : ''}`.trim(),
      v.today,
    ]
      .filter(Boolean)
      .join(' · ');
    doc
      .moveTo(M, H - M - 28)
      .lineTo(W - M, H - M - 28)
      .lineWidth(0.5)
      .strokeColor('#d0d7de')
      .stroke();
    doc.font('regular').fontSize(9).fillColor(MUTED);
    doc.text(contact, M, H - M - 18, { width: W - 2 * M, height: 14, ellipsis: true, lineBreak: false });
    doc.end();
  });
}
