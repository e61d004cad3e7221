import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { RiskFilter, RiskOrder } from '@/gql/graphql';
import { ErrorState, LoadingState } from '@/components/query-state';
import { SectionBoundary } from '@/components/section-boundary';
import { useRiskOptions } from '@/features/risks/api/get-risk-options';
import { useRiskRegister } from '@/features/risks/api/get-risk-register';
import { RiskFilterBar } from '@/features/risks/components/risk-filter-bar';
import { RiskRegisterTable } from '@/features/risks/components/risk-register-table';
import { parseRegisterSearch, registerSearchParams } from '@/features/risks/lib/register-search';

interface RiskRegisterProps {
  projectId: string;
  /** Shows the edit controls (the API refuses edits to those who may not anyway). */
  canEdit?: boolean;
  /** More toolbar actions for the current filter (CSV import and export go here). */
  toolbarActions?: (filter: RiskFilter) => ReactNode;
}

/**
 * A project's risk register: filtered and sorted by the server, 50 risks at a time with
 * "Load more". The filter and the order live in the URL, so a view can be shared and the
 * back button returns to the previous one.
 */
export function RiskRegister({ projectId, canEdit = false, toolbarActions }: RiskRegisterProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const { filter, orderBy } = parseRegisterSearch(searchParams);
  const register = useRiskRegister(projectId, orderBy, filter);
  const options = useRiskOptions(projectId);
  const [editingId, setEditingId] = useState<string | null>(null);

  const members = options.data?.project?.members ?? [];
  const milestones = options.data?.project?.milestones.nodes ?? [];
  const navigate = (next: { filter: RiskFilter; orderBy: RiskOrder }) => setSearchParams(registerSearchParams(next));

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
    content = <p className="empty">No risks match.</p>;
  } else {
    const { risks, totalCount } = register.data;
    const sorting = register.isPlaceholderData;
    content = (
      <>
        <p className="count" aria-live="polite" data-testid="register-count">
          Showing {risks.length} of {totalCount} {totalCount === 1 ? 'risk' : 'risks'}
        </p>
        {sorting && <LoadingState label="Loading risks…" />}
        <SectionBoundary name="The risk register">
          <RiskRegisterTable
            risks={risks}
            orderBy={orderBy}
            onOrderByChange={(next) => navigate({ filter, orderBy: next })}
            busy={sorting}
            editing={
              canEdit ? { projectId, options: { members, milestones }, editingId, onEdit: setEditingId } : undefined
            }
          />
        </SectionBoundary>
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
      <h2 id="risk-register-heading" className="visually-hidden">
        Risks
      </h2>
      <div className="toolbar" role="group" aria-label="Register tools">
        <RiskFilterBar
          filter={filter}
          members={members}
          milestones={milestones}
          onChange={(next) => navigate({ filter: next, orderBy })}
        />
        {toolbarActions && <div className="toolbar__actions">{toolbarActions(filter)}</div>}
      </div>
      {content}
    </section>
  );
}
