import { newId } from "../project/new-project";
import type { Project, Signatory } from "../project/schema";
import { SIGNATORY_ROLES } from "../project/schema";
import { Text } from "./fields/Text";

const ROLE_NAMES: Record<Signatory["role"], string> = {
  signatory: "Signs for the Party",
  attest: "Attests the signature (e.g. a clerk)",
  "approved-as-to-form": "Approves as to form (counsel)",
};

const SIDE_NAMES: Record<Signatory["side"], string> = {
  agency: "The Agency",
  district: "The District",
  other: "Another body",
};

interface Props {
  project: Project;
  setParties: (parties: Project["parties"], what: string) => void;
  readOnly: boolean;
}

/** Everyone who signs, attests or approves the MOU as to form, for either Party or another body. */
export function SignatoriesEditor({ project, setParties, readOnly }: Props) {
  const { signatories } = project.parties;
  const set = (i: number, change: Partial<Signatory>) =>
    setParties(
      { ...project.parties, signatories: signatories.map((x, k) => (k === i ? { ...x, ...change } : x)) },
      "Changed the signatories.",
    );
  return (
    <fieldset>
      <legend>Signatories</legend>
      <p className="help">
        Everyone whose signature block the MOU prints: any number for each Party (a chief, a city manager, a
        superintendent, a board chair), and where used an attest line or counsel&rsquo;s approval as to form.
        Each Party needs at least one person who signs for it.
      </p>
      {signatories.map((s, i) => (
        <div key={s.id} className="signatory">
          <div className="field">
            <label htmlFor={`sig-${s.id}-side`} className="field-label">
              Signatory {i + 1}: for
            </label>
            <select
              id={`sig-${s.id}-side`}
              value={s.side}
              onChange={(e) => set(i, { side: e.target.value as Signatory["side"] })}
              disabled={readOnly}
            >
              {(["agency", "district", "other"] as const).map((side) => (
                <option key={side} value={side}>
                  {SIDE_NAMES[side]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`sig-${s.id}-role`} className="field-label">
              Signatory {i + 1}: capacity
            </label>
            <select
              id={`sig-${s.id}-role`}
              value={s.role}
              onChange={(e) => set(i, { role: e.target.value as Signatory["role"] })}
              disabled={readOnly}
            >
              {SIGNATORY_ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_NAMES[role]}
                </option>
              ))}
            </select>
          </div>
          <Text
            id={`sig-${s.id}-name`}
            label={`Signatory ${i + 1}: name`}
            value={s.name}
            onChange={(name) => set(i, { name })}
            readOnly={readOnly}
            required
          />
          <Text
            id={`sig-${s.id}-title`}
            label={`Signatory ${i + 1}: title`}
            value={s.title}
            onChange={(title) => set(i, { title })}
            readOnly={readOnly}
          />
          {s.side === "other" && (
            <Text
              id={`sig-${s.id}-org`}
              label={`Signatory ${i + 1}: organization`}
              value={s.organization}
              onChange={(organization) => set(i, { organization })}
              readOnly={readOnly}
            />
          )}
          <button
            type="button"
            onClick={() =>
              setParties(
                { ...project.parties, signatories: signatories.filter((_, k) => k !== i) },
                "Removed a signatory.",
              )
            }
            disabled={readOnly}
          >
            Remove signatory {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          const id = newId();
          setParties(
            {
              ...project.parties,
              signatories: [
                ...signatories,
                { id, name: "", title: "", organization: "", role: "signatory", side: "district" },
              ],
            },
            "Added a signatory.",
          );
          // the new person's name is what a user types next
          requestAnimationFrame(() => document.getElementById(`sig-${id}-name`)?.focus());
        }}
        disabled={readOnly}
      >
        Add a signatory
      </button>
    </fieldset>
  );
}
