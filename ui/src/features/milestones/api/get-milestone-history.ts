import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { execute } from '@/lib/graphql-client';
import { MILESTONE_LIMIT } from '@/features/milestones/api/get-milestones';

const MilestoneHistoryDocument = graphql(`
  query MilestoneHistory($projectId: ID!, $first: Int!) {
    project(id: $projectId) {
      id
      milestones(first: $first) {
        nodes {
          id
          history {
            ...HistoryEntryFields
          }
          gates(includeRemoved: true) {
            id
            name
            removed
            removedBy
            removedAt
            removalReason
            history {
              ...HistoryEntryFields
            }
          }
        }
      }
    }
  }

  fragment HistoryEntryFields on HistoryEntry {
    actor
    at
    operation
    changes {
      field
      before
      after
    }
  }
`);

/**
 * The history of a project's milestones and of their gates (removed ones too). Only the milestone
 * page asks for it, so the overview's query stays small.
 */
export function useMilestoneHistory(projectId: string) {
  return useQuery({
    queryKey: ['milestones', projectId, 'history'],
    queryFn: () => execute(MilestoneHistoryDocument, { projectId, first: MILESTONE_LIMIT }),
  });
}
