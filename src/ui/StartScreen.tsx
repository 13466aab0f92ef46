import { useEffect, useRef, useState } from "react";
import type { NewProjectInput } from "../project/new-project";
import { standingText } from "../project/standing";
import * as z from "zod/mini";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { Problem } from "../project/load";
import type { FileSaved, ProjectSummary } from "../storage/db";
import type { Persistence } from "../storage/persist";
import type { VersionSummary } from "../storage/versions";
import { VersionsDialog } from "./VersionsDialog";
import { fileReminder } from "../storage/file-reminder";

export type { NewProjectInput };

const required = (message: string) =>
  z.string().check(z.trim(), z.minLength(1, message), z.maxLength(300, "Keep this under 300 characters."));
const optional = () => z.string().check(z.trim(), z.maxLength(300, "Keep this under 300 characters."));

const newProjectSchema = z.object({
  side: z.enum(["agency", "district"], { error: "Say which side you act for." }),
  name: required("Give the project a name."),
  agencyName: required("Enter the agency's name."),
  agencyHead: optional(),
  agencyHeadTitle: optional(),
  districtName: required("Enter the district's name."),
  superintendent: optional(),
});

function NewProjectForm({ create }: { create: (input: NewProjectInput) => void }) {
  const { register, handleSubmit, formState } = useForm<NewProjectInput>({
    resolver: zodResolver(newProjectSchema),
    defaultValues: {
      side: "agency",
      name: `SRO MOU ${new Date().getFullYear()}-${String((new Date().getFullYear() + 1) % 100).padStart(2, "0")}`,
      agencyHeadTitle: "Chief of Police",
    },
  });
  const e = formState.errors;
  const field = (key: keyof NewProjectInput, label: string, required = false) => (
    <div className="field">
      <label htmlFor={`new-${key}`} className="field-label">
        {label}
        {required && <span className="required"> (required)</span>}
      </label>
      <input
        id={`new-${key}`}
        type="text"
        {...register(key)}
        aria-invalid={Boolean(e[key])}
        aria-describedby={e[key] ? `new-${key}-error` : undefined}
      />
      {e[key] && (
        <p id={`new-${key}-error`} className="error" role="alert">
          {e[key]?.message}
        </p>
      )}
    </div>
  );
  return (
    <form onSubmit={(ev) => void handleSubmit(create)(ev)} noValidate aria-labelledby="new-title">
      <h2 id="new-title">Start a new MOU</h2>
      <fieldset>
        <legend>You act for</legend>
        <label className="option">
          <input type="radio" value="agency" {...register("side")} />
          The law enforcement agency
        </label>
        <label className="option">
          <input type="radio" value="district" {...register("side")} />
          The school district
        </label>
      </fieldset>
      {field("name", "Project name", true)}
      {field("agencyName", "Agency name", true)}
      {field("agencyHead", "Head of the agency (name)")}
      {field("agencyHeadTitle", "Head's title")}
      {field("districtName", "District name", true)}
      {field("superintendent", "Superintendent (name)")}
      <p className="help">You add the schools and everything else on the first topic.</p>
      <button type="submit" className="primary">
        Create the MOU
      </button>
    </form>
  );
}

export interface StartScreenProps {
  readonly projects: readonly ProjectSummary[];
  readonly problems: readonly Problem[] | null;
  readonly notice: string | null;
  readonly create: (input: NewProjectInput) => void;
  readonly openSample: () => void;
  /** Opens the sample annual review, to try the review meeting. */
  readonly openReviewSample: () => void;
  readonly openFile: (file: File) => void;
  readonly openStored: (id: string) => void;
  readonly rename: (id: string, name: string) => void;
  readonly duplicate: (id: string) => void;
  readonly remove: (id: string) => void;
  /** Whether the browser keeps this site's storage when space runs low (null: not known yet). */
  readonly persistence: Persistence | null;
  /** When each project was last saved to a file, in this browser. */
  readonly savedToFile: ReadonlyMap<string, FileSaved>;
  readonly saveToFile: (id: string) => void;
  readonly backUp: () => void;
  readonly restoreBackup: (file: File) => void;
  readonly restoreVersion: (id: string, version: VersionSummary) => void;
  readonly startImport: () => void;
}

const PERSISTENCE_TEXT: Record<Persistence, string> = {
  granted: "This browser keeps your projects even when space runs low. A backup file is still wise.",
  "not-granted": "This browser may clear your projects if space runs low — save backups to a file.",
  unsupported: "This browser may clear your projects if space runs low — save backups to a file.",
};

function Backups(props: StartScreenProps) {
  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">Backups</h2>
      {props.persistence && (
        <p className={props.persistence === "granted" ? "help" : "banner warn"} data-testid="persistence">
          {PERSISTENCE_TEXT[props.persistence]}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={props.backUp} disabled={props.projects.length === 0}>
          Back up all projects to a file
        </button>
        <button
          type="button"
          onClick={() => {
            // an input of its own, outside the page: the page keeps one file input, for projects
            const input = document.createElement("input");
            input.type = "file";
            input.accept = ".json,application/json";
            input.addEventListener("change", () => {
              const file = input.files?.[0];
              if (file) props.restoreBackup(file);
            });
            input.click();
          }}
        >
          Restore from a backup file…
        </button>
      </div>
      <p className="help">
        Restoring never overwrites a project: one that is here with other changes is kept beside it.
      </p>
    </section>
  );
}

export function StartScreen(props: StartScreenProps) {
  const { projects, problems, notice } = props;
  const [confirming, setConfirming] = useState<ProjectSummary | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [versionsOf, setVersionsOf] = useState<ProjectSummary | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (confirming) dialog.current?.showModal();
    else dialog.current?.close();
  }, [confirming]);

  return (
    <main id="main" className="start">
      {notice && (
        <p className="banner" role="status">
          {notice}
        </p>
      )}
      {problems && (
        <section className="banner" role="alert" aria-labelledby="problems-title">
          <h2 id="problems-title">That file could not be opened</h2>
          <p>Nothing in this browser was changed. What is wrong:</p>
          <ul>
            {problems.slice(0, 20).map((p, i) => (
              <li key={i}>
                {p.path !== "(file)" && <code>{p.path}</code>} {p.message}
              </li>
            ))}
          </ul>
          {problems.length > 20 && <p>…and {problems.length - 20} more.</p>}
        </section>
      )}
      <div className="start-grid">
        <section aria-labelledby="projects-title">
          <h2 id="projects-title">Your MOU projects in this browser</h2>
          {projects.length === 0 ? (
            <p>None yet. Start a new MOU, or open the sample to explore.</p>
          ) : (
            <ul className="project-list">
              {projects.map((p) => (
                <li key={p.id}>
                  {renaming === p.id ? (
                    <form
                      onSubmit={(ev) => {
                        ev.preventDefault();
                        const value = new FormData(ev.currentTarget).get("name");
                        if (typeof value === "string" && value.trim()) props.rename(p.id, value.trim());
                        setRenaming(null);
                      }}
                    >
                      <label htmlFor={`rename-${p.id}`}>New name</label>
                      <input id={`rename-${p.id}`} name="name" defaultValue={p.name} maxLength={300} />
                      <button type="submit">Save name</button>
                      <button type="button" onClick={() => setRenaming(null)}>
                        Cancel
                      </button>
                    </form>
                  ) : (
                    <button
                      type="button"
                      className="link project-open"
                      onClick={() => props.openStored(p.id)}
                    >
                      {p.name}
                    </button>
                  )}
                  <span className="meta">
                    {p.agency || "[agency]"} and {p.district || "[district]"} · last changed{" "}
                    {new Date(p.updatedAt).toLocaleString("en-US", {
                      dateStyle: "medium",
                      timeStyle: "short",
                    })}
                  </span>
                  {p.standing && (
                    <span className="meta standing" data-testid="standing">
                      {standingText(p.standing)}
                    </span>
                  )}
                  {fileReminder(props.savedToFile.get(p.id), p.updatedAt) !== null && (
                    <span className="file-reminder" data-testid="file-reminder">
                      {fileReminder(props.savedToFile.get(p.id), p.updatedAt)}{" "}
                      <button type="button" onClick={() => props.saveToFile(p.id)}>
                        Save to file <span className="sr-only">{p.name}</span>
                      </button>
                    </span>
                  )}
                  <span className="row">
                    <button type="button" onClick={() => setVersionsOf(p)}>
                      Earlier versions <span className="sr-only">of {p.name}</span>
                    </button>
                    <button type="button" onClick={() => setRenaming(p.id)}>
                      Rename <span className="sr-only">{p.name}</span>
                    </button>
                    <button type="button" onClick={() => props.duplicate(p.id)}>
                      Duplicate <span className="sr-only">{p.name}</span>
                    </button>
                    <button type="button" onClick={() => setConfirming(p)}>
                      Delete <span className="sr-only">{p.name}</span>
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h2>Open</h2>
          <div className="row">
            <button type="button" onClick={props.openSample}>
              Open the sample MOU
            </button>
            <button type="button" onClick={props.openReviewSample}>
              Try an annual review meeting (sample)
            </button>
            <label className="file-button">
              Open a .mou.json file (or drop it here)
              <input
                type="file"
                accept=".json,.mou.json,application/json"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) props.openFile(file);
                  e.target.value = "";
                }}
              />
            </label>
          </div>
          <Backups {...props} />
        </section>
        <section>
          <NewProjectForm create={props.create} />
          <button type="button" className="import-start" onClick={props.startImport}>
            Start from an MOU you already have (DOCX, PDF or text)
          </button>
        </section>
      </div>
      {versionsOf && (
        <VersionsDialog
          projectId={versionsOf.id}
          projectName={versionsOf.name}
          close={() => setVersionsOf(null)}
          restore={(v) => {
            props.restoreVersion(versionsOf.id, v);
            setVersionsOf(null);
          }}
        />
      )}
      <dialog ref={dialog} aria-labelledby="confirm-title" onClose={() => setConfirming(null)}>
        <h2 id="confirm-title">Delete “{confirming?.name}”?</h2>
        <p>
          The project is removed from this browser. Files you saved are not affected. This cannot be undone.
        </p>
        <div className="row">
          <button
            type="button"
            className="danger"
            onClick={() => {
              if (confirming) props.remove(confirming.id);
              setConfirming(null);
            }}
          >
            Delete
          </button>
          <button type="button" onClick={() => setConfirming(null)} autoFocus>
            Keep it
          </button>
        </div>
      </dialog>
    </main>
  );
}
