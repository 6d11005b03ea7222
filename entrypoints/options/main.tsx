import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';

const root = document.getElementById('root');
if (root) createRoot(root).render(<h1>{i18n.t('options.title')}</h1>);
