import type { TopicChoices } from "../../import/mapping";
import type { Side } from "../../project/schema";
import { SIDES } from "../../project/schema";
import type { ImportResult } from "../../import/types";
import { ClauseMappingList } from "./ClauseMappingList";
import type { PartyNames } from "./PartiesFound";
import { PartiesFound } from "./PartiesFound";
import { SuggestedAnswers } from "./SuggestedAnswers";

const FORMAT_NAMES = { docx: "Word document", pdf: "PDF", text: "text" } as const;

/**
 * The mapping of an imported MOU: every clause with its proposed topic to confirm or change, the
 * suggested answers to take, and the parties found; then a project or the check-up.
 */
export function MappingScreen(props: {
  result: ImportResult;
  choices: TopicChoices;
  choose: (clauseId: string, topicId: string | null) => void;
  taken: ReadonlySet<string>;
  toggle: (id: string) => void;
  names: PartyNames;
  setNames: (names: PartyNames) => void;
  takeDate: boolean;
  setTakeDate: (take: boolean) => void;
  side: Side;
  setSide: (side: Side) => void;
  create: () => void;
  showCheckup: () => void;
  startReview: () => void;
}) {
  const { result, choices } = props;
  const mapped = Object.values(choices).filter((t) => t !== null).length;
  const actions = (
    <div className="row">
      <button type="button" className="primary" onClick={props.create}>
        Create the project
      </button>
      <button type="button" onClick={props.showCheckup}>
        Check-up
      </button>
      <button type="button" onClick={props.startReview}>
        Start the annual review from this MOU
      </button>
    </div>
  );
  return (
    <section aria-labelledby="mapping-title" className="import-mapping">
      <h2 id="mapping-title" tabIndex={-1}>
        Check the topic of each clause
      </h2>
      <p>
        “{result.source.name}” ({FORMAT_NAMES[result.source.format]}
        {result.source.pages !== null &&
          `, ${result.source.pages} ${result.source.pages === 1 ? "page" : "pages"}`}
        ): {result.clauses.length} clauses, {mapped} matched to a topic. Change a topic with its list; a
        clause with no topic stays among the other provisions, word for word.
      </p>
      {result.warnings.length > 0 && (
        <ul className="banner warn">
          {result.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <fieldset className="import-side">
        <legend>You act for</legend>
        {SIDES.map((side) => (
          <label key={side} className="option">
            <input
              type="radio"
              name="import-side"
              checked={props.side === side}
              onChange={() => props.setSide(side)}
            />
            {side === "agency" ? "The law enforcement agency" : "The school district"}
          </label>
        ))}
      </fieldset>
      {actions}
      <ClauseMappingList result={result} choices={choices} choose={props.choose} />
      <div className="import-extras">
        <SuggestedAnswers result={result} taken={props.taken} toggle={props.toggle} />
        <PartiesFound
          result={result}
          names={props.names}
          setNames={props.setNames}
          takeDate={props.takeDate}
          setTakeDate={props.setTakeDate}
        />
      </div>
      <p className="help">
        “Create the project” starts a new MOU with these parties and the values you took; “Check-up” compares
        this MOU with the recommendations, with the topics as you set them; “Start the annual review” takes
        this MOU, word for word, as the signed text to review: each topic keeps its clauses until you give it
        answers, and the redline shows the change.
      </p>
      {actions}
    </section>
  );
}
