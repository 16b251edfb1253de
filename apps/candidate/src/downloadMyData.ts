import { saveDownload } from '@mockint/web-graphql';
import { session } from './graphql';

/** Saves what the organization stores about the signed-in person (GET /exports/me.json) as a file. */
export const downloadMyData = async (): Promise<void> => saveDownload(await session.token(), '/exports/me.json', 'my-data.json');
