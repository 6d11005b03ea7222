import '../../components/panel/panel.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { bootstrap } from '../../components/panel/mount';
import { OUTLOOK_MATCHES, outlookAdapter } from '../../lib/mail/outlook';

export default defineContentScript({
  matches: [...OUTLOOK_MATCHES],
  cssInjectionMode: 'ui',
  main(ctx) {
    bootstrap(ctx, outlookAdapter);
  },
});
