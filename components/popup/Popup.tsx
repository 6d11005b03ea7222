import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import type { Appointment, PopupData, Section } from '../../lib/popup';
import { firstFrameCaps } from '../../lib/popup/first-rows';
import { AppointmentItem } from './AppointmentItem';
import { AttentionSection } from './AttentionSection';
import { FollowUpItem } from './FollowUpItem';
import { neighbourRow, rowsIn } from './rows-focus';
import { type PopupState, usePopup } from './use-popup';

const SECTION_TITLES: Record<Section, () => string> = {
  overdue: () => i18n.t('popup.sectionOverdue'),
  today: () => i18n.t('popup.sectionToday'),
  upcoming: () => i18n.t('popup.sectionUpcoming'),
};

/**
 * The toolbar popup: what is due, oldest first, each one a click (or a key) from its thread.
 * `first`: its first rows, read while its code started (entrypoints/popup/main.tsx).
 */
export function Popup({ first }: { first?: PopupData } = {}) {
  const state = usePopup(first);
  const { data, totals, appointments, error } = state;
  const mainRef = useRef<HTMLElement>(null);
  /** The row that takes Tab (roving tabindex): the last one focused, by key. */
  const [activeKey, setActiveKey] = useState<string | null>(null);
  /** Where the focus was, to put it back on the next row when a handled row leaves the list. */
  const lastIndex = useRef<number | null>(null);
  // The first rows, read before the popup rendered: only what the first frame shows, until the
  // live query brings each section's page.
  const firstRead = data !== undefined && data === first;
  const caps = firstRead ? firstFrameCaps(data) : null;

  const hasRows =
    !!data &&
    (data.sections.overdue.rows.length > 0 ||
      data.sections.today.rows.length > 0 ||
      data.sections.upcoming.rows.length > 0 ||
      (appointments?.length ?? 0) > 0);

  // First load: the first row takes the focus, so Enter opens the oldest follow-up at once.
  // Later: a row that left the list (done, skipped) hands the focus to the one now at its place.
  useEffect(() => {
    if (!data) return;
    const rows = rowsIn(mainRef.current);
    const focused = document.activeElement;
    if (focused && focused !== document.body && document.contains(focused)) return;
    const index = Math.min(lastIndex.current ?? 0, rows.length - 1);
    rows[index]?.focus();
  });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const target = e.target as HTMLElement;
    // Inputs keep their arrows (the date picker moves its fields with them).
    if (target.closest('input, textarea, select')) return;
    const next = neighbourRow(mainRef.current, target, e.key === 'ArrowDown' ? 1 : -1);
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  const rowFocus = (key: string) => () => {
    setActiveKey(key);
    const rows = rowsIn(mainRef.current);
    lastIndex.current = rows.indexOf(document.activeElement as HTMLElement);
  };

  // Every read done (rows, section counts, today's appointments): tests wait on this, not on time.
  const loaded = data !== undefined && !firstRead && totals !== undefined && appointments !== undefined;
  return (
    <div className="popup" data-loaded={loaded}>
      <header className="popup__header">
        <h1>{i18n.t('popup.title')}</h1>
        <a href="/deals.html" target="_blank" rel="noopener" data-testid="open-deals">
          {i18n.t('deals.allDeals')}
        </a>
        {totals && (
          // Overdue + Today: what the toolbar badge counts.
          <p className="popup__count" data-testid="due-count">
            {i18n.t('popup.dueCount', [String(totals.overdue + totals.today)])}
          </p>
        )}
      </header>
      {error && (
        <p className="error popup__error" role="alert" data-testid="popup-error">
          {error}
        </p>
      )}
      <main ref={mainRef} aria-label={i18n.t('popup.main')} onKeyDown={onKeyDown}>
        {!data && (
          <p className="popup__loading" aria-live="polite">
            {i18n.t('popup.loading')}
          </p>
        )}
        {data && !hasRows && appointments !== undefined && (
          <section className="empty" data-testid="popup-empty" aria-labelledby="empty-title">
            <h2 id="empty-title">{i18n.t('popup.emptyTitle')}</h2>
            <p>{i18n.t('popup.empty')}</p>
          </section>
        )}
        {data && (
          <>
            <AttentionSection
              now={state.now}
              act={state.act}
              open={state.open}
              lang={data.lang}
              timeZone={data.window.timeZone}
            />
            <FollowUpSection
              section="overdue"
              cap={caps?.overdue}
              data={data}
              state={state}
              activeKey={activeKey}
              rowFocus={rowFocus}
            />
            <FollowUpSection
              section="today"
              cap={caps?.today}
              data={data}
              state={state}
              activeKey={activeKey}
              rowFocus={rowFocus}
            />
            {appointments && appointments.length > 0 && (
              <SectionFrame
                id="appointments"
                title={i18n.t('popup.sectionAppointments')}
                count={appointments.length}
              >
                {appointments.map((deal: Appointment) => (
                  <AppointmentItem
                    key={deal.id}
                    deal={deal}
                    now={state.now}
                    lang={data.lang}
                    timeZone={data.window.timeZone}
                    active={isActive(activeKey, `deal:${deal.id}`, data, appointments)}
                    onFocus={rowFocus(`deal:${deal.id}`)}
                    open={state.open}
                  />
                ))}
              </SectionFrame>
            )}
            <FollowUpSection
              section="upcoming"
              cap={caps?.upcoming}
              data={data}
              state={state}
              activeKey={activeKey}
              rowFocus={rowFocus}
            />
          </>
        )}
      </main>
      {hasRows && <ShortcutLegend />}
    </div>
  );
}

/** Whether a row takes Tab: the last focused one, else the very first row of the popup. */
function isActive(
  activeKey: string | null,
  key: string,
  data: PopupData,
  appointments: Appointment[] | undefined,
) {
  if (activeKey !== null) return activeKey === key;
  const first = data.sections.overdue.rows[0] ?? data.sections.today.rows[0] ?? undefined;
  if (first) return key === first.followUp.id;
  if (appointments?.[0]) return key === `deal:${appointments[0].id}`;
  return key === data.sections.upcoming.rows[0]?.followUp.id;
}

function FollowUpSection({
  section,
  cap,
  data,
  state,
  activeKey,
  rowFocus,
}: {
  section: Section;
  /** Rows shown in the first frame (undefined: all of them). */
  cap?: number;
  data: PopupData;
  state: PopupState;
  activeKey: string | null;
  rowFocus(key: string): () => void;
}) {
  const page = data.sections[section];
  if (page.rows.length === 0 || cap === 0) return null;
  const rows = cap === undefined ? page.rows : page.rows.slice(0, cap);
  const total = state.totals?.[section];
  const hidden = total === undefined ? null : Math.max(0, total - page.rows.length);
  return (
    <SectionFrame
      id={section}
      title={SECTION_TITLES[section]()}
      count={total ?? `${page.rows.length}${page.more ? '+' : ''}`}
    >
      {rows.map((row) => (
        <FollowUpItem
          key={row.followUp.id}
          row={row}
          now={state.now}
          lang={data.lang}
          settings={data.settings}
          timeZone={data.window.timeZone}
          active={isActive(activeKey, row.followUp.id, data, state.appointments)}
          onFocus={rowFocus(row.followUp.id)}
          act={state.act}
          open={state.open}
        />
      ))}
      {page.more && cap === undefined && (
        <li className="more">
          <button type="button" onClick={() => state.showMore(section)} data-testid={`show-more-${section}`}>
            {hidden ? i18n.t('popup.showMoreCount', [String(hidden)]) : i18n.t('popup.showMore')}
          </button>
        </li>
      )}
    </SectionFrame>
  );
}

function SectionFrame({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count: number | string;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <section className={`section section--${id}`} aria-labelledby={titleId} data-testid={`section-${id}`}>
      <h2 id={titleId}>
        {title} <span className="section__count">{count}</span>
      </h2>
      <ul>{children}</ul>
    </section>
  );
}

function ShortcutLegend() {
  return (
    <footer className="popup__footer">
      <h2 className="visually-hidden">{i18n.t('popup.shortcuts')}</h2>
      <ul className="legend">
        <li>
          <kbd>↑</kbd>
          <kbd>↓</kbd> {i18n.t('popup.keyMove')}
        </li>
        <li>
          <kbd>Enter</kbd> {i18n.t('popup.keyOpen')}
        </li>
        <li>
          <kbd>D</kbd> {i18n.t('popup.keyDone')}
        </li>
        <li>
          <kbd>S</kbd> {i18n.t('popup.keySnooze')}
        </li>
        <li>
          <kbd>X</kbd> {i18n.t('popup.keySkip')}
        </li>
      </ul>
    </footer>
  );
}
