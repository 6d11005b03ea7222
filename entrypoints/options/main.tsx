import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/options.css';

document.title = i18n.t('options.title');
document.documentElement.lang = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
const root = document.getElementById('root');
if (root) createRoot(root).render(<OptionsApp />);
