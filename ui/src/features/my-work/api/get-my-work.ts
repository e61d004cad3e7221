import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MyWorkQuery } from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

export const MyWorkDocument = graphql(`
  query MyWork($username: String!) {
    actionItems(owner: $username) {
      id
      title
      status
      dueDate
      overdue
      incident {
        id
        title
        project {
          id
          key
        }
      }
    }
    projects(first: 100) {
      nodes {
        id
        key
        name
        myRole
        milestones(first: 100, status: [PLANNED, IN_PROGRESS, BLOCKED, MISSED]) {
          nodes {
            id
            name
            dueDate
            gates {
              id
              name
              status
              blocking
            }
          }
        }
        investments(first: 100, status: [PROPOSED]) {
          nodes {
            id
            name
            proposedBy
            createdAt
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
      }
    }
  }
`);

export type MyWorkData = MyWorkQuery;

/** What needs the signed-in user: its action items, gates to record and decisions awaiting it. */
export function useMyWork(username: string | undefined) {
  return useQuery({
    queryKey: ['my-work', username],
    queryFn: () => execute(MyWorkDocument, { username: username ?? '' }),
    enabled: username !== undefined,
  });
}
