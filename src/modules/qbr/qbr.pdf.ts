import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { formatMoney, type Money } from '../../shared/money.js';
import type { QbrPack } from './qbr.service.js';

/**
 * The QBR pack as a deck: landscape A4 slides drawn with pdfkit — cover, executive summary, revenue
 * and pipeline, attribution, commitments, health, governance, risks — charts as vectors, the
 * DejaVu Sans family embedded so any Latin, Greek or Cyrillic name renders (decision 0307).
 */

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = {
  regular: join(FONT_DIR, 'DejaVuSans.ttf'),
  bold: join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
  light: join(FONT_DIR, 'DejaVuSans-ExtraLight.ttf'),
};

/** The deck's palette: navy for structure, teal and blue for the two series, traffic lights for status. */
export const PALETTE = {
  navy: '#1b2a4a',
  ink: '#1f2937',
  muted: '#6b7280',
  rule: '#d9dee7',
  panel: '#f3f5f9',
  teal: '#0f9d94',
  blue: '#3566d6',
  amber: '#e8a33d',
  red: '#d64545',
  green: '#2e9e5b',
  white: '#ffffff',
} as const;

const W = 841.89;
const H = 595.28;
const M = 40;
const CONTENT_W = W - 2 * M;

type Doc = PDFKit.PDFDocument;

const statusColour = (s: string | null) =>
  s === 'green' ? PALETTE.green : s === 'yellow' ? PALETTE.amber : s === 'red' ? PALETTE.red : PALETTE.muted;

/** `text` cut with an ellipsis to fit `width` at the current font and size. */
function truncate(doc: Doc, text: string, width: number, spacing = 0): string {
  const widthOf = (t: string) => doc.widthOfString(t, { characterSpacing: spacing });
  if (widthOf(text) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (widthOf(`${chars.slice(0, mid).join('')}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** One line of text, never wrapping or overflowing. */
function line(doc: Doc, text: string, x: number, y: number, width: number, options: PDFKit.Mixins.TextOptions = {}) {
  // A little slack: pdfkit wraps a line that fills its box to the last point.
  doc.text(truncate(doc, text, width - 1, options.characterSpacing ?? 0), x, y, { width, lineBreak: false, ...options });
}

/** A table's column labels, small capitals in the muted colour: [label, x, width] per column. */
function tableHeader(doc: Doc, y: number, columns: [label: string, x: number, width: number][]) {
  doc.font('bold').fontSize(8.5).fillColor(PALETTE.muted);
  for (const [label, x, width] of columns) line(doc, label.toUpperCase(), x, y, width);
}

/** The thin rule above a table row. */
function rowRule(doc: Doc, x1: number, x2: number, y: number) {
  doc.moveTo(x1, y).lineTo(x2, y).lineWidth(0.4).strokeColor(PALETTE.rule).stroke();
}

/** Wrapped text within `maxLines` lines (the last one cut with an ellipsis). */
function block(doc: Doc, text: string, x: number, y: number, width: number, maxLines: number, lineGap = 2): number {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (doc.widthOfString(candidate) <= width) current = candidate;
    else {
      if (current) lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const shown = lines.slice(0, maxLines);
  if (lines.length > maxLines)
    shown[maxLines - 1] = truncate(doc, `${shown[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`, width);
  const height = doc.currentLineHeight(true) + lineGap;
  shown.forEach((l, i) => {
    line(doc, l, x, y + i * height, width);
  });
  return shown.length * height;
}

/** Money in a tile: "$1.25M", "$840K" (the exact figure is on the section's slide). */
export function compactMoney(value: Money): string {
  const major = value.amount / 100;
  const abs = Math.abs(major);
  const symbol = formatMoney({ amount: 0, currency: value.currency }).replace(/[\d.,\s]/g, '') || `${value.currency} `;
  const sign = major < 0 ? '−' : '';
  if (abs >= 1e9) return `${sign}${symbol}${(abs / 1e9).toFixed(2)}B`;
  if (abs >= 1e6) return `${sign}${symbol}${(abs / 1e6).toFixed(2)}M`;
  if (abs >= 1e4) return `${sign}${symbol}${Math.round(abs / 1e3)}K`;
  if (abs >= 1e3) return `${sign}${symbol}${(abs / 1e3).toFixed(1)}K`;
  return `${sign}${symbol}${Math.round(abs)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "30 Sep 2026". */
const dayLabel = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

function slideTitle(doc: Doc, pack: QbrPack, title: string, subtitle?: string) {
  doc.rect(0, 0, W, 6).fill(PALETTE.teal);
  doc.font('bold').fontSize(22).fillColor(PALETTE.navy);
  line(doc, title, M, 28, CONTENT_W - 200);
  doc.font('regular').fontSize(10).fillColor(PALETTE.muted);
  line(doc, `${pack.partner.name} · ${pack.quarter.label}`, W - M - 260, 36, 260, { align: 'right' });
  if (subtitle) {
    doc.fontSize(11).fillColor(PALETTE.muted);
    line(doc, subtitle, M, 58, CONTENT_W);
  }
  doc
    .moveTo(M, 80)
    .lineTo(W - M, 80)
    .lineWidth(0.75)
    .strokeColor(PALETTE.rule)
    .stroke();
}

function panel(doc: Doc, x: number, y: number, w: number, h: number, title?: string) {
  doc.roundedRect(x, y, w, h, 6).fill(PALETTE.panel);
  if (title) {
    doc.font('bold').fontSize(11).fillColor(PALETTE.navy);
    line(doc, title, x + 14, y + 12, w - 28);
  }
}

function emptyNote(doc: Doc, text: string, x: number, y: number, w: number) {
  doc.font('regular').fontSize(10).fillColor(PALETTE.muted);
  block(doc, text, x, y, w, 3);
}

/** Vertical bars per category, up to two series, an optional target tick per category. */
function barChart(
  doc: Doc,
  box: { x: number; y: number; w: number; h: number },
  categories: string[],
  series: { label: string; colour: string; values: number[] }[],
  options: { targets?: (number | null)[]; format: (v: number) => string },
) {
  const { x, y, w, h } = box;
  const legendH = 18;
  const axisH = 18;
  const labelW = 52;
  const plotX = x + labelW;
  const plotW = w - labelW;
  const plotY = y + legendH;
  const plotH = h - legendH - axisH;
  const all = [...series.flatMap((s) => s.values), ...(options.targets ?? []).filter((t): t is number => t !== null)];
  const max = Math.max(1, ...all);
  const step = niceStep(max / 4);
  const top = Math.max(step, Math.ceil(max / step) * step);
  doc.font('regular').fontSize(7.5);
  for (let v = 0; v <= top + 1e-9; v += step) {
    const gy = plotY + plotH - (v / top) * plotH;
    doc
      .moveTo(plotX, gy)
      .lineTo(plotX + plotW, gy)
      .lineWidth(0.5)
      .strokeColor(PALETTE.rule)
      .stroke();
    doc.fillColor(PALETTE.muted);
    line(doc, options.format(v), x, gy - 4, labelW - 6, { align: 'right' });
  }
  const groupW = plotW / Math.max(1, categories.length);
  const barW = Math.min(34, (groupW * 0.7) / Math.max(1, series.length));
  categories.forEach((cat, i) => {
    const gx = plotX + i * groupW + (groupW - barW * series.length) / 2;
    series.forEach((s, j) => {
      const v = s.values[i] ?? 0;
      const bh = (v / top) * plotH;
      if (bh > 0) {
        doc.rect(gx + j * barW, plotY + plotH - bh, barW - 2, bh).fill(s.colour);
        doc.font('bold').fontSize(7).fillColor(PALETTE.ink);
        line(doc, options.format(v), gx + j * barW - 14, plotY + plotH - bh - 10, barW + 26, { align: 'center' });
      }
    });
    const t = options.targets?.[i];
    if (t !== null && t !== undefined && t > 0) {
      const ty = plotY + plotH - (t / top) * plotH;
      doc
        .moveTo(gx - 6, ty)
        .lineTo(gx + barW * series.length + 4, ty)
        .lineWidth(2)
        .strokeColor(PALETTE.amber)
        .stroke();
    }
    doc.font('regular').fontSize(8).fillColor(PALETTE.ink);
    line(doc, cat, plotX + i * groupW, plotY + plotH + 5, groupW, { align: 'center' });
  });
  // Legend.
  let lx = plotX;
  doc.fontSize(8);
  for (const s of series) {
    doc.rect(lx, y + 2, 9, 9).fill(s.colour);
    doc.fillColor(PALETTE.ink);
    line(doc, s.label, lx + 13, y + 3, 140);
    lx += 18 + Math.min(140, doc.widthOfString(s.label)) + 12;
  }
  if (options.targets?.some((t) => t !== null && t > 0)) {
    doc
      .moveTo(lx, y + 6)
      .lineTo(lx + 12, y + 6)
      .lineWidth(2)
      .strokeColor(PALETTE.amber)
      .stroke();
    doc.fillColor(PALETTE.ink);
    line(doc, 'Plan target', lx + 16, y + 3, 100);
  }
}

function niceStep(raw: number): number {
  if (raw <= 0) return 1;
  const exp = 10 ** Math.floor(Math.log10(raw));
  const f = raw / exp;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * exp;
}

/** A horizontal progress bar 0–100 (values above 100 fill it), the figure at its right. */
function meter(doc: Doc, x: number, y: number, w: number, value: number | null, colour: string, label?: string) {
  doc.roundedRect(x, y, w, 8, 4).fill('#e4e8ef');
  if (value !== null && value > 0) doc.roundedRect(x, y, Math.max(8, (w * Math.min(100, value)) / 100), 8, 4).fill(colour);
  doc.font('bold').fontSize(9).fillColor(PALETTE.ink);
  line(doc, label ?? (value === null ? 'no data' : `${value}%`), x + w + 8, y - 1, 60);
}

function cover(doc: Doc, pack: QbrPack) {
  doc.rect(0, 0, W, H).fill(PALETTE.navy);
  doc.rect(0, H - 90, W, 90).fill('#15223d');
  doc.rect(M, 150, 60, 5).fill(PALETTE.teal);
  doc.font('regular').fontSize(14).fillColor('#b8c4dc');
  line(doc, 'QUARTERLY BUSINESS REVIEW', M, 120, 400, { characterSpacing: 2 });
  doc.font('bold').fontSize(34).fillColor(PALETTE.white);
  const nameH = block(doc, pack.partner.name, M, 175, CONTENT_W - 40, 3, 4);
  doc.font('regular').fontSize(20).fillColor('#dbe4f5');
  line(
    doc,
    `${pack.quarter.label}  ·  ${dayLabel(pack.quarter.start)} – ${dayLabel(pack.quarter.end)}`,
    M,
    190 + nameH,
    CONTENT_W,
  );
  doc.fontSize(12).fillColor('#b8c4dc');
  line(doc, `${pack.vendorName} & ${pack.partner.name}`, M, 228 + nameH, CONTENT_W);
  // Sponsors and date in the band.
  const cols = [
    ['Executive sponsor', pack.vendorName, pack.sponsors.vendor ?? 'Not named'],
    [
      'Executive sponsor',
      pack.partner.name,
      pack.sponsors.partner
        ? `${pack.sponsors.partner}${pack.sponsors.partnerTitle ? `, ${pack.sponsors.partnerTitle}` : ''}`
        : 'Not named',
    ],
    ['Prepared', 'From live data', dayLabel(pack.generatedAt.toISOString())],
  ] as const;
  const colW = CONTENT_W / 3;
  cols.forEach(([k, who, v], i) => {
    const cx = M + i * colW;
    doc.font('regular').fontSize(8).fillColor('#8fa0c2');
    line(doc, `${k.toUpperCase()} · ${who}`, cx, H - 70, colW - 16, { characterSpacing: 0.5 });
    doc.font('bold').fontSize(13).fillColor(PALETTE.white);
    line(doc, v, cx, H - 52, colW - 16);
  });
}

function kpiValue(k: QbrPack['kpis'][number]): string {
  if (k.value === null) return '—';
  if (k.unit === 'money') return compactMoney({ amount: k.value, currency: k.currency ?? 'USD' });
  if (k.unit === 'percent') return `${k.value}%`;
  if (k.unit === 'score') return `${k.value}/100`;
  return String(k.value);
}

function kpiChange(k: QbrPack['kpis'][number]): { text: string; colour: string } | null {
  if (k.change === null) return null;
  const unit = k.unit === 'money' ? '%' : k.unit === 'count' ? '' : ' pts';
  const arrow = k.change > 0 ? '▲' : k.change < 0 ? '▼' : '■';
  const colour = k.change > 0 ? PALETTE.green : k.change < 0 ? PALETTE.red : PALETTE.muted;
  return { text: `${arrow} ${k.change > 0 ? '+' : ''}${k.change}${unit} vs ${'previous quarter'}`, colour };
}

function summary(doc: Doc, pack: QbrPack) {
  slideTitle(
    doc,
    pack,
    'Executive summary',
    `${pack.quarter.label} against ${pack.previousQuarter.label} · amounts in ${pack.currency}`,
  );
  const tiles = pack.kpis.slice(0, 6);
  const cols = 3;
  const gap = 14;
  const tileW = (CONTENT_W - gap * (cols - 1)) / cols;
  const tileH = 92;
  tiles.forEach((k, i) => {
    const tx = M + (i % cols) * (tileW + gap);
    const ty = 96 + Math.floor(i / cols) * (tileH + gap);
    doc.roundedRect(tx, ty, tileW, tileH, 6).fill(PALETTE.panel);
    doc.rect(tx, ty, 4, tileH).fill(PALETTE.teal);
    doc.font('regular').fontSize(9.5).fillColor(PALETTE.muted);
    line(doc, k.label.toUpperCase(), tx + 16, ty + 14, tileW - 28, { characterSpacing: 0.4 });
    doc.font('bold').fontSize(26).fillColor(PALETTE.navy);
    line(doc, kpiValue(k), tx + 16, ty + 32, tileW - 28);
    const change = kpiChange(k);
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(change?.colour ?? PALETTE.muted);
    line(doc, change?.text ?? 'No comparison', tx + 16, ty + 70, tileW - 28);
  });
  const hy = 96 + 2 * (tileH + gap) + 6;
  doc.font('bold').fontSize(13).fillColor(PALETTE.navy);
  line(doc, 'Highlights', M, hy, 300);
  if (pack.highlights.length === 0) emptyNote(doc, 'Nothing stands out this quarter.', M, hy + 24, CONTENT_W);
  pack.highlights.slice(0, 6).forEach((h, i) => {
    const col = i % 2;
    const row = Math.floor(i / 2);
    const x = M + col * (CONTENT_W / 2);
    const y = hy + 26 + row * 26;
    const colour = h.tone === 'positive' ? PALETTE.green : h.tone === 'negative' ? PALETTE.red : PALETTE.blue;
    doc.circle(x + 5, y + 6, 4).fill(colour);
    doc.font('regular').fontSize(11).fillColor(PALETTE.ink);
    line(doc, h.text, x + 16, y, CONTENT_W / 2 - 30);
  });
}

function revenueSlide(doc: Doc, pack: QbrPack) {
  const r = pack.revenue;
  slideTitle(
    doc,
    pack,
    'Revenue and pipeline against the plan',
    pack.plan ? `Joint business plan: ${pack.plan.title}` : 'No approved joint business plan covers the quarter',
  );
  // Left: the figures.
  panel(doc, M, 96, 250, 440);
  doc.font('regular').fontSize(9).fillColor(PALETTE.muted);
  line(doc, `REVENUE WON IN ${pack.quarter.label.toUpperCase()}`, M + 16, 112, 220);
  doc.font('bold').fontSize(22).fillColor(PALETTE.navy);
  line(doc, formatMoney(r.won), M + 16, 128, 220);
  doc.font('regular').fontSize(9.5).fillColor(PALETTE.ink);
  line(doc, `${r.wonDeals} won deal${r.wonDeals === 1 ? '' : 's'} sourced or co-sold`, M + 16, 156, 220);
  line(doc, r.target ? `Quarter’s target ${formatMoney(r.target)}` : 'No revenue target in the plan', M + 16, 172, 220);
  if (r.attainment !== null)
    meter(
      doc,
      M + 16,
      194,
      160,
      r.attainment,
      r.attainment >= 90 ? PALETTE.green : r.attainment >= 60 ? PALETTE.amber : PALETTE.red,
    );
  doc.font('regular').fontSize(9).fillColor(PALETTE.muted);
  line(doc, 'OPEN PIPELINE AT QUARTER END', M + 16, 232, 220);
  doc.font('bold').fontSize(22).fillColor(PALETTE.navy);
  line(doc, r.pipeline ? formatMoney(r.pipeline) : '—', M + 16, 248, 220);
  doc.font('regular').fontSize(9.5).fillColor(PALETTE.ink);
  line(
    doc,
    r.pipelineTarget ? `Plan’s pipeline target ${formatMoney(r.pipelineTarget)}` : 'No pipeline target in the plan',
    M + 16,
    276,
    220,
  );
  if (r.pipelineAttainment !== null)
    meter(
      doc,
      M + 16,
      298,
      160,
      r.pipelineAttainment,
      r.pipelineAttainment >= 90 ? PALETTE.green : r.pipelineAttainment >= 60 ? PALETTE.amber : PALETTE.red,
    );
  // Plan goals.
  doc.font('bold').fontSize(10).fillColor(PALETTE.navy);
  line(doc, 'Plan goals', M + 16, 330, 220);
  const goals = pack.plan?.goals ?? [];
  if (goals.length === 0) emptyNote(doc, 'No goals recorded.', M + 16, 348, 220);
  goals.slice(0, 8).forEach((g, i) => {
    const y = 348 + i * 22;
    doc.font('regular').fontSize(8.5).fillColor(PALETTE.ink);
    line(doc, g.title, M + 16, y, 130);
    doc.font('bold').fillColor(PALETTE.navy);
    const target = g.target ? compactMoney(g.target) : g.targetCount !== null ? `${g.targetCount} ${g.unit || ''}`.trim() : '—';
    line(doc, target, M + 150, y, 84, { align: 'right' });
  });
  // Right: won per quarter against the target.
  const cx = M + 270;
  panel(doc, cx, 96, CONTENT_W - 270, 440, 'Won revenue per quarter against the plan’s target');
  barChart(
    doc,
    { x: cx + 14, y: 130, w: CONTENT_W - 270 - 28, h: 390 },
    r.byQuarter.map((q) => q.label),
    [{ label: 'Won revenue', colour: PALETTE.blue, values: r.byQuarter.map((q) => q.won.amount) }],
    {
      targets: r.byQuarter.map((q) => q.target?.amount ?? null),
      format: (v) => compactMoney({ amount: v, currency: pack.currency }),
    },
  );
}

function attributionSlide(doc: Doc, pack: QbrPack) {
  const a = pack.attribution;
  slideTitle(
    doc,
    pack,
    'Attribution',
    a
      ? `Credited by the ${a.modelLabel.toLowerCase()} model; influenced is the full value of every won deal the partner touched`
      : undefined,
  );
  if (!a) {
    emptyNote(doc, reasonOf(pack, 'attribution'), M, 100, CONTENT_W);
    return;
  }
  const tiles: [string, string, string][] = [
    ['CREDITED REVENUE', formatMoney(a.credited), `${a.opportunities} deal${a.opportunities === 1 ? '' : 's'} credited`],
    ['INFLUENCED REVENUE', formatMoney(a.influenced), 'Never summed across partners'],
  ];
  tiles.forEach(([k, v, note], i) => {
    const y = 96 + i * 150;
    panel(doc, M, y, 240, 136);
    doc.rect(M, y, 4, 136).fill(i === 0 ? PALETTE.teal : PALETTE.blue);
    doc.font('regular').fontSize(9).fillColor(PALETTE.muted);
    line(doc, k, M + 16, y + 16, 210);
    doc.font('bold').fontSize(20).fillColor(PALETTE.navy);
    line(doc, v, M + 16, y + 36, 210);
    doc.font('regular').fontSize(9.5).fillColor(PALETTE.ink);
    line(doc, note, M + 16, y + 70, 210);
  });
  const cx = M + 260;
  panel(doc, cx, 96, CONTENT_W - 260, 440, 'Credited and influenced revenue, last six quarters');
  barChart(
    doc,
    { x: cx + 14, y: 130, w: CONTENT_W - 260 - 28, h: 390 },
    a.trend.map((t) => t.label),
    [
      { label: 'Credited', colour: PALETTE.teal, values: a.trend.map((t) => t.credited.amount) },
      { label: 'Influenced', colour: PALETTE.blue, values: a.trend.map((t) => t.influenced.amount) },
    ],
    { format: (v) => compactMoney({ amount: v, currency: pack.currency }) },
  );
}

function reasonOf(pack: QbrPack, section: string): string {
  return pack.unavailable.find((u) => u.section === section)?.reason ?? 'No data for this quarter.';
}

function commitmentsSlide(doc: Doc, pack: QbrPack) {
  const c = pack.commitments;
  slideTitle(
    doc,
    pack,
    'Commitments of both sides',
    'Fulfilment: kept on time 100%, late 50%, missed or overdue 0%, not yet due not counted',
  );
  if (!c) {
    emptyNote(doc, reasonOf(pack, 'commitments'), M, 100, CONTENT_W);
    return;
  }
  panel(doc, M, 96, 230, 440, 'Fulfilment per side');
  const sides: [string, number | null, string][] = [
    [pack.vendorName, c.vendor, PALETTE.blue],
    [pack.partner.name, c.partner, PALETTE.teal],
  ];
  sides.forEach(([who, v, colour], i) => {
    const y = 132 + i * 60;
    doc.font('regular').fontSize(9.5).fillColor(PALETTE.ink);
    line(doc, who, M + 16, y, 200);
    meter(doc, M + 16, y + 20, 140, v, colour);
  });
  const asym = c.asymmetry;
  const callOut = asym !== null && asym >= 20;
  doc.roundedRect(M + 16, 262, 198, 74, 5).fill(callOut ? '#fdecec' : '#e8f5ee');
  doc
    .font('bold')
    .fontSize(10)
    .fillColor(callOut ? PALETTE.red : PALETTE.green);
  line(doc, asym === null ? 'Asymmetry: not measured yet' : `Asymmetry: ${asym} points`, M + 28, 274, 176);
  doc.font('regular').fontSize(8.5).fillColor(PALETTE.ink);
  block(
    doc,
    asym === null
      ? 'Both sides need commitments that are due to compare.'
      : callOut
        ? 'One side is keeping its word markedly less than the other: raise it in the review.'
        : 'Both sides are keeping their commitments at a similar rate.',
    M + 28,
    292,
    176,
    3,
  );
  doc.font('regular').fontSize(9).fillColor(PALETTE.muted);
  line(doc, `${c.counts.done} done · ${c.counts.open} open · ${c.counts.missed} missed`, M + 16, 352, 220);
  // The commitments table.
  const tx = M + 246;
  const tw = CONTENT_W - 246;
  panel(doc, tx, 96, tw, 440, 'Commitments');
  const cols = [
    { label: 'Side', w: 64 },
    { label: 'Commitment', w: tw - 64 - 78 - 60 - 96 - 28 },
    { label: 'Due', w: 78 },
    { label: 'Status', w: 60 },
    { label: 'Owner', w: 96 },
  ];
  let y = 124;
  let x = tx + 14;
  tableHeader(
    doc,
    y,
    cols.map((col, i) => [col.label, x + cols.slice(0, i).reduce((sum, c) => sum + c.w, 0), col.w - 6]),
  );
  y += 16;
  const rows = c.items.slice(0, 16);
  for (const item of rows) {
    x = tx + 14;
    rowRule(doc, tx + 14, tx + tw - 14, y - 3);
    doc.circle(x + 4, y + 4.5, 3.5).fill(item.side === 'vendor' ? PALETTE.blue : PALETTE.teal);
    doc.font('regular').fontSize(8.5).fillColor(PALETTE.ink);
    line(doc, item.side === 'vendor' ? 'Vendor' : 'Partner', x + 12, y, 50);
    x += 64;
    line(doc, item.title, x, y, (cols[1]?.w ?? 100) - 8);
    x += cols[1]?.w ?? 100;
    line(doc, dayLabel(item.dueDate), x, y, 74);
    x += 78;
    const st = item.status === 'done' ? 'Done' : item.status === 'missed' ? 'Missed' : item.overdue ? 'Overdue' : 'Open';
    doc.fillColor(st === 'Done' ? PALETTE.green : st === 'Open' ? PALETTE.ink : PALETTE.red);
    line(doc, st, x, y, 56);
    x += 60;
    doc.fillColor(PALETTE.ink);
    line(doc, item.owner ?? '—', x, y, 90);
    y += 24;
  }
  if (c.items.length > rows.length) {
    doc.fillColor(PALETTE.muted);
    line(doc, `and ${c.items.length - rows.length} more in the plan`, tx + 14, y, 300);
  }
  if (c.items.length === 0) emptyNote(doc, 'The plan has no commitments yet.', tx + 14, y, tw - 28);
}

function healthSlide(doc: Doc, pack: QbrPack) {
  const hl = pack.health;
  slideTitle(doc, pack, 'Partner health', hl ? 'Four dimensions, each from the evidence that produced it' : undefined);
  if (!hl) {
    emptyNote(doc, reasonOf(pack, 'health'), M, 100, CONTENT_W);
    return;
  }
  panel(doc, M, 96, 330, 210, 'Dimensions');
  doc.font('bold').fontSize(30).fillColor(statusColour(hl.status));
  line(doc, hl.score === null ? '—' : String(hl.score), M + 240, 110, 76, { align: 'right' });
  doc.font('regular').fontSize(8).fillColor(PALETTE.muted);
  line(doc, 'SCORE / 100', M + 240, 146, 76, { align: 'right' });
  hl.dimensions.forEach((d, i) => {
    const y = 176 + i * 30;
    doc.font('regular').fontSize(9.5).fillColor(PALETTE.ink);
    line(doc, d.key[0]?.toUpperCase() + d.key.slice(1), M + 16, y - 1, 90);
    meter(doc, M + 104, y, 160, d.score, statusColour(d.status), d.score === null ? 'no data' : String(d.score));
  });
  // Trend line.
  const tx = M + 346;
  const tw = CONTENT_W - 346;
  panel(doc, tx, 96, tw, 210, 'Health score trend (monthly snapshots)');
  const pts = hl.trend.filter((t) => t.score !== null) as { period: string; score: number; status: string | null }[];
  const px = tx + 40;
  const pw = tw - 60;
  const py = 126;
  const ph = 150;
  doc.font('regular').fontSize(7.5);
  for (const v of [0, 40, 70, 100]) {
    const gy = py + ph - (v / 100) * ph;
    doc
      .moveTo(px, gy)
      .lineTo(px + pw, gy)
      .lineWidth(0.5)
      .strokeColor(v === 40 || v === 70 ? '#c9cfda' : PALETTE.rule)
      .dash(v === 40 || v === 70 ? 3 : 0.01, { space: v === 40 || v === 70 ? 3 : 0.01 })
      .stroke();
    doc.undash();
    doc.fillColor(PALETTE.muted);
    line(doc, String(v), tx + 10, gy - 4, 24, { align: 'right' });
  }
  if (pts.length === 0) emptyNote(doc, 'No snapshots yet.', px + 10, py + 60, pw - 20);
  else {
    const xOf = (i: number) => (pts.length === 1 ? px + pw / 2 : px + (i * pw) / (pts.length - 1));
    const yOf = (v: number) => py + ph - (v / 100) * ph;
    pts.forEach((p, i) => {
      if (i === 0) doc.moveTo(xOf(i), yOf(p.score));
      else doc.lineTo(xOf(i), yOf(p.score));
    });
    doc.lineWidth(2.2).strokeColor(PALETTE.navy).stroke();
    pts.forEach((p, i) => {
      doc.circle(xOf(i), yOf(p.score), 3.5).fill(statusColour(p.status));
      if (i % Math.ceil(pts.length / 6) === 0 || i === pts.length - 1) {
        doc.font('regular').fontSize(7).fillColor(PALETTE.muted);
        line(doc, p.period, xOf(i) - 20, py + ph + 6, 40, { align: 'center' });
      }
    });
  }
  // Top evidence.
  panel(doc, M, 318, CONTENT_W, 218, 'Top evidence');
  const evidence = hl.dimensions
    .flatMap((d) => d.evidence.filter((e) => e.measured).map((e) => ({ ...e, dimension: d.key })))
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, 8);
  if (evidence.length === 0) emptyNote(doc, 'No measured evidence.', M + 16, 344, CONTENT_W - 32);
  evidence.forEach((e, i) => {
    const col = i % 2;
    const row = Math.floor(i / 2);
    const x = M + 16 + col * (CONTENT_W / 2);
    const y = 350 + row * 44;
    doc.font('bold').fontSize(9).fillColor(PALETTE.ink);
    line(doc, e.label, x, y, CONTENT_W / 2 - 170);
    doc.font('regular').fontSize(8).fillColor(PALETTE.muted);
    line(
      doc,
      `${e.dimension} · ${e.leading ? 'leading' : 'lagging'} · value ${evidenceValue(e.value, e.unit, pack.currency)}`,
      x,
      y + 14,
      CONTENT_W / 2 - 170,
    );
    meter(
      doc,
      x + CONTENT_W / 2 - 160,
      y + 4,
      70,
      e.points,
      e.points !== null && e.points >= 70 ? PALETTE.green : e.points !== null && e.points >= 40 ? PALETTE.amber : PALETTE.red,
      e.points === null ? '—' : `${Math.round(e.points)} pts`,
    );
  });
}

function evidenceValue(value: number | null, unit: string, currency: string): string {
  if (value === null) return 'no data';
  if (unit === 'money') return compactMoney({ amount: Math.round(value), currency });
  if (unit === 'percent') return `${Math.round(value)}%`;
  return String(Math.round(value * 100) / 100);
}

function governanceSlide(doc: Doc, pack: QbrPack) {
  const g = pack.governance;
  slideTitle(
    doc,
    pack,
    'Action items and decisions',
    g?.nextMeeting
      ? `Next meeting: ${g.nextMeeting.title}, ${dayLabel(g.nextMeeting.startsAt.toISOString())}`
      : 'No meeting scheduled',
  );
  if (!g) {
    emptyNote(doc, reasonOf(pack, 'governance'), M, 100, CONTENT_W);
    return;
  }
  const lw = CONTENT_W * 0.58;
  panel(doc, M, 96, lw, 440, `Open action items (${g.openActions.length}, ${g.overdueActions} overdue)`);
  let y = 124;
  tableHeader(doc, y, [
    ['Action', M + 14, 200],
    ['Side', M + lw - 250, 50],
    ['Owner', M + lw - 196, 100],
    ['Due', M + lw - 90, 80],
  ]);
  y += 16;
  for (const a of g.openActions.slice(0, 16)) {
    rowRule(doc, M + 14, M + lw - 14, y - 3);
    doc.font('regular').fontSize(8.5).fillColor(PALETTE.ink);
    line(doc, a.title, M + 14, y, lw - 270);
    line(doc, a.side === 'vendor' ? 'Vendor' : 'Partner', M + lw - 250, y, 50);
    line(doc, a.owner ?? '—', M + lw - 196, y, 100);
    doc.fillColor(a.overdue ? PALETTE.red : PALETTE.ink);
    line(doc, `${dayLabel(a.dueOn)}${a.overdue ? ' !' : ''}`, M + lw - 90, y, 80);
    y += 24;
  }
  if (g.openActions.length === 0) emptyNote(doc, 'No open action items at the end of the quarter.', M + 14, y, lw - 28);
  if (g.openActions.length > 16) {
    doc.font('regular').fontSize(8.5).fillColor(PALETTE.muted);
    line(doc, `and ${g.openActions.length - 16} more`, M + 14, y, 200);
  }
  const rx = M + lw + 14;
  const rw = CONTENT_W - lw - 14;
  panel(doc, rx, 96, rw, 440, `Decisions taken in ${pack.quarter.label} (${g.decisions.length})`);
  y = 128;
  for (const d of g.decisions.slice(0, 9)) {
    doc.roundedRect(rx + 14, y, 52, 14, 3).fill(d.status === 'passed' ? PALETTE.green : PALETTE.red);
    doc.font('bold').fontSize(7.5).fillColor(PALETTE.white);
    line(doc, d.status.toUpperCase(), rx + 14, y + 3.5, 52, { align: 'center' });
    doc.font('regular').fontSize(9).fillColor(PALETTE.ink);
    block(doc, d.title, rx + 74, y + 1, rw - 88, 2);
    doc.fontSize(7.5).fillColor(PALETTE.muted);
    line(doc, d.closedAt ? dayLabel(d.closedAt.toISOString()) : '', rx + 74, y + 26, rw - 88);
    y += 44;
  }
  if (g.decisions.length === 0) emptyNote(doc, 'No decisions were closed in the quarter.', rx + 14, y, rw - 28);
}

function risksSlide(doc: Doc, pack: QbrPack) {
  const r = pack.risks;
  slideTitle(doc, pack, 'Risks', r ? `${r.open.length} open at the quarter’s end, ${r.high} high` : undefined);
  if (!r) {
    emptyNote(doc, reasonOf(pack, 'risks'), M, 100, CONTENT_W);
    return;
  }
  // Likelihood × impact grid.
  panel(doc, M, 96, 270, 440, 'Likelihood × impact');
  const cell = 42;
  const gx = M + 50;
  const gy = 130;
  for (let l = 5; l >= 1; l--)
    for (let i = 1; i <= 5; i++) {
      const score = l * i;
      const colour = score >= 15 ? '#f3b7b7' : score >= 10 ? '#f6d9a8' : score >= 5 ? '#f4ecb5' : '#cfe9d8';
      const x = gx + (i - 1) * cell;
      const y = gy + (5 - l) * cell;
      doc.rect(x, y, cell - 2, cell - 2).fill(colour);
      const n = r.open.filter((x2) => x2.likelihood === l && x2.impact === i).length;
      if (n > 0) {
        doc.circle(x + cell / 2 - 1, y + cell / 2 - 1, 12).fill(PALETTE.navy);
        doc.font('bold').fontSize(10).fillColor(PALETTE.white);
        line(doc, String(n), x, y + cell / 2 - 6, cell - 2, { align: 'center' });
      }
    }
  doc.font('regular').fontSize(8).fillColor(PALETTE.muted);
  for (let l = 1; l <= 5; l++) line(doc, String(l), gx - 16, gy + (5 - l) * cell + cell / 2 - 5, 10);
  for (let i = 1; i <= 5; i++) line(doc, String(i), gx + (i - 1) * cell, gy + 5 * cell + 4, cell, { align: 'center' });
  line(doc, 'Impact →', gx, gy + 5 * cell + 18, 5 * cell, { align: 'center' });
  doc.save().rotate(-90, { origin: [M + 20, gy + 2.5 * cell] });
  line(doc, 'Likelihood →', M + 20 - 60, gy + 2.5 * cell - 4, 120, { align: 'center' });
  doc.restore();
  // Table.
  const tx = M + 284;
  const tw = CONTENT_W - 284;
  panel(doc, tx, 96, tw, 440, 'Open risks, highest first');
  let y = 124;
  tableHeader(doc, y, [
    ['Risk', tx + 14, 200],
    ['Score', tx + tw - 214, 40],
    ['Category', tx + tw - 170, 70],
    ['Owner', tx + tw - 96, 82],
  ]);
  y += 16;
  for (const risk of r.open.slice(0, 16)) {
    rowRule(doc, tx + 14, tx + tw - 14, y - 3);
    doc.font('regular').fontSize(8.5).fillColor(PALETTE.ink);
    line(doc, risk.title, tx + 14, y, tw - 236);
    doc
      .roundedRect(tx + tw - 214, y - 2, 30, 13, 3)
      .fill(risk.score >= 15 ? PALETTE.red : risk.score >= 10 ? PALETTE.amber : PALETTE.green);
    doc.font('bold').fontSize(8).fillColor(PALETTE.white);
    line(doc, String(risk.score), tx + tw - 214, y + 1, 30, { align: 'center' });
    doc.font('regular').fontSize(8.5).fillColor(PALETTE.ink);
    line(doc, risk.category.replace(/_/g, ' '), tx + tw - 170, y, 70);
    line(doc, risk.owner ?? '—', tx + tw - 96, y, 82);
    y += 24;
  }
  if (r.open.length === 0) emptyNote(doc, 'No open risks at the end of the quarter.', tx + 14, y, tw - 28);
}

function footers(doc: Doc, pack: QbrPack) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    if (i === range.start) continue;
    doc.page.margins.bottom = 0;
    doc
      .moveTo(M, H - 30)
      .lineTo(W - M, H - 30)
      .lineWidth(0.5)
      .strokeColor(PALETTE.rule)
      .stroke();
    doc.font('regular').fontSize(8).fillColor(PALETTE.muted);
    line(doc, `Confidential — ${pack.vendorName} & ${pack.partner.name}`, M, H - 22, CONTENT_W - 120);
    line(doc, `${i + 1} / ${range.count}`, W - M - 100, H - 22, 100, { align: 'right' });
  }
}

/** The pack as a PDF (a Buffer); every slide one landscape A4 page. */
export function renderQbrPdf(pack: QbrPack): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 0,
      bufferPages: true,
      autoFirstPage: false,
      info: {
        Title: `QBR ${pack.partner.name} ${pack.quarter.label}`,
        Author: pack.vendorName,
        Subject: `Quarterly business review of ${pack.vendorName} and ${pack.partner.name}`,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (b: Buffer) => chunks.push(b));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('regular', FONTS.regular);
    doc.registerFont('bold', FONTS.bold);
    doc.registerFont('light', FONTS.light);
    const slides: ((d: Doc, p: QbrPack) => void)[] = [
      cover,
      summary,
      revenueSlide,
      attributionSlide,
      commitmentsSlide,
      ...(pack.health ? [healthSlide] : []),
      governanceSlide,
      risksSlide,
    ];
    for (const slide of slides) {
      doc.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
      slide(doc, pack);
    }
    footers(doc, pack);
    doc.end();
  });
}
