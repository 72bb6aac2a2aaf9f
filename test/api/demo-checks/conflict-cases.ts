import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { demo } from './run.js';

type Case = {
  id: string;
  number: string;
  status: string;
  tier: number;
  round: number;
  overdue: boolean;
  customer: { name: string };
  parties: {
    id: string;
    partnerId: string | null;
    partnerName: string;
    statement: string;
    outcome: string | null;
    registration: { id: string; number: string } | null;
  }[];
  timeline?: { kind: string }[];
};

/** The conflict cases of the demo: one decided for the direct team, one appealed and re-decided, Globex open at tier 2. */
export default function conflictCasesDemo() {
  describe('the conflict cases demo', () => {
    it('tells three cases: decided and closed, appealed and split, and Globex open at tier 2 past its SLA', async () => {
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const all = (await admin.get('/api/v1/conflict-cases', { query: { limit: '100' } })).body.data as Case[];
      // The case opened by hand with the direct team as a party (partners' own registrations may meet at Wayne too).
      const wayne = all.find((c) => c.customer.name === 'Wayne Financial Group' && c.parties.some((p) => p.partnerId === null));
      expect(wayne).toMatchObject({ status: 'closed', round: 1 });
      expect(wayne?.parties.find((p) => p.partnerId === null)?.outcome).toBe('keeps');

      const appealed = all.find((c) => c.round === 2);
      expect(appealed).toMatchObject({ status: 'closed' });
      expect(appealed?.parties.filter((p) => p.outcome === 'shares')).toHaveLength(2);
      const detail = (await admin.get(`/api/v1/conflict-cases/${appealed?.id}`)).body as Case;
      expect(detail.timeline?.map((e) => e.kind)).toEqual(expect.arrayContaining(['decided', 'appealed', 'reopened', 'closed']));

      const globex = all.find((c) => c.customer.name.startsWith('Globex') && c.status === 'open');
      expect(globex).toMatchObject({ tier: 2, overdue: true });
      expect(globex?.parties.length).toBeGreaterThanOrEqual(2);
      expect(globex?.parties.every((p) => p.statement.length > 0)).toBe(true);

      // A Globex party's admin sees the case, its own side only.
      const party = globex?.parties[0];
      const other = globex?.parties[1];
      const users = (await admin.get('/api/v1/users', { query: { partnerId: party?.partnerId ?? '', limit: '50' } })).body
        .data as {
        email: string;
        role: string;
      }[];
      const partnerAdmin = users.find((u) => u.role === 'partner_admin');
      expect(partnerAdmin).toBeDefined();
      const portal = await demo.t.login(partnerAdmin?.email ?? '', DEMO_PASSWORD);
      const seen = await portal.get(`/api/v1/conflict-cases/${globex?.id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.parties).toHaveLength(1);
      expect(JSON.stringify(seen.body)).not.toContain(other?.partnerName ?? 'unreachable');
      expect(JSON.stringify(seen.body)).not.toContain(other?.statement ?? 'unreachable');
    });

    it('a closed case’s decision reached the registrations: a partner told to step back holds no approved or waiting claim', async () => {
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const all = (await admin.get('/api/v1/conflict-cases', { query: { limit: '100' } })).body.data as Case[];
      const final = all.filter((c) => c.status === 'closed' || (c.status === 'decided' && c.tier === 3));
      let steppedBack = 0;
      for (const c of final)
        for (const p of c.parties) {
          if (!p.registration) continue;
          const reg = (await admin.get(`/api/v1/deal-registrations/${p.registration.id}`)).body as {
            number: string;
            status: string;
            rejectionReason: string;
          };
          if (p.outcome !== 'steps_back') continue;
          steppedBack += 1;
          expect(['submitted', 'approved'], `${reg.number} of ${c.number}`).not.toContain(reg.status);
          if (reg.status === 'rejected') expect(reg.rejectionReason).toBe(`Lost conflict case ${c.number}`);
        }
      // The story has a case decided against a partner that held a registration.
      expect(steppedBack).toBeGreaterThan(0);
    });

    it('every flagged registration was decided by its case, and no registration’s status contradicts its case’s decision', async () => {
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const cases = (await admin.get('/api/v1/conflict-cases', { query: { limit: '100' } })).body.data as Case[];
      type Reg = { id: string; number: string; status: string; rejectionReason: string; conflict: { flagged: boolean } };
      const registrations: Reg[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { data: Reg[]; nextCursor: string | null } } = await admin.get('/api/v1/deal-registrations', {
          query: { limit: '100', ...(cursor ? { cursor } : {}) },
        });
        registrations.push(...page.body.data);
        cursor = page.body.nextCursor;
      } while (cursor);
      const byId = new Map(registrations.map((r) => [r.id, r]));
      const inCase = new Set(cases.flatMap((c) => c.parties.flatMap((p) => (p.registration ? [p.registration.id] : []))));
      // Registrations in a conflict are decided by their case, not by a manager beforehand.
      const flagged = registrations.filter((r) => r.conflict.flagged);
      expect(flagged.length).toBeGreaterThan(2);
      expect(flagged.filter((r) => !inCase.has(r.id)).map((r) => r.number)).toEqual([]);
      const contradictions: string[] = [];
      for (const c of cases) {
        const final = c.status === 'closed' || (c.status === 'decided' && c.tier === 3);
        for (const p of c.parties) {
          const reg = p.registration && byId.get(p.registration.id);
          if (!reg) continue;
          const said = `${reg.number} ${reg.status} (${reg.rejectionReason}) in ${c.number} ${c.status} ${p.outcome ?? 'undecided'}`;
          // Kept, shared, no conflict, or not decided yet: nobody rejected it (DR-000060 was, in a split case).
          if (p.outcome !== 'steps_back' && reg.status === 'rejected') contradictions.push(said);
          // Told to step back, finally: it holds no claim, and says which case it lost.
          if (p.outcome === 'steps_back' && final && ['submitted', 'approved'].includes(reg.status)) contradictions.push(said);
          if (p.outcome === 'steps_back' && reg.status === 'rejected' && reg.rejectionReason !== `Lost conflict case ${c.number}`)
            contradictions.push(said);
        }
      }
      expect(contradictions).toEqual([]);
      // The story shows each kind of outcome.
      const outcomes = new Set(cases.flatMap((c) => c.parties.map((p) => p.outcome)));
      for (const o of ['keeps', 'steps_back', 'shares']) expect(outcomes).toContain(o);
    });
  });
}
