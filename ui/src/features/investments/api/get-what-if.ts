import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { WhatIfSimulationQuery } from '@/gql/graphql';
import { execute, GraphQLResponseError } from '@/lib/graphql-client';

/** Simulated years of a what-if: enough for a steady curve, few enough to answer while the sponsor clicks. */
export const WHAT_IF_TRIALS = 20_000;
/** One seed for both simulations: the same draws, so the difference is the investments' effect, not noise. */
export const WHAT_IF_SEED = 1;

export const WhatIfSimulationDocument = graphql(`
  query WhatIfSimulation($projectId: ID!, $trials: Int!, $seed: BigInteger!, $assume: [ID!]!) {
    project(id: $projectId) {
      id
      current: lossSimulation(trials: $trials, seed: $seed) {
        risks
        inherent {
          ...WhatIfDistribution
        }
        residual {
          ...WhatIfDistribution
        }
      }
      whatIf: lossSimulation(trials: $trials, seed: $seed, assume: { investmentIds: $assume }) {
        residual {
          ...WhatIfDistribution
        }
      }
    }
  }

  fragment WhatIfDistribution on LossDistribution {
    mean {
      amount
      currency
    }
    p90 {
      amount
      currency
    }
    exceedanceCurve {
      loss {
        amount
        currency
      }
      probability
    }
  }
`);

export type WhatIfProject = NonNullable<WhatIfSimulationQuery['project']>;

/** The server refuses a user's second simulation while the first runs; a moment later it goes through. */
function refusedForNow(failureCount: number, error: Error): boolean {
  return failureCount < 4 && error instanceof GraphQLResponseError && /simulation/i.test(error.message);
}

/**
 * The project's loss simulation as it stands and with the `assumed` investments counted as in force,
 * in one request (the server runs them one after the other, from the same draws). While a new
 * selection is simulated, the previous answer stays on screen.
 */
export function useWhatIf(projectId: string, assumed: readonly string[]) {
  return useQuery({
    queryKey: ['what-if', projectId, WHAT_IF_TRIALS, WHAT_IF_SEED, assumed],
    queryFn: () =>
      execute(WhatIfSimulationDocument, {
        projectId,
        trials: WHAT_IF_TRIALS,
        seed: WHAT_IF_SEED,
        assume: [...assumed],
      }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    retry: refusedForNow,
    retryDelay: 400,
  });
}
