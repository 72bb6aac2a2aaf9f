import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { auditEvents } from '../../src/modules/audit/audit.schema.js';
import { type AuditEntry, recordChange, recordChanges } from '../../src/modules/audit/index.js';
import { domainEvents } from '../../src/modules/events/events.schema.js';
import { createPartner, updatePartner } from '../../src/modules/partners/index.js';
import { type DomainEvent, setEventDispatcher } from '../../src/shared/events.js';
import { createSeededApp, type SeededApp } from '../support/harness.js';
import { PASSWORD, unique } from '../support/world.js';

let t: SeededApp;
beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

async function eventsOf(entityId: string) {
  return withTx(t.system(), ({ tx }) => tx.select().from(domainEvents).where(eq(domainEvents.entityId, entityId)));
}

describe('domain events', () => {
  it('a change through the API writes exactly one event, with its actor, partner and changed fields', async () => {
    const pm = await t.asUser('partner_manager');
    const created = await pm.POST('/api/v1/partners', { body: { name: `Evented ${unique()}`, motion: 'channel' } });
    expect(created.response.status).toBe(201);
    const id = created.data?.id ?? '';
    const moved = await pm.POST('/api/v1/partners/{id}/stage-transitions', {
      params: { path: { id } },
      body: { toStage: 'qualified' },
    });
    expect(moved.response.status).toBe(201);
    const events = await eventsOf(id);
    expect(events.map((e) => e.name).sort()).toEqual(['partner.created', 'partner.stage_changed']);
    const stage = events.find((e) => e.name === 'partner.stage_changed');
    expect(stage?.actorId).toBe(t.world.users.pm.id);
    expect(stage?.partnerId).toBe(id);
    expect(stage?.changedFields).toEqual(expect.arrayContaining(['lifecycleStage']));
    expect(stage?.data).toMatchObject({ fromStage: 'prospect', toStage: 'qualified' });
  });

  it('a refused change writes none', async () => {
    const pm = await t.asUser('partner_manager');
    // Partner B belongs to another manager: the policy refuses, nothing is written.
    const refused = await pm.PATCH('/api/v1/partners/{id}', {
      params: { path: { id: t.world.partnerB.id } },
      body: { description: 'not yours' },
    });
    expect(refused.response.status).toBe(403);
    const events = await eventsOf(t.world.partnerB.id);
    expect(events.filter((e) => e.name === 'partner.updated')).toEqual([]);
  });

  it('exists if and only if its change committed, and reaches subscribers only after the commit', async () => {
    const heard: { event: DomainEvent; visible: boolean }[] = [];
    const subscribers = setEventDispatcher(async (events) => {
      for (const event of events) {
        // What a subscriber sees: its own transaction, so the change must already be committed.
        const rows = await withTx(t.system(), ({ tx }) =>
          tx
            .select()
            .from(domainEvents)
            .where(and(eq(domainEvents.id, event.id))),
        );
        heard.push({ event, visible: rows.length === 1 });
      }
    });
    try {
      const name = `Rolled back ${unique()}`;
      await expect(
        withTx(t.system(), async (c) => {
          const partner = await createPartner(c, { name, motion: 'alliance' });
          await updatePartner(c, partner.id, { description: 'then something failed' });
          expect(c.pendingEvents.map((e) => e.name)).toEqual(['partner.created', 'partner.updated']);
          throw new Error('a later step of the same use case failed');
        }),
      ).rejects.toThrow('a later step');
      const afterRollback = await withTx(t.system(), ({ tx }) => tx.select().from(domainEvents));
      expect(afterRollback.filter((e) => e.data && JSON.stringify(e).includes(name))).toEqual([]);
      expect(heard).toEqual([]);

      const kept = await withTx(t.system(), async (c) => {
        const partner = await createPartner(c, { name: `Committed ${unique()}`, motion: 'alliance' });
        expect(heard).toEqual([]); // not before the commit
        return partner;
      });
      expect(heard.map((h) => [h.event.name, h.event.entityId, h.visible])).toEqual([['partner.created', kept.id, true]]);
      expect((await eventsOf(kept.id)).length).toBe(1);
    } finally {
      setEventDispatcher(subscribers);
    }
  });
});

describe('recording many changes at once', () => {
  it('writes the same audit entries and events as one by one, each kind in one statement', async () => {
    const tag = unique();
    const entries = (prefix: string): AuditEntry[] =>
      [t.world.partnerA.id, t.world.partnerB.id, null].map((partnerId, i) => ({
        action: i === 2 ? 'update' : 'evaluate',
        entityType: 'scorecard',
        entityId: `${prefix}-${tag}-${i}`,
        partnerId,
        before: i === 2 ? { score: 1, colour: 'red' } : undefined,
        after: { score: 50 + i, colour: 'yellow' },
        summary: `Entry ${i}`,
        event: i === 0 ? 'scorecard.evaluated' : undefined,
        eventData: { period: '2026-Q3', i },
      }));
    const read = (prefix: string) =>
      withTx(t.system(), async ({ tx }) => {
        const like = `${prefix}-${tag}-%`;
        const audit = await tx
          .select({
            cmin: sql<string>`${auditEvents}.cmin::text`,
            action: auditEvents.action,
            entityType: auditEvents.entityType,
            entityId: auditEvents.entityId,
            partnerId: auditEvents.partnerId,
            summary: auditEvents.summary,
            before: auditEvents.before,
            after: auditEvents.after,
            changedFields: auditEvents.changedFields,
            actorLabel: auditEvents.actorLabel,
          })
          .from(auditEvents)
          .where(sql`${auditEvents.entityId} like ${like}`)
          .orderBy(auditEvents.entityId);
        const events = await tx
          .select({
            cmin: sql<string>`${domainEvents}.cmin::text`,
            name: domainEvents.name,
            entityId: domainEvents.entityId,
            partnerId: domainEvents.partnerId,
            changedFields: domainEvents.changedFields,
            data: domainEvents.data,
          })
          .from(domainEvents)
          .where(sql`${domainEvents.entityId} like ${like}`)
          .orderBy(domainEvents.entityId);
        const strip = <R extends { cmin: string; entityId: string }>(rows: R[]) =>
          rows.map(({ cmin: _c, entityId, ...rest }) => ({ ...rest, entityId: entityId.replace(prefix, '') }));
        return {
          audit: strip(audit),
          events: strip(events),
          statements: new Set([...audit.map((r) => `a${r.cmin}`), ...events.map((r) => `e${r.cmin}`)]).size,
        };
      });
    await withTx(t.system(), async (c) => {
      for (const entry of entries('one')) await recordChange(c, entry);
    });
    await withTx(t.system(), (c) => recordChanges(c, entries('many')));
    const one = await read('one');
    const many = await read('many');
    expect(one.audit).toHaveLength(3);
    expect(many.audit).toEqual(one.audit);
    expect(many.events).toEqual(one.events);
    expect(many.events.map((e) => e.name)).toEqual(['scorecard.evaluated', 'scorecard.evaluated', 'scorecard.updated']);
    expect(many.audit[2]?.changedFields).toEqual(['colour', 'score']);
    // Statements are told apart by the command id (cmin) they stamp on the rows they write.
    expect(one.statements).toBe(6);
    expect(many.statements).toBe(2);
  });
});

describe('a subscriber in another module', () => {
  it('ends the API tokens of a user an admin deactivates, after the change commits', async () => {
    const admin = await t.asUser('admin');
    const email = `subscriber.${unique()}@test.example`;
    const created = await admin.POST('/api/v1/users', {
      body: { email, name: 'Sub Scriber', role: 'finance', password: PASSWORD },
    });
    expect(created.response.status).toBe(201);
    const own = await t.api(email);
    const token = (await own.POST('/api/v1/api-tokens', { body: { name: 'integration' } })).data?.token ?? '';
    const withToken = () => t.request('GET', '/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
    expect((await withToken()).status).toBe(200);
    const off = await admin.PATCH('/api/v1/users/{id}', {
      params: { path: { id: created.data?.id ?? '' } },
      body: { active: false },
    });
    expect(off.response.status).toBe(200);
    expect((await withToken()).status).toBe(401);
    const on = await admin.PATCH('/api/v1/users/{id}', {
      params: { path: { id: created.data?.id ?? '' } },
      body: { active: true },
    });
    expect(on.response.status).toBe(200);
    // Reactivation gives the account back, not the tokens that deactivation ended.
    expect((await withToken()).status).toBe(401);
    const events = await eventsOf(created.data?.id ?? '');
    expect(events.map((e) => e.name)).toEqual(
      expect.arrayContaining(['user.created', 'user.deactivated', 'user.credentials_revoked']),
    );
  });
});
