import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { execute } from '@/lib/graphql-client';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      username
      roles
    }
  }
`);

export function useViewer() {
  return useQuery({
    queryKey: ['viewer'],
    queryFn: () => execute(ViewerQuery),
    staleTime: Infinity,
  });
}
