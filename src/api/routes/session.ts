/**
 * Signing in and out with email and password (the web page), and accepting an invitation.
 * GET and POST /v1/session and POST /v1/invites/accept are the only routes without a caller: they are
 * limited per address, refuse other origins, and always start a fresh session (the cookie a
 * browser arrives with is ended, never promoted). The cookie is HttpOnly, SameSite=Strict,
 * scoped to /v1 and Secure over HTTPS; the CSRF token travels in the response body instead.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import rateLimit from '@fastify/rate-limit';
import { z } from 'zod';
import { ZUserSummarySchema, type StartedSession } from '../../access/access-schema.js';
import { acceptInvite } from '../../access/accept-invite.js';
import { getUser } from '../../access/list-users.js';
import { PASSWORD_MAX_CHARACTERS } from '../../access/password-hash.js';
import { authenticateSession } from '../../access/authenticate-session.js';
import { csrfTokenFor, hashToken, SESSION_COOKIE } from '../../access/session-token.js';
import { signIn } from '../../access/sign-in.js';
import { signOut, signOutEverywhere } from '../../access/sign-out.js';
import { AppError, isAppError } from '../../shared/app-error.js';
import { callerOf, sessionTokenOf } from '../plugins/auth.js';
import { problemResponses } from '../problems.js';
import { jsonResponse } from '../responses.js';

/** Attempts per client address per minute on the routes that take a password. */
export const SIGN_IN_ATTEMPTS_PER_MINUTE = 10;
export const SESSION_COOKIE_PATH = '/v1';

const ZSignedInSchema = z.object({
  user: ZUserSummarySchema.describe('The signed-in person'),
  csrfToken: z.string().describe('Send it as the X-CSRF-Token header with every request that changes something'),
  expiresAt: z.string().describe('When the session ends and the person must sign in again'),
});

const ZSessionStateSchema = z.object({
  signedIn: z.boolean().describe('Whether the session cookie names a live session'),
  user: ZUserSummarySchema.optional().describe('The signed-in person, when signed in'),
  csrfToken: z.string().optional().describe('Present when signed in'),
  expiresAt: z.string().optional().describe('When the session ends, when signed in'),
});

const ZSignInBodySchema = z.object({
  email: z.string().min(1).max(254).describe('The email address the account was invited with'),
  password: z.string().min(1).max(PASSWORD_MAX_CHARACTERS).describe('The password chosen when accepting the invitation'),
});

const ZAcceptInviteBodySchema = z.object({
  token: z.string().min(1).max(100).describe('The token from the invitation link (after the #)'),
  name: z.string().min(1).max(100).describe('How colleagues will see you'),
  password: z.string().min(1).max(PASSWORD_MAX_CHARACTERS).describe(`The password to sign in with from now on: at least 12 characters`),
});

/** A browser on another site may not sign anyone in here (login CSRF). */
function refuseOtherOrigins(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${request.protocol}://${request.host}`) {
    throw new AppError('FORBIDDEN', 'Signing in is only possible from this site’s own page.');
  }
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, session: StartedSession) {
  reply.setCookie(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', path: SESSION_COOKIE_PATH, expires: session.expiresAt });
  reply.header('cache-control', 'no-store');
  return { user: session.user, csrfToken: csrfTokenFor(session.token), expiresAt: session.expiresAt.toISOString() };
}

function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', path: SESSION_COOKIE_PATH });
}

/** Routes that need no caller; registered outside the authenticated scope. */
export const sessionPublicRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(rateLimit, { global: false, keyGenerator: (request) => request.ip });
  const limited = { rateLimit: { max: SIGN_IN_ATTEMPTS_PER_MINUTE, timeWindow: 60_000 } };

  app.post(
    '/session',
    {
      config: limited,
      schema: {
        tags: ['people'],
        operationId: 'signIn',
        summary: 'Sign in with email and password',
        description: 'Starts a session: sets the HttpOnly session cookie and answers the CSRF token that every change must carry.',
        security: [],
        body: ZSignInBodySchema,
        response: { 200: jsonResponse('Signed in: the person, the CSRF token and when the session ends', ZSignedInSchema), ...problemResponses },
      },
    },
    async (request, reply) => {
      refuseOtherOrigins(request);
      const session = await signIn({ db: app.db, email: request.body.email, password: request.body.password, replacing: sessionTokenOf(request) });
      return setSessionCookie(request, reply, session);
    },
  );

  // Anyone may ask whether this browser is signed in: the answer is "no" rather than a 401, so a
  // page can ask on load without an error in its console.
  app.get(
    '/session',
    {
      schema: {
        tags: ['people'],
        operationId: 'getSession',
        summary: 'Whether this browser is signed in: who, with the CSRF token',
        description: 'The signed-in person and the CSRF token of their session, or `signedIn: false`; a page calls it on load.',
        security: [],
        response: { 200: jsonResponse('Whether this browser is signed in, and as whom', ZSessionStateSchema), ...problemResponses },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const token = sessionTokenOf(request);
      if (!token) return { signedIn: false };
      try {
        const caller = await authenticateSession({ db: app.db, token });
        const session = await app.db.prisma.userSession.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { expiresAt: true } });
        return { signedIn: true, user: await getUser({ db: app.db, userId: caller.userId! }), csrfToken: csrfTokenFor(token), expiresAt: session.expiresAt.toISOString() };
      } catch (error) {
        if (isAppError(error) && error.code === 'UNAUTHORIZED') {
          clearSessionCookie(request, reply);
          return { signedIn: false };
        }
        throw error;
      }
    },
  );

  app.post(
    '/invites/accept',
    {
      config: limited,
      schema: {
        tags: ['people'],
        operationId: 'acceptInvite',
        summary: 'Accept an invitation: choose a password and sign in',
        description: 'Creates the account the one-time invitation names, uses up the invitation and starts a session.',
        security: [],
        body: ZAcceptInviteBodySchema,
        response: { 200: jsonResponse('The account is created and signed in: the person, the CSRF token and when the session ends', ZSignedInSchema), ...problemResponses },
      },
    },
    async (request, reply) => {
      refuseOtherOrigins(request);
      const session = await acceptInvite({ db: app.db, ...request.body, replacing: sessionTokenOf(request) });
      return setSessionCookie(request, reply, session);
    },
  );
};

/** Signing out; registered inside the authenticated scope (CSRF token required). */
export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.delete(
    '/session',
    {
      schema: {
        tags: ['people'],
        operationId: 'signOut',
        summary: 'Sign out of this browser',
        description: 'Ends the session of this cookie and clears the cookie; other browsers stay signed in.',
        response: { 200: jsonResponse('Signed out of this browser', z.object({ signedOut: z.number().int().describe('How many sessions were ended (1)') })), ...problemResponses },
      },
    },
    async (request, reply) => {
      const token = sessionTokenOf(request);
      if (!callerOf(request).userId || !token) throw new AppError('FORBIDDEN', 'Only a signed-in person can sign out; API keys are revoked instead.');
      await signOut({ db: app.db, token });
      clearSessionCookie(request, reply);
      return { signedOut: 1 };
    },
  );

  app.delete(
    '/sessions',
    {
      schema: {
        tags: ['people'],
        operationId: 'signOutEverywhere',
        summary: 'Sign out of every browser',
        description: 'Ends every session of the signed-in person, on every device, including this one.',
        response: { 200: jsonResponse('Signed out of every browser', z.object({ signedOut: z.number().int().describe('How many sessions were ended') })), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { userId } = callerOf(request);
      if (!userId) throw new AppError('FORBIDDEN', 'Only a signed-in person can sign out; API keys are revoked instead.');
      const signedOut = await signOutEverywhere({ db: app.db, userId });
      clearSessionCookie(request, reply);
      return { signedOut };
    },
  );
};
