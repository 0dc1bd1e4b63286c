/** `assured user invite|list`: people of an organisation, invited by one-time link (no mail server). */
import { createInvite } from '../../access/create-invite.js';
import { listInvites, listUsers } from '../../access/list-users.js';
import { ROLE_LABELS, ROLES, ZRoleSchema } from '../../access/roles.js';
import { inviteLink } from '../../api/routes/users.js';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../api/server.js';
import { AppError } from '../../shared/app-error.js';
import { EXIT_OK } from '../command.js';
import { TABLE_FORMAT_FLAG } from '../common-flags.js';
import { defineCommand } from '../define-command.js';
import { formatTable } from '../format-table.js';
import { InputError } from '../read-input.js';
import { withDatabase } from '../with-database.js';
import { tableOrJson } from './org.js';

const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');
const USER_ORG_FLAG = { type: 'string', value: 'SLUG', description: 'the organisation the people belong to (required)', example: '--org harbour-care' } as const;

export const userInviteCommand = defineCommand({
  name: 'user invite',
  summary: 'Invite a person by a one-time link with a role (admin, writer or reviewer)',
  usage: 'assured user invite --org SLUG --email EMAIL --role admin|writer|reviewer [--base-url URL] [--format json|table]',
  flags: {
    org: USER_ORG_FLAG,
    email: { type: 'string', value: 'EMAIL', description: 'the address the person will sign in with (required)', example: '--email ann@harbour.example' },
    role: { type: 'string', value: 'ROLE', description: `one of ${ROLES.join(', ')} (required)`, example: '--role writer' },
    'base-url': { type: 'string', value: 'URL', default: `http://${DEFAULT_HOST === '127.0.0.1' ? 'localhost' : DEFAULT_HOST}:${DEFAULT_PORT}`, description: 'where people open the web page', example: '--base-url https://bids.harbour.example' },
    format: TABLE_FORMAT_FLAG,
  },
  examples: ['assured user invite --org harbour-care --email ann@harbour.example --role admin'],
  notes: ['The link works once and expires after 72 hours; only a hash of it is stored. Pass it on by any means you trust.'],
  async run({ values }, io) {
    const format = tableOrJson(values.format);
    if (!values.org) throw new InputError('--org is required');
    if (!values.email) throw new InputError('--email is required');
    const role = ZRoleSchema.safeParse(values.role);
    if (!role.success) throw new InputError(`--role must be one of ${ROLES.join(', ')} (got ${values.role === undefined ? 'nothing' : `"${values.role}"`})`);
    let base: URL;
    try {
      base = new URL(values['base-url']);
    } catch {
      throw new InputError(`--base-url "${values['base-url']}" is not a URL (expected e.g. https://bids.harbour.example)`);
    }
    const { org, email } = values;
    const { token, ...invite } = await withDatabase(io, (db) => createInvite({ db, organisation: { slug: org }, email, role: role.data }));
    const link = inviteLink(base.origin, token);
    io.stdout(
      format === 'json'
        ? JSON.stringify({ invite, link }, null, 2)
        : [`Invitation for ${invite.email} as ${ROLE_LABELS[invite.role]}:`, '', `  ${link}`, '', `It works once, until ${when(invite.expiresAt)} UTC. It is shown only now: pass it on to ${invite.email}.`].join('\n'),
    );
    return EXIT_OK;
  },
});

export const userListCommand = defineCommand({
  name: 'user list',
  summary: "List an organisation's people and open invitations",
  usage: 'assured user list --org SLUG [--format json|table]',
  flags: { org: USER_ORG_FLAG, format: TABLE_FORMAT_FLAG },
  examples: ['assured user list --org harbour-care'],
  async run({ values }, io) {
    const format = tableOrJson(values.format);
    if (!values.org) throw new InputError('--org is required');
    const slug = values.org;
    const { users, invites } = await withDatabase(io, async (db) => {
      const organisation = await db.prisma.organisation.findUnique({ where: { slug }, select: { id: true } });
      if (!organisation) throw new AppError('NOT_FOUND', `No organisation "${slug}". Create it with \`assured org create NAME\`.`);
      return { users: await listUsers({ db, organisationId: organisation.id }), invites: await listInvites({ db, organisationId: organisation.id }) };
    });
    io.stdout(
      format === 'json'
        ? JSON.stringify({ users, invites }, null, 2)
        : formatTable(
            ['email', 'name', 'role', 'since'],
            [...users.map((user) => [user.email, user.name, user.role, when(user.createdAt)]), ...invites.map((invite) => [invite.email, '(invited)', invite.role, `expires ${when(invite.expiresAt)}`])],
            io.columns,
          ),
    );
    return EXIT_OK;
  },
});
