import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AwaitingDecisionsQuery } from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

export const AwaitingDecisionsDocument = graphql(`
  query AwaitingDecisions {
    projects(first: 100) {
      nodes {
        id
        key
        name
        investments(first: 100, status: [PROPOSED]) {
          nodes {
            id
            name
            proposedBy
            annualizedCost {
              amount
              currency
            }
            expectedLossAvoided {
              amount
              currency
            }
            returnOnInvestment
          }
        }
      }
    }
  }
`);

export type AwaitingProject = AwaitingDecisionsQuery['projects']['nodes'][number];

/** The investments proposed in the viewer's projects, waiting for the sponsor's decision. */
export function useAwaitingDecisions() {
  return useQuery({ queryKey: ['portfolio', 'awaiting-decisions'], queryFn: () => execute(AwaitingDecisionsDocument) });
}
