// The meta table: small facts kept beside the data, one record per key. Each key has its own shape
// (MetaValues); a record is a union keyed by `key`, read and written only through getMeta/putMeta,
// which check the stored value's shape on read (a record from an older release or a hand-edited
// database reads as absent, never as the wrong type).
import type { EpochMs, Id } from '../model';
import type { AppDB } from './schema';

/** Which built-ins were seeded once (`table:id`), so a deleted one is never seeded again. Backed up. */
export const SEEDED_IDS_KEY = 'seeded-ids';
/** Which follow-ups were notified, with the due instant notified (a snoozed one notifies again). */
export const NOTIFIED_KEY = 'notified';
/** Gmail feed entries already read (their ids), the last few hundred. */
export const FEED_SEEN_KEY = 'feed-seen';
/** Outlook list rows already read (`sender|subject`), the last few hundred. */
export const LIST_SEEN_KEY = 'list-rows-seen';
/**
 * The reply notifications on screen (by deal), each with the reply state it described
 * (lib/reminders replyStateOf), so one the rep's answer made untrue is cleared. The last few only.
 */
export const REPLY_NOTIFIED_KEY = 'reply-notified';
/** Whether the thread panel's details are open, as the rep left them (a preference; not backed up). */
export const PANEL_DETAILS_KEY = 'panel-details-open';

export interface MetaValues {
  [SEEDED_IDS_KEY]: string[];
  [NOTIFIED_KEY]: Record<Id, EpochMs>;
  [FEED_SEEN_KEY]: string[];
  [LIST_SEEN_KEY]: string[];
  [PANEL_DETAILS_KEY]: boolean;
  [REPLY_NOTIFIED_KEY]: Record<Id, string>;
}
export type MetaKey = keyof MetaValues;

/** A record of the meta table: its key says the shape of its value. */
export type MetaRecord = { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey];

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;

function instants(value: unknown): Record<Id, EpochMs> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<Id, EpochMs> = {};
  for (const [id, at] of Object.entries(value)) if (typeof at === 'number') out[id] = at;
  return out;
}

function labels(value: unknown): Record<Id, string> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<Id, string> = {};
  for (const [id, label] of Object.entries(value)) if (typeof label === 'string') out[id] = label;
  return out;
}

/** How each key's stored value is read back: what does not have the shape is left out. */
const READERS: { [K in MetaKey]: (value: unknown) => MetaValues[K] | undefined } = {
  [SEEDED_IDS_KEY]: strings,
  [NOTIFIED_KEY]: instants,
  [FEED_SEEN_KEY]: strings,
  [LIST_SEEN_KEY]: strings,
  [PANEL_DETAILS_KEY]: (value) => (typeof value === 'boolean' ? value : undefined),
  [REPLY_NOTIFIED_KEY]: labels,
};

/** The value stored under `key`, or undefined when there is none (or it does not have its shape). */
export async function getMeta<K extends MetaKey>(db: AppDB, key: K): Promise<MetaValues[K] | undefined> {
  const record = await db.meta.get(key);
  return record === undefined ? undefined : READERS[key](record.value);
}

export function metaRecord<K extends MetaKey>(key: K, value: MetaValues[K]): MetaRecord {
  return { key, value } as MetaRecord;
}

export async function putMeta<K extends MetaKey>(db: AppDB, key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put(metaRecord(key, value));
}
