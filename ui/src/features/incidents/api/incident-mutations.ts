import { graphql } from '@/gql';
import type {
  ActionItemBecomeInput,
  ActionItemCreateInput,
  ActionItemUpdateInput,
  IncidentAddLossInput,
  IncidentReportInput,
  PostmortemUpdateInput,
  TimelineEntryAddInput,
} from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

const IncidentReportDocument = graphql(`
  mutation IncidentReport($input: IncidentReportInput!) {
    incidentReport(input: $input) {
      incident {
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

const IncidentAddLossDocument = graphql(`
  mutation IncidentAddLoss($input: IncidentAddLossInput!) {
    incidentAddLoss(input: $input) {
      loss {
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

const PostmortemUpdateDocument = graphql(`
  mutation PostmortemUpdate($input: PostmortemUpdateInput!) {
    postmortemUpdate(input: $input) {
      postmortem {
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

const TimelineEntryAddDocument = graphql(`
  mutation TimelineEntryAdd($input: TimelineEntryAddInput!) {
    timelineEntryAdd(input: $input) {
      entry {
        at
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ActionItemCreateDocument = graphql(`
  mutation ActionItemCreate($input: ActionItemCreateInput!) {
    actionItemCreate(input: $input) {
      actionItem {
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

const ActionItemUpdateDocument = graphql(`
  mutation ActionItemUpdate($input: ActionItemUpdateInput!) {
    actionItemUpdate(input: $input) {
      actionItem {
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

const ActionItemBecomeDocument = graphql(`
  mutation ActionItemBecome($input: ActionItemBecomeInput!) {
    actionItemBecome(input: $input) {
      actionItem {
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

export const reportIncident = async (input: IncidentReportInput) => (await execute(IncidentReportDocument, { input })).incidentReport;
export const addLoss = async (input: IncidentAddLossInput) => (await execute(IncidentAddLossDocument, { input })).incidentAddLoss;
export const updatePostmortem = async (input: PostmortemUpdateInput) =>
  (await execute(PostmortemUpdateDocument, { input })).postmortemUpdate;
export const addTimelineEntry = async (input: TimelineEntryAddInput) =>
  (await execute(TimelineEntryAddDocument, { input })).timelineEntryAdd;
export const createActionItem = async (input: ActionItemCreateInput) =>
  (await execute(ActionItemCreateDocument, { input })).actionItemCreate;
export const updateActionItem = async (input: ActionItemUpdateInput) =>
  (await execute(ActionItemUpdateDocument, { input })).actionItemUpdate;
export const becomeFromActionItem = async (input: ActionItemBecomeInput) =>
  (await execute(ActionItemBecomeDocument, { input })).actionItemBecome;

/** What a change to an incident makes stale: the incident, the project's lists and the money views. */
export function incidentQueriesOf(incidentId: string, projectId?: string) {
  return [
    ['incident', incidentId],
    ['portfolio'],
    ['my-work'],
    ...(projectId ? [['incidents', projectId], ['investments', projectId], ['risk-register', projectId], ['milestones', projectId]] : []),
  ];
}
