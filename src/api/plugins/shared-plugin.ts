/**
 * Marks a plugin as not encapsulated, so its decorators, hooks and handlers apply to the scope
 * that registers it (what fastify-plugin does; fastify documents the `skip-override` property).
 * Kept here because fastify-plugin is not a direct dependency of this project.
 */
import type { FastifyPluginAsync } from 'fastify';

export function sharedPlugin<Options extends Record<string, unknown>>(plugin: FastifyPluginAsync<Options>, name: string): FastifyPluginAsync<Options> {
  const marked = plugin as FastifyPluginAsync<Options> & Record<symbol, unknown>;
  marked[Symbol.for('skip-override')] = true;
  marked[Symbol.for('fastify.display-name')] = name;
  return marked;
}
