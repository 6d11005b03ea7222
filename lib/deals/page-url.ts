// The deals page's address for one deal (its drawer open): a leaf module, so the popup and the
// worker can open a deal without loading the deals view's filters and the funnel. lib/deals/view.ts
// reads and writes the same parameter.

/** The query parameter naming the deal whose drawer is open. */
export const DEAL_PARAM = 'deal';

/** The deals page opened on one deal's drawer ("Open deal" for a deal without a thread). */
export function dealPageUrl(dealId: string): `/deals.html${string}` {
  return `/deals.html?${new URLSearchParams({ [DEAL_PARAM]: dealId })}`;
}
