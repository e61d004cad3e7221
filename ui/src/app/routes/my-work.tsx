import { MyWork } from '@/features/my-work/components/my-work';
import { useViewer } from '@/features/viewer/api/get-viewer';

/** `/my-work`: what needs the signed-in user, across its projects. */
export function MyWorkRoute() {
  const viewer = useViewer();
  return (
    <>
      <title>My work · Averted</title>
      <h1>My work</h1>
      <MyWork username={viewer.data?.viewer.username} />
    </>
  );
}
