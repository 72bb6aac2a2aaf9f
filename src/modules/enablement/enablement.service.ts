import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { loadScoped } from '../../db/load.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import { type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { addDays, daysBetween, type IsoDate, localDateOf } from '../../shared/dates.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { type Page, toPage } from '../../shared/paging.js';
import { isPartnerRole } from '../../shared/roles.js';
import { type AuditedKind, insertAudited, recordChange, updateAudited } from '../audit/index.js';
import { activePartnerUsers, personSummaries, visiblePartner, visiblePartners } from '../directory/index.js';
import { listRecordFiles, simplePdf } from '../files/index.js';
import { notify } from '../notifications/index.js';
import { audienceGateOf, checkAudience, type StoredAudience } from '../resources/index.js';
import { getSettings } from '../settings/index.js';
import {
  certificationPermissions,
  coursePermissions,
  enrolmentPermissions,
  mayAuthorEnablement,
  mayTakeCourses,
  seesColleaguesLearning,
} from './enablement.policy.js';
import {
  answerProblems,
  attemptAllowed,
  type CertificateStatus,
  type CertificationLevel,
  type CourseLevel,
  type CourseModule,
  type CourseStatus,
  certificateStatus,
  certificationOutcome,
  courseProblems,
  courseTransition,
  EXPIRING_WITHIN_DAYS,
  type QuizQuestion,
  type QuizResult,
  reminderDue,
  scoreQuiz,
} from './enablement.rules.js';
import {
  type CertificateRow,
  type CertificationRow,
  type CourseRow,
  certificateReminders,
  certificates,
  certifications,
  courseEnrolments,
  courses,
  type EnrolmentRow,
} from './enablement.schema.js';

export const MATERIAL_KIND = 'course.material';

const COURSE: AuditedKind<CourseRow> = { entityType: 'course', partnerIdOf: () => null, labelOf: (c) => c.title };
const CERTIFICATION: AuditedKind<CertificationRow> = {
  entityType: 'certification',
  partnerIdOf: () => null,
  labelOf: (c) => c.name,
  conflicts: { certifications_name_unique: { path: 'name', message: 'a certification with this name exists' } },
};
const ENROLMENT: AuditedKind<EnrolmentRow> = {
  entityType: 'course_enrolment',
  partnerIdOf: (e) => e.partnerId,
  labelOf: (e) => e.id,
};
const CERTIFICATE: AuditedKind<CertificateRow> = {
  entityType: 'certificate',
  partnerIdOf: (c) => c.partnerId,
  labelOf: (c) => c.number,
};

export async function todayOf(ctx: Ctx): Promise<IsoDate> {
  return localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
}

// ——— Courses ———

export type CourseInput = {
  title: string;
  description?: string;
  level?: CourseLevel;
  durationMinutes?: number;
  modules?: {
    id?: string;
    title: string;
    kind: CourseModule['kind'];
    url?: string | null;
    fileId?: string | null;
    text?: string;
  }[];
  quiz?: {
    id?: string;
    prompt: string;
    multiple?: boolean;
    options: { id?: string; label: string }[];
    correct: (string | number)[];
  }[];
  passMark?: number;
  maxAttempts?: number | null;
  cooldownHours?: number;
  audience?: StoredAudience[];
  status?: CourseStatus;
};

export type CourseDto = {
  id: string;
  title: string;
  description: string;
  level: CourseLevel;
  status: CourseStatus;
  durationMinutes: number;
  modules: CourseModule[];
  quiz: { id: string; prompt: string; multiple: boolean; options: { id: string; label: string }[]; correct?: string[] }[];
  questionCount: number;
  passMark: number;
  maxAttempts: number | null;
  cooldownHours: number;
  /** Who may take it (empty: every partner); vendor staff only — partners get []. */
  audience: StoredAudience[];
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  can: ReturnType<typeof coursePermissions>;
};

/** The course as the caller may see it: the quiz's correct answers only for its authors. */
function courseDto(c: Ctx, row: CourseRow): CourseDto {
  const actor = policyActor(c);
  const author = mayAuthorEnablement(actor);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    level: row.level,
    status: row.status,
    durationMinutes: row.durationMinutes,
    modules: row.modules,
    quiz: row.quiz.map((q) =>
      author
        ? { id: q.id, prompt: q.prompt, multiple: q.multiple, options: q.options, correct: q.correct }
        : { id: q.id, prompt: q.prompt, multiple: q.multiple, options: q.options },
    ),
    questionCount: row.quiz.length,
    passMark: row.passMark,
    maxAttempts: row.maxAttempts,
    cooldownHours: row.cooldownHours,
    audience: isPartnerRole(actor.role) ? [] : row.audience,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    can: coursePermissions(actor, row),
  };
}

/**
 * A course the caller may see: partner people see published ones whose audience (program and
 * minimum tier) their company is in; anything else is the 404 of a missing course.
 */
async function loadCourse(c: TxCtx, id: string, options: { lock?: boolean } = {}): Promise<CourseRow> {
  const query = c.tx.select().from(courses).where(eq(courses.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw notFound('Course');
  if (
    isPartnerRole(policyActor(c).role) &&
    (row.status !== 'published' || !(await audienceGateOf(c, [row.audience]))(row.audience))
  )
    throw notFound('Course');
  return row;
}

/** Partner callers: ids of the published courses their company's placements open; vendor staff: undefined (all). */
async function openCourseIds(c: TxCtx): Promise<string[] | undefined> {
  if (!isPartnerRole(policyActor(c).role)) return undefined;
  const rows = await c.tx
    .select({ id: courses.id, audience: courses.audience })
    .from(courses)
    .where(eq(courses.status, 'published'));
  const gate = await audienceGateOf(
    c,
    rows.map((r) => r.audience),
  );
  return rows.filter((r) => gate(r.audience)).map((r) => r.id);
}

/** For the files module: the course in the caller's scope (partner people: published ones inside its gate). */
export async function loadCourseForFiles(c: TxCtx, id: string) {
  const [row] = await c.tx.select().from(courses).where(eq(courses.id, id));
  if (!row) return null;
  if (!(await audienceGateOf(c, [row.audience]))(row.audience)) return null; // outside the gate: missing
  return { id: row.id, status: row.status, partnerId: null };
}

export type CourseListQuery = { limit: number; cursor?: string; status?: CourseStatus[]; q?: string };

export async function listCourses(ctx: Ctx, query: CourseListQuery): Promise<Page<CourseDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset('courses', 'title', { title: courses.title }, courses.id, query.cursor);
    const open = await openCourseIds(c);
    if (open?.length === 0) return { data: [], nextCursor: null };
    const rows = await c.tx
      .select()
      .from(courses)
      .where(
        and(
          ks.where,
          open ? inArray(courses.id, open) : undefined,
          query.status?.length ? inArray(courses.status, query.status) : undefined,
          query.q ? sql`${courses.title} ILIKE ${`%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`}` : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: page.data.map((r) => courseDto(c, r)), nextCursor: page.nextCursor };
  });
}

export async function getCourse(ctx: Ctx, id: string): Promise<CourseDto> {
  return withTx(ctx, async (c) => courseDto(c, await loadCourse(c, id)));
}

/** Module and question ids kept where given, made where not; `correct` may name an option by id or position. */
function normalise(input: CourseInput, before: CourseRow | null) {
  const modules: CourseModule[] | undefined = input.modules?.map((m) => ({
    id: m.id ?? newId(),
    title: m.title,
    kind: m.kind,
    url: m.kind === 'link' ? (m.url ?? null) : null,
    fileId: m.kind === 'file' ? (m.fileId ?? null) : null,
    text: m.kind === 'text' ? (m.text ?? '') : (m.text ?? ''),
  }));
  const quiz: QuizQuestion[] | undefined = input.quiz?.map((q) => {
    const options = q.options.map((o) => ({ id: o.id ?? newId(), label: o.label }));
    const correct = q.correct.map((ref) => (typeof ref === 'number' ? (options[ref]?.id ?? `#${ref}`) : ref));
    return { id: q.id ?? newId(), prompt: q.prompt, multiple: q.multiple ?? false, options, correct };
  });
  return {
    title: input.title ?? before?.title,
    description: input.description ?? before?.description ?? '',
    level: input.level ?? before?.level ?? 'introductory',
    durationMinutes: input.durationMinutes ?? before?.durationMinutes ?? 0,
    modules: modules ?? before?.modules ?? [],
    quiz: quiz ?? before?.quiz ?? [],
    passMark: input.passMark ?? before?.passMark ?? 80,
    maxAttempts: input.maxAttempts === undefined ? (before?.maxAttempts ?? null) : input.maxAttempts,
    cooldownHours: input.cooldownHours ?? before?.cooldownHours ?? 0,
    audience: input.audience ?? before?.audience ?? [],
  };
}

async function checkCourse(c: TxCtx, courseId: string | null, values: ReturnType<typeof normalise>, status: CourseStatus) {
  await checkAudience(c, values.audience);
  const problems = courseProblems({ ...values, status });
  const fileModules = values.modules.map((m, i) => ({ m, i })).filter(({ m }) => m.kind === 'file' && m.fileId);
  if (fileModules.length > 0) {
    const files = courseId ? await listRecordFiles(c, courseId, [MATERIAL_KIND]) : [];
    for (const { m, i } of fileModules)
      if (!files.some((f) => f.id === m.fileId))
        problems.push({ path: `modules.${i}.fileId`, message: 'must be a file uploaded to this course' });
  }
  if (problems.length > 0)
    throw new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: problems });
}

export async function createCourse(ctx: Ctx, input: CourseInput): Promise<CourseDto> {
  return withTx(ctx, async (c) => {
    if (!mayAuthorEnablement(policyActor(c))) throw forbidden('Only admins and partner managers author courses');
    const values = normalise(input, null);
    const status = input.status ?? 'draft';
    if (status === 'retired') throw invalidField('status', 'a new course is a draft or published');
    await checkCourse(c, null, values, status);
    const row = await insertAudited(
      c,
      courses,
      { ...values, title: input.title, status, publishedAt: status === 'published' ? c.now : null },
      COURSE,
    );
    return courseDto(c, row);
  });
}

export async function updateCourse(ctx: Ctx, id: string, input: Partial<CourseInput>): Promise<CourseDto> {
  return withTx(ctx, async (c) => {
    const before = await loadCourse(c, id, { lock: true });
    const can = coursePermissions(policyActor(c), before);
    if (!mayAuthorEnablement(policyActor(c))) throw forbidden('Only admins and partner managers author courses');
    const status = input.status ?? before.status;
    const move = courseTransition(before.status, status);
    if (!move.allowed)
      throw new AppError('INVALID_TRANSITION', move.reason, { errors: [{ path: 'status', message: move.reason }] });
    const changesContent = Object.keys(input).some((k) => k !== 'status');
    if (changesContent && !can.edit && status === before.status)
      throw invalidField('status', 'a retired course is read-only: publish it again first');
    const values = normalise(input as CourseInput, before);
    await checkCourse(c, id, values, status);
    const event =
      status !== before.status
        ? status === 'published'
          ? 'course.published'
          : status === 'retired'
            ? 'course.retired'
            : undefined
        : undefined;
    const row = await updateAudited(
      c,
      courses,
      before,
      {
        ...values,
        title: values.title ?? before.title,
        status,
        publishedAt: status === 'published' && before.status !== 'published' ? c.now : before.publishedAt,
        updatedAt: c.now,
      },
      COURSE,
      event ? { event } : {},
    );
    return courseDto(c, row);
  });
}

// ——— Enrolments ———

export type EnrolmentDto = {
  id: string;
  partnerId: string;
  /** The learner's company. */
  partnerName: string;
  userId: string;
  userName: string;
  courseId: string;
  courseTitle: string;
  status: 'in_progress' | 'completed';
  completedModuleIds: string[];
  moduleCount: number;
  progress: number;
  hasQuiz: boolean;
  passMark: number;
  attempts: number;
  failedAttempts: number;
  lastScore: number | null;
  bestScore: number | null;
  lastAttemptAt: Date | null;
  completedAt: Date | null;
  /** Why the quiz cannot be attempted now (attempts used up, cool-down), or null. */
  quizBlockedReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  can: { take: boolean };
};

async function enrolmentDtos(c: TxCtx, rows: EnrolmentRow[]): Promise<EnrolmentDto[]> {
  if (rows.length === 0) return [];
  const actor = policyActor(c);
  const courseRows = await c.tx
    .select()
    .from(courses)
    .where(inArray(courses.id, [...new Set(rows.map((r) => r.courseId))]));
  const byId = new Map(courseRows.map((r) => [r.id, r]));
  const people = await personSummaries(
    c,
    rows.map((r) => r.userId),
  );
  const companies = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  return rows.map((e) => {
    const course = byId.get(e.courseId);
    const modules = course?.modules ?? [];
    const done = e.completedModuleIds.filter((id) => modules.some((m) => m.id === id));
    const lastPassed = e.lastScore !== null && course !== undefined && e.lastScore >= course.passMark;
    const attempt = course
      ? attemptAllowed({
          failedAttempts: e.failedAttempts,
          maxAttempts: course.maxAttempts,
          lastAttemptAt: e.lastAttemptAt,
          lastPassed,
          cooldownHours: course.cooldownHours,
          now: c.now,
        })
      : { allowed: true as const };
    return {
      id: e.id,
      partnerId: e.partnerId,
      partnerName: companies.get(e.partnerId)?.name ?? '',
      userId: e.userId,
      userName: people.get(e.userId)?.name ?? '',
      courseId: e.courseId,
      courseTitle: course?.title ?? '',
      status: e.completedAt ? 'completed' : 'in_progress',
      completedModuleIds: done,
      moduleCount: modules.length,
      progress: modules.length === 0 ? 0 : Math.floor((100 * done.length) / modules.length),
      hasQuiz: (course?.quiz.length ?? 0) > 0,
      passMark: course?.passMark ?? 0,
      attempts: e.attempts,
      failedAttempts: e.failedAttempts,
      lastScore: e.lastScore,
      bestScore: e.bestScore,
      lastAttemptAt: e.lastAttemptAt,
      completedAt: e.completedAt,
      quizBlockedReason: attempt.allowed ? null : attempt.reason,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      can: enrolmentPermissions(actor, e),
    };
  });
}

/** Partner users other than a partner's admin see only their own learning. */
function ownOnly(c: TxCtx, column: typeof courseEnrolments.userId | typeof certificates.userId): SQL | undefined {
  const actor = policyActor(c);
  return seesColleaguesLearning(actor) ? undefined : eq(column, actor.userId ?? '00000000-0000-0000-0000-000000000000');
}

async function loadEnrolment(c: TxCtx, id: string, options: { lock?: boolean } = {}): Promise<EnrolmentRow> {
  const row = await loadScoped(c, courseEnrolments, id, 'Enrolment', options);
  const actor = policyActor(c);
  if (!seesColleaguesLearning(actor) && row.userId !== actor.userId) throw notFound('Enrolment');
  return row;
}

/** Enrols the caller (a partner person) in a published course; enrolling again answers the existing enrolment. */
export async function enrol(ctx: Ctx, courseId: string): Promise<EnrolmentDto> {
  return withTx(ctx, async (c) => {
    const actor = policyActor(c);
    const course = await loadCourse(c, courseId);
    if (!mayTakeCourses(actor) || !actor.userId || !actor.partnerId) throw forbidden('Partner people take courses');
    if (course.status !== 'published') throw notFound('Course');
    const [existing] = await c.tx
      .select()
      .from(courseEnrolments)
      .where(and(eq(courseEnrolments.userId, actor.userId), eq(courseEnrolments.courseId, courseId)));
    if (existing) return (await enrolmentDtos(c, [existing]))[0] as EnrolmentDto;
    const row = await insertAudited(
      c,
      courseEnrolments,
      { partnerId: actor.partnerId, userId: actor.userId, courseId },
      { ...ENROLMENT, labelOf: () => course.title },
      { eventData: { courseId, userId: actor.userId } },
    );
    return (await enrolmentDtos(c, [row]))[0] as EnrolmentDto;
  });
}

export type EnrolmentListQuery = { limit: number; cursor?: string; userId?: string[]; courseId?: string[]; partnerId?: string[] };

export async function listEnrolments(ctx: Ctx, query: EnrolmentListQuery): Promise<Page<EnrolmentDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset(
      'course-enrolments',
      '-createdAt',
      { createdAt: courseEnrolments.createdAt },
      courseEnrolments.id,
      query.cursor,
    );
    const rows = await c.tx
      .select()
      .from(courseEnrolments)
      .where(
        and(
          ks.where,
          partnerFilter(c, courseEnrolments.partnerId),
          ownOnly(c, courseEnrolments.userId),
          query.userId?.length ? inArray(courseEnrolments.userId, query.userId) : undefined,
          query.courseId?.length ? inArray(courseEnrolments.courseId, query.courseId) : undefined,
          query.partnerId?.length ? inArray(courseEnrolments.partnerId, query.partnerId) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await enrolmentDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

export async function getEnrolment(ctx: Ctx, id: string): Promise<EnrolmentDto> {
  return withTx(ctx, async (c) => (await enrolmentDtos(c, [await loadEnrolment(c, id)]))[0] as EnrolmentDto);
}

/**
 * A partner manager or an admin resets a learner's failed quiz attempts (and the cool-down), say
 * after a broken question was fixed: the learner may try again at once. Audited with the reason;
 * the history (`attempts`, scores, completion) stays.
 */
export async function resetQuizAttempts(ctx: Ctx, id: string, reason: string): Promise<EnrolmentDto> {
  return withTx(ctx, async (c) => {
    const before = await loadEnrolment(c, id, { lock: true });
    if (!mayAuthorEnablement(policyActor(c))) throw forbidden('Only a partner manager or an admin resets attempts');
    const [course] = await c.tx.select().from(courses).where(eq(courses.id, before.courseId));
    const row = await updateAudited(
      c,
      courseEnrolments,
      before,
      { failedAttempts: 0, lastAttemptAt: null, updatedAt: c.now },
      { ...ENROLMENT, labelOf: () => course?.title ?? 'Course' },
      {
        event: 'course_enrolment.attempts_reset',
        summary: `Reset ${before.failedAttempts} failed quiz attempt(s) in ${course?.title ?? 'a course'}${reason ? `: ${reason}` : ''}`,
        eventData: { courseId: before.courseId, userId: before.userId, failedAttempts: before.failedAttempts, reason },
      },
    );
    return (await enrolmentDtos(c, [row]))[0] as EnrolmentDto;
  });
}

async function loadForTaking(c: TxCtx, id: string): Promise<{ enrolment: EnrolmentRow; course: CourseRow }> {
  const enrolment = await loadEnrolment(c, id, { lock: true });
  if (!enrolmentPermissions(policyActor(c), enrolment).take) throw forbidden('Only the learner takes their course');
  const [course] = await c.tx.select().from(courses).where(eq(courses.id, enrolment.courseId));
  if (!course) throw notFound('Course');
  if (course.status !== 'published') throw invalidField('courseId', 'the course is no longer offered');
  // Outside the gate (say the partner's tier fell) the course is as missing as any other.
  if (!(await audienceGateOf(c, [course.audience]))(course.audience)) throw notFound('Course');
  return { enrolment, course };
}

/** Marks a module done (or not done); a course without a quiz is completed when every module is. */
export async function setModuleDone(ctx: Ctx, id: string, input: { moduleId: string; done: boolean }): Promise<EnrolmentDto> {
  return withTx(ctx, async (c) => {
    const { enrolment, course } = await loadForTaking(c, id);
    if (!course.modules.some((m) => m.id === input.moduleId)) throw invalidField('moduleId', 'is not a module of this course');
    const set = new Set(enrolment.completedModuleIds);
    if (input.done) set.add(input.moduleId);
    else set.delete(input.moduleId);
    const completedModuleIds = course.modules.map((m) => m.id).filter((m) => set.has(m));
    const completesNow =
      course.quiz.length === 0 && !enrolment.completedAt && completedModuleIds.length === course.modules.length;
    const row = await updateAudited(
      c,
      courseEnrolments,
      enrolment,
      { completedModuleIds, updatedAt: c.now, ...(completesNow ? { completedAt: c.now } : {}) },
      { ...ENROLMENT, labelOf: () => course.title },
      completesNow
        ? { event: 'course.completed', eventData: { courseId: course.id, userId: enrolment.userId, score: null } }
        : {},
    );
    if (completesNow) await afterCompletion(c, row);
    return (await enrolmentDtos(c, [row]))[0] as EnrolmentDto;
  });
}

export type QuizSubmission = { enrolment: EnrolmentDto; result: QuizResult; certificatesEarned: CertificateDto[] };

/**
 * Scores the learner's answers server-side. Every module must be done first; attempts and the
 * cool-down are the course's (attemptAllowed). A pass completes the course (`course.completed`)
 * and may earn or renew certifications.
 */
export async function submitQuiz(ctx: Ctx, id: string, answers: Record<string, string[]>): Promise<QuizSubmission> {
  return withTx(ctx, async (c) => {
    const { enrolment, course } = await loadForTaking(c, id);
    if (course.quiz.length === 0) throw invalidField('answers', 'this course has no quiz');
    if (course.modules.some((m) => !enrolment.completedModuleIds.includes(m.id)))
      throw invalidField('answers', 'complete every module before the quiz');
    const problems = answerProblems(course.quiz, answers);
    if (problems.length > 0)
      throw new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: problems });
    const lastPassed = enrolment.lastScore !== null && enrolment.lastScore >= course.passMark;
    const allowed = attemptAllowed({
      failedAttempts: enrolment.failedAttempts,
      maxAttempts: course.maxAttempts,
      lastAttemptAt: enrolment.lastAttemptAt,
      lastPassed,
      cooldownHours: course.cooldownHours,
      now: c.now,
    });
    if (!allowed.allowed)
      throw new AppError('INVALID_TRANSITION', allowed.reason, { errors: [{ path: 'answers', message: allowed.reason }] });
    const result = scoreQuiz(course.quiz, answers, course.passMark);
    const row = await updateAudited(
      c,
      courseEnrolments,
      enrolment,
      {
        attempts: enrolment.attempts + 1,
        failedAttempts: result.passed ? 0 : enrolment.failedAttempts + 1,
        lastAttemptAt: c.now,
        lastScore: result.score,
        bestScore: Math.max(result.score, enrolment.bestScore ?? 0),
        updatedAt: c.now,
        ...(result.passed ? { completedAt: c.now } : {}),
      },
      { ...ENROLMENT, labelOf: () => course.title },
      result.passed
        ? {
            event: 'course.completed',
            summary: `Passed ${course.title} with ${result.score}%`,
            eventData: { courseId: course.id, userId: enrolment.userId, score: result.score },
          }
        : {
            event: 'course_enrolment.quiz_failed',
            summary: `Scored ${result.score}% in ${course.title} (pass mark ${course.passMark}%)`,
            eventData: { courseId: course.id, userId: enrolment.userId, score: result.score },
          },
    );
    const earned = result.passed ? await afterCompletion(c, row) : [];
    return { enrolment: (await enrolmentDtos(c, [row]))[0] as EnrolmentDto, result, certificatesEarned: earned };
  });
}

/**
 * After a learner completed a course: every active certification the course counts for is
 * checked against the rule (certificationOutcome) and earned or renewed, in the same transaction.
 */
async function afterCompletion(c: TxCtx, enrolment: EnrolmentRow): Promise<CertificateDto[]> {
  const today = await todayOf(c);
  const relevant = await c.tx
    .select()
    .from(certifications)
    .where(
      and(
        eq(certifications.status, 'active'),
        or(
          sql`${enrolment.courseId}::uuid = ANY(${certifications.requiredCourseIds})`,
          eq(certifications.renewalCourseId, enrolment.courseId),
        ),
      ),
    )
    .orderBy(asc(certifications.name));
  if (relevant.length === 0) return [];
  // A certification gated to programs/tiers the partner is not in is not earned (nor renewed) here.
  const gate = await audienceGateOf(
    c,
    relevant.map((r) => r.audience),
  );
  const done = await c.tx
    .select({ courseId: courseEnrolments.courseId, completedAt: courseEnrolments.completedAt })
    .from(courseEnrolments)
    .where(and(eq(courseEnrolments.userId, enrolment.userId), isNotNull(courseEnrolments.completedAt)));
  const completions = new Map(done.map((d) => [d.courseId, d.completedAt as Date]));
  const made: CertificateRow[] = [];
  for (const cert of relevant.filter((r) => gate(r.audience))) {
    const [latest] = await c.tx
      .select()
      .from(certificates)
      .where(
        and(
          eq(certificates.userId, enrolment.userId),
          eq(certificates.certificationId, cert.id),
          isNull(certificates.renewedById),
        ),
      )
      .orderBy(desc(certificates.expiresOn))
      .limit(1)
      .for('update');
    const outcome = certificationOutcome({
      certification: cert,
      completions,
      latest: latest ? { issuedAt: latest.createdAt, expiresOn: latest.expiresOn } : null,
      today,
    });
    if (outcome.action === 'none') continue;
    made.push(
      await issueCertificate(c, {
        partnerId: enrolment.partnerId,
        userId: enrolment.userId,
        certification: cert,
        issuedOn: outcome.issuedOn,
        expiresOn: outcome.expiresOn,
        previous: latest ?? null,
      }),
    );
  }
  return certificateDtos(c, made, today);
}

/** `ASS-2026-000042`: the level, the year issued and the next number of the one sequence. */
async function certificateNumber(c: TxCtx, level: CertificationLevel, issuedOn: IsoDate): Promise<string> {
  const result = await c.tx.execute<{ n: string }>(sql`SELECT nextval('certificate_number_seq')::text AS n`);
  return `${level.slice(0, 3).toUpperCase()}-${issuedOn.slice(0, 4)}-${String(result.rows[0]?.n ?? '0').padStart(6, '0')}`;
}

/**
 * Writes a certificate (earned, or renewing `previous`): audited, `certification.earned` or
 * `certification.renewed`, and the learner is told. Used by the course flow and by the demo.
 */
export async function issueCertificate(
  c: TxCtx,
  input: {
    partnerId: string;
    userId: string;
    certification: CertificationRow;
    issuedOn: IsoDate;
    expiresOn: IsoDate;
    previous: CertificateRow | null;
  },
): Promise<CertificateRow> {
  const id = newId();
  const renewal = input.previous !== null;
  const row = await insertAudited(
    c,
    certificates,
    {
      id,
      partnerId: input.partnerId,
      userId: input.userId,
      certificationId: input.certification.id,
      number: await certificateNumber(c, input.certification.level, input.issuedOn),
      issuedOn: input.issuedOn,
      expiresOn: input.expiresOn,
      renewalOf: input.previous?.id ?? null,
      createdAt: c.now,
      updatedAt: c.now,
    },
    CERTIFICATE,
    {
      event: renewal ? 'certification.renewed' : 'certification.earned',
      summary: `${renewal ? 'Renewed' : 'Earned'} ${input.certification.name} (valid until ${input.expiresOn})`,
      eventData: {
        certificationId: input.certification.id,
        certificateId: id,
        userId: input.userId,
        level: input.certification.level,
        expiresOn: input.expiresOn,
      },
    },
  );
  if (input.previous)
    await updateAudited(c, certificates, input.previous, { renewedById: row.id, updatedAt: c.now }, CERTIFICATE, {
      summary: `${input.previous.number} replaced by the renewal ${row.number}`,
    });
  await notify(c, {
    to: [input.userId],
    kind: 'enablement.certified',
    title: `${input.certification.badgeEmoji} You are ${renewal ? 'recertified' : 'certified'}: ${input.certification.name}`,
    body: `Certificate ${row.number}, valid until ${input.expiresOn}.`,
    link: `/learning/certificates/${row.id}`,
    entity: { type: 'certificate', id: row.id },
    partnerId: input.partnerId,
  });
  return row;
}

// ——— Certifications ———

export type CertificationInput = {
  name: string;
  level: CertificationLevel;
  description?: string;
  validityMonths?: number;
  requiredCourseIds?: string[];
  renewalCourseId?: string | null;
  badgeEmoji?: string;
  status?: 'active' | 'retired';
  audience?: StoredAudience[];
};

export type CertificationDto = {
  id: string;
  name: string;
  level: CertificationLevel;
  description: string;
  validityMonths: number;
  requiredCourses: { id: string; title: string }[];
  renewalCourse: { id: string; title: string } | null;
  renewalPath: string;
  badgeEmoji: string;
  status: 'active' | 'retired';
  /** Who may earn it (empty: every partner); vendor staff only — partners get []. */
  audience: StoredAudience[];
  createdAt: Date;
  updatedAt: Date;
  can: { edit: boolean };
};

async function certificationDtos(c: TxCtx, rows: CertificationRow[]): Promise<CertificationDto[]> {
  const ids = [...new Set(rows.flatMap((r) => [...r.requiredCourseIds, ...(r.renewalCourseId ? [r.renewalCourseId] : [])]))];
  const titles = new Map(
    ids.length
      ? (await c.tx.select({ id: courses.id, title: courses.title }).from(courses).where(inArray(courses.id, ids))).map((r) => [
          r.id,
          r.title,
        ])
      : [],
  );
  const actor = policyActor(c);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    level: r.level,
    description: r.description,
    validityMonths: r.validityMonths,
    requiredCourses: r.requiredCourseIds.map((id) => ({ id, title: titles.get(id) ?? '' })),
    renewalCourse: r.renewalCourseId ? { id: r.renewalCourseId, title: titles.get(r.renewalCourseId) ?? '' } : null,
    renewalPath: r.renewalCourseId
      ? `Complete “${titles.get(r.renewalCourseId) ?? 'the renewal course'}” within 90 days before expiry (or after it)`
      : 'Complete the required courses again within 90 days before expiry (or after it)',
    badgeEmoji: r.badgeEmoji,
    status: r.status,
    audience: isPartnerRole(actor.role) ? [] : r.audience,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    can: certificationPermissions(actor),
  }));
}

export async function listCertifications(ctx: Ctx): Promise<CertificationDto[]> {
  return withTx(ctx, async (c) => {
    const rows = await c.tx
      .select()
      .from(certifications)
      .orderBy(
        sql`array_position(ARRAY['associate','professional','expert'], ${certifications.level})`,
        asc(certifications.name),
      );
    const gate = await audienceGateOf(
      c,
      rows.map((r) => r.audience),
    );
    return certificationDtos(
      c,
      rows.filter((r) => gate(r.audience)),
    );
  });
}

async function loadCertification(c: TxCtx, id: string, lock = false): Promise<CertificationRow> {
  const query = c.tx.select().from(certifications).where(eq(certifications.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || !(await audienceGateOf(c, [row.audience]))(row.audience)) throw notFound('Certification');
  return row;
}

export async function getCertification(ctx: Ctx, id: string): Promise<CertificationDto> {
  return withTx(ctx, async (c) => (await certificationDtos(c, [await loadCertification(c, id)]))[0] as CertificationDto);
}

async function checkCourseRefs(c: TxCtx, input: Partial<CertificationInput>) {
  if (input.audience) await checkAudience(c, input.audience);
  const wanted = [...(input.requiredCourseIds ?? []), ...(input.renewalCourseId ? [input.renewalCourseId] : [])];
  if (wanted.length === 0) return;
  const found = new Set(
    (await c.tx.select({ id: courses.id }).from(courses).where(inArray(courses.id, wanted))).map((r) => r.id),
  );
  (input.requiredCourseIds ?? []).forEach((id, i) => {
    if (!found.has(id)) throw invalidField(`requiredCourseIds.${i}`, 'is not a course');
  });
  if (input.renewalCourseId && !found.has(input.renewalCourseId)) throw invalidField('renewalCourseId', 'is not a course');
}

export async function createCertification(ctx: Ctx, input: CertificationInput): Promise<CertificationDto> {
  return withTx(ctx, async (c) => {
    if (!mayAuthorEnablement(policyActor(c))) throw forbidden('Only admins and partner managers define certifications');
    await checkCourseRefs(c, input);
    const row = await insertAudited(
      c,
      certifications,
      {
        name: input.name,
        level: input.level,
        description: input.description ?? '',
        validityMonths: input.validityMonths ?? 24,
        requiredCourseIds: [...new Set(input.requiredCourseIds ?? [])],
        renewalCourseId: input.renewalCourseId ?? null,
        badgeEmoji: input.badgeEmoji ?? '🎓',
        status: input.status ?? 'active',
        audience: input.audience ?? [],
      },
      CERTIFICATION,
    );
    return (await certificationDtos(c, [row]))[0] as CertificationDto;
  });
}

export async function updateCertification(ctx: Ctx, id: string, input: Partial<CertificationInput>): Promise<CertificationDto> {
  return withTx(ctx, async (c) => {
    if (!mayAuthorEnablement(policyActor(c))) throw forbidden('Only admins and partner managers define certifications');
    const before = await loadCertification(c, id, true);
    await checkCourseRefs(c, input);
    const patch: Partial<CertificationRow> = { updatedAt: c.now };
    if (input.name !== undefined) patch.name = input.name;
    if (input.level !== undefined) patch.level = input.level;
    if (input.description !== undefined) patch.description = input.description;
    if (input.validityMonths !== undefined) patch.validityMonths = input.validityMonths;
    if (input.requiredCourseIds !== undefined) patch.requiredCourseIds = [...new Set(input.requiredCourseIds)];
    if (input.renewalCourseId !== undefined) patch.renewalCourseId = input.renewalCourseId;
    if (input.badgeEmoji !== undefined) patch.badgeEmoji = input.badgeEmoji;
    if (input.status !== undefined) patch.status = input.status;
    if (input.audience !== undefined) patch.audience = input.audience;
    const row = await updateAudited(c, certifications, before, patch, CERTIFICATION);
    return (await certificationDtos(c, [row]))[0] as CertificationDto;
  });
}

// ——— Certificates ———

export type CertificateDto = {
  id: string;
  number: string;
  partnerId: string;
  partnerName: string;
  userId: string;
  userName: string;
  certificationId: string;
  certificationName: string;
  level: CertificationLevel;
  badge: { emoji: string; name: string };
  issuedOn: string;
  expiresOn: string;
  daysToExpiry: number;
  status: CertificateStatus;
  renewalOf: string | null;
  renewedById: string | null;
  downloadUrl: string;
  createdAt: Date;
};

async function certificateDtos(c: TxCtx, rows: CertificateRow[], today: IsoDate): Promise<CertificateDto[]> {
  if (rows.length === 0) return [];
  const certRows = await c.tx
    .select()
    .from(certifications)
    .where(inArray(certifications.id, [...new Set(rows.map((r) => r.certificationId))]));
  const certs = new Map(certRows.map((r) => [r.id, r]));
  const people = await personSummaries(
    c,
    rows.map((r) => r.userId),
  );
  const partners = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  return rows.map((r) => {
    const cert = certs.get(r.certificationId);
    const days = Math.round((Date.parse(r.expiresOn) - Date.parse(today)) / 86_400_000);
    return {
      id: r.id,
      number: r.number,
      partnerId: r.partnerId,
      partnerName: partners.get(r.partnerId)?.name ?? '',
      userId: r.userId,
      userName: people.get(r.userId)?.name ?? '',
      certificationId: r.certificationId,
      certificationName: cert?.name ?? '',
      level: cert?.level ?? 'associate',
      badge: { emoji: cert?.badgeEmoji ?? '🎓', name: cert?.name ?? '' },
      issuedOn: r.issuedOn,
      expiresOn: r.expiresOn,
      daysToExpiry: days,
      status: certificateStatus(r, today),
      renewalOf: r.renewalOf,
      renewedById: r.renewedById,
      downloadUrl: `/api/v1/certificates/${r.id}/certificate.pdf`,
      createdAt: r.createdAt,
    };
  });
}

/** SQL for a certificate's status on `today` (as certificateStatus decides it). */
function statusCondition(status: CertificateStatus, today: IsoDate): SQL | undefined {
  const soon = addDays(today, EXPIRING_WITHIN_DAYS);
  switch (status) {
    case 'renewed':
      return isNotNull(certificates.renewedById);
    case 'expired':
      return and(isNull(certificates.renewedById), lte(certificates.expiresOn, today));
    case 'expiring':
      return and(isNull(certificates.renewedById), gt(certificates.expiresOn, today), lte(certificates.expiresOn, soon));
    case 'current':
      return and(isNull(certificates.renewedById), gt(certificates.expiresOn, soon));
  }
}

export type CertificateListQuery = {
  limit: number;
  cursor?: string;
  partnerId?: string[];
  userId?: string[];
  certificationId?: string[];
  status?: CertificateStatus[];
};

export async function listCertificates(ctx: Ctx, query: CertificateListQuery): Promise<Page<CertificateDto>> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const ks = keyset('certificates', 'expiresOn', { expiresOn: certificates.expiresOn }, certificates.id, query.cursor);
    const rows = await c.tx
      .select()
      .from(certificates)
      .where(
        and(
          ks.where,
          partnerFilter(c, certificates.partnerId),
          ownOnly(c, certificates.userId),
          query.partnerId?.length ? inArray(certificates.partnerId, query.partnerId) : undefined,
          query.userId?.length ? inArray(certificates.userId, query.userId) : undefined,
          query.certificationId?.length ? inArray(certificates.certificationId, query.certificationId) : undefined,
          query.status?.length ? or(...query.status.map((s) => statusCondition(s, today))) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await certificateDtos(c, page.data, today), nextCursor: page.nextCursor };
  });
}

async function loadCertificate(c: TxCtx, id: string): Promise<CertificateRow> {
  const row = await loadScoped(c, certificates, id, 'Certificate');
  const actor = policyActor(c);
  if (!seesColleaguesLearning(actor) && row.userId !== actor.userId) throw notFound('Certificate');
  return row;
}

export async function getCertificate(ctx: Ctx, id: string): Promise<CertificateDto> {
  return withTx(
    ctx,
    async (c) => (await certificateDtos(c, [await loadCertificate(c, id)], await todayOf(c)))[0] as CertificateDto,
  );
}

/** The certificate as a one-page PDF (the name, the certification, number, dates). */
export async function certificatePdf(ctx: Ctx, id: string): Promise<{ filename: string; bytes: Buffer }> {
  return withTx(ctx, async (c) => {
    const dto = (await certificateDtos(c, [await loadCertificate(c, id)], await todayOf(c)))[0] as CertificateDto;
    const org = (await getSettings(c)).vendorName;
    const bytes = simplePdf([
      `Certificate of ${dto.level === 'associate' ? 'Associate' : dto.level === 'professional' ? 'Professional' : 'Expert'} certification`,
      '',
      'This certifies that',
      dto.userName,
      `of ${dto.partnerName}`,
      `holds the certification ${dto.certificationName}`,
      '',
      `Certificate number: ${dto.number}`,
      `Issued: ${dto.issuedOn}`,
      `Valid until: ${addDays(dto.expiresOn, -1)}`,
      '',
      `Issued by ${org}`,
    ]);
    return { filename: `certificate-${dto.number}.pdf`, bytes };
  });
}

// ——— Reports ———

export type PartnerEnablement = {
  partnerId: string;
  certifiedPeople: number;
  certificationsActive: number;
  expiringSoon: number;
  people: {
    userId: string;
    name: string;
    badges: {
      certificationId: string;
      name: string;
      emoji: string;
      level: CertificationLevel;
      expiresOn: string;
      status: CertificateStatus;
    }[];
  }[];
};

/** One partner's certified people and their badges (the partner page's card; the portal's team view). */
export async function partnerEnablement(ctx: Ctx, partnerId: string): Promise<PartnerEnablement> {
  return withTx(ctx, async (c) => {
    await visiblePartner(c, partnerId);
    const today = await todayOf(c);
    const rows = await c.tx
      .select()
      .from(certificates)
      .where(
        and(
          eq(certificates.partnerId, partnerId),
          partnerFilter(c, certificates.partnerId),
          isNull(certificates.renewedById),
          gt(certificates.expiresOn, today),
        ),
      )
      .orderBy(asc(certificates.expiresOn));
    const dtos = await certificateDtos(c, rows, today);
    const byUser = new Map<string, PartnerEnablement['people'][number]>();
    for (const d of dtos) {
      const person = byUser.get(d.userId) ?? { userId: d.userId, name: d.userName, badges: [] };
      person.badges.push({
        certificationId: d.certificationId,
        name: d.badge.name,
        emoji: d.badge.emoji,
        level: d.level,
        expiresOn: d.expiresOn,
        status: d.status,
      });
      byUser.set(d.userId, person);
    }
    return {
      partnerId,
      certifiedPeople: byUser.size,
      certificationsActive: dtos.length,
      expiringSoon: dtos.filter((d) => d.status === 'expiring').length,
      people: [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name)),
    };
  });
}

export type CertificationMatrix = {
  certifications: { id: string; name: string; level: CertificationLevel; badgeEmoji: string }[];
  rows: {
    partnerId: string;
    partnerName: string;
    certifiedPeople: number;
    cells: { certificationId: string; current: number; expiring: number; expired: number }[];
  }[];
};

/**
 * Who holds what: partner × certification with the people holding a current certificate, how
 * many of those expire within 60 days and how many lapsed without renewal — one grouped query.
 */
export async function certificationMatrix(ctx: Ctx): Promise<CertificationMatrix> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const soon = addDays(today, EXPIRING_WITHIN_DAYS);
    const certs = await c.tx
      .select({
        id: certifications.id,
        name: certifications.name,
        level: certifications.level,
        badgeEmoji: certifications.badgeEmoji,
      })
      .from(certifications)
      .orderBy(
        sql`array_position(ARRAY['associate','professional','expert'], ${certifications.level})`,
        asc(certifications.name),
      );
    const cells = await c.tx
      .select({
        partnerId: certificates.partnerId,
        certificationId: certificates.certificationId,
        current: sql<number>`count(DISTINCT ${certificates.userId}) FILTER (WHERE ${certificates.expiresOn} > ${today})`,
        expiring: sql<number>`count(DISTINCT ${certificates.userId}) FILTER (WHERE ${certificates.expiresOn} > ${today} AND ${certificates.expiresOn} <= ${soon})`,
        expired: sql<number>`count(DISTINCT ${certificates.userId}) FILTER (WHERE ${certificates.expiresOn} <= ${today})`,
      })
      .from(certificates)
      .where(and(isNull(certificates.renewedById), partnerFilter(c, certificates.partnerId)))
      .groupBy(certificates.partnerId, certificates.certificationId);
    const people = await c.tx
      .select({ partnerId: certificates.partnerId, n: sql<number>`count(DISTINCT ${certificates.userId})` })
      .from(certificates)
      .where(and(isNull(certificates.renewedById), gt(certificates.expiresOn, today), partnerFilter(c, certificates.partnerId)))
      .groupBy(certificates.partnerId);
    const partners = await visiblePartners(
      c,
      cells.map((r) => r.partnerId),
    );
    const certifiedBy = new Map(people.map((p) => [p.partnerId, Number(p.n)]));
    const rows = new Map<string, CertificationMatrix['rows'][number]>();
    for (const cell of cells) {
      const row = rows.get(cell.partnerId) ?? {
        partnerId: cell.partnerId,
        partnerName: partners.get(cell.partnerId)?.name ?? '',
        certifiedPeople: certifiedBy.get(cell.partnerId) ?? 0,
        cells: [],
      };
      row.cells.push({
        certificationId: cell.certificationId,
        current: Number(cell.current),
        expiring: Number(cell.expiring),
        expired: Number(cell.expired),
      });
      rows.set(cell.partnerId, row);
    }
    return {
      certifications: certs,
      rows: [...rows.values()].sort(
        (a, b) => b.certifiedPeople - a.certifiedPeople || a.partnerName.localeCompare(b.partnerName),
      ),
    };
  });
}

// ——— The daily sweep: renewal reminders and expiry ———

export type EnablementSweepResult = { reminders: number; expired: number };

/**
 * The daily job (as the system): each certificate not renewed is reminded at 60, 30 and 7 days
 * before it expires and announced once expired (`certification.expired`), each once — a reminder
 * row per certificate and threshold makes a second run send nothing. The holder and their
 * company's admins are told.
 */
export async function runEnablementSweep(ctx: Ctx): Promise<EnablementSweepResult> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const due = await c.tx
      .select()
      .from(certificates)
      .where(
        and(
          isNull(certificates.renewedById),
          lte(certificates.expiresOn, addDays(today, 60)),
          gt(certificates.expiresOn, addDays(today, -30)),
        ),
      )
      .orderBy(asc(certificates.expiresOn), asc(certificates.id));
    const result: EnablementSweepResult = { reminders: 0, expired: 0 };
    if (due.length === 0) return result;
    const certs = new Map(
      (
        await c.tx
          .select()
          .from(certifications)
          .where(inArray(certifications.id, [...new Set(due.map((d) => d.certificationId))]))
      ).map((r) => [r.id, r]),
    );
    const people = await personSummaries(
      c,
      due.map((d) => d.userId),
    );
    const admins = new Map<string, string[]>();
    for (const cert of due) {
      const days = reminderDue(cert.expiresOn, today);
      if (days === null) continue;
      const [sent] = await c.tx
        .insert(certificateReminders)
        .values({ certificateId: cert.id, partnerId: cert.partnerId, days, sentAt: c.now })
        .onConflictDoNothing()
        .returning({ id: certificateReminders.id });
      if (!sent) continue;
      const certification = certs.get(cert.certificationId);
      const name = certification?.name ?? 'certification';
      const holder = people.get(cert.userId)?.name ?? 'A holder';
      const left = daysBetween(today, cert.expiresOn);
      if (!admins.has(cert.partnerId)) admins.set(cert.partnerId, await activePartnerUsers(c, cert.partnerId, ['partner_admin']));
      const to = [cert.userId, ...(admins.get(cert.partnerId) ?? [])];
      if (days === 0) {
        result.expired += 1;
        await recordChange(c, {
          action: 'update',
          entityType: 'certificate',
          entityId: cert.id,
          partnerId: cert.partnerId,
          summary: `${name} of ${holder} expired on ${cert.expiresOn}`,
          event: 'certification.expired',
          eventData: {
            certificationId: cert.certificationId,
            certificateId: cert.id,
            userId: cert.userId,
            expiresOn: cert.expiresOn,
          },
        });
      } else result.reminders += 1;
      await notify(c, {
        to,
        kind: 'enablement.renewal',
        title:
          days === 0 ? `${name} of ${holder} has expired` : `${name} of ${holder} expires in ${left} day${left === 1 ? '' : 's'}`,
        body:
          days === 0
            ? 'Renew it to count again towards your tier requirements.'
            : `It is valid until ${addDays(cert.expiresOn, -1)}. ${certification?.renewalCourseId ? 'Take the renewal course' : 'Retake the required courses'} to renew it.`,
        link: `/learning/certificates/${cert.id}`,
        entity: { type: 'certificate', id: cert.id },
        partnerId: cert.partnerId,
      });
    }
    return result;
  });
}
