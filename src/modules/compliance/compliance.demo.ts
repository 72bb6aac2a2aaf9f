import type { DemoSeeder } from '../../server/module.js';
import { addDays, addMonths, localDateOf } from '../../shared/dates.js';
import { attachFile, simplePdf } from '../files/index.js';
import { getPartner } from '../partners/index.js';
import type { ComplianceType } from './compliance.rules.js';
import { createItem, reviewItem, runComplianceSweep, saveRequirements } from './compliance.service.js';

/**
 * Alex decides early what lapsing compliance blocks: no payouts without a current SOC 2 report or
 * insurance certificate, no deal registration without a signed DPA. Partners provide their
 * evidence while onboarding (the DPA for everyone; SOC 2 from technology partners; insurance
 * from resellers), renewed yearly; the partner manager verifies each. Today a few certificates
 * expire within weeks and one SOC 2 report lapsed ten days ago — the sweep marked it expired,
 * and that partner's payouts are blocked until a current one is verified.
 */
export const complianceDemo: DemoSeeder = {
  order: 66,
  async seed(_ctx, story) {
    const alex = story.people.get('alex');
    if (!alex) throw new Error('The compliance demo needs the vendor team (users demo) first');
    await saveRequirements(story.as('alex', story.after(alex.since, 14) ?? story.now), [
      { type: 'soc2', required: false, blocks: ['payouts'], reminderDays: [60, 30, 7] },
      { type: 'insurance', required: false, blocks: ['payouts'], reminderDays: [60, 30, 7] },
      { type: 'dpa_gdpr', required: false, blocks: ['deal_registration'], reminderDays: [30] },
      { type: 'iso27001', required: false, blocks: [], reminderDays: [60, 30] },
    ]);
    const today = localDateOf(story.now, 'UTC');
    const partners = [...story.partners.values()];
    let lapsed = 0;
    let expiringSoon = 0;
    for (const [index, partner] of partners.entries()) {
      story.progress(index, partners.length);
      const onboarding = partner.timeline.find((t) => t.stage === 'onboarding')?.at;
      const stage = partner.timeline.at(-1)?.stage;
      if (!onboarding || stage === 'terminated') continue;
      const details = await getPartner(story.system('demo', story.now), partner.id);
      const technology = details.types.some((t) => t === 'isv' || t === 'technology' || t === 'oem');
      const owner = (at: Date) => story.as(partner.ownerKey, at);
      const lead = story.people.get(`${partner.key}.admin`);
      const provided = story.after(onboarding, story.random.int(3, 20));
      if (!provided) continue;
      const add = async (type: ComplianceType, name: string, at: Date, issuedOn: string, expiresOn: string | null) => {
        const by = lead && lead.since <= at ? story.as(lead.key, at) : owner(at);
        const item = await createItem(by, partner.id, { type, name, issuedOn, expiresOn });
        await attachFile(by, 'compliance_item.evidence', item.id, {
          name: `${type}-${issuedOn}.pdf`,
          bytes: simplePdf([name, partner.name, `Issued ${issuedOn}`]),
        });
        const checked = story.after(at, story.random.int(1, 4));
        if (checked) await reviewItem(owner(checked), item.id, { verified: true });
      };
      await add('dpa_gdpr', 'Data processing agreement (GDPR art. 28)', provided, localDateOf(provided, 'UTC'), null);
      const type: ComplianceType = technology ? 'soc2' : 'insurance';
      const name = technology ? 'SOC 2 Type II report' : 'Professional and cyber liability insurance';
      // Yearly evidence from onboarding on: each renewal arrives a couple of weeks before the last expires.
      let issued = localDateOf(provided, 'UTC');
      let at = provided;
      for (;;) {
        let expires = addDays(addMonths(issued, 12), -1);
        let lapsesNow = false;
        // The story's few lapses and near expiries, on today's calendar.
        if (expires >= today && expires <= addDays(today, 365) && technology && lapsed === 0 && stage === 'active') {
          expires = addDays(today, -10);
          lapsed += 1;
          lapsesNow = true;
        } else if (expires >= today && expiringSoon < 4 && story.random.chance(0.35)) {
          expires = addDays(today, story.random.int(12, 50));
          expiringSoon += 1;
        }
        await add(type, name, at, issued, expires);
        const next = addDays(expires, -story.random.int(10, 20));
        // The lapsed report is not renewed; every other certificate is, until the next renewal is due after today.
        if (lapsesNow || next >= today) break;
        issued = next;
        at = new Date(`${next}T10:00:00Z`);
        if (at > story.now) break;
      }
    }
    // The morning's sweep: the lapsed report is marked expired, reminders go out.
    await runComplianceSweep(story.system('compliance.daily', story.now));
  },
};
