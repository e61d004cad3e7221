import { Component, type ErrorInfo, type ReactNode } from 'react';

interface SectionBoundaryProps {
  /** What the section shows, for the message: "The heat map". */
  name: string;
  children: ReactNode;
}

interface SectionBoundaryState {
  error: Error | null;
}

/**
 * Keeps one section's rendering failure inside that section: a bad value in a chart or a table
 * shows "… could not be shown" with "Try again" in its place, and the rest of the page stays.
 */
export class SectionBoundary extends Component<SectionBoundaryProps, SectionBoundaryState> {
  override state: SectionBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): SectionBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.name} failed to render`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="state state--error">
        <p className="state__title">{this.props.name} could not be shown.</p>
        <p>{error.message || 'Something unexpected went wrong.'}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
