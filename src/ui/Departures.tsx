import { useState } from "react";
import { acknowledgeDeparture } from "../project/actions";
import type { Acknowledgement, Project, Side } from "../project/schema";
import { SIDE_NAMES } from "../project/schema";
import type { DepartureCheck, TopicDefinition } from "../topics/types";
import { PrintableMessage, usePrintable } from "./fields/usePrintable";

interface Props {
  topic: TopicDefinition;
  departures: readonly DepartureCheck[];
  acknowledged: ReadonlyMap<string, Acknowledgement>;
  apply: (change: (p: Project, s: Side) => Project) => void;
  readOnly: boolean;
}

function Acknowledge({
  topic,
  departure,
  apply,
}: { topic: TopicDefinition; departure: DepartureCheck } & Pick<Props, "apply">) {
  const [note, setNote] = useState("");
  const id = `ack-${topic.id}-${departure.id}`;
  const noteText = usePrintable(id, true);
  return (
    <div className="ack-form">
      <label htmlFor={id}>Why the Parties depart (optional; kept, and printed in the departures annex)</label>
      <textarea
        id={id}
        rows={2}
        maxLength={5_000}
        value={note}
        onChange={(e) => setNote(noteText.clean(e.target))}
        aria-describedby={noteText.describedBy}
      />
      <PrintableMessage id={noteText.messageId} message={noteText.message} />
      <button
        type="button"
        onClick={() => apply((p, s) => acknowledgeDeparture(p, s, topic.id, departure.id, note.trim()))}
      >
        Acknowledge this departure as deliberate
      </button>
    </div>
  );
}

/** The answers that depart from the recommendation, and who acknowledged each and why. */
export function Departures({ topic, departures, acknowledged, apply, readOnly }: Props) {
  if (departures.length === 0) return null;
  return (
    <section className="departures" aria-labelledby="departures-title">
      <h3 id="departures-title">
        <span aria-hidden="true">⚠ </span>Departs from the recommendation
      </h3>
      <ul>
        {departures.map((d) => {
          const ack = acknowledged.get(d.id);
          return (
            <li key={d.id}>
              <p>
                <strong>{d.message}</strong> {d.recommendation}
              </p>
              {ack ? (
                <p className="ack">
                  Acknowledged as deliberate by the {SIDE_NAMES[ack.side]}
                  {ack.note ? `: ${ack.note}` : "."}
                </p>
              ) : (
                !readOnly && <Acknowledge topic={topic} departure={d} apply={apply} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
