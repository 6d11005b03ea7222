// The options page: one section at a time, picked from a tab list (the URL hash keeps it on reload).
import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { BackupSection } from './BackupSection';
import { CadencesSection } from './CadencesSection';
import { PipelineSection } from './PipelineSection';
import { SettingsSection } from './SettingsSection';
import { StagesSection } from './StagesSection';
import { TemplatesSection } from './TemplatesSection';

const SECTIONS = ['settings', 'templates', 'cadences', 'stages', 'pipeline', 'backup'] as const;
type Section = (typeof SECTIONS)[number];

function label(section: Section): string {
  switch (section) {
    case 'settings':
      return i18n.t('options.nav.settings');
    case 'templates':
      return i18n.t('options.nav.templates');
    case 'cadences':
      return i18n.t('options.nav.cadences');
    case 'stages':
      return i18n.t('options.nav.stages');
    case 'pipeline':
      return i18n.t('options.nav.pipeline');
    case 'backup':
      return i18n.t('options.nav.backup');
  }
}

function fromHash(): Section {
  const wanted = location.hash.slice(1);
  return SECTIONS.find((s) => s === wanted) ?? 'settings';
}

export function OptionsApp() {
  const [section, setSection] = useState<Section>(fromHash);
  useEffect(() => {
    const onHash = () => setSection(fromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  return (
    <div className="options">
      <header className="options__header">
        <h1>{i18n.t('options.title')}</h1>
        <a href="/welcome.html" target="_blank" rel="noopener" data-testid="open-welcome">
          {i18n.t('options.openWelcome')}
        </a>
        <a href="/deals.html" target="_blank" rel="noopener" data-testid="open-deals">
          {i18n.t('deals.openPage')}
        </a>
        <nav aria-label={i18n.t('options.nav.label')}>
          <ul className="options__nav">
            {SECTIONS.map((s) => (
              <li key={s}>
                <a href={`#${s}`} aria-current={s === section ? 'page' : undefined} data-testid={`nav-${s}`}>
                  {label(s)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="options__main">
        <h2>{label(section)}</h2>
        {section === 'settings' && <SettingsSection />}
        {section === 'templates' && <TemplatesSection />}
        {section === 'cadences' && <CadencesSection />}
        {section === 'stages' && <StagesSection />}
        {section === 'pipeline' && <PipelineSection />}
        {section === 'backup' && <BackupSection />}
      </main>
    </div>
  );
}
