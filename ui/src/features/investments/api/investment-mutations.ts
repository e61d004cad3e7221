import { graphql } from '@/gql';
import type { InvestmentDecideInput, InvestmentProposeInput, InvestmentStatusSetInput } from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

const InvestmentProposeDocument = graphql(`
  mutation InvestmentPropose($input: InvestmentProposeInput!) {
    investmentPropose(input: $input) {
      investment {
        id
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const InvestmentDecideDocument = graphql(`
  mutation InvestmentDecide($input: InvestmentDecideInput!) {
    investmentDecide(input: $input) {
      investment {
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

const InvestmentStatusSetDocument = graphql(`
  mutation InvestmentStatusSet($input: InvestmentStatusSetInput!) {
    investmentStatusSet(input: $input) {
      investment {
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

export const proposeInvestment = async (input: InvestmentProposeInput) =>
  (await execute(InvestmentProposeDocument, { input })).investmentPropose;
export const decideInvestment = async (input: InvestmentDecideInput) =>
  (await execute(InvestmentDecideDocument, { input })).investmentDecide;
export const setInvestmentStatus = async (input: InvestmentStatusSetInput) =>
  (await execute(InvestmentStatusSetDocument, { input })).investmentStatusSet;

/** The queries a change to a project's investments makes stale (the money views and "My work" too). */
export function investmentQueriesOf(projectId: string) {
  return [['investments', projectId], ['what-if', projectId], ['portfolio'], ['my-work']];
}
