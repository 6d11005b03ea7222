import { i18n } from '#i18n';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/options.css';
import { startPage } from '../../components/start-page';

void startPage(
  () => i18n.t('options.title'),
  () => <OptionsApp />,
);
