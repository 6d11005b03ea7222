import { useCallback, useEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { applyCatalog, browserLang } from '../../lib/i18n-language';
import type { ThreadSnapshot } from '../../lib/mail/adapter';
import { type PanelState, type Result, sendMessage } from '../../lib/messaging/protocol';
import type { Lang } from '../../lib/model';
import { lastKnown, threadCacheKey } from '../../lib/panel/last-known';

/** The last state shown per thread (this content script's memory): shown at once, then reconciled. */
const shownStates = lastKnown<PanelState>();

export type PanelStatus =
  | { kind: 'loading' }
  | { kind: 'ready'; state: PanelState }
  | { kind: 'error'; message: string; state: PanelState | null };

/**
 * The panel's data: fetched from the background for the thread on screen, refreshed after every
 * action. Failures (including a reloaded extension) become a message in the panel, never a throw.
 */
export function usePanel(snapshot: ThreadSnapshot, url: string, readTexts: () => string[] = () => []) {
  // A thread shown before: its last state at once (the fetch below reconciles it).
  const [status, setStatus] = useState<PanelStatus>(() => {
    const known = shownStates.get(threadCacheKey(snapshot));
    return known ? { kind: 'ready', state: known } : { kind: 'loading' };
  });
  // The latest reader, without making every render a new effect dependency.
  const readTextsRef = useRef(readTexts);
  readTextsRef.current = readTexts;
  const latest = useRef<PanelState | null>(status.kind === 'ready' ? status.state : null);

  const refresh = useCallback(async () => {
    const answer = await ask(() => sendMessage('getPanelState', { snapshot, url }));
    if (answer.ok) await speak(answer.value.lang);
    if (answer.ok) {
      latest.current = answer.value;
      shownStates.set(threadCacheKey(snapshot), answer.value);
      setStatus({ kind: 'ready', state: answer.value });
    } else setStatus({ kind: 'error', message: answer.error.message, state: latest.current });
    return answer;
  }, [snapshot, url]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Each new look at a tracked thread's messages (by key) is reported once, with their text's start:
  // the background tells new mail from messages seen before, expanded or loaded (lib/mail/new-mail.ts).
  const dealId = status.kind === 'ready' ? status.state.deal?.id : undefined;
  const keys = snapshot.messages.map((m) => m.key).join(' ');
  const reported = useRef('');
  useEffect(() => {
    if (!dealId || reported.current === `${dealId} ${keys}`) return;
    reported.current = `${dealId} ${keys}`;
    void ask(() => sendMessage('reportMessages', { dealId, snapshot, texts: readTextsRef.current() })).then(
      (answer) => {
        if (answer.ok && answer.value.updatedAt !== latest.current?.deal?.updatedAt) void refresh();
      },
    );
  }, [dealId, keys, snapshot, refresh]);

  /** Runs an action, then shows either the fresh state or the action's error message. */
  const act = useCallback(
    async <T>(action: () => Promise<Result<T>>): Promise<Result<T>> => {
      const answer = await ask(action);
      if (!answer.ok) {
        setStatus({ kind: 'error', message: answer.error.message, state: latest.current });
        return answer;
      }
      const fresh = await refresh();
      if (!fresh.ok) return fresh as Result<T>;
      return answer;
    },
    [refresh],
  );

  return { status, act, refresh };
}

/** A message to the background; a dead extension context becomes a Result like any failure. */
export async function ask<T>(send: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await send();
  } catch (error) {
    const invalidated = String(error).includes('context invalidated');
    return {
      ok: false,
      error: {
        code: 'internal',
        key: 'internal',
        message: invalidated ? i18n.t('panel.errorReload') : i18n.t('panel.errorBackground'),
      },
    };
  }
}

/** The language the panel speaks now: the browser's, until the rep's setting says otherwise. */
let spoken: Lang | null = null;

/** Speaks the rep's language (from the options) in this content script, fetching its strings once. */
async function speak(lang: Lang): Promise<void> {
  if (lang === (spoken ?? browserLang())) return;
  if (lang === browserLang()) {
    applyCatalog(null);
    spoken = lang;
    return;
  }
  const catalog = await ask(() => sendMessage('getCatalog', { lang }));
  if (catalog.ok) {
    applyCatalog(catalog.value);
    spoken = lang;
  }
}
