import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { IncidentQuery } from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

export const IncidentDocument = graphql(`
  query Incident($id: ID!) {
    incident(id: $id) {
      id
      title
      description
      severity
      version
      occurredAt
      detectedAt
      resolvedAt
      reportedBy
      timeToDetectMinutes
      timeToResolveMinutes
      nearMiss
      lossAvoidedByLuck {
        amount
        currency
      }
      dataLostMinutes
      dataLostRecords
      recurrence
      recurrenceOf {
        id
        title
        completedAt
      }
      totalLoss {
        amount
        currency
      }
      lossByType {
        type
        amount {
          amount
          currency
        }
      }
      losses {
        id
        type
        note
        hours
        hourlyRate {
          amount
          currency
        }
        amount {
          amount
          currency
        }
        recordedBy
        createdAt
      }
      milestone {
        id
        name
      }
      risks {
        id
        title
        status
        version
        probability
        lossLow {
          amount
        }
        lossHigh {
          amount
        }
      }
      preventableBy {
        id
        name
        status
        decidedBy
        decisionRationale
        annualizedCost {
          amount
          currency
        }
      }
      postmortem {
        id
        status
        version
        summary
        impact
        rootCauses
        contributingFactors
        whatWentWell
        whereWeGotLucky
        noActionReason
        publishedAt
        publishedBy
        timeline {
          at
          description
          recordedBy
        }
      }
      actionItems {
        id
        title
        status
        version
        committed
        dueDate
        overdue
        completedAt
        completedBy
        dropReason
        owner {
          username
          displayName
        }
        targetRisk {
          id
          title
        }
        becameRisk {
          id
          title
        }
        becameGate {
          id
          name
          milestone {
            id
            name
          }
        }
        becameInvestment {
          id
          name
        }
      }
      project {
        id
        key
        name
        currency
        myRole
        members {
          username
          displayName
          role
        }
        milestones(first: 100) {
          nodes {
            id
            name
            status
          }
        }
      }
    }
  }
`);

export type IncidentDetail = NonNullable<IncidentQuery['incident']>;
export type ActionItemRow = IncidentDetail['actionItems'][number];

export const incidentQueryKey = (id: string) => ['incident', id];

/** One incident with its losses, post-mortem and action items; `data.incident` is null when it cannot be seen. */
export function useIncident(id: string) {
  return useQuery({ queryKey: incidentQueryKey(id), queryFn: () => execute(IncidentDocument, { id }) });
}

export const IncidentReportOptionsDocument = graphql(`
  query IncidentReportOptions($projectId: ID!) {
    project(id: $projectId) {
      id
      milestones(first: 100) {
        nodes {
          id
          name
        }
      }
      risks(first: 100, filter: { status: [IDENTIFIED, MITIGATING, ACCEPTED, MATERIALIZED] }) {
        nodes {
          id
          title
        }
      }
    }
  }
`);

/** The milestones and open risks an incident report can name. */
export function useIncidentReportOptions(projectId: string) {
  return useQuery({
    queryKey: ['incident-report-options', projectId],
    queryFn: () => execute(IncidentReportOptionsDocument, { projectId }),
  });
}
