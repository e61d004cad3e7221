import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { ViewerMenu } from '@/features/viewer/components/viewer-menu';

/**
 * After navigating to another page (not on the first load, and not when only the query string
 * changes, as the register's filters do), moves focus to the new page's heading, so keyboard and
 * screen-reader users start at the top of what changed. Pages may render their heading after
 * loading, so this waits for it a little.
 */
export function useFocusHeadingOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let frames = 0;
    let handle = 0;
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>('#main h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      } else if (frames++ < 300) {
        handle = requestAnimationFrame(focusHeading);
      }
    };
    handle = requestAnimationFrame(focusHeading);
    return () => cancelAnimationFrame(handle);
  }, [pathname]);
}

/** Every page: the header with the app name and the signed-in user, then the page itself. */
export function Layout() {
  useFocusHeadingOnNavigate();
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
          <NavLink to="/my-work">My work</NavLink>
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
