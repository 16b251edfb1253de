/**
 * Saves a file the API serves with the bearer token (an export) under the name its Content-Disposition
 * gives, else `fallbackName`. Throws with the status when the API refuses.
 */
export async function saveDownload(path: string, token: string | null, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`The download failed (${response.status} ${response.statusText})`);
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}
