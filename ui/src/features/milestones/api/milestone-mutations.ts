import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type {
  MilestoneCompleteInput,
  MilestoneCreateInput,
  MilestoneKind,
  MilestoneUpdateInput,
  QualityGateCreateInput,
  QualityGateRecordResultInput,
  QualityGateRemoveInput,
  QualityGateWaiveInput,
} from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

const MilestoneCreateDocument = graphql(`
  mutation MilestoneCreate($input: MilestoneCreateInput!) {
    milestoneCreate(input: $input) {
      milestone {
        id
        name
        gates {
          id
          name
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const MilestoneUpdateDocument = graphql(`
  mutation MilestoneUpdate($input: MilestoneUpdateInput!) {
    milestoneUpdate(input: $input) {
      milestone {
        id
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

const MilestoneCompleteDocument = graphql(`
  mutation MilestoneComplete($input: MilestoneCompleteInput!) {
    milestoneComplete(input: $input) {
      milestone {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const QualityGateCreateDocument = graphql(`
  mutation QualityGateCreate($input: QualityGateCreateInput!) {
    qualityGateCreate(input: $input) {
      gate {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const QualityGateRemoveDocument = graphql(`
  mutation QualityGateRemove($input: QualityGateRemoveInput!) {
    qualityGateRemove(input: $input) {
      gate {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const QualityGateRecordResultDocument = graphql(`
  mutation QualityGateRecordResult($input: QualityGateRecordResultInput!) {
    qualityGateRecordResult(input: $input) {
      gate {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const QualityGateWaiveDocument = graphql(`
  mutation QualityGateWaive($input: QualityGateWaiveInput!) {
    qualityGateWaive(input: $input) {
      gate {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const GateTemplatesDocument = graphql(`
  query GateTemplates($kind: MilestoneKind) {
    gateTemplates(kind: $kind) {
      name
      gateKind
      criteria
      blocking
    }
  }
`);

export const createMilestone = async (input: MilestoneCreateInput) =>
  (await execute(MilestoneCreateDocument, { input })).milestoneCreate;
export const updateMilestone = async (input: MilestoneUpdateInput) =>
  (await execute(MilestoneUpdateDocument, { input })).milestoneUpdate;
export const completeMilestone = async (input: MilestoneCompleteInput) =>
  (await execute(MilestoneCompleteDocument, { input })).milestoneComplete;
export const createGate = async (input: QualityGateCreateInput) =>
  (await execute(QualityGateCreateDocument, { input })).qualityGateCreate;
export const removeGate = async (input: QualityGateRemoveInput) =>
  (await execute(QualityGateRemoveDocument, { input })).qualityGateRemove;
export const waiveGate = async (input: QualityGateWaiveInput) =>
  (await execute(QualityGateWaiveDocument, { input })).qualityGateWaive;
export const recordGateResult = async (input: QualityGateRecordResultInput) =>
  (await execute(QualityGateRecordResultDocument, { input })).qualityGateRecordResult;

/** The gates a new milestone of a kind starts with. */
export function useGateTemplates(kind: MilestoneKind) {
  return useQuery({
    queryKey: ['gate-templates', kind],
    queryFn: () => execute(GateTemplatesDocument, { kind }),
    staleTime: Infinity,
  });
}
