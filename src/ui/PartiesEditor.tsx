import { updateAgreementDetails } from "../project/actions";
import { PROFILES } from "../profiles";
import { newId } from "../project/new-project";
import type { Project, School, Side, Signatory } from "../project/schema";
import { AGENCY_KINDS, SCHOOL_LEVELS } from "../project/schema";
import { SCHOOL_LEVEL_NAMES } from "../document/parts";
import { parseNumber } from "./fields/FieldControl";

const KIND_NAMES: Record<(typeof AGENCY_KINDS)[number], string> = {
  "police-department": "Police department",
  "sheriffs-office": "Sheriff's office",
  "school-police": "School district police",
  "state-police": "State police",
  other: "Other agency",
};

interface Props {
  project: Project;
  apply: (change: (p: Project, s: Side) => Project) => void;
  readOnly: boolean;
}

function Text({
  id,
  label,
  value,
  onChange,
  readOnly,
  required,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  readOnly: boolean;
  required?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
        {required && <span className="required"> (required)</span>}
      </label>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={300}
        onChange={(e) => onChange(e.target.value)}
        disabled={readOnly}
      />
    </div>
  );
}

/** Parties, signatories and the schedule of schools: the facts the parties topic covers. */
export function PartiesEditor({ project, apply, readOnly }: Props) {
  const { agency, district, signatories } = project.parties;
  const setParties = (parties: Project["parties"], what: string) =>
    apply((p, s) => updateAgreementDetails(p, s, { parties }, what));
  const setSchools = (schools: School[]) =>
    apply((p, s) => updateAgreementDetails(p, s, { schools }, "Changed the schedule of schools."));
  const setAgency = (change: Partial<typeof agency>) =>
    setParties({ ...project.parties, agency: { ...agency, ...change } }, "Changed the Agency's details.");
  const setDistrict = (change: Partial<typeof district>) =>
    setParties(
      { ...project.parties, district: { ...district, ...change } },
      "Changed the District's details.",
    );
  const setSignatory = (i: number, change: Partial<Signatory>) =>
    setParties(
      { ...project.parties, signatories: signatories.map((x, k) => (k === i ? { ...x, ...change } : x)) },
      "Changed the further signatories.",
    );
  const setSchool = (i: number, change: Partial<School>) =>
    setSchools(project.schools.map((x, k) => (k === i ? { ...x, ...change } : x)));

  return (
    <div className="parties">
      <fieldset>
        <legend>The Agency</legend>
        <Text
          id="agency-name"
          label="Agency name"
          value={agency.name}
          onChange={(name) => setAgency({ name })}
          readOnly={readOnly}
          required
        />
        <div className="field">
          <label htmlFor="agency-kind" className="field-label">
            Kind of agency
          </label>
          <select
            id="agency-kind"
            value={agency.kind}
            onChange={(e) => setAgency({ kind: e.target.value as typeof agency.kind })}
            disabled={readOnly}
          >
            {AGENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_NAMES[k]}
              </option>
            ))}
          </select>
        </div>
        <Text
          id="agency-head"
          label="Head of the Agency (name)"
          value={agency.headName}
          onChange={(headName) => setAgency({ headName })}
          readOnly={readOnly}
          required
        />
        <Text
          id="agency-head-title"
          label="Head's title"
          value={agency.headTitle}
          onChange={(headTitle) => setAgency({ headTitle })}
          readOnly={readOnly}
          required
        />
        <Text
          id="agency-address"
          label="Agency address"
          value={agency.address}
          onChange={(address) => setAgency({ address })}
          readOnly={readOnly}
        />
      </fieldset>
      <fieldset>
        <legend>The District</legend>
        <Text
          id="district-name"
          label="District name"
          value={district.name}
          onChange={(name) => setDistrict({ name })}
          readOnly={readOnly}
          required
        />
        <Text
          id="district-superintendent"
          label="Superintendent (name)"
          value={district.superintendentName}
          onChange={(superintendentName) => setDistrict({ superintendentName })}
          readOnly={readOnly}
          required
        />
        <Text
          id="district-chair"
          label="Board chair (name, if the chair signs)"
          value={district.boardChairName}
          onChange={(boardChairName) => setDistrict({ boardChairName })}
          readOnly={readOnly}
        />
        <Text
          id="district-address"
          label="District address"
          value={district.address}
          onChange={(address) => setDistrict({ address })}
          readOnly={readOnly}
        />
      </fieldset>
      <fieldset>
        <legend>Schedule of schools (Exhibit A)</legend>
        <div className="scroll-x" tabIndex={0} role="region" aria-label="Schedule of schools table">
          <table className="schools">
            <thead>
              <tr>
                <th scope="col">School</th>
                <th scope="col">Level</th>
                <th scope="col">Address</th>
                <th scope="col">SROs assigned</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {project.schools.map((school, i) => (
                <tr key={school.id}>
                  <td>
                    <input
                      aria-label={`School ${i + 1}: name`}
                      value={school.name}
                      onChange={(e) => setSchool(i, { name: e.target.value })}
                      disabled={readOnly}
                      maxLength={300}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={`School ${i + 1}: level`}
                      value={school.level}
                      onChange={(e) => setSchool(i, { level: e.target.value as School["level"] })}
                      disabled={readOnly}
                    >
                      {SCHOOL_LEVELS.map((l) => (
                        <option key={l} value={l}>
                          {SCHOOL_LEVEL_NAMES[l]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={`School ${i + 1}: address`}
                      value={school.address}
                      onChange={(e) => setSchool(i, { address: e.target.value })}
                      disabled={readOnly}
                      maxLength={1000}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`School ${i + 1}: SROs assigned (0.5 for an officer shared with another school)`}
                      inputMode="decimal"
                      className="short"
                      defaultValue={String(school.officers)}
                      onChange={(e) => {
                        const n = parseNumber(e.target.value);
                        if (typeof n === "number" && n >= 0 && n <= 50) setSchool(i, { officers: n });
                      }}
                      disabled={readOnly}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      onClick={() => setSchools(project.schools.filter((_, k) => k !== i))}
                      disabled={readOnly}
                    >
                      Remove <span className="sr-only">school {i + 1}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button
          type="button"
          onClick={() =>
            setSchools([
              ...project.schools,
              { id: newId(), name: "", level: "high", address: "", officers: 1 },
            ])
          }
          disabled={readOnly}
        >
          Add a school
        </button>
      </fieldset>
      <fieldset>
        <legend>Further signatories</legend>
        {signatories.length === 0 && (
          <p className="help">For example a city manager, or counsel who approves the MOU as to form.</p>
        )}
        {signatories.map((s, i) => (
          <div key={s.id} className="signatory">
            <Text
              id={`sig-${s.id}-name`}
              label={`Signatory ${i + 1}: name`}
              value={s.name}
              onChange={(name) => setSignatory(i, { name })}
              readOnly={readOnly}
            />
            <Text
              id={`sig-${s.id}-title`}
              label={`Signatory ${i + 1}: title`}
              value={s.title}
              onChange={(title) => setSignatory(i, { title })}
              readOnly={readOnly}
            />
            <Text
              id={`sig-${s.id}-org`}
              label={`Signatory ${i + 1}: organization`}
              value={s.organization}
              onChange={(organization) => setSignatory(i, { organization })}
              readOnly={readOnly}
            />
            <label className="option">
              <input
                type="checkbox"
                checked={s.role === "approved-as-to-form"}
                onChange={(e) =>
                  setSignatory(i, { role: e.target.checked ? "approved-as-to-form" : "signatory" })
                }
                disabled={readOnly}
              />
              Signs “approved as to form” (counsel)
            </label>
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
          onClick={() =>
            setParties(
              {
                ...project.parties,
                signatories: [
                  ...signatories,
                  { id: newId(), name: "", title: "", organization: "", role: "signatory", side: "other" },
                ],
              },
              "Added a signatory.",
            )
          }
          disabled={readOnly}
        >
          Add a signatory
        </button>
      </fieldset>
      <fieldset className="profiles" aria-describedby="profiles-help">
        <legend>Laws and grants this MOU must meet</legend>
        <p id="profiles-help" className="help">
          Choose any that apply. The topics each one names become required, its demands are checked as open
          items, and the MOU says the Parties intend to meet it. These are summaries of public sources, not
          legal advice: laws change, so have counsel confirm them.
        </p>
        {PROFILES.map((profile) => (
          <div key={profile.id} className="profile-option">
            <input
              id={`profile-${profile.id}`}
              type="checkbox"
              aria-describedby={`profile-${profile.id}-summary`}
              checked={project.profiles.includes(profile.id)}
              disabled={readOnly}
              onChange={(e) => {
                const on = e.target.checked;
                apply((p, s) => {
                  const ids = on
                    ? PROFILES.filter((x) => x.id === profile.id || p.profiles.includes(x.id)).map(
                        (x) => x.id,
                      )
                    : p.profiles.filter((id) => id !== profile.id);
                  return updateAgreementDetails(
                    p,
                    s,
                    { profiles: ids },
                    `${on ? "Chose" : "Removed"} the requirements of ${profile.label}.`,
                  );
                });
              }}
            />
            <label htmlFor={`profile-${profile.id}`}>
              <strong>{profile.label}</strong> <span className="citation">({profile.citation})</span>
            </label>
            <p id={`profile-${profile.id}-summary`} className="help">
              {profile.summary}
            </p>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
