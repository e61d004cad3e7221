import { keepPreviousData, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { RiskFilter, RiskOrder, RiskRegisterQuery } from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

export const RiskRegisterDocument = graphql(`
  query RiskRegister($projectId: ID!, $first: Int!, $after: String, $orderBy: RiskOrder!, $filter: RiskFilter) {
    project(id: $projectId) {
      id
      risks(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...EditableRisk
        }
      }
    }
  }
`);

/** Everything the register shows and edits of a risk; an edit starts from these values and this version. */
export const EditableRiskFragment = graphql(`
  fragment EditableRisk on Risk {
    id
    version
    title
    description
    category
    status
    response
    owner {
      username
      displayName
    }
    milestone {
      id
      name
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
    residualExpectedLoss {
      amount
      currency
    }
    nextReviewOn
    closedReason
    updatedAt
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
 * One project's risks, filtered and sorted by the server, 50 at a time. A new `orderBy` or filter
 * starts again from the first page; the previous rows stay visible until the new ones arrive.
 */
export function useRiskRegister(projectId: string, orderBy: RiskOrder, filter: RiskFilter = {}) {
  return useInfiniteQuery({
    queryKey: ['risk-register', projectId, orderBy, filter],
    queryFn: ({ pageParam }) =>
      execute(RiskRegisterDocument, { projectId, first: RISK_PAGE_SIZE, after: pageParam, orderBy, filter }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => {
      const pageInfo = lastPage.project?.risks.pageInfo;
      return pageInfo?.hasNextPage && pageInfo.endCursor ? pageInfo.endCursor : undefined;
    },
    select: selectPages,
    placeholderData: keepPreviousData,
  });
}
