import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { i18n } from '#i18n';
import { applyCatalog, speakChosenLanguage, substitute } from './i18n-language';

describe('the rep’s language', () => {
  it('substitutes as Chrome does', () => {
    expect(substitute('Étape $1 sur $2', ['2', '7'])).toBe('Étape 2 sur 7');
    expect(substitute('$$1 costs $1', 'x')).toBe('$1 costs x');
  });

  it('answers from the chosen catalog, falls back for a missing key, and goes back to the browser’s', () => {
    applyCatalog({
      panel_track: { message: 'Suivre ce fil' },
      notification_step: { message: 'Étape $1 sur $2' },
    });
    expect(i18n.t('panel.track')).toBe('Suivre ce fil');
    expect(i18n.t('notification.step', ['2', '7'])).toBe('Étape 2 sur 7');
    expect(i18n.t('panel.loading')).toBe('Loading…'); // not in the catalog: the browser's language
    applyCatalog(null);
    expect(i18n.t('panel.track')).toBe('Track this thread');
  });

  it('leaves the browser’s language when the setting says so, or says the same', async () => {
    expect(await speakChosenLanguage('browser')).toBe(false);
    expect(await speakChosenLanguage('en')).toBe(false);
    expect(fakeBrowser.i18n.getUILanguage()).toBe('en');
  });
});
