// The prospect, in the details: who, at which company, for what offer and value, and the language
// the deal's emails are written in (guessed from the thread when tracked; the rep corrects it here).
// A deal is not a thread: this thread can be detached from it (the deal stays, on the deals page).
import { type FormEvent, useId, useState } from 'react';
import { i18n } from '#i18n';
import { type DealPatch, sendMessage } from '../../lib/messaging/protocol';
import type { Lang, Provider } from '../../lib/model';
import { usePanelContext } from './context';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function ProspectSection({ thread }: { thread?: { provider: Provider; threadId: string } }) {
  const { deal, act, say, state } = usePanelContext();
  const detach = async () => {
    if (!thread) return;
    const answer = await act(() =>
      sendMessage('detachThread', { dealId: deal.id, provider: thread.provider, threadId: thread.threadId }),
    );
    if (answer.ok) say(i18n.t('bar.threadDetached'));
  };
  const onSave = async (patch: DealPatch) => {
    const answer = await act(() => sendMessage('updateDeal', { dealId: deal.id, patch }));
    if (answer.ok) say(i18n.t('bar.prospectSaved'));
  };
  const [form, setForm] = useState({
    name: deal.contact.name,
    email: deal.contact.email,
    phone: deal.contact.phone,
    company: deal.company,
    offer: deal.offer,
    amount: deal.value ? String(deal.value.amount) : '',
    currency: deal.value?.currency ?? 'EUR',
    lang: deal.lang ?? state.dealLang,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const field = (key: Exclude<keyof typeof form, 'lang'>, label: string, type = 'text') => (
    <div className="relance__field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        data-testid={`deal-${key}`}
        autoComplete="off"
      />
    </div>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const email = form.email.trim().toLowerCase();
    if (email && !EMAIL.test(email)) return setProblem(i18n.t('panel.emailInvalid'));
    const amount = form.amount.trim() === '' ? null : Number(form.amount.replace(',', '.'));
    if (amount !== null && (!Number.isFinite(amount) || amount < 0))
      return setProblem(i18n.t('panel.amountInvalid'));
    const currency = form.currency.trim().toUpperCase();
    if (amount !== null && !/^[A-Z]{3}$/.test(currency)) return setProblem(i18n.t('panel.currencyInvalid'));
    setProblem(null);
    void onSave({
      contact: { name: form.name.trim(), email, phone: form.phone.trim() },
      company: form.company.trim(),
      offer: form.offer.trim(),
      value: amount === null ? null : { amount, currency },
      lang: form.lang,
    });
  };
  return (
    <form className="relance__form relance__grid" onSubmit={submit} aria-label={i18n.t('panel.prospect')}>
      {field('name', i18n.t('panel.name'))}
      {field('email', i18n.t('panel.email'), 'email')}
      {field('phone', i18n.t('panel.phone'), 'tel')}
      {field('company', i18n.t('panel.company'))}
      {field('offer', i18n.t('panel.offer'))}
      <div className="relance__field relance__money">
        {field('amount', i18n.t('panel.value'))}
        {field('currency', i18n.t('panel.currency'))}
      </div>
      <div className="relance__field">
        <label htmlFor={`${id}-lang`}>{i18n.t('bar.dealLang')}</label>
        <select
          id={`${id}-lang`}
          value={form.lang}
          data-testid="deal-lang"
          onChange={(e) => setForm({ ...form, lang: e.target.value as Lang })}
        >
          <option value="en">English</option>
          <option value="fr">Français</option>
        </select>
      </div>
      {problem && (
        <p className="relance__error" role="alert">
          {problem}
        </p>
      )}
      <div className="relance__row">
        <button type="submit" data-testid="save-deal">
          {i18n.t('panel.save')}
        </button>
        {thread && (
          <button
            type="button"
            className="relance__quiet"
            data-testid="detach-thread"
            onClick={() => void detach()}
          >
            {i18n.t('bar.detachThread')}
          </button>
        )}
      </div>
    </form>
  );
}
