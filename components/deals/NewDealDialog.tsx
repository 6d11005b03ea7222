// "New deal" without a thread: a phone lead, a trade-show contact — its stage, next step and cadence.
import { type FormEvent, useId, useState } from 'react';
import { i18n } from '#i18n';
import { channelLabel } from '../../lib/labels';
import { type Cadence, CHANNELS, type Channel, type Lang, type Stage } from '../../lib/model';
import { LIMITS } from '../../lib/model/limits';
import { createDeal } from '../../lib/services/deal-page';
import { DateTimeField } from '../ui/DateTimeField';
import { DealField } from './DealField';
import { errorLine, runWrite } from './use-deals';
import { stageName } from './words';

export interface NewDealProps {
  stages: Stage[];
  cadences: Cadence[];
  lang: Lang;
  timeZone: string;
  onDone: (dealId: string | null) => void;
}

export function NewDealDialog({ stages, cadences, lang, timeZone, onDone }: NewDealProps) {
  const titleId = useId();
  const open = stages.filter((s) => s.kind === 'open');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [company, setCompany] = useState('');
  const [offer, setOffer] = useState('');
  const [stageId, setStageId] = useState(open[0]?.id ?? stages[0]?.id ?? '');
  const [at, setAt] = useState<number | null>(null);
  const [channel, setChannel] = useState<Channel>('phone');
  const [repAction, setRepAction] = useState('');
  const [cadenceId, setCadenceId] = useState('');
  const [error, setError] = useState('');
  const now = Date.now();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const answer = await runWrite((db, n) =>
      createDeal(
        db,
        {
          contact: { name, email, phone },
          company,
          offer,
          value: null,
          stageId,
          nextStep: at === null ? null : { at, channel, repAction, prospectAction: '', reason: '' },
          cadenceId: cadenceId || null,
        },
        n,
      ),
    );
    if (answer.ok) onDone(answer.value.id);
    else setError(errorLine(answer.text));
  };
  return (
    <div className="drawer-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="new-deal"
        onKeyDown={(e) => e.key === 'Escape' && onDone(null)}
      >
        <h2 id={titleId}>{i18n.t('deals.newTitle')}</h2>
        <p className="muted">{i18n.t('deals.newHint')}</p>
        <form className="form-grid" onSubmit={submit}>
          <DealField field="name" value={name} onChange={setName} autoFocus />
          <DealField field="company" value={company} onChange={setCompany} />
          <DealField field="email" value={email} onChange={setEmail} />
          <DealField field="phone" value={phone} onChange={setPhone} />
          <DealField field="offer" value={offer} onChange={setOffer} />
          <label>
            {i18n.t('deals.stage')}
            <select name="stage" value={stageId} onChange={(e) => setStageId(e.currentTarget.value)}>
              {stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {stageName(s, lang, s.id)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {i18n.t('deals.cadence')}
            <select name="cadence" value={cadenceId} onChange={(e) => setCadenceId(e.currentTarget.value)}>
              <option value="">{i18n.t('deals.noCadence')}</option>
              {cadences.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name[lang] || c.name.en}
                </option>
              ))}
            </select>
          </label>
          <div className="span-2">
            <DateTimeField
              label={i18n.t('deals.nextStep')}
              lang={lang}
              timeZone={timeZone}
              now={now}
              value={at}
              onChange={setAt}
            />
          </div>
          <label>
            {i18n.t('deals.channel')}
            <select value={channel} onChange={(e) => setChannel(e.currentTarget.value as Channel)}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {channelLabel(c)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {i18n.t('deals.repAction')}
            <input
              value={repAction}
              maxLength={LIMITS.nextStepText}
              onChange={(e) => setRepAction(e.currentTarget.value)}
            />
          </label>
          {error && (
            <p className="error span-2" role="alert">
              {error}
            </p>
          )}
          <div className="span-2 actions">
            <button type="button" className="quiet" onClick={() => onDone(null)}>
              {i18n.t('deals.cancel')}
            </button>
            <button type="submit" className="primary" data-testid="new-deal-create">
              {i18n.t('deals.create')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
