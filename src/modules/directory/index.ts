import type { ModuleDescriptor } from '../../server/module.js';

export type { PartnerMatch, PersonSummary, RoutingCandidate, VisiblePartner } from './directory.service.js';
export {
  activePartnerUsers,
  assertPartnerExists,
  assertPersonOfPartner,
  assertVendorUser,
  existingEmails,
  findPartnersByReference,
  findPartnerUsersByEmail,
  findVendorUsersByReference,
  forgetPerson,
  partnerDomains,
  partnerNamedBy,
  partnerNames,
  personSummaries,
  routingCandidates,
  visiblePartner,
  visiblePartners,
} from './directory.service.js';

/**
 * People and companies: names, existence and role checks that every module needs about the
 * users and partners it points at. It depends on no module above it.
 */
export const module: ModuleDescriptor = { name: 'directory' };
