import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { RiskQuery } from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

export const RiskDocument = graphql(`
  query Risk($id: ID!) {
    risk(id: $id) {
      ...EditableRisk
      createdAt
      residualRating {
        likelihood
        impact
        score
      }
      project {
        id
        key
        name
        currency
        myRole
      }
      mitigations {
        id
        probabilityReduction
        lossReduction
        investment {
          id
          name
          kind
          status
          vendor
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
        }
      }
      incidents {
        id
        title
        severity
        occurredAt
        totalLoss {
          amount
          currency
        }
      }
      actionItems {
        id
        title
        status
        dueDate
        overdue
        owner {
          displayName
        }
        incident {
          id
        }
      }
      history {
        actor
        at
        operation
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

export type RiskDetail = NonNullable<RiskQuery['risk']>;

export function riskQueryKey(id: string) {
  return ['risk', id] as const;
}

/** One risk with everything around it; `data.risk` is null when it does not exist or is not visible. */
export function useRisk(id: string) {
  return useQuery({
    queryKey: riskQueryKey(id),
    queryFn: () => execute(RiskDocument, { id }),
  });
}
