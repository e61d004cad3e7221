import { graphql } from '@/gql';
import type { RiskCloseInput, RiskCreateInput, RiskUpdateInput } from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

export const RiskCreateDocument = graphql(`
  mutation RiskCreate($input: RiskCreateInput!) {
    riskCreate(input: $input) {
      risk {
        id
        title
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RiskUpdateDocument = graphql(`
  mutation RiskUpdate($input: RiskUpdateInput!) {
    riskUpdate(input: $input) {
      risk {
        ...EditableRisk
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RiskCloseDocument = graphql(`
  mutation RiskClose($input: RiskCloseInput!) {
    riskClose(input: $input) {
      risk {
        id
        status
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const createRisk = async (input: RiskCreateInput) => (await execute(RiskCreateDocument, { input })).riskCreate;
export const updateRisk = async (input: RiskUpdateInput) => (await execute(RiskUpdateDocument, { input })).riskUpdate;
export const closeRisk = async (input: RiskCloseInput) => (await execute(RiskCloseDocument, { input })).riskClose;

/** The queries any change to a project's risks makes stale. */
export function riskQueriesOf(projectId: string, riskId?: string) {
  return [
    ['risk-register', projectId],
    ['risk-heat-map', projectId],
    ...(riskId ? [['risk', riskId]] : []),
  ];
}
