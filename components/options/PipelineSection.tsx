// The options page's Pipeline tab: the funnel, forecast and projection of components/pipeline, fed
// live from the database. The whole log is read: the figures are about all of it.

import { useState } from 'react';
import { i18n } from '#i18n';
import { getSettings } from '../../lib/db';
import { db } from '../../lib/db/instance';
import { Pipeline } from '../pipeline/Pipeline';
import { useLiveQuery } from '../use-live-query';

export function PipelineSection() {
  const [now] = useState(() => Date.now());
  const data = useLiveQuery(async () => {
    const [deals, events, followUps, stages, cadences, settings] = await Promise.all([
      db.deals.toArray(),
      db.events.toArray(),
      db.followUps.toArray(),
      db.stages.orderBy('order').toArray(),
      db.cadences.toArray(),
      getSettings(db),
    ]);
    return { deals, events, followUps, stages, cadences, settings };
  }, []);
  if (!data) return <p aria-live="polite">{i18n.t('options.loading')}</p>;
  return <Pipeline {...data} now={now} />;
}
