/** People of the organisation and invitations, for administrators (GET /v1/users, /v1/invites; POST /v1/invites). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZInviteSummarySchema, ZUserSummarySchema } from '../../access/access-schema.js';
import { createInvite } from '../../access/create-invite.js';
import { listInvites, listUsers } from '../../access/list-users.js';
import { ZRoleSchema } from '../../access/roles.js';
import { callerOf } from '../plugins/auth.js';
import { problemResponses } from '../problems.js';
import { jsonResponse } from '../responses.js';

/** The page route that accepts an invitation; the token rides in the fragment, which browsers never send to a server. */
export const ACCEPT_INVITE_PATH = '/accept-invite';

export function inviteLink(origin: string, token: string): string {
  return `${origin}${ACCEPT_INVITE_PATH}#${token}`;
}

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/users',
    {
      schema: {
        tags: ['people'],
        operationId: 'listUsers',
        summary: 'People of the organisation with their roles',
        description: 'Everyone with an account in the organisation, oldest first; for administrators.',
        response: { 200: jsonResponse('The people of the organisation', z.object({ users: z.array(ZUserSummarySchema).describe('People, oldest account first') })), ...problemResponses },
      },
    },
    async (request) => ({ users: await listUsers({ db: app.db, organisationId: callerOf(request).organisationId }) }),
  );

  app.get(
    '/invites',
    {
      schema: {
        tags: ['people'],
        operationId: 'listInvites',
        summary: 'Invitations not yet used or expired',
        description: 'Invitations that can still be accepted (their links are never shown again); for administrators.',
        response: { 200: jsonResponse('The open invitations', z.object({ invites: z.array(ZInviteSummarySchema).describe('Open invitations, oldest first') })), ...problemResponses },
      },
    },
    async (request) => ({ invites: await listInvites({ db: app.db, organisationId: callerOf(request).organisationId }) }),
  );

  app.post(
    '/invites',
    {
      schema: {
        tags: ['people'],
        operationId: 'createInvite',
        summary: 'Invite a person by a one-time link',
        description: 'Answers the link once; pass it on to the person (no mail is sent). It works once, until it expires.',
        body: z.object({ email: z.string().min(3).max(254).describe('The address the person will sign in with'), role: ZRoleSchema.describe('admin, writer or reviewer') }),
        response: { 200: jsonResponse('The invitation and its one-time link', z.object({ invite: ZInviteSummarySchema.describe('The invitation'), link: z.string().describe('The one-time link; shown only now') })), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { token, ...invite } = await createInvite({ db: app.db, organisation: { id: callerOf(request).organisationId }, email: request.body.email, role: request.body.role });
      reply.header('cache-control', 'no-store');
      return { invite, link: inviteLink(`${request.protocol}://${request.host}`, token) };
    },
  );
};
