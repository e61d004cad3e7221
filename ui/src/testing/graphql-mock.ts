import { vi } from 'vitest';

export interface RecordedRequest {
  operationName: string;
  variables: Record<string, unknown>;
  init: RequestInit;
}

/** Answers one operation: the `data` to send back, or a ready-made Response (for failures). */
export type OperationHandler = (variables: Record<string, unknown>) => unknown;

/** A JSON GraphQL response with `data`. */
export function graphQLData(data: unknown): Response {
  return new Response(JSON.stringify({ data }), {
    status: 200,
    headers: { 'Content-Type': 'application/graphql-response+json' },
  });
}

function operationNameOf(query: string): string {
  const match = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(query);
  if (!match?.[1]) {
    throw new Error(`Anonymous operation in test: ${query}`);
  }
  return match[1];
}

/**
 * Replaces `fetch` with a fake `/graphql` that answers by operation name and records every
 * request, so tests see exactly what the UI asked the server for.
 */
export function mockGraphQL(handlers: Record<string, OperationHandler>) {
  const requests: RecordedRequest[] = [];

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    if (String(input) !== '/graphql') {
      throw new Error(`Unexpected fetch in test: ${String(input)}`);
    }
    const body = JSON.parse(String(init.body)) as { query: string; variables?: Record<string, unknown> };
    const operationName = operationNameOf(body.query);
    const variables = body.variables ?? {};
    requests.push({ operationName, variables, init });

    const handler = handlers[operationName];
    if (!handler) {
      throw new Error(`No mock for GraphQL operation ${operationName}`);
    }
    const result = await handler(variables);
    return result instanceof Response ? result : graphQLData(result);
  });
  vi.stubGlobal('fetch', fetchMock);

  return {
    requests,
    /** The variables of every request made for one operation, oldest first. */
    variablesOf: (operationName: string) =>
      requests.filter((request) => request.operationName === operationName).map((request) => request.variables),
  };
}
