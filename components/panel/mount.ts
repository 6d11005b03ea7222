// The provider-neutral life of the thread panel: observe the webmail through its adapter, mount the
// panel in a shadow root at the adapter's anchor (or floating when there is none), re-render when
// the open thread changes, unmount when no thread is open, and stop cleanly when the extension is
// reloaded under the page ("Extension context invalidated"). Nothing here may throw into the page.

import { createIsolatedElement } from '@webext-core/isolated-element';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MailAdapter, PanelAnchor, ThreadSnapshot } from '../../lib/mail/adapter';
import { formatDiagnosis } from '../../lib/mail/diagnose';
import { pageTheme } from '../../lib/mail/theme';
import { onContentMessage } from '../../lib/messaging/content-protocol';
import { sendMessage } from '../../lib/messaging/protocol';
import { loadDetails } from './details-loader';
import { Panel } from './Panel';

export const PANEL_TAG = 'relance-panel';

/**
 * What the content script has done, for the end-to-end tests to wait on facts instead of time. It
 * lives in the content script's isolated world (`globalThis` there), which the page never sees.
 */
export interface PanelStats {
  /** Syncs finished: the page read and the panel mounted, moved, re-rendered or removed. */
  syncs: number;
  /** A sync is running or queued. */
  busy: boolean;
  /** Whether a panel is on the page now. */
  mounted: boolean;
}

declare global {
  var __relancePanelStats: PanelStats | undefined;
}

/** The panel's shadow host in the page, and the React root inside its shadow root. */
interface PanelUi {
  host: HTMLElement;
  root: Root;
}

/**
 * The panel's shadow root, built with @webext-core/isolated-element (what WXT's createShadowRootUi
 * builds on; that wrapper's positioning, anchors and auto-mount — ~1.2 KB gzip in each content
 * script — are not used: mount.ts places the host itself). Its styles: the reset WXT applies
 * (`all: initial` on the host, so the webmail's styles stop at it) and the entry's own CSS, which
 * WXT emits as content-scripts/<entry>.css and makes web-accessible for `cssInjectionMode: 'ui'`.
 * Keys typed in the panel never reach the webmail's shortcuts (Gmail's "c", "r", "e"…).
 */
async function createPanelUi(): Promise<PanelUi> {
  const url = browser.runtime.getURL(`/content-scripts/${import.meta.env.ENTRYPOINT}.css` as '/');
  const css = await fetch(url)
    .then((response) => response.text())
    .catch((error: unknown) => {
      console.debug('[relance] panel styles not loaded', error);
      return '';
    });
  const { parentElement, isolatedElement } = await createIsolatedElement({
    name: PANEL_TAG,
    mode: 'open',
    css: { textContent: `:host{all:initial !important;}\n${css}` },
    isolateEvents: ['keydown', 'keyup', 'keypress'],
  });
  return { host: parentElement, root: createRoot(isolatedElement) };
}

interface Mounted {
  anchor: Element | null;
  /** What the panel shows now: the snapshot and URL it was last rendered with. */
  shown: string;
}

export function bootstrap(ctx: ContentScriptContext, adapter: MailAdapter): void {
  const stats: PanelStats = { syncs: 0, busy: false, mounted: false };
  globalThis.__relancePanelStats = stats;
  let mounted: Mounted | null = null;
  // One shadow root for the page's whole life, moved from thread to thread: building one per
  // thread re-parsed the styles each time and leaked (WXT keeps a removal callback per UI).
  let ui: PanelUi | null = null;
  // Keyboard commands from the background reach the mounted panel through this.
  const commands = new EventTarget();
  safely(() =>
    onContentMessage('openSchedule', () => {
      if (!mounted) return false;
      commands.dispatchEvent(new Event('schedule'));
      return true;
    }),
  );
  let running: Promise<void> | null = null;
  let pending = false;

  /** No thread open: the panel leaves the page (its shadow root is kept for the next thread). */
  const unmount = () => {
    if (!mounted) return;
    mounted = null;
    safely(() => {
      ui?.root.render(null);
      ui?.host.remove();
    });
  };

  /** Puts the panel's host where the adapter says (or floating at the end of the body). */
  const place = (host: HTMLElement, anchor: PanelAnchor | null) => {
    const at = anchor?.element ?? document.body;
    switch (anchor?.append ?? 'last') {
      case 'first':
        at.prepend(host);
        break;
      case 'before':
        at.before(host);
        break;
      case 'after':
        at.after(host);
        break;
      default:
        at.append(host);
    }
  };

  const render = (m: Mounted, snapshot: ThreadSnapshot, url: string) => {
    // Webmails re-render all the time; the panel only re-renders (and refetches) when what it reads changed.
    const theme = safely(() => pageTheme(document)) ?? null;
    const shown = JSON.stringify([snapshot, url, theme]);
    if (shown === m.shown) return;
    m.shown = shown;
    safely(() => {
      if (theme) ui?.host.setAttribute('data-theme', theme);
      else ui?.host.removeAttribute('data-theme');
    });
    ui?.root.render(
      createElement(Panel, {
        key: `${snapshot.provider}:${snapshot.threadId}`,
        snapshot,
        url,
        floating: m.anchor === null,
        insertText: (text, options) => adapter.insertText(document, text, options),
        openReplyBox: adapter.openReplyBox ? () => adapter.openReplyBox?.(document) ?? noBox() : undefined,
        undoInsertion: adapter.undoInsertion
          ? () => safely(() => adapter.undoInsertion?.(document)) ?? false
          : undefined,
        readTexts: () => safely(() => adapter.readMessageTexts?.(document, new URL(location.href))) ?? [],
        commands,
        theme,
        diagnose: () => {
          const here = new URL(location.href);
          const diagnosis = safely(() => adapter.diagnose?.(document, here));
          return diagnosis
            ? { fields: diagnosis.fields, text: formatDiagnosis(diagnosis, { url: here }) }
            : null;
        },
        loadDetails,
      }),
    );
  };

  // Replies noticed in the message list (Outlook): unread rows are reported when they change.
  let reportedRows = '';
  const reportListRows = () => {
    const rows = safely(() => adapter.readListRows?.(document))?.filter((row) => row.unread) ?? [];
    const key = JSON.stringify(rows);
    if (rows.length === 0 || key === reportedRows) return;
    reportedRows = key;
    void sendMessage('reportListRows', { rows: rows.slice(0, 500) }).catch(() => {
      reportedRows = ''; // the background was unreachable: try again on the next change
    });
  };

  async function syncOnce(): Promise<void> {
    if (!ctx.isValid) return unmount();
    const url = new URL(location.href);
    const snapshot = safely(() => adapter.readThread(document, url)) ?? null;
    if (!snapshot) return unmount();
    const anchor = safely(() => adapter.findAnchor(document)) ?? null;
    const anchorElement = anchor?.element ?? null;
    const still =
      mounted !== null &&
      mounted.anchor === anchorElement &&
      ui?.host.isConnected === true &&
      (anchorElement === null || anchorElement.isConnected);
    if (mounted && still) return render(mounted, snapshot, url.href);

    if (!ui) {
      const made = await createPanelUi();
      if (!ctx.isValid) return made.root.unmount();
      ui = made;
    }
    place(ui.host, anchor);
    mounted = { anchor: anchorElement, shown: '' };
    render(mounted, snapshot, url.href);
  }

  // One sync at a time; a change during a sync runs one more afterwards.
  const sync = () => {
    stats.busy = true;
    if (running) {
      pending = true;
      return;
    }
    running = syncOnce()
      .catch((error) => console.debug('[relance] panel sync failed', error))
      .finally(() => {
        // The list's unread rows after the panel: they never delay its first paint.
        if (ctx.isValid) safely(reportListRows);
        running = null;
        stats.syncs += 1;
        stats.mounted = mounted !== null;
        if (pending && ctx.isValid) {
          pending = false;
          sync();
        } else stats.busy = false;
      });
  };

  ctx.onInvalidated(() => {
    mounted = null;
    safely(() => {
      ui?.root.unmount();
      ui?.host.remove();
    });
  });
  safely(() => adapter.observe(window, ctx.signal, sync));
  sync();
}

const noBox = () => Promise.resolve({ ok: false, reason: 'no-reply-box' } as const);

/** Runs a reader from lib/mail; a failure means "could not read", never an error in the page. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    console.debug('[relance] adapter failed', error);
    return undefined;
  }
}
