import { z } from 'zod';
import { ZId } from '../../server/schemas.js';

/** How a record's DTO shows the JVP it names (decision 0344). */
export const ZValuePropositionRef = z
  .object({ id: z.uuid(), partnerId: z.uuid(), title: z.string(), version: z.number().int().nullable() })
  .meta({ id: 'ValuePropositionRef' });

/** The output fields of a record that may name a JVP. */
export const valuePropositionFields = {
  valuePropositionId: z.uuid().nullable().describe('The joint value proposition (a published version) it uses'),
  valueProposition: ZValuePropositionRef.nullable().describe('Its title and version; null when none or not visible'),
};

/** The input field: a published JVP version of the record's partner, or null to clear it. */
export const ZValuePropositionIdInput = ZId.nullable()
  .optional()
  .describe('A published joint value proposition (version) of the record’s partner; null clears it');
