/**
 * Which methods each API path answers, so a known path asked with another method answers 405 with
 * `Allow` instead of 404. Filled from fastify's onRoute hook; route patterns (`/v1/sections/:id`)
 * are matched segment by segment, a parameter matching any one non-empty segment.
 */
export class RouteMethods {
  private readonly routes: { segments: string[]; methods: Set<string> }[] = [];

  add(url: string, methods: string | string[]): void {
    // Wildcards belong to the web page and static files, never to an API resource.
    if (url.includes('*')) return;
    const segments = url.split('/');
    let route = this.routes.find((candidate) => candidate.segments.join('/') === segments.join('/'));
    if (!route) {
      route = { segments, methods: new Set() };
      this.routes.push(route);
    }
    for (const method of Array.isArray(methods) ? methods : [methods]) route.methods.add(method.toUpperCase());
  }

  /** The methods the path answers, sorted; empty for a path no route knows. */
  allowed(path: string): string[] {
    const segments = path.split('/');
    const methods = new Set<string>();
    for (const route of this.routes) {
      if (route.segments.length !== segments.length) continue;
      const matches = route.segments.every((segment, index) => (segment.startsWith(':') ? segments[index] !== '' : segment === segments[index]));
      if (matches) for (const method of route.methods) methods.add(method);
    }
    return [...methods].sort();
  }
}
