import { describe, expect, it } from 'vitest';
import { renderEmail } from './mail.templates.js';

const org = { name: 'Acme & Co <Partners>', hasLogo: false };

describe('e-mail templates', () => {
  it('says the same in HTML and text: the organisation, heading, paragraphs, button and footer', () => {
    const mail = renderEmail({
      organization: org,
      subject: 'Hello',
      heading: 'A partner is yours',
      paragraphs: ['Northwind is assigned to you.'],
      action: { label: 'Open the partner', url: 'https://consort.example/partners/1' },
      footer: ['Why you got this', { label: 'Unsubscribe', url: 'https://consort.example/unsubscribe#token=x' }],
    });
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain('A partner is yours');
      expect(part).toContain('Northwind is assigned to you.');
      expect(part).toContain('https://consort.example/partners/1');
      expect(part).toContain('https://consort.example/unsubscribe#token=x');
    }
    expect(mail.text).toContain('Acme & Co <Partners>');
    expect(mail.html).toContain('Acme &amp; Co &lt;Partners&gt;');
  });

  it('escapes whatever it is given, so no text becomes markup', () => {
    const mail = renderEmail({
      organization: org,
      subject: 'x',
      heading: '<script>alert(1)</script>',
      paragraphs: ['"quoted" & <b>bold</b>'],
      items: [{ title: '<img src=x onerror=alert(1)>', url: 'https://ok.example/"><script>' }],
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).not.toContain('<b>bold</b>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('href="https://ok.example/&quot;&gt;&lt;script&gt;"');
  });

  it('links only to web addresses', () => {
    const mail = renderEmail({
      organization: org,
      subject: 'x',
      heading: 'h',
      action: { label: 'Go', url: 'javascript:alert(1)' },
    });
    expect(mail.html).not.toContain('javascript:');
    expect(mail.text).not.toContain('javascript:');
  });

  it('keeps the subject on one line', () => {
    expect(renderEmail({ organization: org, subject: 'a\r\nBcc: x@evil.example', heading: 'h' }).subject).toBe(
      'a Bcc: x@evil.example',
    );
  });

  it('shows the logo as an inline attachment when there is one', () => {
    const mail = renderEmail({ organization: { name: 'Acme', hasLogo: true }, subject: 's', heading: 'h' });
    expect(mail.withLogo).toBe(true);
    expect(mail.html).toContain('src="cid:org-logo"');
    expect(renderEmail({ organization: { name: 'Acme', hasLogo: false }, subject: 's', heading: 'h' }).html).not.toContain(
      'cid:',
    );
  });
});
