import type { ProjectRole } from '@/gql/graphql';

/** What the signed-in user may do in one project, from its project role (PRODUCT.md §2). */
export interface Permissions {
  /** Create, edit and close risks. */
  editRegister: boolean;
  /** Create and edit milestones, add and remove gates. */
  planMilestones: boolean;
  /** Record gate results (evidence): contributors only — not the manager who wants the milestone done, not admins. */
  recordEvidence: boolean;
  /** Propose investments with their mitigations: managers (and admins). */
  proposeInvestment: boolean;
  /** Approve or reject an investment: the project's sponsor only, not even an admin. */
  decideInvestment: boolean;
  /** Mark an approved investment ACTIVE or RETIRED: managers and the sponsor (and admins). */
  operateInvestment: boolean;
  /** Waive a gate, with a reason: the project's sponsor only. */
  waiveGate: boolean;
  /** Report incidents, add their losses and timeline entries: contributors and managers (and admins). */
  reportIncident: boolean;
  /** Write post-mortems and keep their action items: managers (and admins). */
  writePostmortem: boolean;
}

export const READ_ONLY: Permissions = {
  editRegister: false,
  planMilestones: false,
  recordEvidence: false,
  proposeInvestment: false,
  decideInvestment: false,
  operateInvestment: false,
  waiveGate: false,
  reportIncident: false,
  writePostmortem: false,
};

/**
 * Mirrors the server's `ProjectAction` table so the UI offers only what the API allows; the API
 * checks again (the token's role too), so this only decides which controls are shown.
 */
export function permissionsOf(myRole: ProjectRole | null | undefined, admin = false): Permissions {
  const manager = myRole === 'MANAGER';
  const sponsor = myRole === 'SPONSOR';
  const contributor = myRole === 'CONTRIBUTOR';
  const lead = manager || admin;
  return {
    editRegister: lead,
    planMilestones: lead,
    recordEvidence: contributor,
    proposeInvestment: lead,
    // members only: an admin's blanket rights stop short of the sponsor's decisions
    decideInvestment: sponsor,
    operateInvestment: lead || sponsor,
    waiveGate: sponsor,
    reportIncident: lead || contributor,
    writePostmortem: lead,
  };
}
