import type { IsoDate } from '../../shared/dates.js';
import { addDays, addMonths, daysBetween } from '../../shared/dates.js';
import type { FieldError } from '../../shared/errors.js';

/** Business rules of enablement: pure, data in and decision out (table-tested beside). */

export const COURSE_STATUSES = ['draft', 'published', 'retired'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];
export const COURSE_LEVELS = ['introductory', 'intermediate', 'advanced'] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];
export const CERTIFICATION_LEVELS = ['associate', 'professional', 'expert'] as const;
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number];
export const MODULE_KINDS = ['link', 'file', 'text'] as const;
export type ModuleKind = (typeof MODULE_KINDS)[number];
export const CERTIFICATE_STATUSES = ['current', 'expiring', 'expired', 'renewed'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** Days before expiry when the holder is reminded; 0 stands for "it has expired". */
export const REMINDER_DAYS = [60, 30, 7] as const;
/** A certificate expiring within this many days shows as "expiring". */
export const EXPIRING_WITHIN_DAYS = 60;
/** A certificate may be renewed from this many days before it expires (and any time after). */
export const RENEWAL_OPENS_DAYS = 90;

export type CourseModule = {
  id: string;
  title: string;
  kind: ModuleKind;
  url: string | null;
  fileId: string | null;
  text: string;
};

export type QuizOption = { id: string; label: string };
export type QuizQuestion = { id: string; prompt: string; multiple: boolean; options: QuizOption[]; correct: string[] };

/** Who moves a course where: draft → published → retired, and a retired course may be published again. */
export function courseTransition(from: CourseStatus, to: CourseStatus): { allowed: true } | { allowed: false; reason: string } {
  if (from === to) return { allowed: true };
  if (to === 'draft') return { allowed: false, reason: 'A published or retired course cannot go back to draft' };
  if (to === 'published' || (from === 'published' && to === 'retired') || (from === 'draft' && to === 'retired'))
    return { allowed: true };
  return { allowed: false, reason: `A ${from} course cannot become ${to}` };
}

/** What is wrong with a course's content before it can be saved or published (paths as the API names them). */
export function courseProblems(course: {
  modules: readonly CourseModule[];
  quiz: readonly QuizQuestion[];
  passMark: number;
  status: CourseStatus;
}): FieldError[] {
  const problems: FieldError[] = [];
  const seenModules = new Set<string>();
  course.modules.forEach((m, i) => {
    if (seenModules.has(m.id)) problems.push({ path: `modules.${i}.id`, message: 'must not repeat a module id' });
    seenModules.add(m.id);
    if (m.kind === 'link' && !m.url) problems.push({ path: `modules.${i}.url`, message: 'is required for a link' });
    if (m.kind === 'file' && !m.fileId) problems.push({ path: `modules.${i}.fileId`, message: 'is required for a file' });
    if (m.kind === 'text' && !m.text.trim()) problems.push({ path: `modules.${i}.text`, message: 'is required for text' });
  });
  const seenQuestions = new Set<string>();
  course.quiz.forEach((q, i) => {
    if (seenQuestions.has(q.id)) problems.push({ path: `quiz.${i}.id`, message: 'must not repeat a question id' });
    seenQuestions.add(q.id);
    const optionIds = q.options.map((o) => o.id);
    if (new Set(optionIds).size !== optionIds.length)
      problems.push({ path: `quiz.${i}.options`, message: 'must not repeat an option id' });
    if (q.options.length < 2) problems.push({ path: `quiz.${i}.options`, message: 'must offer at least two options' });
    const unknown = q.correct.filter((id) => !optionIds.includes(id));
    if (unknown.length > 0) problems.push({ path: `quiz.${i}.correct`, message: 'must name options of this question' });
    else if (q.correct.length === 0) problems.push({ path: `quiz.${i}.correct`, message: 'must name the correct option' });
    else if (!q.multiple && q.correct.length !== 1)
      problems.push({ path: `quiz.${i}.correct`, message: 'a single-choice question has exactly one correct option' });
  });
  if (course.status === 'published' && course.modules.length === 0)
    problems.push({ path: 'modules', message: 'a published course has at least one module' });
  if (course.passMark < 1 || course.passMark > 100) problems.push({ path: 'passMark', message: 'must be 1 to 100 percent' });
  return problems;
}

export type QuizResult = {
  /** Percent of questions answered exactly right, rounded down. */
  score: number;
  correctCount: number;
  total: number;
  passed: boolean;
  questions: { questionId: string; correct: boolean }[];
};

/**
 * Scores a quiz: a question counts when the options chosen are exactly the correct ones (no
 * partial credit for a multiple-choice question); the score is the percent right, rounded down, and
 * passes at the pass mark or above. A course without questions scores 100.
 */
export function scoreQuiz(
  quiz: readonly QuizQuestion[],
  answers: Readonly<Record<string, readonly string[]>>,
  passMark: number,
): QuizResult {
  const questions = quiz.map((q) => {
    const chosen = new Set(answers[q.id] ?? []);
    const correct = chosen.size === q.correct.length && q.correct.every((id) => chosen.has(id));
    return { questionId: q.id, correct };
  });
  const correctCount = questions.filter((q) => q.correct).length;
  const total = quiz.length;
  const score = total === 0 ? 100 : Math.floor((100 * correctCount) / total);
  return { score, correctCount, total, passed: score >= passMark, questions };
}

/** Answers naming questions or options the quiz does not have (a 422 naming the field). */
export function answerProblems(
  quiz: readonly QuizQuestion[],
  answers: Readonly<Record<string, readonly string[]>>,
): FieldError[] {
  const problems: FieldError[] = [];
  for (const [questionId, chosen] of Object.entries(answers)) {
    const q = quiz.find((x) => x.id === questionId);
    if (!q) problems.push({ path: `answers.${questionId}`, message: 'is not a question of this quiz' });
    else if (chosen.some((id) => !q.options.some((o) => o.id === id)))
      problems.push({ path: `answers.${questionId}`, message: 'names an option this question does not have' });
    else if (!q.multiple && chosen.length > 1)
      problems.push({ path: `answers.${questionId}`, message: 'a single-choice question takes one option' });
  }
  return problems;
}

/**
 * May the learner attempt the quiz now? After `maxAttempts` failures (since the last pass) no more;
 * after a failure they wait `cooldownHours`.
 */
export function attemptAllowed(input: {
  failedAttempts: number;
  maxAttempts: number | null;
  lastAttemptAt: Date | null;
  lastPassed: boolean;
  cooldownHours: number;
  now: Date;
}): { allowed: true } | { allowed: false; reason: string; retryAt: Date | null } {
  if (input.maxAttempts !== null && input.failedAttempts >= input.maxAttempts)
    return { allowed: false, reason: `No attempts left: ${input.maxAttempts} allowed`, retryAt: null };
  if (!input.lastPassed && input.lastAttemptAt && input.cooldownHours > 0 && input.failedAttempts > 0) {
    const retryAt = new Date(input.lastAttemptAt.getTime() + input.cooldownHours * 3_600_000);
    if (retryAt > input.now) return { allowed: false, reason: `Try again after ${retryAt.toISOString()}`, retryAt };
  }
  return { allowed: true };
}

/** A certificate's standing on `today`: renewed (a newer one replaced it), expired, expiring within 60 days, or current. */
export function certificateStatus(cert: { expiresOn: IsoDate; renewedById: string | null }, today: IsoDate): CertificateStatus {
  if (cert.renewedById) return 'renewed';
  const days = daysBetween(today, cert.expiresOn);
  if (days <= 0) return 'expired';
  if (days <= EXPIRING_WITHIN_DAYS) return 'expiring';
  return 'current';
}

export type CertificationOutcome =
  | { action: 'none'; reason: string }
  | { action: 'earn' | 'renew'; issuedOn: IsoDate; expiresOn: IsoDate };

/**
 * Whether a learner earns or renews a certification on `today`, from the dates they last completed
 * each course. First earned: every required course completed → valid `validityMonths` from today.
 * Renewal (from 90 days before expiry, or after it): the renewal course completed, or — without
 * one — every required course completed again, after the current certificate was issued. Renewed
 * before expiry, the new period starts where the old one ends (nothing is lost by renewing early);
 * after expiry it starts today.
 */
export function certificationOutcome(input: {
  certification: { requiredCourseIds: readonly string[]; renewalCourseId: string | null; validityMonths: number };
  /** When the learner last completed each course they completed. */
  completions: ReadonlyMap<string, Date>;
  /** The learner's latest certificate of this certification (`issuedAt`: when it was made), if any. */
  latest: { issuedAt: Date; expiresOn: IsoDate } | null;
  today: IsoDate;
}): CertificationOutcome {
  const { certification: cert, completions, latest, today } = input;
  const required = cert.requiredCourseIds;
  if (required.length === 0) return { action: 'none', reason: 'The certification requires no course' };
  if (!latest) {
    if (required.every((id) => completions.has(id)))
      return { action: 'earn', issuedOn: today, expiresOn: addMonths(today, cert.validityMonths) };
    return { action: 'none', reason: 'Not every required course is completed' };
  }
  if (today < addDays(latest.expiresOn, -RENEWAL_OPENS_DAYS)) return { action: 'none', reason: 'Renewal is not open yet' };
  const since = (id: string) => {
    const done = completions.get(id);
    return done !== undefined && done > latest.issuedAt;
  };
  const renewed = cert.renewalCourseId ? since(cert.renewalCourseId) : required.every(since);
  if (!renewed) return { action: 'none', reason: 'The renewal path is not completed since the last certificate' };
  const start = latest.expiresOn > today ? latest.expiresOn : today;
  return { action: 'renew', issuedOn: today, expiresOn: addMonths(start, cert.validityMonths) };
}

/**
 * The reminder due on `today` for a certificate expiring on `expiresOn`: the nearest threshold
 * (60, 30 or 7 days) reached, 0 once it has expired, or null when none is due yet.
 */
export function reminderDue(expiresOn: IsoDate, today: IsoDate): number | null {
  const days = daysBetween(today, expiresOn);
  if (days <= 0) return 0;
  const reached = REMINDER_DAYS.filter((d) => days <= d);
  return reached.length > 0 ? Math.min(...reached) : null;
}
