import { describe, expect, it } from 'vitest';
import { frenchSpacing } from './french-spacing';

describe('frenchSpacing', () => {
  it('makes the spaces of French punctuation unbreakable', () => {
    expect(frenchSpacing('Prochaine étape : « {offer} » ? Oui ! Ou non ; 10:00')).toBe(
      'Prochaine étape\u00a0: «\u00a0{offer}\u00a0»\u202f? Oui\u202f! Ou non\u202f; 10:00',
    );
  });
});
