import { ConnectionError, GraphQLResponseError } from '@/lib/graphql-client';

interface LoadingStateProps {
  /** What is loading, e.g. "Loading projects…". */
  label: string;
}

/** A polite live region, so screen readers hear that something is on its way. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <p role="status" className="state state--loading">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

interface ErrorStateProps {
  /** What failed, e.g. "The projects could not be loaded." */
  title: string;
  error: Error;
  /** Offered as a "Try again" button when a retry can help. */
  onRetry?: () => void;
}

/**
 * Shows why a query failed. A connection failure (network, HTTP error, or a sign-in page
 * instead of JSON) most often means the session expired: reloading signs the user in again.
 */
export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
  if (error instanceof ConnectionError) {
    return (
      <div role="alert" className="state state--error">
        <p className="state__title">{title}</p>
        <p>
          The server could not be reached or your session has expired. Reload the page to sign in again.
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload page
        </button>
      </div>
    );
  }
  return (
    <div role="alert" className="state state--error">
      <p className="state__title">{title}</p>
      <p>{error instanceof GraphQLResponseError ? error.message : 'Something unexpected went wrong.'}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
