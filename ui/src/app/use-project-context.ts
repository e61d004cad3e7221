import { useProject } from '@/features/projects/api/get-project';
import { useViewer } from '@/features/viewer/api/get-viewer';
import { permissionsOf } from '@/lib/permissions';

/** A project and what the signed-in user may do in it (from its project role; admins may do all). */
export function useProjectContext(projectId: string) {
  const project = useProject(projectId);
  const viewer = useViewer();
  const admin = viewer.data?.viewer.roles.includes('admin') ?? false;
  return { project, permissions: permissionsOf(project.data?.project?.myRole, admin) };
}
