import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { execute } from '@/lib/graphql-client';

export const MyProjectsQuery = graphql(`
  query MyProjects {
    projects(first: 100) {
      nodes {
        id
        key
        name
        currency
        status
        myRole
      }
      totalCount
    }
  }
`);

export function useMyProjects() {
  return useQuery({
    queryKey: ['projects'],
    queryFn: () => execute(MyProjectsQuery),
  });
}
