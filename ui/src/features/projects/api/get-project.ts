import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { execute } from '@/lib/graphql-client';

export const ProjectQuery = graphql(`
  query Project($id: ID!) {
    project(id: $id) {
      id
      key
      name
      description
      currency
      status
      startDate
      targetDate
      myRole
      manager {
        username
        displayName
      }
      sponsor {
        username
        displayName
      }
    }
  }
`);

/** `data.project` is null when the project does not exist or the viewer may not see it. */
export function useProject(id: string) {
  return useQuery({
    queryKey: ['project', id],
    queryFn: () => execute(ProjectQuery, { id }),
  });
}
