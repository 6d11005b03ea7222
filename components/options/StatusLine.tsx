import { i18n } from '#i18n';
import type { Status } from './use-options';

/** The outcome of the last save, announced to screen readers. */
export function StatusLine({ status, testId }: { status: Status; testId?: string }) {
  if (status.kind === 'idle') return <p className="status" aria-live="polite" data-testid={testId} />;
  return (
    <p
      className={`status status--${status.kind}`}
      role={status.kind === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {status.kind === 'error' ? status.text : (status.text ?? i18n.t('options.saved'))}
    </p>
  );
}
