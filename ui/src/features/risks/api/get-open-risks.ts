import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { OpenRisksQuery, RiskStatus } from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

/** A risk is open until it is CLOSED: the heat map and the top risks show these. */
export const OPEN_STATUSES: RiskStatus[] = ['IDENTIFIED', 'MITIGATING', 'ACCEPTED', 'MATERIALIZED'];

export const OpenRisksDocument = graphql(`
  query OpenRisks($projectId: ID!, $after: String, $filter: RiskFilter!) {
    project(id: $projectId) {
      id
      risks(first: 100, after: $after, filter: $filter, orderBy: { field: EXPECTED_LOSS, direction: DESC }) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          title
          status
          likelihood
          impact
          nextReviewOn
          expectedLoss {
            amount
            currency
          }
          residualExpectedLoss {
            amount
            currency
          }
          residualRating {
            likelihood
            impact
          }
        }
      }
    }
  }
`);

export type OpenRisk = NonNullable<OpenRisksQuery['project']>['risks']['nodes'][number];

/** Every open risk of a project (all pages), largest expected loss first; null when the project is not visible. */
export function useOpenRisks(projectId: string) {
  return useQuery({
    queryKey: ['risk-heat-map', projectId],
    queryFn: async (): Promise<OpenRisk[] | null> => {
      const risks: OpenRisk[] = [];
      let after: string | null = null;
      for (;;) {
        const data: OpenRisksQuery = await execute(OpenRisksDocument, {
          projectId,
          after,
          filter: { status: OPEN_STATUSES },
        });
        if (!data.project) return null;
        risks.push(...data.project.risks.nodes);
        const { hasNextPage, endCursor } = data.project.risks.pageInfo;
        if (!hasNextPage || !endCursor) return risks;
        after = endCursor;
      }
    },
  });
}
