/** What PUBLISHED needs (the server's rule): an impact statement, and an action item or a reason for none. */
export function publishingGaps(postmortem: { impact: string; noActionReason: string; actionItems: number }): string[] {
  const gaps: string[] = [];
  if (postmortem.impact.trim() === '') gaps.push('Write the impact: what it cost the business and its users.');
  if (postmortem.actionItems === 0 && postmortem.noActionReason.trim() === '')
    gaps.push('Add an action item, or say why none is needed.');
  return gaps;
}
