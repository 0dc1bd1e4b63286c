/**
 * Who may do what, as data. A signed-in person holds the permissions of their role; an API key
 * (an integration, not a person) holds INTEGRATION_PERMISSIONS. Routes map to permissions in
 * ROUTE_PERMISSIONS; a route not listed needs `read` when it only reads and `write` otherwise.
 */
import { z } from 'zod';

export const ROLES = ['admin', 'writer', 'reviewer'] as const;
export const ZRoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof ZRoleSchema>;

export const PERMISSIONS = ['read', 'check', 'write', 'import', 'draft', 'approve', 'manage-people', 'own-session'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  admin: new Set(PERMISSIONS),
  writer: new Set<Permission>(['read', 'check', 'write', 'import', 'draft', 'own-session']),
  reviewer: new Set<Permission>(['read', 'check', 'approve', 'own-session']),
};

/** Integrations import, compute, check, draft and export; approving and managing people stay with people. */
export const INTEGRATION_PERMISSIONS: ReadonlySet<Permission> = new Set<Permission>(['read', 'check', 'write', 'import', 'draft']);

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'Administrator (invites people, and can do everything a writer or reviewer can)',
  writer: 'Bid writer (imports records, drafts and exports answers)',
  reviewer: 'Reviewer (reads, checks, approves or returns answers)',
};

interface RoutePermission {
  method: string;
  /** The route's pattern as registered (`/v1/sections/:id`), or a pattern for routes of a kind. */
  url: string | RegExp;
  permission: Permission;
}

export const ROUTE_PERMISSIONS: readonly RoutePermission[] = [
  { method: 'POST', url: '/v1/imports', permission: 'import' },
  { method: 'POST', url: '/v1/imports/error-workbook', permission: 'import' },
  { method: 'POST', url: '/v1/imports/preview', permission: 'import' },
  { method: 'PUT', url: '/v1/import-mappings/:name', permission: 'import' },
  { method: 'POST', url: '/v1/sections', permission: 'draft' },
  { method: 'POST', url: '/v1/bids', permission: 'draft' },
  { method: 'POST', url: '/v1/bids/:bidId/drafts', permission: 'draft' },
  { method: 'POST', url: '/v1/checks', permission: 'check' },
  { method: 'POST', url: '/v1/validations', permission: 'check' },
  { method: 'DELETE', url: '/v1/session', permission: 'own-session' },
  { method: 'DELETE', url: '/v1/sessions', permission: 'own-session' },
  { method: 'GET', url: '/v1/users', permission: 'manage-people' },
  { method: 'GET', url: '/v1/invites', permission: 'manage-people' },
  { method: 'POST', url: '/v1/invites', permission: 'manage-people' },
  // Approving or returning an answer, wherever its route lives.
  { method: 'POST', url: /\/(approve|approval|approvals|return|returns)$/, permission: 'approve' },
  { method: 'PUT', url: /\/(approve|approval|return)$/, permission: 'approve' },
];

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function permissionForRoute(method: string, url: string): Permission {
  const upper = method.toUpperCase();
  const listed = ROUTE_PERMISSIONS.find((entry) => entry.method === upper && (typeof entry.url === 'string' ? entry.url === url : entry.url.test(url)));
  if (listed) return listed.permission;
  return READ_METHODS.has(upper) ? 'read' : 'write';
}

export function roleAllows(role: Role | null, permission: Permission): boolean {
  return (role === null ? INTEGRATION_PERMISSIONS : ROLE_PERMISSIONS[role]).has(permission);
}
