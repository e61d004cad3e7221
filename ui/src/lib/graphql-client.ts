import type { TypedDocumentString } from '@/gql/graphql';

/** Where the API lives: same origin, authenticated by the session cookie Quarkus sets. */
export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * The request never reached a GraphQL answer: the network failed, the server answered
 * with an HTTP error, or it answered with something that is not GraphQL (typically an
 * expired session being redirected to the sign-in page). Reloading signs the user in again.
 */
export class ConnectionError extends Error {
  override readonly name = 'ConnectionError';
  /** HTTP status when the server answered; undefined when the request itself failed. */
  readonly status: number | undefined;

  constructor(message: string, status?: number, options?: ErrorOptions) {
    super(message, options);
    this.status = status;
  }
}

/** The server answered, but with GraphQL `errors` (authorization, invalid input, bug). */
export class GraphQLResponseError extends Error {
  override readonly name = 'GraphQLResponseError';
  readonly errors: readonly { message: string }[];

  constructor(errors: readonly { message: string }[]) {
    super(errors.map((e) => e.message).join('\n') || 'The server reported an error.');
    this.errors = errors;
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string }[];
}

/**
 * Runs one operation against `/graphql` (POST JSON) and returns its typed `data`.
 * Documents come from the generated `graphql()` function, so result and variables are typed.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        // Lets Quarkus OIDC answer 499 instead of redirecting a script request to the
        // identity provider (with quarkus.oidc.authentication.java-script-auto-redirect=false).
        'X-Requested-With': 'JavaScript',
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch (cause) {
    // A redirect to another origin (the identity provider) also ends up here.
    throw new ConnectionError('Could not reach the server.', undefined, { cause });
  }

  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes('json')) {
    // Most likely an HTML sign-in page after the session expired.
    throw new ConnectionError(
      `The server answered ${response.status} with ${contentType || 'no content type'}.`,
      response.ok ? undefined : response.status,
    );
  }

  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch (cause) {
    throw new ConnectionError('The server sent a response that is not valid JSON.', response.status, { cause });
  }

  if (body.errors?.length) {
    throw new GraphQLResponseError(body.errors);
  }
  if (!response.ok) {
    throw new ConnectionError(`The server answered ${response.status}.`, response.status);
  }
  if (body.data == null) {
    throw new GraphQLResponseError([]);
  }
  return body.data;
}
