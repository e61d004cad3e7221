import { useViewer } from '@/features/viewer/api/get-viewer';

/** The signed-in user and the way out. Sign-out is the server's OIDC logout path. */
export function ViewerMenu() {
  const viewer = useViewer();

  return (
    <div className="viewer-menu">
      {viewer.isPending && (
        <span role="status" className="viewer-menu__loading">
          Loading user…
        </span>
      )}
      {viewer.isError && (
        <span role="alert" className="viewer-menu__error">
          Not signed in? Reload the page.
        </span>
      )}
      {viewer.isSuccess && (
        <span className="viewer-menu__user">
          <span className="visually-hidden">Signed in as </span>
          <span>{viewer.data.viewer.username}</span>
          {viewer.data.viewer.roles.length > 0 && (
            <span className="viewer-menu__roles">{viewer.data.viewer.roles.join(', ')}</span>
          )}
        </span>
      )}
      <a className="viewer-menu__sign-out" href="/logout">
        Sign out
      </a>
    </div>
  );
}
