import { Link, NavLink, Outlet } from 'react-router';
import { ViewerMenu } from '@/features/viewer/components/viewer-menu';

/** Every page: the header with the app name and the signed-in user, then the page itself. */
export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="app-header__name">
          Averted
        </Link>
        <nav aria-label="Main" className="app-header__nav">
          <NavLink to="/" end>
            My projects
          </NavLink>
          <NavLink to="/dashboard">Dashboard</NavLink>
        </nav>
        <ViewerMenu />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
