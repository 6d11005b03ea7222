// The content script's side of the details on demand (details-contract.ts): lends its Preact and
// `browser` to the details script, asks the background to inject it into this frame once, and
// answers its component. Only the content scripts import this (mount.ts); the tests give the panel
// the Details component itself.
import * as compat from 'preact/compat';
import * as jsx from 'preact/jsx-runtime';
import { browser } from 'wxt/browser';
import { askBackground } from '../../lib/messaging/content-protocol';
import { type DetailsComponent, publishedDetails, shareRuntime } from './details-contract';

let loading: Promise<DetailsComponent> | null = null;

/** The details component, injected the first time it is asked for; a failure can be tried again. */
export function loadDetails(): Promise<DetailsComponent> {
  const ready = publishedDetails();
  if (ready) return Promise.resolve(ready);
  loading ??= inject();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

async function inject(): Promise<DetailsComponent> {
  shareRuntime({ compat, jsx, browser });
  const injected = await askBackground('loadPanelDetails', undefined);
  const details = publishedDetails();
  if (!injected || !details) throw new Error('the details script was not injected');
  return details;
}
