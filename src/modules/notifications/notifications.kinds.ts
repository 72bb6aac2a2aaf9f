import type { NotificationKindDef } from '../../server/module.js';

/**
 * The kinds this module sends on other modules' behalf, from their events (notifications.
 * subscribers.ts). A module that calls `notify` itself declares its kinds in its own descriptor.
 */
export const NOTIFICATION_KINDS: readonly NotificationKindDef[] = [
  {
    kind: 'partners.owner_assigned',
    label: 'A partner is assigned to you',
    description: 'Someone made you the partner manager of a partner.',
    defaultChannel: 'email',
    audience: 'vendor',
  },
  {
    kind: 'users.role_changed',
    label: 'Your role changed',
    description: 'An admin gave you another role, which changes what you can see and do.',
    defaultChannel: 'email',
  },
  {
    kind: 'auth.api_token_created',
    label: 'An API token was created for your account',
    description: 'A new API token can act as you: if you did not create it, revoke it.',
    defaultChannel: 'email',
  },
];
