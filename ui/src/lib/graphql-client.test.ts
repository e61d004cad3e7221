import { describe, expect, it, vi } from 'vitest';
import { TypedDocumentString } from '@/gql/graphql';
import { ConnectionError, execute, GraphQLResponseError } from '@/lib/graphql-client';

// A document of its own, so this test does not depend on any feature's queries.
const ProbeQuery = new TypedDocumentString(`
  query GraphQLClientProbe($id: ID!) {
    project(id: $id) {
      id
      name
    }
  }
`) as unknown as TypedDocumentString<{ project: { id: string; name: string } | null }, { id: string }>;

function respondWith(response: Response | Error) {
  const fetchMock = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('execute', () => {
  it('posts the operation and its variables as JSON to the same-origin /graphql with the session cookie', async () => {
    const fetchMock = respondWith(json({ data: { project: { id: 'p1', name: 'Portal migration' } } }));

    const data = await execute(ProbeQuery, { id: 'p1' });

    expect(data).toEqual({ project: { id: 'p1', name: 'Portal migration' } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(new Headers(init.headers).get('Content-Type')).toBe('application/json');
    const body = JSON.parse(String(init.body)) as { query: string; variables: unknown };
    expect(body.query).toContain('query GraphQLClientProbe($id: ID!)');
    expect(body.variables).toEqual({ id: 'p1' });
  });

  it('reports GraphQL errors with their messages', async () => {
    respondWith(json({ data: null, errors: [{ message: 'Access denied' }] }));

    const failure = execute(ProbeQuery, { id: 'p1' });

    await expect(failure).rejects.toBeInstanceOf(GraphQLResponseError);
    await expect(failure).rejects.toThrow('Access denied');
  });

  it('treats a failed request, such as a redirect to the identity provider, as a connection error', async () => {
    respondWith(new TypeError('Failed to fetch'));

    await expect(execute(ProbeQuery, { id: 'p1' })).rejects.toBeInstanceOf(ConnectionError);
  });

  it('treats an HTML sign-in page instead of JSON as a connection error', async () => {
    respondWith(new Response('<html>Sign in</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));

    await expect(execute(ProbeQuery, { id: 'p1' })).rejects.toBeInstanceOf(ConnectionError);
  });

  it('treats an HTTP error status as a connection error carrying the status', async () => {
    respondWith(new Response('', { status: 499 }));

    await expect(execute(ProbeQuery, { id: 'p1' })).rejects.toMatchObject({ name: 'ConnectionError', status: 499 });
  });
});
