import { describe, expect, it } from 'vitest';
import { publishingGaps } from '@/features/incidents/lib/publishing';

describe('the publishing rule', () => {
  it('needs an impact and an action item or a reason for none', () => {
    expect(publishingGaps({ impact: '', noActionReason: '', actionItems: 0 })).toHaveLength(2);
    expect(publishingGaps({ impact: '48 h outage', noActionReason: '', actionItems: 0 })).toEqual([
      'Add an action item, or say why none is needed.',
    ]);
    expect(publishingGaps({ impact: '48 h outage', noActionReason: '', actionItems: 1 })).toEqual([]);
    expect(publishingGaps({ impact: '48 h outage', noActionReason: 'A one-off vendor bug', actionItems: 0 })).toEqual([]);
    expect(publishingGaps({ impact: '  ', noActionReason: 'x', actionItems: 1 })).toHaveLength(1);
  });
});
