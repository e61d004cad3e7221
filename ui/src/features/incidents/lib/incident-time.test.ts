import { describe, expect, it } from 'vitest';
import { formatMinutes, laborAmount, toInstant } from '@/features/incidents/lib/incident-time';

describe('incident times', () => {
  it('says durations in words', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(90)).toBe('1 h 30 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes('2880')).toBe('2 d');
    expect(formatMinutes(3000)).toBe('2 d 2 h');
    expect(formatMinutes(null)).toBe('—');
  });

  it('sends a local date and time as the same instant', () => {
    const local = '2026-03-01T10:15';
    expect(new Date(toInstant(local)).getTime()).toBe(new Date(local).getTime());
    expect(toInstant(local)).toMatch(/Z$/);
  });

  it('costs labor as hours × rate', () => {
    expect(laborAmount('12.5', '80')).toBe(1000);
    expect(laborAmount('3', '')).toBeNull();
  });
});
