import { keepPreviousData, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { RiskOrder, RiskRegisterQuery } from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

export const RiskRegisterDocument = graphql(`
  query RiskRegister($projectId: ID!, $first: Int!, $after: String, $orderBy: RiskOrder!) {
    project(id: $projectId) {
      id
      risks(first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          title
          category
          status
          owner {
            username
            displayName
          }
          likelihood
          impact
          score
          probability
          lossLow {
            amount
            currency
          }
          lossHigh {
            amount
            currency
          }
          expectedLoss {
            amount
            currency
          }
          nextReviewOn
          updatedAt
        }
      }
    }
  }
`);

export type RiskRow = NonNullable<RiskRegisterQuery['project']>['risks']['nodes'][number];

export const RISK_PAGE_SIZE = 50;

/** The register opens with the risks that cost the most on average. */
export const DEFAULT_RISK_ORDER: RiskOrder = { field: 'EXPECTED_LOSS', direction: 'DESC' };

export interface RiskRegisterPages {
  /** False when the project does not exist or the viewer may not see it. */
  projectFound: boolean;
  risks: RiskRow[];
  totalCount: number;
}

// Module scope keeps the selector stable, so `risks` keeps its identity between renders.
function selectPages(data: InfiniteData<RiskRegisterQuery, string | null>): RiskRegisterPages {
  const connections = data.pages.map((page) => page.project?.risks);
  return {
    projectFound: connections.every((connection) => connection !== undefined),
    risks: connections.flatMap((connection) => connection?.nodes ?? []),
    totalCount: connections.at(-1)?.totalCount ?? 0,
  };
}

/**
 * One project's risks, sorted by the server, 50 at a time. A new `orderBy` starts again
 * from the first page; the previous rows stay visible until the new order arrives.
 */
export function useRiskRegister(projectId: string, orderBy: RiskOrder) {
  return useInfiniteQuery({
    queryKey: ['risk-register', projectId, orderBy],
    queryFn: ({ pageParam }) =>
      execute(RiskRegisterDocument, { projectId, first: RISK_PAGE_SIZE, after: pageParam, orderBy }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => {
      const pageInfo = lastPage.project?.risks.pageInfo;
      return pageInfo?.hasNextPage && pageInfo.endCursor ? pageInfo.endCursor : undefined;
    },
    select: selectPages,
    placeholderData: keepPreviousData,
  });
}
