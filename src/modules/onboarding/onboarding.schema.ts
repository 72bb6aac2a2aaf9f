import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt, vendorOnly } from '../../db/columns.js';
import type { Role } from '../../shared/roles.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { OnboardingStatus, OwnerSide, TaskRequirement, TaskStatus, TemplateStep } from './onboarding.rules.js';

/**
 * Onboarding plan templates: ordered steps, edited as a whole (the editor saves the list it
 * shows). Vendor data: a partner sees its own tasks, which copy what they need from the step.
 */
export const onboardingTemplates = pgTable(
  'onboarding_templates',
  {
    id: idColumn(),
    name: text().notNull(),
    description: text().notNull().default(''),
    /** Partner types it suits (a hint when starting one: the technology template for an ISV). */
    partnerTypes: text().array().notNull().default([]),
    active: boolean().notNull().default(true),
    steps: jsonb().$type<TemplateStep[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('onboarding_templates_name_unique').on(sql`lower(${t.name})`), ...vendorOnly()],
).enableRLS();

/** One partner's onboarding: started from a template, complete when its required tasks are done. */
export const onboardings = pgTable(
  'onboardings',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    templateId: uuid().references(() => onboardingTemplates.id, { onDelete: 'set null' }),
    name: text().notNull(),
    status: text().$type<OnboardingStatus>().notNull().default('in_progress'),
    startOn: date({ mode: 'string' }).notNull(),
    startedAt: tstz().notNull(),
    startedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    completedAt: tstz(),
    cancelledAt: tstz(),
    cancelReason: text().notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('onboardings_partner_idx').on(t.partnerId, t.startedAt),
    index('onboardings_status_idx').on(t.status, t.startedAt),
    // One onboarding in progress per partner at a time.
    uniqueIndex('onboardings_one_in_progress').on(t.partnerId).where(sql`${t.status} = 'in_progress'`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export const onboardingTasks = pgTable(
  'onboarding_tasks',
  {
    id: idColumn(),
    onboardingId: uuid()
      .notNull()
      .references(() => onboardings.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    ownerSide: text().$type<OwnerSide>().notNull(),
    ownerRole: text().$type<Role>().notNull(),
    required: boolean().notNull().default(true),
    requirement: text().$type<TaskRequirement>().notNull().default('none'),
    dueOn: date({ mode: 'string' }).notNull(),
    assigneeId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    status: text().$type<TaskStatus>().notNull().default('open'),
    completedAt: tstz(),
    completedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    acknowledgedAt: tstz(),
    note: text().notNull().default(''),
    cancelledAt: tstz(),
    cancelledById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    cancelReason: text().notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('onboarding_tasks_onboarding_idx').on(t.onboardingId, t.position),
    // The overdue list: open tasks by due date across the portfolio.
    index('onboarding_tasks_open_due_idx').on(t.dueOn, t.id).where(sql`${t.status} = 'open'`),
    index('onboarding_tasks_partner_idx').on(t.partnerId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * Overdue reminders sent: one per task per day of the organisation's calendar, so the daily job
 * (and a second run of it, or two processes) never tells anyone twice the same day.
 */
export const onboardingTaskReminders = pgTable(
  'onboarding_task_reminders',
  {
    id: idColumn(),
    taskId: uuid()
      .notNull()
      .references(() => onboardingTasks.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    remindedOn: date({ mode: 'string' }).notNull(),
    recipients: integer().notNull(),
    sentAt: tstz().notNull(),
  },
  (t) => [uniqueIndex('onboarding_task_reminders_once').on(t.taskId, t.remindedOn), ...partnerIsolation(t.partnerId)],
).enableRLS();

export type OnboardingTemplateRow = typeof onboardingTemplates.$inferSelect;
export type OnboardingRow = typeof onboardings.$inferSelect;
export type OnboardingTaskRow = typeof onboardingTasks.$inferSelect;
