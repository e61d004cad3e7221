import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ProjectInvestmentsQuery } from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

export const ProjectInvestmentsDocument = graphql(`
  query ProjectInvestments($projectId: ID!) {
    project(id: $projectId) {
      id
      currency
      investments(first: 100) {
        totalCount
        nodes {
          id
          name
          kind
          vendor
          description
          status
          version
          proposedBy
          createdAt
          decidedBy
          decidedAt
          decisionRationale
          oneTimeCost {
            amount
            currency
          }
          annualCost {
            amount
            currency
          }
          annualizedCost {
            amount
            currency
          }
          expectedLossAvoided {
            amount
            currency
          }
          returnOnInvestment
          sourceActionItems {
            id
            title
            incident {
              id
              title
            }
          }
          mitigations {
            id
            probabilityReduction
            lossReduction
            risk {
              id
              title
              status
            }
          }
        }
      }
      risks(first: 100, filter: { status: [IDENTIFIED, MITIGATING, ACCEPTED, MATERIALIZED] }) {
        nodes {
          id
          title
        }
      }
    }
  }
`);

export type InvestmentsProject = NonNullable<ProjectInvestmentsQuery['project']>;
export type InvestmentRow = InvestmentsProject['investments']['nodes'][number];

export const investmentsQueryKey = (projectId: string) => ['investments', projectId];

/** A project's investments (up to 100, oldest first) with their mitigations, and its open risks to link. */
export function useProjectInvestments(projectId: string) {
  return useQuery({
    queryKey: investmentsQueryKey(projectId),
    queryFn: () => execute(ProjectInvestmentsDocument, { projectId }),
  });
}
