import { updateAgreementDetails } from "../project/actions";
import { PROFILES } from "../profiles";
import { newId } from "../project/new-project";
import type { Project, School, Side } from "../project/schema";
import { SignatoriesEditor } from "./SignatoriesEditor";
import { Text } from "./fields/Text";
import { AGENCY_KINDS, SCHOOL_LEVELS } from "../project/schema";
import { SCHOOL_LEVEL_NAMES } from "../document/parts";
import { parseNumber } from "./fields/FieldControl";
import { PrintableMessage, usePrintable } from "./fields/usePrintable";
import { useRowFocus } from "./fields/useRowFocus";

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

/** Parties, signatories and the schedule of schools: the facts the parties topic covers. */
const schoolNameId = (i: number) => `school-${i}-name`;

export function PartiesEditor({ project, apply, readOnly }: Props) {
  const { agency, district } = project.parties;
  const schoolText = usePrintable("schools", false);
  const schoolFocus = useRowFocus(project.schools.length, schoolNameId, "add-school");
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
          <table className="schools cards">
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
                  <td data-label="School">
                    <input
                      id={schoolNameId(i)}
                      aria-label={`School ${i + 1}: name`}
                      value={school.name}
                      onChange={(e) =>
                        setSchool(i, { name: schoolText.clean(e.target, `School ${i + 1}: name: `) })
                      }
                      aria-describedby={schoolText.describedBy}
                      disabled={readOnly}
                      maxLength={300}
                    />
                  </td>
                  <td data-label="Level">
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
                  <td data-label="Address">
                    <input
                      aria-label={`School ${i + 1}: address`}
                      value={school.address}
                      onChange={(e) =>
                        setSchool(i, { address: schoolText.clean(e.target, `School ${i + 1}: address: `) })
                      }
                      aria-describedby={schoolText.describedBy}
                      disabled={readOnly}
                      maxLength={1000}
                    />
                  </td>
                  <td data-label="SROs assigned">
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
                      onClick={() => {
                        schoolFocus.removed();
                        setSchools(project.schools.filter((_, k) => k !== i));
                      }}
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
        <PrintableMessage id={schoolText.messageId} message={schoolText.message} />
        <button
          type="button"
          id="add-school"
          onClick={() => {
            schoolFocus.added(project.schools.length);
            setSchools([
              ...project.schools,
              { id: newId(), name: "", level: "high", address: "", officers: 1 },
            ]);
          }}
          disabled={readOnly}
        >
          Add a school
        </button>
      </fieldset>
      <SignatoriesEditor project={project} setParties={setParties} readOnly={readOnly} />
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
