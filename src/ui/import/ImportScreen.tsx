import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { buildCheckup } from "../../import/checkup";
import type { TopicChoices } from "../../import/mapping";
import { checkFileSize, importErrorMessage, proposedChoices, withChoices } from "../../import/mapping";
import { projectFromConfirmed } from "../../import/to-project";
import type { ImportResult } from "../../import/types";
import { projectFacts } from "../../project/facts";
import { createProject } from "../../project/new-project";
import { startReviewFromImport } from "../../project/review-import";
import type { Project, Side } from "../../project/schema";
import { writeSide } from "../remembered";
import { PROFILES } from "../../profiles";
import type { Format } from "../../render/registry";
import { CheckupView } from "./CheckupView";
import { ChooseSource } from "./ChooseSource";
import { MappingScreen } from "./MappingScreen";
import type { PartyNames } from "./PartiesFound";
import "./import.css";

export interface ImportScreenProps {
  /** Back to the list of projects, nothing kept. */
  readonly close: () => void;
  /** Stores a project made from the import and opens it. */
  readonly open: (project: Project) => void;
}

/** What the person decided about one import; kept while they move between the mapping and the check-up. */
interface Decisions {
  readonly result: ImportResult;
  readonly choices: TopicChoices;
  readonly taken: ReadonlySet<string>;
  readonly names: PartyNames;
  readonly takeDate: boolean;
  readonly profiles: readonly string[];
  /** The Party the person acts for, in the project made from the import. */
  readonly side: Side;
}

function decisionsFor(result: ImportResult): Decisions {
  return {
    result,
    choices: proposedChoices(result),
    taken: new Set(),
    names: {
      agencyName: result.parties.agency?.value ?? "",
      districtName: result.parties.district?.value ?? "",
    },
    takeDate: false,
    profiles: [],
    side: "agency",
  };
}

type Step = "choose" | "map" | "checkup";

/**
 * Importing an existing MOU: choose or drop its file (or paste its text), confirm the topic of
 * each clause and the values to take, then create a project or read the check-up. The decisions
 * are made by the pure functions of src/import; this screen shows them and keeps the person's choices.
 */
export default function ImportScreen({ close, open }: ImportScreenProps) {
  const [step, setStep] = useState<Step>("choose");
  const [decisions, setDecisions] = useState<Decisions | null>(null);
  const [pasted, setPasted] = useState("");
  const [reading, setReading] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const latest = useRef(0);

  // each step starts at its heading, for keyboard and screen-reader users (in the commit itself, so
  // the heading never shows before it has the focus)
  useLayoutEffect(() => {
    document
      .getElementById(`${step === "choose" ? "import-choose" : step === "map" ? "mapping" : "checkup"}-title`)
      ?.focus();
  }, [step]);

  const accept = (run: number, result: ImportResult) => {
    if (run !== latest.current) return;
    setReading(null);
    setMessage(null);
    setDecisions(decisionsFor(result));
    setStep("map");
  };
  const refuse = (run: number, text: string) => {
    if (run !== latest.current) return;
    setReading(null);
    setMessage(text);
  };

  const readFile = async (file: File) => {
    const run = ++latest.current;
    const tooBig = checkFileSize(file);
    if (tooBig) return refuse(run, tooBig);
    setReading(file.name);
    setMessage(null);
    try {
      const { importFile } = await import("../../import/analyse");
      // pdf.js only for a PDF
      const loadPdfJs = async () => (await import("../../import/pdfjs-browser")).loadPdfJsBrowser();
      accept(run, await importFile(new Uint8Array(await file.arrayBuffer()), file.name, loadPdfJs));
    } catch (error) {
      refuse(run, importErrorMessage(error, file.name));
    }
  };
  const readPasted = async () => {
    const run = ++latest.current;
    try {
      const { importText } = await import("../../import/analyse");
      accept(run, importText(pasted));
    } catch (error) {
      refuse(run, importErrorMessage(error, "The pasted text"));
    }
  };

  const confirmed = useMemo(
    () => (decisions ? withChoices(decisions.result, decisions.choices) : null),
    [decisions],
  );
  const checkup = useMemo(
    () =>
      confirmed && decisions && step === "checkup"
        ? buildCheckup(
            confirmed,
            projectFacts(createProject("check-up")),
            PROFILES.filter((p) => decisions.profiles.includes(p.id)),
          )
        : null,
    [confirmed, decisions, step],
  );
  const update = (change: Partial<Decisions>) => setDecisions((d) => (d ? { ...d, ...change } : d));
  const makeProject = () =>
    confirmed && decisions
      ? projectFromConfirmed(confirmed, {
          ...decisions.names,
          taken: [...decisions.taken],
          takeEffectiveDate: decisions.takeDate,
          side: decisions.side,
        })
      : null;
  const openAs = (project: Project) => {
    if (decisions) writeSide(project.id, decisions.side);
    open(project);
  };

  return (
    <main id="main" className="import-screen">
      <nav className="row import-nav" aria-label="Import">
        <button type="button" onClick={close}>
          Back to your projects
        </button>
        {step !== "choose" && (
          <button type="button" onClick={() => setStep("choose")}>
            Import another file
          </button>
        )}
        {step === "checkup" && (
          <button type="button" onClick={() => setStep("map")}>
            Back to the clauses
          </button>
        )}
      </nav>
      {step === "choose" && (
        <ChooseSource
          busy={reading}
          message={message}
          pasted={pasted}
          setPasted={setPasted}
          readFile={(f) => void readFile(f)}
          readPasted={() => void readPasted()}
        />
      )}
      {step === "map" && decisions && (
        <MappingScreen
          result={decisions.result}
          choices={decisions.choices}
          choose={(clauseId, topicId) =>
            setDecisions((d) => (d ? { ...d, choices: { ...d.choices, [clauseId]: topicId } } : d))
          }
          taken={decisions.taken}
          toggle={(id) =>
            setDecisions((d) => {
              if (!d) return d;
              const taken = new Set(d.taken);
              if (!taken.delete(id)) taken.add(id);
              return { ...d, taken };
            })
          }
          names={decisions.names}
          setNames={(names) => update({ names })}
          takeDate={decisions.takeDate}
          setTakeDate={(takeDate) => update({ takeDate })}
          side={decisions.side}
          setSide={(side) => update({ side })}
          create={() => {
            const p = makeProject();
            if (p) openAs(p);
          }}
          showCheckup={() => setStep("checkup")}
          startReview={() => {
            if (confirmed && decisions)
              openAs(startReviewFromImport(confirmed, decisions.names, decisions.side));
          }}
        />
      )}
      {step === "checkup" && confirmed && checkup && decisions && (
        <CheckupView
          result={confirmed}
          checkup={checkup}
          profiles={decisions.profiles}
          setProfiles={(profiles) => update({ profiles })}
          exportAs={async (format: Format) => {
            const { exportCheckup } = await import("./export-checkup");
            return exportCheckup(confirmed, checkup, format, decisions.names);
          }}
        />
      )}
    </main>
  );
}
