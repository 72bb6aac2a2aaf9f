import type { DemoSeeder } from '../../server/module.js';
import { attachFile } from './files.service.js';
import { initialLogo } from './png.js';

const COLORS = ['#1f6feb', '#8250df', '#1a7f37', '#bf3989', '#cf222e', '#9a6700', '#0969da', '#57606a'];

/** A one-page PDF saying `lines`: enough for a viewer to open, made here so the demo ships no binaries. */
export function simplePdf(lines: readonly string[]): Buffer {
  const text = lines
    .map((line, i) => `BT /F1 12 Tf 72 ${720 - i * 18} Td (${line.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, object] of objects.entries()) {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * Logos and documents: the program leads of the first partners in the portal upload their
 * company's logo a few days after they get access, partner managers upload the logos of a few
 * more, and the signed NDA of the strategic partners sits on their page.
 */
export const filesDemo: DemoSeeder = {
  order: 55,
  async seed(_ctx, story) {
    const partners = [...story.partners.values()];
    let byLeads = 0;
    let byManagers = 0;
    let ndas = 0;
    for (const [index, partner] of partners.entries()) {
      story.progress(index, partners.length);
      const lead = story.people.get(`${partner.key}.admin`);
      const owner = story.people.get(partner.ownerKey);
      const bytes = initialLogo(partner.name.slice(0, 1), COLORS[index % COLORS.length] ?? '#1f6feb');
      const logo = { name: `${partner.key}-logo.png`, bytes };
      const leadAt = lead && byLeads < 6 ? story.after(lead.since, 3) : null;
      const managerAt =
        owner && byManagers < 4 && partner.timeline.length > 1 ? story.after(partner.timeline[0]?.at ?? story.now, 2) : null;
      if (lead && leadAt) {
        await attachFile(story.as(lead.key, leadAt), 'partner.logo', partner.id, logo);
        byLeads += 1;
      } else if (owner && managerAt) {
        await attachFile(story.as(owner.key, managerAt), 'partner.logo', partner.id, logo);
        byManagers += 1;
      }
      const signed = partner.timeline.find((t) => t.stage === 'onboarding' || t.stage === 'enabled');
      if (owner && signed && ndas < 3) {
        const at = story.after(signed.at, 1);
        if (!at) continue;
        const nda = simplePdf([
          'Mutual Non-Disclosure Agreement',
          `Between Lumen Cloud Inc. and ${partner.name}`,
          `Signed ${at.toISOString().slice(0, 10)}`,
        ]);
        await attachFile(story.as(owner.key, at), 'partner.document', partner.id, {
          name: `NDA - ${partner.name}.pdf`,
          bytes: nda,
        });
        ndas += 1;
      }
    }
  },
};
