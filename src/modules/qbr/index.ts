import type { ModuleDescriptor } from '../../server/module.js';
import { qbrRoutes } from './qbr.routes.js';

export { renderQbrPdf } from './qbr.pdf.js';
export type { Highlight, HighlightFacts, Quarter } from './qbr.rules.js';
export { highlightsOf, lastCompleteQuarter, parseQuarter, quarterShareOfTarget, shiftQuarter, slugOf } from './qbr.rules.js';
export type { QbrPack } from './qbr.service.js';
export { assembleQbr } from './qbr.service.js';

/**
 * The QBR pack of an alliance (issue 12, PRODUCT.md module 7): one partner and one quarter from
 * live data — revenue and pipeline against the joint business plan, attribution, commitments of
 * both sides, health with evidence and trend, action items, decisions and risks, highlights — as
 * JSON for the page and as a landscape PDF of slides to present (decisions 0305–0309).
 */
export const module: ModuleDescriptor = {
  name: 'qbr',
  routes: qbrRoutes,
  appPermissions: () => ({ viewQbr: true }),
};
