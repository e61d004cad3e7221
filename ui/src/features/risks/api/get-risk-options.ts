import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { execute } from '@/lib/graphql-client';

export const RiskOptionsQuery = graphql(`
  query RiskOptions($projectId: ID!) {
    project(id: $projectId) {
      id
      currency
      members {
        username
        displayName
        role
      }
      milestones(first: 100) {
        nodes {
          id
          name
        }
      }
    }
  }
`);

/** What a risk's owner and milestone can be: the project's members and milestones. */
export function useRiskOptions(projectId: string) {
  return useQuery({
    queryKey: ['risk-options', projectId],
    queryFn: () => execute(RiskOptionsQuery, { projectId }),
    enabled: projectId !== '',
  });
}
