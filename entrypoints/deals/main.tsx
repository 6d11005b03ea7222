import { i18n } from '#i18n';
import { DealsApp } from '../../components/deals/DealsApp';
import '../../components/deals/deals.css';
import { preloadFirstRows } from '../../components/deals/use-deals';
import { startPage } from '../../components/start-page';

preloadFirstRows();

void startPage(
  () => i18n.t('deals.title'),
  () => <DealsApp />,
);
