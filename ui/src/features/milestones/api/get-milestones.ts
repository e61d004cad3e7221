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
      milestones(first: $first) {
        totalCount
        nodes {
          id
          name
          kind
          dueDate
          status
          gates {
            id
            name
            kind
            status
            blocking
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
export type GateBadgeData = MilestoneRow['gates'][number];

/** A project's milestones by due date, each with its gates and the blocking ones still in the way. */
export function useProjectMilestones(projectId: string) {
  return useQuery({
    queryKey: ['milestones', projectId],
    queryFn: () => execute(ProjectMilestonesDocument, { projectId, first: MILESTONE_LIMIT }),
  });
}
