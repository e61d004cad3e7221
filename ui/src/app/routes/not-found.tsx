import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <>
      <title>Page not found · Averted</title>
      <h1>Page not found</h1>
      <p>
        <Link to="/">Back to my projects</Link>
      </p>
    </>
  );
}
