/** Small formatters for human-readable rationales and feedback. */

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function quoteList(items: readonly string[], max = 3): string {
  const unique = [...new Set(items)];
  const shown = unique.slice(0, max).map((i) => `"${i}"`);
  return joinList(unique.length > max ? [...shown, `${unique.length - max} more`] : shown);
}

/** The first `maxWords` words, with an ellipsis when cut. */
export function clip(text: string, maxWords: number): string {
  const words = text.split(/\s+/);
  return words.length > maxWords ? `${words.slice(0, maxWords).join(' ')}...` : text;
}

/** Most frequent entries first: `"um" x4, "like" x2`. */
export function topCounts(counts: Readonly<Record<string, number>>, max = 3): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([key, n]) => `"${key}" x${n}`)
    .join(', ');
}
