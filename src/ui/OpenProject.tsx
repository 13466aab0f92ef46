import type { Project, Side } from "../project/schema";
import { ProjectScreen } from "./ProjectScreen";
import { useProject } from "./useProject";

/** A project on screen, as the app holds it: with its revision, side and whether it conflicts. */
export interface ProjectOnScreen {
  readonly kind: "project";
  readonly project: Project;
  readonly rev: number;
  readonly side: Side;
  readonly nonce: number;
  readonly conflict: boolean;
}

/** The open project: its session (saving, side, person acting) and its screen. */
export function OpenProject({
  screen,
  notice,
  undoMerge,
  close,
  reopen,
  saveAsCopy,
  startReview,
}: {
  screen: ProjectOnScreen;
  notice: string | null;
  undoMerge: (() => void) | null;
  close: () => void;
  reopen: (id: string) => void;
  saveAsCopy: (p: Project) => void;
  startReview: (p: Project) => void;
}) {
  const session = useProject(screen.project, screen.rev, screen.side, screen.conflict);
  return (
    <ProjectScreen
      session={session}
      notice={notice}
      undoMerge={undoMerge}
      close={close}
      reloadFromStorage={() => {
        session.discardUnsaved();
        reopen(screen.project.id);
      }}
      saveAsCopy={saveAsCopy}
      startReview={startReview}
    />
  );
}
