import type { ModuleDescriptor } from '../../server/module.js';
import { type Ctx, systemCtx } from '../../shared/context.js';
import type { DomainEvent } from '../../shared/events.js';
import { getPartner } from '../partners/index.js';
import { findUserById } from '../users/index.js';
import { notify } from './notifications.service.js';

const ROLE_NAMES: Record<string, string> = {
  admin: 'Admin',
  partner_manager: 'Partner manager',
  executive: 'Executive',
  finance: 'Finance',
  partner_admin: 'Partner admin',
  partner_user: 'Partner user',
};

async function actorName(ctx: Ctx, event: DomainEvent): Promise<string> {
  if (!event.actorId) return 'Consort';
  return (await findUserById(ctx, event.actorId))?.name ?? 'Someone';
}

/** A partner got an owner (created with one, or reassigned): tell the new owner, unless they did it. */
async function ownerAssigned(ctx: Ctx, event: DomainEvent): Promise<void> {
  if (event.name === 'partner.updated' && !event.changedFields.includes('ownerId')) return;
  const system = systemCtx(ctx.db, 'notify partner owner');
  const partner = await getPartner(system, event.entityId);
  const owner = partner.owner;
  if (!owner || owner.id === event.actorId) return;
  const by = await actorName(system, event);
  await notify(system, {
    to: [owner.id],
    kind: 'partners.owner_assigned',
    title: `${partner.name} is assigned to you`,
    body: `${by} made you the partner manager of ${partner.name}.`,
    link: `/partners/${partner.id}`,
    entity: { type: 'partner', id: partner.id },
    partnerId: partner.id,
  });
}

/** An admin changed someone's role: tell them (not when it was their own doing). */
async function roleChanged(ctx: Ctx, event: DomainEvent): Promise<void> {
  if (!event.changedFields.includes('role') || event.actorId === event.entityId) return;
  const system = systemCtx(ctx.db, 'notify role change');
  const user = await findUserById(system, event.entityId);
  if (!user?.active) return;
  const by = await actorName(system, event);
  await notify(system, {
    to: [user.id],
    kind: 'users.role_changed',
    title: `Your role is now ${ROLE_NAMES[user.role] ?? user.role}`,
    body: `${by} changed your role to ${ROLE_NAMES[user.role] ?? user.role}. What you can see and do in Consort changed with it.`,
    link: '/account',
    entity: { type: 'user', id: user.id },
    partnerId: user.partnerId,
  });
}

/** An API token was made for an account: tell its owner, who can revoke it if it was not them. */
async function apiTokenCreated(ctx: Ctx, event: DomainEvent): Promise<void> {
  if (!event.actorId) return;
  const system = systemCtx(ctx.db, 'notify API token');
  const user = await findUserById(system, event.actorId);
  if (!user?.active) return;
  const name = typeof event.data.name === 'string' ? `“${event.data.name}” ` : '';
  await notify(system, {
    to: [user.id],
    kind: 'auth.api_token_created',
    title: 'A new API token was created for your account',
    body: `The API token ${name}can act as you. If you did not create it, revoke it under Account and change your password.`,
    link: '/account',
    entity: { type: 'api_token', id: event.entityId },
    partnerId: user.partnerId,
  });
}

export const notificationSubscribers: NonNullable<ModuleDescriptor['subscribers']> = {
  'partner.created': ownerAssigned,
  'partner.updated': ownerAssigned,
  'user.updated': roleChanged,
  'api_token.created': apiTokenCreated,
};
