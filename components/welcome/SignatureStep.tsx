import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { StepFrame, type StepProps } from './StepFrame';

/** The sender's name templates sign with, or "my webmail adds my signature". */
export function SignatureStep({ settings, writes, next, skip, back, focusTitle }: StepProps) {
  const id = useId();
  const [name, setName] = useState(settings.senderName);
  const [webmail, setWebmail] = useState(settings.webmailAddsSignature);
  return (
    <StepFrame
      step="signature"
      title={i18n.t('welcome.signature.title')}
      intro={i18n.t('welcome.signature.intro')}
      focusTitle={focusTitle}
      onBack={back}
      onSkip={skip}
      onContinue={async () => {
        if (name.trim() === '' && !webmail) return i18n.t('welcome.signature.missing');
        await writes.saveSettings({ senderName: name, webmailAddsSignature: webmail });
        next();
        return null;
      }}
    >
      <div className="wl-columns">
        <div className="wl-stack">
          <div className="rl-field">
            <label className="rl-field__label" htmlFor={`${id}-name`}>
              {i18n.t('welcome.signature.name')}
            </label>
            <input
              id={`${id}-name`}
              className="rl-input"
              name="senderName"
              autoComplete="name"
              maxLength={300}
              placeholder={i18n.t('welcome.signature.namePlaceholder')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
            />
          </div>
          <label className="wl-check">
            <input
              type="checkbox"
              name="webmailAddsSignature"
              checked={webmail}
              onChange={(e) => setWebmail(e.currentTarget.checked)}
              aria-describedby={`${id}-webmail-hint`}
            />
            <span>
              <span className="wl-check__label">{i18n.t('welcome.signature.webmail')}</span>
              <span id={`${id}-webmail-hint`} className="wl-check__hint">
                {i18n.t('welcome.signature.webmailHint')}
              </span>
            </span>
          </label>
        </div>
        <figure className="wl-letter" aria-labelledby={`${id}-preview`}>
          <figcaption id={`${id}-preview`} className="wl-letter__caption">
            {i18n.t('welcome.signature.preview')}
          </figcaption>
          <div className="wl-letter__lines" aria-hidden="true">
            <span />
            <span />
            <span className="wl-letter__short" />
          </div>
          <p className="wl-letter__signoff" data-testid="signature-preview">
            {i18n.t('welcome.signature.previewSignOff')}
            <br />
            {webmail ? (
              <span className="wl-letter__webmail">{i18n.t('welcome.signature.previewWebmail')}</span>
            ) : name.trim() ? (
              <strong>{name.trim()}</strong>
            ) : (
              <span className="wl-letter__missing">{i18n.t('welcome.signature.previewMissing')}</span>
            )}
          </p>
        </figure>
      </div>
    </StepFrame>
  );
}
