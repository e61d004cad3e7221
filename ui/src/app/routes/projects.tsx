import { ProjectsList } from '@/features/projects/components/projects-list';

export function ProjectsRoute() {
  return (
    <>
      <title>My projects · Averted</title>
      <h1>My projects</h1>
      <ProjectsList />
    </>
  );
}
