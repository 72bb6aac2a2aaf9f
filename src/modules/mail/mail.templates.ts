/**
 * The one e-mail layout: the organisation's name (and logo, as an inline attachment), a heading,
 * paragraphs, an optional button, optional items (a digest), and a footer. Every message has an
 * HTML part and a plain-text part saying the same. Everything given is text and is escaped here;
 * callers never write HTML. Pure.
 */
export type EmailLink = { label: string; url: string };

export type EmailContent = {
  organization: { name: string; hasLogo: boolean };
  subject: string;
  heading: string;
  paragraphs?: readonly string[];
  action?: EmailLink;
  items?: readonly { title: string; body?: string; url?: string; when?: string }[];
  /** Lines under the message, each plain text or a link. */
  footer?: readonly (string | EmailLink)[];
};

export type RenderedEmail = { subject: string; html: string; text: string; withLogo: boolean };

/** The content id the HTML uses for the logo attachment. */
export const LOGO_CID = 'org-logo';

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Only web links reach an href: anything else (javascript:, data:) is left out. */
function safeUrl(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}

/** Subjects and headers are one line. */
function oneLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, ' ').trim();
}

function paragraphHtml(text: string): string {
  return `<p style="margin:0 0 12px;line-height:1.5">${escapeHtml(text).replaceAll('\n', '<br>')}</p>`;
}

function linkHtml(link: EmailLink, style = 'color:#1c7ed6'): string {
  const url = safeUrl(link.url);
  return url ? `<a href="${escapeHtml(url)}" style="${style}">${escapeHtml(link.label)}</a>` : escapeHtml(link.label);
}

export function renderEmail(content: EmailContent): RenderedEmail {
  const org = content.organization;
  const withLogo = org.hasLogo;
  const header = withLogo
    ? `<img src="cid:${LOGO_CID}" alt="${escapeHtml(org.name)}" height="32" style="height:32px;vertical-align:middle;margin-right:8px"> <strong>${escapeHtml(org.name)}</strong>`
    : `<strong>${escapeHtml(org.name)}</strong>`;
  const action = content.action && safeUrl(content.action.url) ? content.action : undefined;
  const html = [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<title>${escapeHtml(oneLine(content.subject))}</title></head>`,
    '<body style="margin:0;padding:0;background:#f1f3f5;font-family:Helvetica,Arial,sans-serif;color:#212529">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">',
    '<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px">',
    `<tr><td style="padding:16px 24px;border-bottom:1px solid #e9ecef;font-size:16px">${header}</td></tr>`,
    '<tr><td style="padding:24px">',
    `<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(content.heading)}</h1>`,
    ...(content.paragraphs ?? []).map(paragraphHtml),
    ...(content.items?.length
      ? [
          '<ul style="padding-left:20px;margin:0 0 12px">',
          ...content.items.map(
            (item) =>
              `<li style="margin:0 0 10px;line-height:1.4">${item.url ? linkHtml({ label: item.title, url: item.url }) : escapeHtml(item.title)}` +
              (item.when ? ` <span style="color:#868e96">· ${escapeHtml(item.when)}</span>` : '') +
              (item.body ? `<br><span style="color:#495057">${escapeHtml(item.body)}</span>` : '') +
              '</li>',
          ),
          '</ul>',
        ]
      : []),
    ...(action
      ? [
          `<p style="margin:20px 0 0">${linkHtml(action, 'display:inline-block;background:#1c7ed6;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none')}</p>`,
        ]
      : []),
    '</td></tr>',
    ...(content.footer?.length
      ? [
          '<tr><td style="padding:16px 24px;border-top:1px solid #e9ecef;font-size:12px;color:#868e96">',
          ...content.footer.map(
            (line) =>
              `<p style="margin:0 0 6px">${typeof line === 'string' ? escapeHtml(line) : linkHtml(line, 'color:#868e96')}</p>`,
          ),
          '</td></tr>',
        ]
      : []),
    '</table></td></tr></table></body></html>',
  ].join('\n');

  const text = [
    org.name,
    '',
    content.heading,
    '',
    ...(content.paragraphs ?? []).flatMap((p) => [p, '']),
    ...(content.items ?? []).flatMap((item) => [
      `- ${item.title}${item.when ? ` (${item.when})` : ''}`,
      ...(item.body ? [`  ${item.body}`] : []),
      ...(item.url ? [`  ${item.url}`] : []),
    ]),
    ...(content.items?.length ? [''] : []),
    ...(action ? [`${action.label}: ${action.url}`, ''] : []),
    ...(content.footer?.length
      ? ['--', ...content.footer.map((line) => (typeof line === 'string' ? line : `${line.label}: ${line.url}`))]
      : []),
  ]
    .join('\n')
    .trimEnd();
  return { subject: oneLine(content.subject), html, text: `${text}\n`, withLogo };
}
