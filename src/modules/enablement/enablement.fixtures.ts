import { eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { addDays } from '../../shared/dates.js';
import { newId } from '../../shared/ids.js';
import { createUser, users } from '../users/index.js';
import { certificates, certifications, courseEnrolments, courses } from './enablement.schema.js';

/**
 * A published course with one module (`m1`) and one question (`q1`: option `a` is right, `b`
 * wrong), written straight to the table (no audit), for the matrix and tests.
 */
export async function makeTestCourse(ctx: Ctx, options: { status?: 'draft' | 'published' } = {}): Promise<string> {
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(courses)
      .values({
        title: `Matrix course ${newId().slice(-6)}`,
        status: options.status ?? 'published',
        modules: [{ id: 'm1', title: 'Read this', kind: 'text', url: null, fileId: null, text: 'Consort in one page.' }],
        quiz: [
          {
            id: 'q1',
            prompt: 'Ready?',
            multiple: false,
            options: [
              { id: 'a', label: 'Yes' },
              { id: 'b', label: 'No' },
            ],
            correct: ['a'],
          },
        ],
        passMark: 100,
        publishedAt: c.now,
      })
      .returning({ id: courses.id });
    if (!row) throw new Error('no course made');
    return row.id;
  });
}

/** The user's partner, or — for a vendor user, who takes no courses — a new partner user of `partnerId`. */
async function learnerOf(ctx: Ctx, user: { id: string }, partnerId: string): Promise<{ userId: string; partnerId: string }> {
  const [row] = await withTx(ctx, (c) => c.tx.select({ partnerId: users.partnerId }).from(users).where(eq(users.id, user.id)));
  if (row?.partnerId) return { userId: user.id, partnerId: row.partnerId };
  const made = await createUser(ctx, {
    email: `learner.${newId().slice(-12)}@test.example`,
    name: 'Matrix Learner',
    role: 'partner_user',
    partnerId,
    password: 'test-password-1234',
  });
  return { userId: made.id, partnerId };
}

/** An enrolment of `user` (module `m1` done, so the quiz can be taken) in a fresh course. */
export async function makeTestEnrolment(ctx: Ctx, user: { id: string }, fallbackPartnerId: string): Promise<string> {
  const learner = await learnerOf(ctx, user, fallbackPartnerId);
  const courseId = await makeTestCourse(ctx);
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(courseEnrolments)
      .values({ ...learner, courseId, completedModuleIds: ['m1'] })
      .returning({ id: courseEnrolments.id });
    if (!row) throw new Error('no enrolment made');
    return row.id;
  });
}

/** A certification (vendor record) with no required course. */
export async function makeTestCertification(ctx: Ctx): Promise<string> {
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(certifications)
      .values({ name: `Matrix certification ${newId()}`, level: 'associate', validityMonths: 12 })
      .returning({ id: certifications.id });
    if (!row) throw new Error('no certification made');
    return row.id;
  });
}

/** A current certificate of `user` (or a new learner of the partner, for a vendor user). */
export async function makeTestCertificate(
  ctx: Ctx,
  user: { id: string },
  fallbackPartnerId: string,
  options: { expiresInDays?: number } = {},
): Promise<string> {
  const learner = await learnerOf(ctx, user, fallbackPartnerId);
  const certificationId = await makeTestCertification(ctx);
  return withTx(ctx, async (c) => {
    const today = c.now.toISOString().slice(0, 10);
    const id = newId();
    const [row] = await c.tx
      .insert(certificates)
      .values({
        id,
        ...learner,
        certificationId,
        number: `TST-${id.replace(/-/g, '').slice(-12).toUpperCase()}`,
        issuedOn: addDays(today, -30),
        expiresOn: addDays(today, options.expiresInDays ?? 300),
      })
      .returning({ id: certificates.id });
    if (!row) throw new Error('no certificate made');
    return row.id;
  });
}
