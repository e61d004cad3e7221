import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ProjectIncidentsQuery } from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

export const INCIDENT_PAGE_SIZE = 20;

export const ProjectIncidentsDocument = graphql(`
  query ProjectIncidents($projectId: ID!, $first: Int!, $after: String) {
    project(id: $projectId) {
      id
      incidents(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          title
          severity
          occurredAt
          resolvedAt
          nearMiss
          recurrence
          totalLoss {
            amount
            currency
          }
          postmortem {
            id
            status
          }
        }
      }
    }
  }
`);

export type IncidentRow = NonNullable<ProjectIncidentsQuery['project']>['incidents']['nodes'][number];

export interface IncidentPages {
  /** False when the project does not exist or the viewer may not see it. */
  projectFound: boolean;
  incidents: IncidentRow[];
  totalCount: number;
}

function selectPages(data: InfiniteData<ProjectIncidentsQuery, string | null>): IncidentPages {
  const connections = data.pages.map((page) => page.project?.incidents);
  return {
    projectFound: connections.every((connection) => connection !== undefined),
    incidents: connections.flatMap((connection) => connection?.nodes ?? []),
    totalCount: connections.at(-1)?.totalCount ?? 0,
  };
}

/** A project's incidents, newest first, 20 at a time. */
export function useProjectIncidents(projectId: string) {
  return useInfiniteQuery({
    queryKey: ['incidents', projectId],
    queryFn: ({ pageParam }) =>
      execute(ProjectIncidentsDocument, { projectId, first: INCIDENT_PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => {
      const pageInfo = lastPage.project?.incidents.pageInfo;
      return pageInfo?.hasNextPage && pageInfo.endCursor ? pageInfo.endCursor : undefined;
    },
    select: selectPages,
  });
}
