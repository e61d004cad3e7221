import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SectionBoundary } from '@/components/section-boundary';

let broken = true;

function Fragile() {
  if (broken) throw new RangeError('Invalid time value');
  return <p>Chart drawn</p>;
}

function Page() {
  const [, rerender] = useState(0);
  return (
    <>
      <h1 onClick={() => rerender((n) => n + 1)}>Dashboard</h1>
      <SectionBoundary name="The chart">
        <Fragile />
      </SectionBoundary>
      <SectionBoundary name="The table">
        <p>Table drawn</p>
      </SectionBoundary>
    </>
  );
}

describe('SectionBoundary', () => {
  it('replaces only the failing section with an alert and retries on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    render(<Page />);

    expect(screen.getByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(screen.getByText('Table drawn')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The chart could not be shown.');
    expect(screen.getByRole('alert')).toHaveTextContent('Invalid time value');

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(screen.getByText('Chart drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
