// The thread panel's details, injected on demand into a webmail page's isolated world by the
// background (components/panel/details-contract.ts); it renders with the content script's Preact.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Details } from '../components/panel/Details';
import { publishDetails } from '../components/panel/details-contract';

export default defineUnlistedScript(() => {
  publishDetails(Details);
});
