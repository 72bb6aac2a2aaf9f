import { choiceCell, emailCell, type ImporterDef, type ImportProblem, SeenKeys, textCell } from '../../server/importer.js';
import { access } from '../../server/route.js';
import { dummyPasswordHash } from '../../shared/password.js';
import { isPartnerRole, ROLES, type Role } from '../../shared/roles.js';
import { insertManyAudited } from '../audit/index.js';
import { existingEmails, findPartnersByReference } from '../directory/index.js';
import { membershipProblem } from './users.rules.js';
import { users } from './users.schema.js';
import { USER } from './users.service.js';

export type UserImportRow = {
  email: string;
  name: string;
  role?: Role;
  partner?: string;
  title?: string;
  phone?: string;
  /** Set by validate. */
  partnerId?: string | null;
};

/**
 * Accounts from CSV, for an admin bringing in a team or a partner's people at once. Imported
 * accounts have no password anyone knows (a hash of a random one): an admin sets one, or the
 * person uses a password reset, before they sign in. A partner's people need `partner` (name,
 * domain or id); without `role` they are partner users, or — without a partner — refused.
 */
export const usersImporter: ImporterDef<UserImportRow, { emails: SeenKeys }> = {
  kind: 'users',
  label: 'Users',
  access: access.roles(['admin'], { scope: 'none' }),
  permission: 'user.import',
  columns: [
    { key: 'email', label: 'E-mail', required: true, aliases: ['Email', 'Email Address', 'Username', 'Login'], parse: emailCell },
    { key: 'name', label: 'Name', required: true, aliases: ['Full Name', 'Display Name'], parse: textCell(120) },
    {
      key: 'role',
      label: 'Role',
      aliases: ['Profile', 'User Role'],
      hint: ROLES.join(', '),
      parse: choiceCell(ROLES, {
        'Partner Manager': 'partner_manager',
        'Partner Admin': 'partner_admin',
        'Partner User': 'partner_user',
      }),
    },
    {
      key: 'partner',
      label: 'Partner',
      aliases: ['Company', 'Company name', 'Account Name', 'Partner ID', 'Account'],
      hint: "the partner's name, a domain it claims, or its id (partner roles)",
      parse: textCell(253),
    },
    { key: 'title', label: 'Title', aliases: ['Job Title'], parse: textCell(120) },
    { key: 'phone', label: 'Phone', aliases: ['Phone Number', 'Mobile'], parse: textCell(40) },
  ],
  example: (refs) =>
    `Email,Full Name,Role,Partner ID\nimported.${refs.unique}@${refs.partnerDomain},Imported Person,partner_user,${refs.partnerId}\n`,
  newState: () => ({ emails: new SeenKeys('user-email') }),

  async validate(ctx, rows, state) {
    const problems: ImportProblem[] = [];
    const earlierEmail = await state.emails.earlier(
      ctx,
      rows.map((r) => ({ key: r.values.email, row: r.row })),
    );
    const [taken, partners] = await Promise.all([
      existingEmails(
        ctx,
        rows.map((r) => r.values.email),
      ),
      findPartnersByReference(
        ctx,
        rows.flatMap((r) => (r.values.partner ? [r.values.partner] : [])),
      ),
    ]);
    for (const { row, values } of rows) {
      const earlier = earlierEmail(row, values.email);
      if (earlier) problems.push({ row, column: 'email', message: `${values.email} is also on row ${earlier}` });
      else if (taken.has(values.email))
        problems.push({ row, column: 'email', message: `${values.email} has an account already` });
      values.partnerId = null;
      if (values.partner) {
        const matches = partners.get(values.partner.toLowerCase()) ?? [];
        if (matches.length === 1) values.partnerId = matches[0]?.id ?? null;
        else {
          problems.push({
            row,
            column: 'partner',
            message:
              matches.length === 0
                ? `no partner "${values.partner}"`
                : `"${values.partner}" names ${matches.length} partners; use a domain or id`,
          });
          continue;
        }
      }
      values.role ??= values.partnerId ? 'partner_user' : undefined;
      if (!values.role) {
        problems.push({ row, column: 'role', message: 'is required for vendor staff (no partner given)' });
        continue;
      }
      const membership = membershipProblem(values.role, values.partnerId);
      if (membership)
        problems.push({
          row,
          column: isPartnerRole(values.role) ? 'partner' : 'role',
          message: membership.message.replace('partnerId ', ''),
        });
    }
    return problems;
  },

  async commit(ctx, rows) {
    const passwordHash = await dummyPasswordHash();
    await insertManyAudited(
      ctx,
      users,
      rows.map(({ values }) => ({
        email: values.email,
        name: values.name,
        role: values.role as Role,
        partnerId: values.partnerId ?? null,
        title: values.title ?? '',
        phone: values.phone ?? '',
        passwordHash,
        createdAt: ctx.now,
        updatedAt: ctx.now,
        passwordChangedAt: ctx.now,
      })),
      USER,
      { summaryOf: (row) => `Imported ${row.role} ${row.email}`, eventData: { imported: true }, dispatch: 'later' },
    );
  },
};
