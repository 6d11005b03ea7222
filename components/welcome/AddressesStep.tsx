import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { StepFrame, type StepProps } from './StepFrame';

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Addresses typed or pasted, several at once ("a@x.com, b@y.com"): the good ones and the first bad one. */
export function readAddresses(text: string): { good: string[]; bad: string | null } {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  const bad = parts.find((part) => !EMAIL.test(part)) ?? null;
  return { good: parts.filter((part) => EMAIL.test(part)), bad };
}

/** The rep's other addresses: aliases and shared mailboxes whose mail is the rep's own. */
export function AddressesStep({ settings, writes, next, skip, back, focusTitle }: StepProps) {
  const id = useId();
  const [addresses, setAddresses] = useState<string[]>(settings.ownAddresses);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  /** Adds what the field holds; false when something in it is no address (it stays in the field). */
  const add = (): boolean => {
    const { good, bad } = readAddresses(draft);
    setAddresses((current) => [...new Set([...current, ...good])]);
    setDraft(bad ?? '');
    setProblem(bad ? i18n.t('welcome.addresses.invalid', [bad]) : null);
    return bad === null;
  };
  return (
    <StepFrame
      step="addresses"
      title={i18n.t('welcome.addresses.title')}
      intro={i18n.t('welcome.addresses.intro')}
      focusTitle={focusTitle}
      onBack={back}
      onSkip={skip}
      onContinue={async () => {
        // What is still in the field counts: the rep typed it and pressed Continue.
        const { good, bad } = readAddresses(draft);
        if (bad) return i18n.t('welcome.addresses.invalid', [bad]);
        await writes.saveSettings({ ownAddresses: [...new Set([...addresses, ...good])] });
        next();
        return null;
      }}
    >
      <div className="wl-narrow wl-stack">
        <div className="rl-field">
          <label className="rl-field__label" htmlFor={`${id}-address`}>
            {i18n.t('welcome.addresses.label')}
          </label>
          <div className="wl-inline">
            <input
              id={`${id}-address`}
              className="rl-input"
              type="email"
              name="ownAddress"
              autoComplete="off"
              spellCheck={false}
              placeholder={i18n.t('welcome.addresses.placeholder')}
              value={draft}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => {
                setDraft(e.currentTarget.value);
                setProblem(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && draft.trim() !== '') {
                  // Enter adds the address; Continue stays on its own button.
                  e.preventDefault();
                  add();
                }
              }}
            />
            <button
              type="button"
              className="wl-button"
              onClick={add}
              disabled={draft.trim() === ''}
              data-testid="address-add"
            >
              {i18n.t('welcome.addresses.add')}
            </button>
          </div>
          {problem && (
            <p id={`${id}-problem`} className="rl-field__error" role="alert">
              {problem}
            </p>
          )}
        </div>
        {addresses.length === 0 ? (
          <p className="wl-note">{i18n.t('welcome.addresses.none')}</p>
        ) : (
          <ul className="wl-chips" aria-label={i18n.t('welcome.addresses.list')} data-testid="address-list">
            {addresses.map((address) => (
              <li key={address} className="wl-chip">
                <span>{address}</span>
                <button
                  type="button"
                  className="wl-chip__remove"
                  aria-label={i18n.t('welcome.addresses.remove', [address])}
                  onClick={() => setAddresses((current) => current.filter((a) => a !== address))}
                >
                  <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" focusable="false">
                    <path
                      d="M2 2l8 8M10 2l-8 8"
                      stroke="currentColor"
                      strokeWidth="1.6"
                      strokeLinecap="round"
                    />
                  </svg>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </StepFrame>
  );
}
