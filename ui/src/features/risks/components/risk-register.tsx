import { useState, type ReactNode } from 'react';
import type { RiskOrder } from '@/gql/graphql';
import { ErrorState, LoadingState } from '@/components/query-state';
import { DEFAULT_RISK_ORDER, useRiskRegister } from '@/features/risks/api/get-risk-register';
import { RiskRegisterTable } from '@/features/risks/components/risk-register-table';

interface RiskRegisterProps {
  projectId: string;
}

/** A project's risk register: server-sorted, 50 risks at a time with "Load more". */
export function RiskRegister({ projectId }: RiskRegisterProps) {
  const [orderBy, setOrderBy] = useState<RiskOrder>(DEFAULT_RISK_ORDER);
  const register = useRiskRegister(projectId, orderBy);

  let content: ReactNode;
  if (register.isPending) {
    content = <LoadingState label="Loading risks…" />;
  } else if (register.isError && !register.isFetchNextPageError) {
    content = (
      <ErrorState title="The risks could not be loaded." error={register.error} onRetry={() => void register.refetch()} />
    );
  } else if (!register.data.projectFound) {
    content = <p className="empty">Project not found.</p>;
  } else if (register.data.totalCount === 0 && register.data.risks.length === 0) {
    content = <p className="empty">No risks are recorded for this project yet.</p>;
  } else {
    const { risks, totalCount } = register.data;
    const sorting = register.isPlaceholderData;
    content = (
      <>
        <p className="count" aria-live="polite">
          Showing {risks.length} of {totalCount} {totalCount === 1 ? 'risk' : 'risks'}
        </p>
        {sorting && <LoadingState label="Sorting risks…" />}
        <RiskRegisterTable risks={risks} orderBy={orderBy} onOrderByChange={setOrderBy} busy={sorting} />
        {register.isFetchNextPageError && (
          <ErrorState
            title="More risks could not be loaded."
            error={register.error}
            onRetry={() => void register.fetchNextPage()}
          />
        )}
        {register.isFetchingNextPage && <LoadingState label="Loading more risks…" />}
        {register.hasNextPage && !sorting && (
          <button
            type="button"
            className="load-more"
            onClick={() => void register.fetchNextPage()}
            disabled={register.isFetchingNextPage}
          >
            Load more
          </button>
        )}
      </>
    );
  }

  return (
    <section className="risk-register-section" aria-labelledby="risk-register-heading">
      <h2 id="risk-register-heading">Risk register</h2>
      {content}
    </section>
  );
}
