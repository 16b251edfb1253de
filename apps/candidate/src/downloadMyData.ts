import { session } from './graphql';

/** Saves what the organization stores about the signed-in person (GET /exports/me.json) as a file. */
export async function downloadMyData(): Promise<void> {
  const token = await session.token();
  const response = await fetch('/exports/me.json', { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`The download failed (${response.status} ${response.statusText})`);
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'my-data.json';
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}
