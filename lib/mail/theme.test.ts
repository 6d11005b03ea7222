import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { luminance, pageTheme } from './theme';

describe('luminance', () => {
  it('reads rgb and rgba colours, and ignores transparent ones', () => {
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminance('rgb(0, 0, 0)')).toBe(0);
    expect(luminance('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminance('rgb(32 33 36 / 100%)')).toBeLessThan(0.05);
    expect(luminance('transparent')).toBeNull();
  });
});

describe('pageTheme', () => {
  const page = (style: string) => {
    const win = new Window({ url: 'https://mail.google.com/mail/u/0/#inbox' });
    win.document.write(
      `<html><head><style>${style}</style></head><body><div role="main">x</div></body></html>`,
    );
    return win.document as unknown as Document;
  };
  it('sees Gmail’s dark theme on its main region', () => {
    expect(pageTheme(page('[role=main]{background:#202124}'))).toBe('dark');
  });
  it('sees a light page, and says nothing when no surface is opaque', () => {
    expect(pageTheme(page('body{background:#ffffff}'))).toBe('light');
    expect(pageTheme(page(''))).toBeNull();
  });
});
