import type { ProjectRole } from '@/gql/graphql';

/** What the signed-in user may do in one project, from its project role (PRODUCT.md §2). */
export interface Permissions {
  /** Create, edit and close risks. */
  editRegister: boolean;
  /** Create and edit milestones, add and remove gates. */
  planMilestones: boolean;
  /** Record gate results (evidence): contributors only — not the manager who wants the milestone done, not admins. */
  recordEvidence: boolean;
}

export const READ_ONLY: Permissions = { editRegister: false, planMilestones: false, recordEvidence: false };

/**
 * Mirrors the server's `ProjectAction` table so the UI offers only what the API allows; the API
 * checks again (the token's role too), so this only decides which controls are shown.
 */
export function permissionsOf(myRole: ProjectRole | null | undefined, admin = false): Permissions {
  const recordEvidence = myRole === 'CONTRIBUTOR';
  if (admin) return { editRegister: true, planMilestones: true, recordEvidence };
  switch (myRole) {
    case 'MANAGER':
      return { editRegister: true, planMilestones: true, recordEvidence: false };
    case 'CONTRIBUTOR':
      return { editRegister: false, planMilestones: false, recordEvidence: true };
    default:
      return READ_ONLY;
  }
}
