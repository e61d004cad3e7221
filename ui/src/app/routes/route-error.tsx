import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown instead of a page that threw while rendering. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : undefined;

  return (
    <div role="alert" className="state state--error">
      <h1>Something went wrong</h1>
      {detail && <p>{detail}</p>}
      <p>
        <Link to="/">Back to my projects</Link> or reload the page.
      </p>
    </div>
  );
}
