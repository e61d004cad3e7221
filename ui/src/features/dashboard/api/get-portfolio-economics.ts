import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { PortfolioEconomicsQuery } from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

export const EconomicsFields = graphql(`
  fragment EconomicsFields on Economics {
    preventionCost {
      investments {
        id
        name
        returnOnInvestment
        annualizedCost {
          amount
          currency
        }
        expectedLossAvoided {
          amount
          currency
        }
      }
      annualized {
        amount
        currency
      }
      spendToDate {
        amount
        currency
      }
    }
    incidentLoss {
      total {
        amount
        currency
      }
    }
    expectedLossInherent {
      amount
      currency
    }
    expectedLossResidual {
      amount
      currency
    }
    expectedLossAvoided {
      amount
      currency
    }
    returnOnPrevention
    declinedPrevention {
      investment {
        id
        name
        vendor
        decidedBy
        decisionRationale
      }
      annualizedCost {
        amount
        currency
      }
      lossOnMitigatedRisks {
        amount
        currency
      }
      incidents {
        id
        title
        occurredAt
      }
    }
    costOfQuality {
      month
      prevention {
        amount
        currency
      }
      appraisal {
        amount
        currency
      }
      internalFailure {
        amount
        currency
      }
      externalFailure {
        amount
        currency
      }
    }
  }
`);

export const PortfolioEconomicsDocument = graphql(`
  query PortfolioEconomics {
    portfolio {
      currencies {
        currency
        projects {
          id
          key
          name
        }
        economics {
          ...EconomicsFields
        }
      }
    }
  }
`);

export type PortfolioCurrencyEconomics = PortfolioEconomicsQuery['portfolio']['currencies'][number];
export type Economics = PortfolioCurrencyEconomics['economics'];
export type DeclinedPreventionLine = Economics['declinedPrevention'][number];
export type CostOfQualityMonth = Economics['costOfQuality'][number];

/** The viewer's projects grouped by currency, each group's economics summed by the server. */
export function usePortfolioEconomics() {
  return useQuery({
    queryKey: ['portfolio', 'economics'],
    queryFn: () => execute(PortfolioEconomicsDocument),
  });
}

export const ProjectEconomicsDocument = graphql(`
  query ProjectEconomics($id: ID!, $trials: Int!, $seed: BigInteger!) {
    project(id: $id) {
      id
      key
      name
      currency
      economics {
        ...EconomicsFields
      }
      lossSimulation(trials: $trials, seed: $seed) {
        trials
        inherent {
          ...LossDistributionFields
        }
        residual {
          ...LossDistributionFields
        }
      }
    }
  }
`);

/** One project's economics and loss simulation, for the dashboard narrowed to it. */
export function useProjectEconomics(projectId: string, trials: number, seed: number) {
  return useQuery({
    queryKey: ['portfolio', 'project', projectId, trials, seed],
    queryFn: () => execute(ProjectEconomicsDocument, { id: projectId, trials, seed }),
    enabled: projectId !== '',
    staleTime: 60_000,
  });
}
