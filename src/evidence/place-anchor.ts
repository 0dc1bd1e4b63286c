/**
 * The readable place a figure is about: "Northgate and Riverside supported living" for services
 * named "Northgate supported living" and "Riverside supported living".
 */
function joinWords(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export function placeAnchor(serviceNames: string[]): string {
  const names = [...new Set(serviceNames)].sort((a, b) => a.localeCompare(b));
  if (names.length === 0) return 'no services';
  if (names.length === 1) return names[0]!;
  const words = names.map((name) => name.split(/\s+/));
  let shared = 0;
  const shortest = Math.min(...words.map((list) => list.length));
  while (shared < shortest - 1) {
    const candidate = words[0]![words[0]!.length - 1 - shared]!.toLowerCase();
    if (!words.every((list) => list[list.length - 1 - shared]!.toLowerCase() === candidate)) break;
    shared += 1;
  }
  if (shared === 0) return names.length > 4 ? `${names.length} services (${joinWords(names.slice(0, 3))} and others)` : joinWords(names);
  const suffix = words[0]!.slice(-shared).join(' ');
  const heads = words.map((list) => list.slice(0, -shared).join(' '));
  return names.length > 4 ? `${names.length} ${suffix} services` : `${joinWords(heads)} ${suffix}`;
}
