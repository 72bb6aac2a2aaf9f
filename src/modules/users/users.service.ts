import { and, count, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import { keyset } from '../../db/keyset.js';
import { partnerFilter, scopeOf, withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, effectiveRole, systemCtx, userActor } from '../../shared/context.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { hashPassword, verifyPassword } from '../../shared/password.js';
import { isPartnerRole, type Role } from '../../shared/roles.js';
import { recordAudit } from '../audit/audit.service.js';
import { assertPartnerExists } from '../partners/partners.service.js';
import { membershipProblem, normalizeEmail, passwordProblem, rolesAssignableBy } from './users.rules.js';
import { type UserRow, users } from './users.schema.js';

export type UserDto = Omit<UserRow, 'passwordHash' | 'passwordChangedAt'>;

export function toUserDto(row: UserRow): UserDto {
  const { passwordHash: _hash, passwordChangedAt: _changed, ...rest } = row;
  return rest;
}

/** What the audit log records of a user: everything but secrets (recordAudit drops the hash). */
function auditable(row: UserRow) {
  return row as unknown as Record<string, unknown>;
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

async function assertEmailFree(tx: Tx, email: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), exceptId ? sql`${users.id} <> ${exceptId}` : undefined));
  if (taken) {
    throw new AppError('CONFLICT', 'A user with this e-mail address already exists', {
      errors: [{ path: 'email', message: 'is already in use' }],
    });
  }
}

/** Inserts a user, stamped with the request's clock, and audits it in the same transaction. */
async function insertUser(
  tx: Tx,
  ctx: Ctx,
  values: Pick<UserRow, 'email' | 'name' | 'role' | 'partnerId' | 'title' | 'phone' | 'passwordHash'>,
  summary = `Created ${values.role} ${values.email}`,
): Promise<UserRow> {
  const [row] = await tx
    .insert(users)
    .values({ ...values, createdAt: ctx.now, updatedAt: ctx.now, passwordChangedAt: ctx.now })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await recordAudit(tx, ctx, {
    action: 'create',
    entityType: 'user',
    entityId: row.id,
    partnerId: row.partnerId,
    after: auditable(row),
    summary,
  });
  return row;
}

export async function createUser(ctx: Ctx, input: CreateUserInput): Promise<UserDto> {
  const actorRole = effectiveRole(ctx);
  const email = normalizeEmail(input.email);
  const partnerId = input.partnerId ?? null;
  if (!rolesAssignableBy(actorRole).includes(input.role)) {
    throw forbidden(`Your role cannot create ${input.role} users`, [{ path: 'role', message: 'is not a role you can assign' }]);
  }
  const membership = membershipProblem(input.role, partnerId);
  if (membership) throw invalidField(membership.path, membership.message);
  assertPassword(input.password, email);
  const passwordHash = await hashPassword(input.password);
  return withTx(ctx, async (tx, txCtx) => {
    if (partnerId) await assertPartnerExists(txCtx, partnerId, 'partnerId');
    await assertEmailFree(tx, email);
    const row = await insertUser(tx, ctx, {
      email,
      name: input.name,
      role: input.role,
      partnerId,
      title: input.title ?? '',
      phone: input.phone ?? '',
      passwordHash,
    });
    return toUserDto(row);
  });
}

export type UserListQuery = {
  limit: number;
  cursor?: string;
  sort: string;
  q?: string;
  role?: Role[];
  partnerId?: string;
  side?: 'vendor' | 'partner';
  active?: boolean;
};

/**
 * Vendor staff see every user; a partner's users see their own company's users only — never the
 * vendor's staff list, even though the database lets them read vendor rows (to name their
 * partner manager, see users.schema.ts).
 */
function visibleUsers(ctx: Ctx): SQL | undefined {
  return partnerFilter(ctx, users.partnerId);
}

export async function listUsers(ctx: Ctx, query: UserListQuery): Promise<Page<UserDto>> {
  return withTx(ctx, async (tx) => {
    const ks = keyset(
      'users',
      query.sort,
      { name: users.name, email: users.email, createdAt: users.createdAt },
      users.id,
      query.cursor,
    );
    const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, '\\$&')}%` : undefined;
    const rows = await tx
      .select()
      .from(users)
      .where(
        and(
          visibleUsers(ctx),
          ks.where,
          pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
          query.role?.length ? inArray(users.role, query.role) : undefined,
          query.partnerId ? eq(users.partnerId, query.partnerId) : undefined,
          query.side === 'vendor' ? isNull(users.partnerId) : undefined,
          query.side === 'partner' ? sql`${users.partnerId} IS NOT NULL` : undefined,
          query.active === undefined ? undefined : eq(users.active, query.active),
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: page.data.map(toUserDto), nextCursor: page.nextCursor };
  });
}

async function loadVisibleUser(tx: Tx, ctx: Ctx, id: string): Promise<UserRow> {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, id), visibleUsers(ctx)));
  if (!row) throw notFound('User');
  return row;
}

export async function getUser(ctx: Ctx, id: string): Promise<UserDto> {
  return withTx(ctx, async (tx) => toUserDto(await loadVisibleUser(tx, ctx, id)));
}

export type UpdateUserInput = {
  name?: string;
  title?: string;
  phone?: string;
  role?: Role;
  active?: boolean;
  password?: string;
};

async function countActiveAdmins(tx: Tx): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)));
  return row?.n ?? 0;
}

/**
 * Changes a user. Deactivating a user or setting a new password ends their sessions and API
 * tokens at once: authentication only accepts credentials of active users issued after the last
 * password change (auth.service.ts).
 */
export async function updateUser(ctx: Ctx, id: string, input: UpdateUserInput): Promise<UserDto> {
  const actorRole = effectiveRole(ctx);
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  return withTx(ctx, async (tx) => {
    const before = await loadVisibleUser(tx, ctx, id);
    if (input.role !== undefined && input.role !== before.role) {
      if (!rolesAssignableBy(actorRole).includes(input.role)) {
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
    if (losesAdmin && (await countActiveAdmins(tx)) <= 1) {
      throw new AppError('CONFLICT', 'This is the last active admin; make someone else admin first', {
        errors: [{ path: input.active === false ? 'active' : 'role', message: 'would leave no active admin' }],
      });
    }
    if (id === actorUserId(ctx) && input.active === false) throw invalidField('active', 'you cannot deactivate yourself');
    const [after] = await tx
      .update(users)
      .set({
        name: input.name,
        title: input.title,
        phone: input.phone,
        role: input.role,
        active: input.active,
        ...(passwordHash ? { passwordHash, passwordChangedAt: ctx.now } : {}),
        updatedAt: ctx.now,
      })
      .where(eq(users.id, id))
      .returning();
    if (!after) throw notFound('User');
    await recordAudit(tx, ctx, {
      action: 'update',
      entityType: 'user',
      entityId: id,
      partnerId: after.partnerId,
      before: auditable(before),
      after: auditable(after),
      summary: passwordHash ? `Updated ${after.email} (password reset)` : `Updated ${after.email}`,
    });
    return toUserDto(after);
  });
}

/** Anyone may change their own name, title and phone; role and status stay with their admins. */
export async function updateOwnProfile(ctx: Ctx, input: Pick<UpdateUserInput, 'name' | 'title' | 'phone'>): Promise<UserDto> {
  const actor = userActor(ctx);
  return withTx(ctx, async (tx) => {
    const before = await loadVisibleUser(tx, ctx, actor.userId);
    const [after] = await tx
      .update(users)
      .set({ name: input.name, title: input.title, phone: input.phone, updatedAt: ctx.now })
      .where(eq(users.id, actor.userId))
      .returning();
    if (!after) throw notFound('User');
    await recordAudit(tx, ctx, {
      action: 'update',
      entityType: 'user',
      entityId: after.id,
      partnerId: after.partnerId,
      before: auditable(before),
      after: auditable(after),
      summary: `${after.email} updated their profile`,
    });
    return toUserDto(after);
  });
}

export async function changeOwnPassword(ctx: Ctx, currentPassword: string, newPassword: string): Promise<void> {
  const actor = userActor(ctx);
  const [row] = await withTx(ctx, (tx) => tx.select().from(users).where(eq(users.id, actor.userId)));
  if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) {
    throw invalidField('currentPassword', 'is not your current password');
  }
  assertPassword(newPassword, row.email, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  await withTx(ctx, async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: ctx.now, updatedAt: ctx.now }).where(eq(users.id, row.id));
    await recordAudit(tx, ctx, {
      action: 'update',
      entityType: 'user',
      entityId: row.id,
      partnerId: row.partnerId,
      summary: `${row.email} changed their password`,
    });
  });
}

/** Credentials check for sign-in; the caller (auth) runs it with a system context. */
export async function findUserByEmail(ctx: Ctx, email: string): Promise<UserRow | null> {
  return withTx(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(users)
      .where(eq(users.email, normalizeEmail(email)));
    return row ?? null;
  });
}

export async function findUserById(ctx: Ctx, id: string): Promise<UserRow | null> {
  return withTx(ctx, async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, id));
    return row ?? null;
  });
}

export async function recordLogin(ctx: Ctx, userId: string): Promise<void> {
  await withTx(ctx, (tx) => tx.update(users).set({ lastLoginAt: ctx.now }).where(eq(users.id, userId)));
}

/** Users by id, for showing names next to references (owners, sponsors, actors). */
export async function userSummaries(ctx: Ctx, ids: readonly (string | null)[]): Promise<Map<string, UserSummary>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  return withTx(ctx, async (tx) => {
    const rows = await tx
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, partnerId: users.partnerId })
      .from(users)
      .where(inArray(users.id, wanted));
    const scope = scopeOf(ctx);
    // Partner-side callers may see vendor staff names (their manager) and their own colleagues.
    const visible = rows.filter((r) => scope.kind === 'all' || r.partnerId === null || r.partnerId === scope.partnerId);
    return new Map(visible.map((r) => [r.id, { id: r.id, name: r.name, email: r.email, role: r.role }]));
  });
}

export type UserSummary = { id: string; name: string; email: string; role: Role };

/** A vendor user who may own or sponsor partners, or a 422 naming `path`. */
export async function assertVendorUser(ctx: Ctx, id: string, allowed: readonly Role[], path: string): Promise<void> {
  const found = await findUserById(ctx, id);
  if (!found || found.partnerId !== null || !found.active || !allowed.includes(found.role)) {
    throw invalidField(path, `must be an active vendor user with role ${allowed.join(' or ')}`);
  }
}

/**
 * Creates the first admin from CONSORT_ADMIN_EMAIL / CONSORT_ADMIN_PASSWORD when the database has
 * no users. Several processes may start at once: the transaction-scoped advisory lock makes them
 * take turns, and all but the first find a user already there.
 */
/** Whether anyone can sign in yet. */
export async function hasUsers(db: Db): Promise<boolean> {
  return withTx(systemCtx(db, 'has users'), async (tx) => ((await tx.select({ n: count() }).from(users))[0]?.n ?? 0) > 0);
}

export async function ensureBootstrapAdmin(
  db: Db,
  admin: { email: string; password: string; name: string },
): Promise<UserDto | null> {
  const ctx = systemCtx(db, 'bootstrap');
  // Every start-up asks; only an empty database pays for hashing the password.
  if (await hasUsers(db)) return null;
  assertPassword(admin.password, admin.email, 'CONSORT_ADMIN_PASSWORD');
  const passwordHash = await hashPassword(admin.password);
  return withTx(ctx, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(727002)`);
    if (((await tx.select({ n: count() }).from(users))[0]?.n ?? 0) > 0) return null;
    const row = await insertUser(
      tx,
      ctx,
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
    return toUserDto(row);
  });
}
