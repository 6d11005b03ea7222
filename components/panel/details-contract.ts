// What the content script and the details script (entrypoints/panel-details.ts) agree on. The
// details (the drawer: next step, follow-ups, email, prospect, history) are not in the content
// script every webmail page loads: the background injects them into the page's isolated world the
// first time the rep opens them (details-loader.ts), and they render with the content script's own
// Preact, which it shares under RUNTIME_KEY (the details build resolves `react` and friends to it:
// build/shared-runtime.ts). Both sides meet on `globalThis` of the isolated world, never the page's.
import type { ComponentType } from 'react';
import type { ThreadSnapshot } from '../../lib/mail/adapter';
import type { PanelContextValue, Section } from './context';
import type { DiagnosisReport } from './WhatRelanceReads';

/** The modules the content script lends the details script: one Preact for both. */
export interface SharedRuntime {
  /** preact/compat (React's API, hooks included). */
  compat: Record<string, unknown>;
  /** preact/jsx-runtime. */
  jsx: Record<string, unknown>;
  /** webextension-polyfill's `browser`. */
  browser: unknown;
}

export interface DetailsProps {
  context: PanelContextValue;
  /** The drawer's id (the bar's Details button controls it). */
  id: string;
  snapshot: ThreadSnapshot;
  onClose: () => void;
  diagnose?: () => DiagnosisReport | null;
  /** A request to show a section (its heading focused), counted so that each one acts once. */
  focusAt: { section: Section; n: number } | null;
  /** The panel's root, where the sections are looked for. */
  root: () => HTMLElement | null;
}

export type DetailsComponent = ComponentType<DetailsProps>;

/** Where the content script puts what it shares; the details build reads the same key. */
export const RUNTIME_KEY = '__relanceRuntime';
/** Where the details script leaves its component. */
export const DETAILS_KEY = '__relanceDetails';
/** The details script, as built (WXT's unlisted script of entrypoints/panel-details.ts). */
export const DETAILS_SCRIPT = '/panel-details.js';

type Scope = Record<string, unknown>;

export function publishDetails(details: DetailsComponent): void {
  (globalThis as unknown as Scope)[DETAILS_KEY] = details;
}

export function publishedDetails(): DetailsComponent | null {
  return ((globalThis as unknown as Scope)[DETAILS_KEY] as DetailsComponent | undefined) ?? null;
}

export function shareRuntime(runtime: SharedRuntime): void {
  (globalThis as unknown as Scope)[RUNTIME_KEY] = runtime;
}
