// "Open" on a popup row: a deal opens where it lives — its thread, else (a deal without a thread:
// a phone lead, a trade-show contact) the deals page on its drawer, and the button says so.
import { i18n } from '#i18n';
import { type Deal, dealUrl } from '../../lib/model';

export type OpenDeal = (deal: Pick<Deal, 'id' | 'threads'>) => Promise<void>;

/** The button's words: Open (its thread) or Open deal (its page). */
export const openLabel = (deal: Pick<Deal, 'threads'>): string =>
  dealUrl(deal) ? i18n.t('popup.open') : i18n.t('popup.openDeal');

export function OpenDealButton({ deal, open }: { deal: Pick<Deal, 'id' | 'threads'>; open: OpenDeal }) {
  return (
    <button type="button" onClick={() => void open(deal)} data-open={dealUrl(deal) ? 'thread' : 'deal'}>
      {openLabel(deal)}
    </button>
  );
}
