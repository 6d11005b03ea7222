// The options page: a sidebar of sections, one section at a time (the URL hash keeps it on reload),
// each with its title and one line saying what it is for. The welcome page is one click away.
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

function intro(section: Section): string {
  switch (section) {
    case 'settings':
      return i18n.t('options.intro.settings');
    case 'templates':
      return i18n.t('options.intro.templates');
    case 'cadences':
      return i18n.t('options.intro.cadences');
    case 'stages':
      return i18n.t('options.intro.stages');
    case 'pipeline':
      return i18n.t('options.intro.pipeline');
    case 'backup':
      return i18n.t('options.intro.backup');
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
    // A hash changed between the first render and this effect (a link followed while the page was
    // loading) would otherwise be missed: read it again once listening.
    onHash();
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  return (
    <div className="options">
      <header className="op-sidebar">
        <div className="op-brand">
          <img src="/icon/48.png" width="24" height="24" alt="" />
          <span>Relance</span>
        </div>
        <nav className="op-nav" aria-label={i18n.t('options.nav.label')}>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s}>
                <a href={`#${s}`} aria-current={s === section ? 'page' : undefined} data-testid={`nav-${s}`}>
                  {label(s)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="op-sidebar__deals">
          <a href="/deals.html" target="_blank" rel="noopener" data-testid="open-deals">
            {i18n.t('deals.openPage')}
          </a>
        </p>
        <p className="op-sidebar__foot">
          <a href="/welcome.html" target="_blank" rel="noopener" data-testid="open-welcome">
            {i18n.t('options.openWelcome')}
          </a>
        </p>
      </header>
      <main className="op-main">
        {/* The Pipeline has its own title and introduction. */}
        {section !== 'pipeline' && (
          <div className="op-main__head">
            <h1>{label(section)}</h1>
            <p>{intro(section)}</p>
          </div>
        )}
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
