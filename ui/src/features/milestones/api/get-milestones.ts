import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ProjectMilestonesQuery } from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

/** A project page shows up to this many milestones (the API's largest page). */
export const MILESTONE_LIMIT = 100;

export const ProjectMilestonesDocument = graphql(`
  query ProjectMilestones($projectId: ID!, $first: Int!) {
    project(id: $projectId) {
      id
      currency
      milestones(first: $first) {
        totalCount
        nodes {
          id
          version
          name
          description
          kind
          dueDate
          status
          completedAt
          completedBy
          gates {
            id
            version
            name
            kind
            status
            blocking
            criteria
            decidedBy
            decidedAt
            waiverReason
            sourceActionItems {
              id
              title
              incident {
                id
                title
              }
            }
            results {
              id
              outcome
              recordedBy
              recordedAt
              note
              link
              measurements {
                name
                value
                unit
              }
            }
          }
          gatesInTheWay {
            id
          }
        }
      }
    }
  }
`);

export type MilestoneRow = NonNullable<ProjectMilestonesQuery['project']>['milestones']['nodes'][number];
export type GateRow = MilestoneRow['gates'][number];
export type GateBadgeData = Pick<GateRow, 'id' | 'name' | 'kind' | 'status' | 'blocking'>;

export function milestonesQueryKey(projectId: string) {
  return ['milestones', projectId] as const;
}

/** A project's milestones by due date, each with its gates, their results and the blocking ones still in the way. */
export function useProjectMilestones(projectId: string) {
  return useQuery({
    queryKey: milestonesQueryKey(projectId),
    queryFn: () => execute(ProjectMilestonesDocument, { projectId, first: MILESTONE_LIMIT }),
  });
}
