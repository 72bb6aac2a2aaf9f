import type { DemoSeeder } from '../../server/module.js';
import type { CoopetitionKind } from './coopetition.rules.js';
import { addCoopetitionArea } from './coopetition.service.js';

const AREAS: { partner: string; after: number; kind: CoopetitionKind; name: string; notes: string }[] = [
  {
    partner: 'contoso-consulting',
    after: 200,
    kind: 'product',
    name: 'Contoso Insight (analytics suite)',
    notes: 'Their own analytics suite competes with ours in mid-market banking; co-sell only where they lead with our platform.',
  },
  {
    partner: 'contoso-consulting',
    after: 210,
    kind: 'segment',
    name: 'Mid-market banking',
    notes: 'Keep account lists in this segment out of shared mapping.',
  },
  {
    partner: 'adatum',
    after: 120,
    kind: 'solution_category',
    name: 'Managed data warehousing',
    notes: 'The hyperscaler’s native warehouse overlaps; joint plans exclude it.',
  },
  {
    partner: 'tailspin-data',
    after: 90,
    kind: 'product',
    name: 'Tailspin Pipelines',
    notes: 'Its ETL product replaces our ingestion add-on for some customers.',
  },
];

/** Where a few partners also compete with Lumen Cloud, recorded by their managers once they knew. */
export const coopetitionDemo: DemoSeeder = {
  order: 57,
  async seed(_ctx, story) {
    for (const area of AREAS) {
      const partner = story.partners.get(area.partner);
      const since = partner?.timeline[0]?.at;
      const at = partner && since ? story.after(since, area.after) : null;
      if (!partner || !at) continue;
      await addCoopetitionArea(story.as(partner.ownerKey, at), partner.id, {
        kind: area.kind,
        name: area.name,
        notes: area.notes,
      });
    }
  },
};
