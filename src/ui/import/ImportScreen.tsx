import type { Project } from "../../project/schema";

export interface ImportScreenProps {
  /** Back to the list of projects, nothing kept. */
  readonly close: () => void;
  /** Stores a project made from the import and opens it. */
  readonly open: (project: Project) => void;
}

export default function ImportScreen({ close }: ImportScreenProps) {
  return (
    <main id="main" className="import">
      <h2>Start from an MOU you already have</h2>
      <button type="button" onClick={close}>
        Back to your projects
      </button>
    </main>
  );
}
