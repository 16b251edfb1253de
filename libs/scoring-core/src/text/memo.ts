/**
 * Bounded memo for pure string functions. Interview vocabulary is small and repetitive, so
 * most lookups hit; the bound keeps a long-running server from growing without limit.
 */
export function memoize<T>(fn: (key: string) => T, limit = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
