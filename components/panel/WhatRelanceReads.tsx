// "What Relance reads here" (issue 20, item 6), at the foot of the details in the panel's normal
// state (the degraded panel offers the copy button alone): each field of the page, whether it was
// read, and by which selector alternative of lib/mail/<provider>/selectors.ts — states, counts and
// selector names only (lib/mail/diagnose.ts), never a name, an address or a line of the mail —
// with the copy button, so a breakage is reported in one paste. Read when opened, not before.
import { useId, useState } from 'react';
import { i18n } from '#i18n';
import type { FieldDiagnosis } from '../../lib/mail/adapter';
import { CopyDiagnostics } from './CopyDiagnostics';

/** What the adapter reads on this page: the fields, and the same as text to paste. */
export interface DiagnosisReport {
  fields: FieldDiagnosis[];
  text: string;
}

export function WhatRelanceReads({ diagnose }: { diagnose: () => DiagnosisReport | null }) {
  /** undefined: closed; null: the adapter could not say. */
  const [report, setReport] = useState<DiagnosisReport | null | undefined>(undefined);
  const titleId = useId();
  if (report === undefined) {
    return (
      <button
        type="button"
        className="relance__link"
        data-testid="reads-open"
        aria-expanded="false"
        onClick={() => setReport(diagnose())}
      >
        {i18n.t('reads.open')}
      </button>
    );
  }
  return (
    <section className="relance__reads" data-testid="reads" aria-labelledby={titleId}>
      <div className="relance__reads-head">
        <h3 id={titleId}>{i18n.t('reads.open')}</h3>
        <button
          type="button"
          className="relance__link"
          data-testid="reads-close"
          onClick={() => setReport(undefined)}
        >
          {i18n.t('reads.close')}
        </button>
      </div>
      <p className="relance__hint">{i18n.t('reads.intro')}</p>
      {report ? (
        <ul className="relance__reads-list" data-testid="reads-list">
          {report.fields.map((f) => (
            <li key={f.field} data-read={f.read} data-nothing-there={f.nothingThere}>
              <span className="relance__reads-field">{f.field}</span>
              {f.read ? (
                <span className="relance__reads-ok">{i18n.t('reads.read')}</span>
              ) : f.nothingThere ? (
                <span className="relance__reads-none">{i18n.t('reads.nothingThere')}</span>
              ) : (
                <span className="relance__reads-missing">{i18n.t('reads.notRead')}</span>
              )}
              {f.source && <code>{f.source}</code>}
              {f.detail && <span className="relance__reads-detail">{f.detail}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="relance__hint">{i18n.t('panel.diagnosticsNotCopied')}</p>
      )}
      <CopyDiagnostics diagnose={() => report?.text ?? null} />
    </section>
  );
}
