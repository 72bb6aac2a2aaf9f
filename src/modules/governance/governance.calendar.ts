import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { AgendaItem } from './governance.schema.js';

export type InvitationInput = {
  meetingId: string;
  /** Raised on every change that is sent again; calendar clients keep the highest. */
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  title: string;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  agenda: readonly AgendaItem[];
  description: string;
  url: string;
  organizer: { name: string; email: string };
  attendees: readonly { name: string; email: string; chair: boolean }[];
  vendorName: string;
  /** DTSTAMP: when this message was made. */
  stamp: Date;
};

/**
 * The stable UID of a meeting's calendar event: every invitation, update and cancellation of one
 * meeting names the same event, so a calendar moves or removes it instead of adding another.
 */
export function meetingUid(meetingId: string): string {
  return `governance-meeting-${meetingId}@consort`;
}

/** An iCalendar (RFC 5545/5546) message for one meeting: METHOD REQUEST to invite or update, CANCEL to remove. */
export function meetingInvitation(input: InvitationInput): string {
  const calendar = ical({
    prodId: { company: input.vendorName || 'Consort', product: 'Consort governance', language: 'EN' },
    method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  const agenda = input.agenda.map((item, i) => `${i + 1}. ${item.title}${item.presenter ? ` (${item.presenter})` : ''}`);
  calendar.createEvent({
    id: meetingUid(input.meetingId),
    sequence: input.sequence,
    stamp: input.stamp,
    start: input.startsAt,
    end: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
    summary: input.title,
    location: input.location || null,
    description: [input.description, agenda.length > 0 ? `Agenda:\n${agenda.join('\n')}` : '', input.url]
      .filter(Boolean)
      .join('\n\n'),
    url: input.url,
    status: input.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: input.organizer,
    attendees: input.attendees.map((a) => ({
      name: a.name,
      email: a.email,
      rsvp: input.method === 'REQUEST',
      role: a.chair ? ICalAttendeeRole.CHAIR : ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
    })),
  });
  return calendar.toString();
}
