import { and, inArray } from 'drizzle-orm';
import { partnerFilter } from '../../db/scope.js';
import { dateCell, emailCell, type ImporterDef, type ImportProblem, textCell } from '../../server/importer.js';
import { access } from '../../server/route.js';
import { policyActor } from '../../shared/context.js';
import { type IsoDate, localDateOf } from '../../shared/dates.js';
import {
  findPartnersByReference,
  findPartnerUsersByEmail,
  findVendorUsersByReference,
  partnerNamedBy,
} from '../directory/index.js';
import { getSettings } from '../settings/index.js';
import { managesGovernance } from './governance.policy.js';
import { governanceBodies, governanceMeetings } from './governance.schema.js';
import { createAction } from './governance.service.js';

export type ActionImportRow = {
  partner: string;
  body?: string;
  meeting?: string;
  title: string;
  owner: string;
  dueOn: IsoDate;
  notes?: string;
  partnerId?: string;
  meetingId?: string;
  ownerId?: string;
};

type MeetingRef = { id: string; partnerId: string; bodyId: string | null; title: string; day: IsoDate };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Action items from a steering committee's tracker (the spreadsheet every JSC keeps): a row per
 * action with its owner by e-mail (someone of either side) and due date, linked to a meeting of the
 * alliance named by its day, title or id (narrowed by the body's name when given). Each is assigned
 * as in the app: audited, `governance_action.created`, the owner told.
 */
export const actionsImporter: ImporterDef<ActionImportRow, { titles: Map<string, number> }> = {
  kind: 'governance-actions',
  label: 'Governance action items',
  access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
  permission: 'governanceAction.import',
  columns: [
    {
      key: 'partner',
      label: 'Partner',
      required: true,
      aliases: ['Partner name', 'Partner ID', 'Alliance', 'Account', 'Company'],
      hint: "the partner's name, a domain it claims, or its id",
      parse: textCell(253),
    },
    {
      key: 'body',
      label: 'Governance body',
      aliases: ['Body', 'Committee', 'Steering committee', 'Board', 'Working group'],
      hint: "the body's name (narrows which meeting)",
      parse: textCell(200),
    },
    {
      key: 'meeting',
      label: 'Meeting',
      aliases: ['Meeting date', 'Raised at', 'Raised in', 'QBR', 'Source meeting'],
      hint: "the meeting's day (YYYY-MM-DD), title or id; empty: not linked to a meeting",
      parse: textCell(200),
    },
    { key: 'title', label: 'Action', required: true, aliases: ['Title', 'Action item', 'Task', 'What'], parse: textCell(200) },
    {
      key: 'owner',
      label: 'Owner',
      required: true,
      aliases: ['Owner email', 'Owner e-mail', 'Responsible', 'Assigned to', 'Who'],
      hint: "the e-mail of a vendor user or of one of the partner's users",
      parse: emailCell,
    },
    {
      key: 'dueOn',
      label: 'Due date',
      required: true,
      aliases: ['Due', 'Due on', 'Deadline', 'By'],
      hint: 'YYYY-MM-DD',
      parse: dateCell,
    },
    { key: 'notes', label: 'Notes', aliases: ['Details', 'Comment', 'Description'], parse: textCell(4000) },
  ],
  example: (refs) =>
    `Partner ID,Action,Owner,Due date\n${refs.partnerId},Share the pipeline review ${refs.unique},pm@example.com,2031-03-31\n`,
  newState: () => ({ titles: new Map() }),

  async validate(ctx, rows, state) {
    const problems: ImportProblem[] = [];
    const actor = policyActor(ctx);
    const found = await findPartnersByReference(
      ctx,
      rows.map((r) => r.values.partner),
    );
    const partnerIds = [
      ...new Set(rows.map((r) => partnerNamedBy(found, r.values.partner).partner?.id).filter(Boolean)),
    ] as string[];
    const linking = rows.some((r) => r.values.meeting || r.values.body);
    const timeZone = linking ? (await getSettings(ctx)).timeZone : 'UTC';
    const bodies =
      linking && partnerIds.length > 0
        ? await ctx.tx
            .select({ id: governanceBodies.id, partnerId: governanceBodies.partnerId, name: governanceBodies.name })
            .from(governanceBodies)
            .where(and(inArray(governanceBodies.partnerId, partnerIds), partnerFilter(ctx, governanceBodies.partnerId)))
        : [];
    const meetings: MeetingRef[] =
      linking && partnerIds.length > 0
        ? (
            await ctx.tx
              .select({
                id: governanceMeetings.id,
                partnerId: governanceMeetings.partnerId,
                bodyId: governanceMeetings.bodyId,
                title: governanceMeetings.title,
                startsAt: governanceMeetings.startsAt,
              })
              .from(governanceMeetings)
              .where(and(inArray(governanceMeetings.partnerId, partnerIds), partnerFilter(ctx, governanceMeetings.partnerId)))
          ).map(({ startsAt, ...m }) => ({ ...m, day: localDateOf(startsAt, timeZone) }))
        : [];
    const owners = rows.map((r) => r.values.owner);
    const vendorPeople = await findVendorUsersByReference(ctx, owners);
    const partnerPeople = await findPartnerUsersByEmail(ctx, partnerIds, owners);

    for (const { row, values } of rows) {
      const { partner, problem } = partnerNamedBy(found, values.partner);
      if (!partner) {
        problems.push({ row, column: 'partner', message: problem });
        continue;
      }
      if (!managesGovernance(actor, partner)) {
        problems.push({ row, column: 'partner', message: `you may not assign action items of the ${partner.name} alliance` });
        continue;
      }
      values.partnerId = partner.id;
      const key = `${partner.id} ${values.title.toLowerCase()}`;
      const earlier = state.titles.get(key);
      if (earlier) problems.push({ row, column: 'title', message: `is also on row ${earlier} for the same partner` });
      else state.titles.set(key, row);

      let body: { id: string } | undefined;
      if (values.body) {
        const wanted = values.body.toLowerCase();
        body = bodies.find((b) => b.partnerId === partner.id && b.name.toLowerCase() === wanted);
        if (!body) problems.push({ row, column: 'body', message: `no governance body "${values.body}" of ${partner.name}` });
      }
      if (values.meeting) {
        const wanted = values.meeting.toLowerCase();
        const candidates = meetings.filter(
          (m) =>
            m.partnerId === partner.id &&
            (!body || m.bodyId === body.id) &&
            (UUID.test(wanted) ? m.id === wanted : m.day === wanted || m.title.toLowerCase() === wanted),
        );
        const [meeting] = candidates;
        if (!meeting) problems.push({ row, column: 'meeting', message: `no meeting "${values.meeting}" of ${partner.name}` });
        else if (candidates.length > 1)
          problems.push({
            row,
            column: 'meeting',
            message: `names ${candidates.length} meetings; name the body or use the title`,
          });
        else values.meetingId = meeting.id;
      }

      const [vendor, ...more] = vendorPeople.get(values.owner) ?? [];
      const partnerPerson = partnerPeople.get(values.owner);
      if (vendor && more.length === 0) values.ownerId = vendor.id;
      else if (partnerPerson && partnerPerson.partnerId === partner.id) values.ownerId = partnerPerson.id;
      else
        problems.push({
          row,
          column: 'owner',
          message: `must be the e-mail of a vendor user or an active user of ${partner.name}`,
        });
    }
    return problems;
  },

  async commit(ctx, rows) {
    // A tracker is tens of actions: each through the service, as if assigned in the app.
    for (const { values } of rows) {
      await createAction(ctx, {
        partnerId: values.partnerId as string,
        meetingId: values.meetingId ?? null,
        title: values.title,
        notes: values.notes ?? '',
        ownerId: values.ownerId as string,
        dueOn: values.dueOn,
      });
    }
  },
};
