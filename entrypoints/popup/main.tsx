import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('popup.title');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Popup />
    </StrictMode>,
  );
}
