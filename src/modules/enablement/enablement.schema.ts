import { type AnyPgColumn, date, index, integer, jsonb, pgSequence, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import type { StoredAudience } from '../resources/resources.schema.js';
import { users } from '../users/users.schema.js';
import type { CertificationLevel, CourseLevel, CourseModule, CourseStatus, QuizQuestion } from './enablement.rules.js';

/**
 * A course the vendor authors: ordered modules (a link, an uploaded file or text) and an optional
 * quiz with a pass mark. The quiz's correct answers live in `quiz` and never leave the service
 * for a partner-side caller (enablement.service.ts strips them). Vendor-wide, no partner column:
 * partner people read published courses through the service.
 */
export const courses = pgTable(
  'courses',
  {
    id: idColumn(),
    title: text().notNull(),
    description: text().notNull().default(''),
    level: text().$type<CourseLevel>().notNull().default('introductory'),
    status: text().$type<CourseStatus>().notNull().default('draft'),
    durationMinutes: integer().notNull().default(0),
    modules: jsonb().$type<CourseModule[]>().notNull().default([]),
    quiz: jsonb().$type<QuizQuestion[]>().notNull().default([]),
    /** Percent of questions right needed to pass (1–100). */
    passMark: integer().notNull().default(80),
    /** Failed attempts allowed before a pass (null: unlimited). */
    maxAttempts: integer(),
    /** Hours to wait after a failed attempt. */
    cooldownHours: integer().notNull().default(0),
    /** Who may take it (program and minimum tier, the resource library's gate); empty: every partner. */
    audience: jsonb().$type<StoredAudience[]>().notNull().default([]),
    publishedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('courses_created_idx').on(t.createdAt, t.id)],
);

/** One partner user taking one course: modules done, quiz attempts, the latest completion. */
export const courseEnrolments = pgTable(
  'course_enrolments',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references((): AnyPgColumn => users.id, { onDelete: 'cascade' }),
    courseId: uuid()
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    completedModuleIds: text().array().notNull().default([]),
    attempts: integer().notNull().default(0),
    /** Failed attempts since the last pass (what `maxAttempts` limits). */
    failedAttempts: integer().notNull().default(0),
    lastAttemptAt: tstz(),
    lastScore: integer(),
    bestScore: integer(),
    /** The latest completion (a pass, or every module done for a course without a quiz). */
    completedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('course_enrolments_user_course').on(t.userId, t.courseId),
    index('course_enrolments_partner_idx').on(t.partnerId, t.createdAt),
    index('course_enrolments_created_idx').on(t.createdAt, t.id),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** A certification of the product: the courses it requires, how long it is valid, how it is renewed. */
export const certifications = pgTable(
  'certifications',
  {
    id: idColumn(),
    name: text().notNull(),
    level: text().$type<CertificationLevel>().notNull(),
    description: text().notNull().default(''),
    validityMonths: integer().notNull().default(24),
    requiredCourseIds: uuid().array().notNull().default([]),
    /** A shorter course that renews it; null: re-taking the required courses renews it. */
    renewalCourseId: uuid().references(() => courses.id, { onDelete: 'set null' }),
    badgeEmoji: text().notNull().default('🎓'),
    status: text().$type<'active' | 'retired'>().notNull().default('active'),
    /** Who may earn it (program and minimum tier); empty: every partner. */
    audience: jsonb().$type<StoredAudience[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('certifications_name_unique').on(t.name)],
);

/**
 * One certificate: a partner user holding a certification for one validity period. A renewal is a
 * new certificate (`renewalOf` the previous one, whose `renewedById` points at it), so the history
 * of who was certified when stays true for the metrics.
 */
export const certificates = pgTable(
  'certificates',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references((): AnyPgColumn => users.id, { onDelete: 'cascade' }),
    certificationId: uuid()
      .notNull()
      .references(() => certifications.id, { onDelete: 'cascade' }),
    number: text().notNull(),
    issuedOn: date({ mode: 'string' }).notNull(),
    /** The first day it is no longer valid. */
    expiresOn: date({ mode: 'string' }).notNull(),
    renewalOf: uuid().references((): AnyPgColumn => certificates.id, { onDelete: 'set null' }),
    renewedById: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('certificates_number_unique').on(t.number),
    index('certificates_partner_idx').on(t.partnerId, t.expiresOn),
    index('certificates_user_idx').on(t.userId, t.certificationId),
    index('certificates_created_idx').on(t.createdAt, t.id),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** Certificate numbers: one sequence for every partner (a partner-scoped count would repeat numbers). */
export const certificateNumbers = pgSequence('certificate_number_seq');

/** Renewal reminders sent: once per certificate and threshold (60/30/7 days; 0 = expired). */
export const certificateReminders = pgTable(
  'certificate_reminders',
  {
    id: idColumn(),
    certificateId: uuid()
      .notNull()
      .references(() => certificates.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    days: integer().notNull(),
    sentAt: tstz().notNull(),
  },
  (t) => [uniqueIndex('certificate_reminders_once').on(t.certificateId, t.days), ...partnerIsolation(t.partnerId)],
).enableRLS();

export type CourseRow = typeof courses.$inferSelect;
export type EnrolmentRow = typeof courseEnrolments.$inferSelect;
export type CertificationRow = typeof certifications.$inferSelect;
export type CertificateRow = typeof certificates.$inferSelect;
