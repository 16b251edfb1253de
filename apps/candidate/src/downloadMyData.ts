import { saveDownload } from '@mockint/web-graphql';
import { session } from './graphql';

/** Saves what the organization stores about the signed-in person (GET /exports/me.json) as a file. */
export async function downloadMyData(): Promise<void> {
  await saveDownload('/exports/me.json', await session.token(), 'my-data.json');
}
