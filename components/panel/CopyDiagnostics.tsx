// "Copy diagnostics" (issue 20, item 6): what the adapter read on this page, field by field and by
// which selector alternative (lib/mail/diagnose.ts: sources, states and counts, never mail content),
// copied for the rep to paste into a report.
import { useState } from 'react';
import { i18n } from '#i18n';

export function CopyDiagnostics({ diagnose }: { diagnose: () => string | null }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  return (
    <p className="relance__hint" data-testid="diagnostics">
      <button
        type="button"
        data-testid="copy-diagnostics"
        onClick={async () => {
          const text = diagnose();
          if (!text) return setCopied('no');
          try {
            await navigator.clipboard.writeText(text);
            setCopied('yes');
          } catch {
            setCopied('no');
          }
        }}
      >
        {i18n.t('panel.copyDiagnostics')}
      </button>{' '}
      <span role="status">
        {copied === 'yes'
          ? i18n.t('panel.diagnosticsCopied')
          : copied === 'no'
            ? i18n.t('panel.diagnosticsNotCopied')
            : ''}
      </span>
    </p>
  );
}
