import { useId, useState } from "react";
import { addPerson, personLabel, PersonError } from "../project/conversation";
import type { Side } from "../project/schema";
import { SIDE_NAMES } from "../project/schema";
import type { ProjectSession } from "./useProject";

const SOMEONE_ELSE = "+new";

/**
 * Which Party this browser acts for, and the person acting: each change and message carries
 * that person's name. Switching side asks who is acting for the other Party.
 */
export function ActingFor({ session, readOnly }: { session: ProjectSession; readOnly: boolean }) {
  const { project, side, setSide, acting, setActing, apply } = session;
  const id = useId();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState("");
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const people = project.people.filter((p) => p.side === side);

  const add = () => {
    try {
      // checked here (a message for the field), then made on the latest project
      const { project: checked, person } = addPerson(project, side, name, title);
      if (checked !== project) apply((p) => addPerson(p, side, name, title, person.id).project);
      setActing(person.id);
      setAdding(false);
      setName("");
      setTitle("");
      setError(null);
    } catch (e) {
      if (e instanceof PersonError) setError(e.message);
      else throw e;
    }
  };

  return (
    <fieldset className="side-switch acting">
      <legend>Acting for</legend>
      {(["agency", "district"] as Side[]).map((s) => (
        <label key={s} className="option">
          <input
            type="radio"
            name="side"
            checked={side === s}
            onChange={() => {
              setSide(s);
              setAdding(false);
            }}
          />
          {SIDE_NAMES[s]}
        </label>
      ))}
      <label className="acting-person" htmlFor={`${id}-person`}>
        <span className="sr-only">Person acting for the {SIDE_NAMES[side]}</span>
        <select
          id={`${id}-person`}
          value={adding ? SOMEONE_ELSE : (acting?.id ?? "")}
          aria-describedby={acting ? undefined : `${id}-ask`}
          onChange={(e) => {
            const value = e.target.value;
            if (value === SOMEONE_ELSE) {
              setAdding(true);
              return;
            }
            setAdding(false);
            setActing(value || null);
          }}
        >
          <option value="">Who is acting?</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {personLabel(p)}
            </option>
          ))}
          {!readOnly && <option value={SOMEONE_ELSE}>Someone else…</option>}
        </select>
      </label>
      {!acting && !adding && (
        <p id={`${id}-ask`} className="acting-ask" role="status">
          Say who is acting for the {SIDE_NAMES[side]}: the name goes with each change and message.
        </p>
      )}
      {adding && (
        <div
          className="acting-add"
          role="group"
          aria-label={`Name a person acting for the ${SIDE_NAMES[side]}`}
        >
          <label>
            Name
            <input
              type="text"
              value={name}
              maxLength={300}
              autoFocus
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  add();
                }
              }}
              aria-invalid={error !== null}
              aria-describedby={error ? `${id}-error` : undefined}
            />
          </label>
          <label>
            Title
            <input type="text" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <button type="button" onClick={add}>
            Act as this person
          </button>
          <button type="button" onClick={() => setAdding(false)}>
            Cancel
          </button>
          {error && (
            <p id={`${id}-error`} className="error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
