import '../../components/panel/panel.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { bootstrap } from '../../components/panel/mount';
import { gmailAdapter } from '../../lib/mail/gmail';
import { GMAIL_MATCHES } from '../../lib/mail/hosts';

export default defineContentScript({
  matches: [...GMAIL_MATCHES],
  cssInjectionMode: 'ui',
  main(ctx) {
    bootstrap(ctx, gmailAdapter);
  },
});
