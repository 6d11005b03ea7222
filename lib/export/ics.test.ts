import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toIcs, utcStamp } from './ics';

const encoder = new TextEncoder();

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('leaves a colon and quotes alone', () => {
    expect(escapeText('Re: "offer"')).toBe('Re: "offer"');
  });
});

describe('foldLine', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Call Dana')).toBe('SUMMARY:Call Dana');
  });

  it('folds at 75 octets, continuations starting with one space, and unfolds back', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(2);
    for (const [i, l] of physical.entries()) {
      expect(encoder.encode(l).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(l.startsWith(' ')).toBe(true);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é€😀'.repeat(40)}`;
    const folded = foldLine(line);
    for (const l of folded.split('\r\n')) {
      expect(encoder.encode(l).length).toBeLessThanOrEqual(75);
      expect(l).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('toIcs', () => {
  const now = Date.UTC(2026, 2, 3, 9, 0);
  const ics = toIcs(
    [
      {
        uid: 'next-step-1@relance',
        start: Date.UTC(2026, 2, 5, 14, 30),
        durationMinutes: 30,
        summary: 'Next step: Dana, Northwind; call',
        description: 'Prepare the quote\nDana: send the specs',
        url: 'https://mail.google.com/mail/u/0/#inbox/abc',
      },
    ],
    now,
  );

  it('is a VCALENDAR with one VEVENT, CRLF line ends, UTC times', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
    expect(ics).toContain('\r\nDTSTART:20260305T143000Z\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20260303T090000Z\r\n');
    expect(ics).toContain('\r\nDURATION:PT30M\r\n');
  });

  it('escapes text values', () => {
    expect(ics).toContain('SUMMARY:Next step: Dana\\, Northwind\\; call\r\n');
    expect(ics).toContain('DESCRIPTION:Prepare the quote\\nDana: send the specs\r\n');
  });

  it('writes UTC stamps without milliseconds', () => {
    expect(utcStamp(Date.UTC(2026, 0, 2, 3, 4, 5, 678))).toBe('20260102T030405Z');
  });
});
