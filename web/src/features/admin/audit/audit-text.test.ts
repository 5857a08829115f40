import { describe, expect, it } from 'vitest';
import { auditChanges, pointsDelta, professionNamed } from './audit-text.ts';

describe('the audit log in words', () => {
  it('lists the fields that changed, leaving out ids and lists', () => {
    expect(
      auditChanges({
        before: { status: 'booked', candidateId: '0b6f6d1e-6a1c-4c55-9f3c-2c8a8a1f0d11', role: 'user' },
        after: { status: 'cancelled', refunded: '0b6f6d1e-6a1c-4c55-9f3c-2c8a8a1f0d11', role: 'user' },
      }),
    ).toEqual([{ field: 'status', before: 'booked', after: 'cancelled' }]);
    expect(auditChanges({ before: null, after: { nameRu: 'Го', position: 8 } })).toEqual([
      { field: 'nameRu', before: null, after: 'Го' },
      { field: 'position', before: null, after: 8 },
    ]);
    expect(auditChanges({ before: { ids: ['a', 'b'] }, after: { ids: ['b', 'a'] } })).toEqual([]);
    expect(auditChanges({ before: null, after: null })).toEqual([]);
  });

  it('tells the points an adjustment moved, from its detail or the balances', () => {
    expect(pointsDelta({ before: null, after: null, details: { delta: -2 } })).toBe(-2);
    expect(pointsDelta({ before: { balance: 1 }, after: { balance: 4 }, details: {} })).toBe(3);
    expect(pointsDelta({ before: null, after: null, details: {} })).toBeNull();
  });

  it('names the profession as it became, or as it was', () => {
    expect(professionNamed({ before: { nameRu: 'Го' }, after: { nameRu: 'Go' }, details: {} })).toBe('Go');
    const archived = { before: { archivedAt: null }, after: { archivedAt: '2026-12-01T09:00:00Z' } };
    expect(professionNamed({ ...archived, details: { nameRu: 'Rust', nameEn: 'Rust' } })).toBe('Rust');
    expect(professionNamed({ ...archived, details: {} })).toBeNull();
  });
});
