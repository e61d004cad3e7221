import { Link, useParams } from 'react-router';
import { SectionBoundary } from '@/components/section-boundary';
import { Incidents } from '@/features/incidents/components/incidents';
import { MilestoneTimeline } from '@/features/milestones/components/milestone-timeline';
import { Milestones } from '@/features/milestones/components/milestones';
import { ProjectSummary } from '@/features/projects/components/project-summary';
import { RiskHeatMap } from '@/features/risks/components/risk-heat-map';
import { TopRisks } from '@/features/risks/components/top-risks';
import { ProjectFrame } from '@/app/routes/project-frame';

/** `/projects/:projectId`: the overview — heat map, timeline, top risks, milestones and incidents. */
export function ProjectRoute() {
  const { projectId = '' } = useParams();
  return (
    <ProjectFrame projectId={projectId}>
      {(project, permissions) => (
        <>
          <title>{`${project.key} ${project.name} · Averted`}</title>
          <ProjectSummary project={project} />
          <div className="overview-grid">
            <SectionBoundary name="The heat map">
              <RiskHeatMap projectId={projectId} />
            </SectionBoundary>
            <SectionBoundary name="The top risks">
              <TopRisks projectId={projectId} />
            </SectionBoundary>
          </div>
          <SectionBoundary name="The timeline">
            <MilestoneTimeline projectId={projectId} />
          </SectionBoundary>
          <SectionBoundary name="The milestones">
            <Milestones projectId={projectId} canPlan={permissions.planMilestones} />
          </SectionBoundary>
          <SectionBoundary name="The incidents">
            <Incidents projectId={projectId} />
          </SectionBoundary>
          <p>
            <Link to={`/projects/${projectId}/risks`}>Open the full risk register</Link>
          </p>
        </>
      )}
    </ProjectFrame>
  );
}
