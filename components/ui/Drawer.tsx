// A non-modal drawer and its sections, shared by the thread panel's details and (later) the deals
// page's deal drawer: a labelled region with a title and a Close button, whose sections each have
// a heading and can be scrolled to and focused (`focusSection`). Styles: the host's (panel.css).
import { type ReactNode, useId } from 'react';

export function Drawer({
  id,
  title,
  closeLabel,
  onClose,
  children,
  testId,
}: {
  id: string;
  title: ReactNode;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}) {
  const titleId = useId();
  return (
    <section
      id={id}
      className="rl-drawer"
      aria-labelledby={titleId}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="rl-drawer__header">
        <h2 id={titleId} className="rl-drawer__title">
          {title}
        </h2>
        <button type="button" className="rl-drawer__close" aria-label={closeLabel} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="rl-drawer__body">{children}</div>
    </section>
  );
}

export function DrawerSection({
  name,
  title,
  children,
}: {
  name: string;
  title: string;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <section className="rl-drawer__section" data-section={name} aria-labelledby={titleId}>
      <h3 id={titleId} className="rl-drawer__section-title" tabIndex={-1}>
        {title}
      </h3>
      {children}
    </section>
  );
}

/** Scrolls a drawer's section into view and moves the focus to its heading. */
export function focusSection(root: ParentNode | null | undefined, name: string): void {
  const heading = root?.querySelector<HTMLElement>(`[data-section="${name}"] .rl-drawer__section-title`);
  heading?.scrollIntoView?.({ block: 'start' });
  heading?.focus({ preventScroll: true });
}
