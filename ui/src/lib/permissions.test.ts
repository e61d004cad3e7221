import { describe, expect, it } from 'vitest';
import { permissionsOf, READ_ONLY } from '@/lib/permissions';

describe('permissionsOf', () => {
  it('lets managers edit the register, plan, propose and write post-mortems, but not decide or record evidence', () => {
    expect(permissionsOf('MANAGER')).toEqual({
      ...READ_ONLY,
      editRegister: true,
      planMilestones: true,
      proposeInvestment: true,
      operateInvestment: true,
      reportIncident: true,
      writePostmortem: true,
    });
  });

  it('lets only contributors record evidence, and contributors report incidents', () => {
    expect(permissionsOf('CONTRIBUTOR')).toEqual({ ...READ_ONLY, recordEvidence: true, reportIncident: true });
  });

  it('lets only the sponsor decide investments and waive gates', () => {
    expect(permissionsOf('SPONSOR')).toEqual({ ...READ_ONLY, decideInvestment: true, waiveGate: true, operateInvestment: true });
  });

  it('gives viewers and non-members nothing to change', () => {
    expect(permissionsOf('VIEWER')).toEqual(READ_ONLY);
    expect(permissionsOf(null)).toEqual(READ_ONLY);
  });

  it('lets admins edit, plan and propose but not decide, waive or record evidence', () => {
    const admin = permissionsOf(null, true);
    expect(admin.editRegister && admin.planMilestones && admin.proposeInvestment && admin.writePostmortem).toBe(true);
    expect(admin.decideInvestment || admin.waiveGate || admin.recordEvidence).toBe(false);
  });
});
