// The panel's details on demand: a drawer beside the email with Next step, Follow-ups, Email,
// Prospect, Notes & history (and what Relance reads on this page). In the webmail it is its own
// script, injected the first time the rep opens it (details-contract.ts); the tests render it as is.
import { useEffect } from 'react';
import { i18n } from '#i18n';
import { Drawer, DrawerSection, focusSection } from '../ui/Drawer';
import { PanelContext } from './context';
import type { DetailsProps } from './details-contract';
import { EmailSection } from './Email';
import { FollowUpsSection } from './FollowUps';
import { HistorySection } from './History';
import { NextStepSection } from './NextStep';
import { ProspectSection } from './Prospect';
import { ReplyWhy } from './ReplyWhy';
import { WhatRelanceReads } from './WhatRelanceReads';

export function Details({ context, id, snapshot, onClose, diagnose, focusAt, root }: DetailsProps) {
  const { state, deal, act, scheduleRequest } = context;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new request (n) moves the focus once.
  useEffect(() => {
    // The schedule preview takes the focus itself (Confirm); other requests focus their section.
    if (
      focusAt &&
      !(focusAt.section === 'follow-ups' && scheduleRequest > 0 && focusAt.n === scheduleRequest)
    )
      focusSection(root(), focusAt.section);
  }, [focusAt?.n]);

  return (
    <PanelContext.Provider value={context}>
      <Drawer
        id={id}
        testId="details"
        title={deal.contact.name || deal.contact.email || i18n.t('panel.title')}
        closeLabel={i18n.t('bar.closeDetails')}
        onClose={onClose}
      >
        <ReplyWhy state={state} deal={deal} act={act} />
        <DrawerSection name="next-step" title={i18n.t('panel.nextStep')}>
          <NextStepSection key={`next-${deal.updatedAt}`} />
        </DrawerSection>
        <DrawerSection name="follow-ups" title={i18n.t('panel.followUps')}>
          <FollowUpsSection />
        </DrawerSection>
        <DrawerSection name="email" title={i18n.t('bar.email')}>
          <EmailSection />
        </DrawerSection>
        <DrawerSection name="prospect" title={i18n.t('panel.prospect')}>
          <ProspectSection thread={snapshot} />
        </DrawerSection>
        <DrawerSection name="history" title={i18n.t('bar.history')}>
          <HistorySection />
        </DrawerSection>
        {diagnose && (
          <footer className="relance__drawer-footer">
            <WhatRelanceReads diagnose={diagnose} />
          </footer>
        )}
      </Drawer>
    </PanelContext.Provider>
  );
}
