/**
 * Lets timers and I/O run before the next slice of CPU work. A promise alone would not: its
 * continuation runs before any I/O, so a long loop of awaits still holds up other requests.
 */
import { setImmediate } from 'node:timers/promises';

export function yieldToEventLoop(): Promise<void> {
  return setImmediate();
}
