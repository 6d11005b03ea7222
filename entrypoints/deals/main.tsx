import { i18n } from '#i18n';
import { DealsApp } from '../../components/deals/DealsApp';
import '../../components/deals/deals.css';
import { startPage } from '../../components/start-page';

void startPage(
  () => i18n.t('deals.title'),
  () => <DealsApp />,
);
