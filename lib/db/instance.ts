// The extension's one database, opened by the background, the popup and the options page (never by
// a content script: its IndexedDB would be the webmail's). Dexie opens it lazily on first use.
import { AppDB } from './schema';

export const db = new AppDB();
