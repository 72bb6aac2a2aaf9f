import type { ModuleDescriptor } from '../../server/module.js';

export type { EmitInput } from './events.service.js';
export {
  dispatchStoredEvents,
  emitEvent,
  emitEvents,
  eventNamesSeen,
  eventsSince,
  subscriberDispatcher,
} from './events.service.js';

/** Domain events: the outbox every change writes to, and delivery to subscribers after commit. */
export const module: ModuleDescriptor = { name: 'events' };
