import { and, count, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { keyset } from '../../db/keyset.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import { containsPattern } from '../../db/search.js';
import { type Ctx, policyActor, systemCtx, type TxCtx, userActor } from '../../shared/context.js';
import { forgetCredentials } from '../../shared/credential-cache.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { hashPassword } from '../../shared/password.js';
import { isPartnerRole, type Role } from '../../shared/roles.js';
import { type AuditedKind, insertAudited, updateAudited } from '../audit/index.js';
import { assertPartnerExists, forgetPerson, partnerDomains, partnerNames } from '../directory/index.js';
import { createsOnlyAtCompanyDomains, mayCreateUserFor, type UserPermissions, userPermissions } from './users.policy.js';
import { isAddressAtDomains, membershipProblem, normalizeEmail, passwordProblem, rolesAssignableBy } from './users.rules.js';
import { type UserRow, users } from './users.schema.js';

/** A user as the API shows it: never the password hash; with the company name and what the caller may do. */
export type UserDto = Omit<UserRow, 'passwordHash' | 'passwordChangedAt' | 'credentialsEndedAt'> & {
  partnerName: string | null;
  can: UserPermissions;
};

/** The audit log drops the hash itself (audit.rules.ts); summaries name the address. */
export const USER: AuditedKind<UserRow> = {
  entityType: 'user',
  partnerIdOf: (u) => u.partnerId,
  labelOf: (u) => u.email,
  conflicts: { users_email_unique: { path: 'email', message: 'is already in use' } },
};

/** DTOs for a page of users: company names in one query, permissions from the policy. */
async function toUserDtos(ctx: Ctx, rows: readonly UserRow[]): Promise<UserDto[]> {
  const names = await partnerNames(
    ctx,
    rows.map((r) => r.partnerId),
  );
  const actor = policyActor(ctx);
  return rows.map(({ passwordHash: _hash, passwordChangedAt: _changed, credentialsEndedAt: _ended, ...rest }) => ({
    ...rest,
    partnerName: rest.partnerId ? (names.get(rest.partnerId) ?? null) : null,
    can: userPermissions(actor, rest),
  }));
}

export async function toUserDto(ctx: Ctx, row: UserRow): Promise<UserDto> {
  const [dto] = await toUserDtos(ctx, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

export type CreateUserInput = {
  email: string;
  name: string;
  role: Role;
  partnerId?: string | null;
  password: string;
  title?: string;
  phone?: string;
};

function assertPassword(password: string, email: string, path = 'password') {
  const problem = passwordProblem(password, email);
  if (problem) throw invalidField(path, problem);
}

/** Inserts a user, stamped with the request's clock, and audits it in the same transaction. */
function insertUser(
  ctx: TxCtx,
  values: Pick<UserRow, 'email' | 'name' | 'role' | 'partnerId' | 'title' | 'phone' | 'passwordHash'>,
  summary = `Created ${values.role} ${values.email}`,
): Promise<UserRow> {
  return insertAudited(ctx, users, { ...values, createdAt: ctx.now, updatedAt: ctx.now, passwordChangedAt: ctx.now }, USER, {
    summary,
  });
}

async function assertCompanyAddress(ctx: Ctx, partnerId: string, email: string): Promise<void> {
  const domains = await partnerDomains(ctx, partnerId);
  if (domains.length === 0) {
    throw invalidField('email', 'your company has no e-mail domain on record; ask your partner manager to add one');
  }
  if (!isAddressAtDomains(email, domains)) {
    throw invalidField('email', `must be an address at your company's domain (${domains.join(', ')})`);
  }
}

/**
 * `hash` is for the demo, whose users all share one published password: it hashes that once
 * instead of once per user (users.demo.ts).
 */
export async function createUser(
  ctx: Ctx,
  input: CreateUserInput,
  hash: (password: string) => Promise<string> = hashPassword,
): Promise<UserDto> {
  const actor = policyActor(ctx);
  const email = normalizeEmail(input.email);
  // A partner's admin creates accounts for their own company; naming it is optional.
  const partnerId = input.partnerId === undefined && isPartnerRole(actor.role) ? actor.partnerId : (input.partnerId ?? null);
  if (!rolesAssignableBy(actor.role).includes(input.role)) {
    throw forbidden(`Your role cannot create ${input.role} users`, [{ path: 'role', message: 'is not a role you can assign' }]);
  }
  const membership = membershipProblem(input.role, partnerId);
  if (membership) throw invalidField(membership.path, membership.message);
  // Another company looks exactly like a missing one to a partner admin.
  if (!mayCreateUserFor(actor, partnerId)) throw invalidField('partnerId', 'no such partner');
  // Checked before anything looks for the address: outside the company's domains the answer is
  // the same whether an account exists there or not (docs/decisions/0032).
  if (createsOnlyAtCompanyDomains(actor) && partnerId) await assertCompanyAddress(ctx, partnerId, email);
  assertPassword(input.password, email);
  const passwordHash = await hash(input.password);
  return withTx(ctx, async (c) => {
    if (partnerId) await assertPartnerExists(c, partnerId, 'partnerId');
    const row = await insertUser(c, {
      email,
      name: input.name,
      role: input.role,
      partnerId,
      title: input.title ?? '',
      phone: input.phone ?? '',
      passwordHash,
    });
    return toUserDto(c, row);
  });
}

export type UserListQuery = {
  limit: number;
  cursor?: string;
  sort: string;
  q?: string;
  role?: Role[];
  partnerId?: string[];
  side?: ('vendor' | 'partner')[];
  active?: boolean;
};

/** Vendor staff have no partner company, partner users have one; both sides together is everyone. */
function sideFilter(sides: readonly ('vendor' | 'partner')[] | undefined): SQL | undefined {
  if (!sides?.length || (sides.includes('vendor') && sides.includes('partner'))) return undefined;
  return sides.includes('vendor') ? isNull(users.partnerId) : sql`${users.partnerId} IS NOT NULL`;
}

/**
 * Vendor staff see every user; a partner's users see their own company's users only — never the
 * vendor's staff list, even though the database lets them read vendor rows (to name their
 * partner manager, see users.schema.ts).
 */
function visibleUsers(ctx: Ctx): SQL | undefined {
  return partnerFilter(ctx, users.partnerId);
}

export async function listUsers(ctx: Ctx, query: UserListQuery): Promise<Page<UserDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset(
      'users',
      query.sort,
      { name: users.name, email: users.email, createdAt: users.createdAt },
      users.id,
      query.cursor,
    );
    const pattern = query.q ? containsPattern(query.q) : undefined;
    const rows = await c.tx
      .select()
      .from(users)
      .where(
        and(
          visibleUsers(c),
          ks.where,
          pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
          query.role?.length ? inArray(users.role, query.role) : undefined,
          query.partnerId?.length ? inArray(users.partnerId, query.partnerId) : undefined,
          sideFilter(query.side),
          query.active === undefined ? undefined : eq(users.active, query.active),
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await toUserDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

async function loadVisibleUser(ctx: TxCtx, id: string): Promise<UserRow> {
  const [row] = await ctx.tx
    .select()
    .from(users)
    .where(and(eq(users.id, id), visibleUsers(ctx)));
  if (!row) throw notFound('User');
  return row;
}

export async function getUser(ctx: Ctx, id: string): Promise<UserDto> {
  return withTx(ctx, async (c) => toUserDto(c, await loadVisibleUser(c, id)));
}

export type UpdateUserInput = {
  name?: string;
  title?: string;
  phone?: string;
  role?: Role;
  active?: boolean;
  password?: string;
};

async function countActiveAdmins(ctx: TxCtx): Promise<number> {
  const [row] = await ctx.tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)));
  return row?.n ?? 0;
}

/**
 * Changes a user. Deactivating a user or setting a new password ends their sessions and API
 * tokens in the same transaction: `credentialsEndedAt` makes every credential issued until now
 * invalid (auth.rules.ts), also after a later reactivation. The auth module, hearing
 * `user.deactivated` or `user.password_reset` once the change committed, marks them revoked.
 */
export async function updateUser(ctx: Ctx, id: string, input: UpdateUserInput): Promise<UserDto> {
  const actor = policyActor(ctx);
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  return withTx(ctx, async (c) => {
    const before = await loadVisibleUser(c, id);
    const can = userPermissions(actor, before);
    if (!can.edit) throw forbidden('You cannot change this user');
    if (input.role !== undefined && input.role !== before.role) {
      if (!can.changeRole || !rolesAssignableBy(actor.role).includes(input.role)) {
        throw forbidden(`Your role cannot assign ${input.role}`, [{ path: 'role', message: 'is not a role you can assign' }]);
      }
      if (isPartnerRole(input.role) !== isPartnerRole(before.role)) {
        throw invalidField('role', 'cannot move a user between the vendor and a partner company; create a new user');
      }
    }
    if (input.password !== undefined) assertPassword(input.password, before.email);
    const losesAdmin =
      before.role === 'admin' &&
      before.active &&
      (input.active === false || (input.role !== undefined && input.role !== 'admin'));
    if (losesAdmin && (await countActiveAdmins(c)) <= 1) {
      throw new AppError('CONFLICT', 'This is the last active admin; make someone else admin first', {
        errors: [{ path: input.active === false ? 'active' : 'role', message: 'would leave no active admin' }],
      });
    }
    if (input.active === false && before.active && !can.deactivate)
      throw invalidField('active', 'you cannot deactivate yourself');
    const deactivated = input.active === false && before.active;
    // Role, status, password and name all travel with a checked credential (the actor).
    forgetCredentials(c, id);
    forgetPerson(c, id);
    const after = await updateAudited(
      c,
      users,
      before,
      {
        name: input.name,
        title: input.title,
        phone: input.phone,
        role: input.role,
        active: input.active,
        ...(passwordHash ? { passwordHash, passwordChangedAt: c.now } : {}),
        ...(deactivated || passwordHash ? { credentialsEndedAt: c.now } : {}),
        updatedAt: c.now,
      },
      USER,
      {
        summary: passwordHash ? `Updated ${before.email} (password reset)` : `Updated ${before.email}`,
        event: deactivated ? 'user.deactivated' : passwordHash ? 'user.password_reset' : undefined,
      },
    );
    return toUserDto(c, after);
  });
}

/** Anyone may change their own name, title and phone; role and status stay with their admins. */
export async function updateOwnProfile(ctx: Ctx, input: Pick<UpdateUserInput, 'name' | 'title' | 'phone'>): Promise<UserDto> {
  const actor = userActor(ctx);
  return withTx(ctx, async (c) => {
    const before = await loadVisibleUser(c, actor.userId);
    forgetCredentials(c, actor.userId);
    forgetPerson(c, actor.userId);
    const after = await updateAudited(
      c,
      users,
      before,
      { name: input.name, title: input.title, phone: input.phone, updatedAt: c.now },
      USER,
      { summary: `${before.email} updated their profile` },
    );
    return toUserDto(c, after);
  });
}

/**
 * Sets the caller's own password after the auth module checked the current one. Sessions issued
 * before the change stop working (auth.rules.ts); the caller gets a fresh one.
 */
export async function setOwnPassword(ctx: Ctx, newPassword: string): Promise<void> {
  const actor = userActor(ctx);
  assertPassword(newPassword, actor.email, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  await withTx(ctx, async (c) => {
    const before = await loadVisibleUser(c, actor.userId);
    forgetCredentials(c, actor.userId);
    await updateAudited(c, users, before, { passwordHash, passwordChangedAt: c.now, updatedAt: c.now }, USER, {
      summary: `${before.email} changed their password`,
      event: 'user.password_changed',
    });
  });
}

/**
 * A forgotten password, set again through a reset link from an e-mail (the auth module checked
 * the link). Ends every session and API token like an admin's reset: the link may have been read
 * by whoever got into the mailbox, and the holder of the old password must be shut out.
 */
export async function resetForgottenPassword(ctx: Ctx, userId: string, newPassword: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const before = await loadVisibleUser(c, userId);
    assertPassword(newPassword, before.email, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    forgetCredentials(c, userId);
    forgetPerson(c, userId);
    await updateAudited(
      c,
      users,
      before,
      { passwordHash, passwordChangedAt: c.now, credentialsEndedAt: c.now, updatedAt: c.now },
      USER,
      { summary: `${before.email} set a new password with a reset link from an e-mail`, event: 'user.password_reset' },
    );
  });
}

/** Credentials check for sign-in; the caller (auth) runs it with a system context. */
export async function findUserByEmail(ctx: Ctx, email: string): Promise<UserRow | null> {
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .select()
      .from(users)
      .where(eq(users.email, normalizeEmail(email)));
    return row ?? null;
  });
}

export async function findUserById(ctx: Ctx, id: string): Promise<UserRow | null> {
  return withTx(ctx, async (c) => {
    const [row] = await c.tx.select().from(users).where(eq(users.id, id));
    return row ?? null;
  });
}

export async function recordLogin(ctx: Ctx, userId: string): Promise<void> {
  await withTx(ctx, (c) => c.tx.update(users).set({ lastLoginAt: c.now }).where(eq(users.id, userId)));
}

export async function countUsers(db: Db): Promise<number> {
  return withTx(systemCtx(db, 'count users'), async (c) => (await c.tx.select({ n: count() }).from(users))[0]?.n ?? 0);
}

/** Whether anyone can sign in yet. */
export async function hasUsers(db: Db): Promise<boolean> {
  return (await countUsers(db)) > 0;
}

/**
 * Creates the first admin from CONSORT_ADMIN_EMAIL / CONSORT_ADMIN_PASSWORD when the database has
 * no users. Several processes may start at once: the transaction-scoped advisory lock makes them
 * take turns, and all but the first find a user already there.
 */
export async function ensureBootstrapAdmin(
  db: Db,
  admin: { email: string; password: string; name: string },
): Promise<UserDto | null> {
  const ctx = systemCtx(db, 'bootstrap');
  // Every start-up asks; only an empty database pays for hashing the password.
  if (await hasUsers(db)) return null;
  assertPassword(admin.password, admin.email, 'CONSORT_ADMIN_PASSWORD');
  const passwordHash = await hashPassword(admin.password);
  return withTx(ctx, async (c) => {
    await c.tx.execute(sql`SELECT pg_advisory_xact_lock(727002)`);
    if (((await c.tx.select({ n: count() }).from(users))[0]?.n ?? 0) > 0) return null;
    const row = await insertUser(
      c,
      {
        email: normalizeEmail(admin.email),
        name: admin.name,
        role: 'admin',
        partnerId: null,
        title: '',
        phone: '',
        passwordHash,
      },
      `Created the first admin ${normalizeEmail(admin.email)}`,
    );
    return toUserDto(c, row);
  });
}

/**
 * Ends a partner company's access (its off-boarding): every active user of the partner is
 * deactivated, which ends their sessions and API tokens in the same transaction
 * (`credentialsEndedAt`, as `updateUser` does) and emits `user.deactivated` for each. Runs in the
 * caller's transaction; the caller has checked that it may (the off-boarding policy). Answers how
 * many were deactivated.
 */
export async function deactivatePartnerUsers(ctx: TxCtx, partnerId: string): Promise<number> {
  const rows = await ctx.tx
    .select()
    .from(users)
    .where(and(eq(users.partnerId, partnerId), eq(users.active, true)))
    .for('update');
  for (const before of rows) {
    forgetCredentials(ctx, before.id);
    forgetPerson(ctx, before.id);
    await updateAudited(ctx, users, before, { active: false, credentialsEndedAt: ctx.now, updatedAt: ctx.now }, USER, {
      summary: `Deactivated ${before.email} (partner off-boarded)`,
      event: 'user.deactivated',
    });
  }
  return rows.length;
}
