import { describe, expect, it } from 'vitest';
import { permissionsOf } from '@/lib/permissions';

describe('permissionsOf', () => {
  it('lets managers edit the register and plan, and only contributors record evidence', () => {
    expect(permissionsOf('MANAGER')).toEqual({ editRegister: true, planMilestones: true, recordEvidence: false });
    expect(permissionsOf('CONTRIBUTOR')).toEqual({ editRegister: false, planMilestones: false, recordEvidence: true });
    expect(permissionsOf('SPONSOR')).toEqual({ editRegister: false, planMilestones: false, recordEvidence: false });
    expect(permissionsOf('VIEWER')).toEqual({ editRegister: false, planMilestones: false, recordEvidence: false });
    expect(permissionsOf(null)).toEqual({ editRegister: false, planMilestones: false, recordEvidence: false });
  });

  it('lets admins edit and plan but not record evidence', () => {
    expect(permissionsOf(null, true)).toEqual({ editRegister: true, planMilestones: true, recordEvidence: false });
  });
});
