import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles.js';
import { managesWebhooks, webhookPermissions } from './webhooks.policy.js';

describe('only admins manage webhooks, since a subscription can read every event', () => {
  it.each<[Role, boolean]>([
    ['admin', true],
    ['partner_manager', false],
    ['executive', false],
    ['finance', false],
    ['partner_admin', false],
    ['partner_user', false],
  ])('%s → %s', (role, may) => {
    const actor = { userId: 'u', role, partnerId: role.startsWith('partner_') && role !== 'partner_manager' ? 'p' : null };
    expect(managesWebhooks(actor)).toBe(may);
    expect(Object.values(webhookPermissions(actor)).every((flag) => flag === may)).toBe(true);
  });
});
