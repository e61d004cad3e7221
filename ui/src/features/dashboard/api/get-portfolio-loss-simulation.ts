import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { PortfolioLossSimulationQuery } from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

/** Simulated years per currency group; the server caps trials at 1,000,000. */
export const SIMULATION_TRIALS = 100_000;
/** A fixed seed, so the curve only moves when the register does. */
export const SIMULATION_SEED = 1;

/** The figures shown for each of the inherent and residual distributions. */
export const LossDistributionFields = graphql(`
  fragment LossDistributionFields on LossDistribution {
    mean { amount currency }
    p50 { amount currency }
    p90 { amount currency }
    p95 { amount currency }
    p99 { amount currency }
    probabilityOfAnyLoss
    exceedanceCurve {
      loss { amount currency }
      probability
    }
  }
`);

export const PortfolioLossSimulationDocument = graphql(`
  query PortfolioLossSimulation($trials: Int!, $seed: BigInteger!) {
    portfolio {
      currencies {
        currency
        lossSimulation(trials: $trials, seed: $seed) {
          trials
          inherent { ...LossDistributionFields }
          residual { ...LossDistributionFields }
        }
      }
    }
  }
`);

export type LossSimulation = NonNullable<PortfolioLossSimulationQuery['portfolio']['currencies'][number]['lossSimulation']>;
export type LossDistribution = LossSimulation['inherent'];

/**
 * The Monte Carlo loss simulation of each currency group. A query of its own: it is the slow
 * part of the dashboard, so the economics (and the declined prevention) do not wait for it.
 */
export function usePortfolioLossSimulation() {
  return useQuery({
    queryKey: ['portfolio', 'loss-simulation', SIMULATION_TRIALS, SIMULATION_SEED],
    queryFn: () => execute(PortfolioLossSimulationDocument, { trials: SIMULATION_TRIALS, seed: SIMULATION_SEED }),
    // The simulation only changes when a register does; no need to re-run it every 30 s.
    staleTime: 5 * 60_000,
  });
}
