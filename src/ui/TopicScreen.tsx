import { zodResolver } from "@hookform/resolvers/zod";
import { Conversation } from "./Conversation";
import { Suspense, lazy, useRef, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import type { FieldValues, Resolver } from "react-hook-form";
import { isBlank, isVisible, visibleAnswers } from "../topics/define";
import { recommendedAnswers } from "../topics/registry";
import type { Answers, FieldDef, TopicDefinition } from "../topics/types";
import { GROUP_TITLES } from "../topics/types";
import { setAnswer, setAnswers, setCustomClause, setIncluded } from "../project/actions";
import { REASON_LABELS, isIncluded } from "../project/open-items";
import { progress } from "../project/status";
import type { Project, Side } from "../project/schema";
import { SIDE_NAMES } from "../project/schema";
import type { ReviewDecision } from "../project/review";
import { DECISION_ACTIONS, DECISION_MADE, setReviewDecision } from "../project/review";
import { FieldControl } from "./fields/FieldControl";
import { PrintableMessage, usePrintable } from "./fields/usePrintable";
import { PartiesEditor } from "./PartiesEditor";
import { Departures } from "./Departures";
import { Positions } from "./Positions";
import { ProfileSource } from "./ProfileSource";
import type { Apply } from "./useProject";
import { ErrorBoundary } from "./ErrorBoundary";

// the clause text comes from the document model and templates, loaded when first needed
const TopicClauses = lazy(() => import("./TopicClauses"));

export interface TopicScreenProps {
  readonly topic: TopicDefinition;
  readonly project: Project;
  readonly side: Side;
  readonly apply: Apply;
  readonly previous: TopicDefinition | null;
  readonly next: TopicDefinition | null;
  readonly go: (topicId: string) => void;
  readonly readOnly?: boolean;
}

function FieldRow({
  def,
  topicId,
  value,
  error,
  onCommit,
  disabled,
}: {
  def: FieldDef;
  topicId: string;
  value: unknown;
  error: string | undefined;
  onCommit: (v: unknown) => void;
  disabled: boolean;
}) {
  const id = `f-${topicId}-${def.key}`;
  const helpId = def.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  const isGroup = def.kind === "boolean" || def.kind === "choice" || def.kind === "multi";
  const labelProps = isGroup ? { id: `${id}-label` } : { htmlFor: id, id: `${id}-label` };
  const Label = isGroup ? "span" : "label";
  return (
    <div className={`field field-${def.kind}`} id={`${id}-field`}>
      <Label className="field-label" {...labelProps}>
        {def.label}
        {def.required ? (
          <span className="required"> (required)</span>
        ) : (
          <span className="optional"> (optional)</span>
        )}
      </Label>
      {def.help && (
        <p id={helpId} className="help">
          {def.help}
        </p>
      )}
      <FieldControl
        def={def}
        id={id}
        value={value}
        onChange={onCommit}
        describedBy={describedBy}
        invalid={Boolean(error)}
        disabled={disabled}
      />
      {error && (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function TopicFields({
  topic,
  project,
  apply,
  readOnly,
}: Pick<TopicScreenProps, "topic" | "project" | "apply" | "readOnly">) {
  const answers = (project.topics[topic.id]?.answers ?? {}) as Answers;
  const { control, trigger, setValue } = useForm<FieldValues>({
    defaultValues: Object.fromEntries(topic.fields.map((f) => [f.key, answers[f.key] ?? null])),
    // the topic schema is built at run time from its fields, so its static type is a plain record
    resolver: zodResolver(topic.schema as never) as unknown as Resolver<FieldValues>,
    mode: "onChange",
  });
  const values = useWatch({ control }) as Answers;

  const commit = (def: FieldDef, value: unknown) => {
    setValue(def.key, value, { shouldValidate: true, shouldDirty: true });
    void trigger(def.key);
    const blank = value === null || value === undefined || isBlank(value as Answers[string]);
    if (blank) apply((p, s) => setAnswer(p, s, topic.id, def.key, null));
    else if (def.schema.safeParse(value).success) apply((p, s) => setAnswer(p, s, topic.id, def.key, value));
  };

  return (
    <div className="fields">
      {topic.fields
        .filter((def) => isVisible(def, values))
        .map((def) => (
          <Controller
            key={def.key}
            name={def.key}
            control={control}
            render={({ field, fieldState }) => (
              <FieldRow
                def={def}
                topicId={topic.id}
                value={field.value}
                error={fieldState.error?.message}
                onCommit={(v) => commit(def, v)}
                disabled={Boolean(readOnly)}
              />
            )}
          />
        ))}
    </div>
  );
}

const decisionMade = (d: ReviewDecision | undefined) => (d ? DECISION_MADE[d] : "Not yet decided");

/** Who changed what in this topic, newest first; a withdrawn agreement is announced. */
function TopicHistory({ project, topicId }: { project: Project; topicId: string }) {
  const entries = project.history
    .filter((h) => h.topicId === topicId)
    .slice(-8)
    .reverse();
  // the edit that withdrew an agreement is logged just before the change itself
  const shown = entries.slice(0, 2).find((e) => e.kind === "withdrawn");
  return (
    <section className="history" aria-labelledby={`history-${topicId}`}>
      <p role="status" className="withdrawn">
        {shown ? shown.what : ""}
      </p>
      <details>
        <summary id={`history-${topicId}`}>Changes to this topic ({entries.length})</summary>
        {entries.length === 0 ? (
          <p>No changes yet.</p>
        ) : (
          <ul>
            {entries.map((h, i) => (
              <li key={i}>
                {new Date(h.at).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })},{" "}
                {SIDE_NAMES[h.side]}
                {h.by ? ` (${h.by})` : ""}: {h.what}
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}

export function TopicScreen({
  topic,
  project,
  side,
  apply,
  previous,
  next,
  go,
  readOnly = false,
}: TopicScreenProps) {
  const state = project.topics[topic.id];
  const included = isIncluded(topic, state);
  const answers = (state?.answers ?? {}) as Answers;
  // the topic's items and departures as the topic list and the header see them, worked out once
  const view = progress(project, side).views.get(topic.id);
  const items = view?.items ?? [];
  const recommended = visibleAnswers(topic.fields, { ...answers, ...recommendedAnswers(topic) });
  const hasRecommendation = Object.keys(recommended).length > 0;
  const departures = view?.departures ?? [];
  const acknowledged = new Map(state?.acknowledgements.map((a) => [a.departureId, a]));
  // the form is rebuilt when answers change from outside it (the recommended values)
  const [formVersion, setFormVersion] = useState(0);
  const formKey = `${topic.id}:${formVersion}`;
  const customText = usePrintable(`custom-${topic.id}`, true);
  // after agreeing, the next topic is the useful next step (the Agree button is disabled then)
  const nextRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const afterAgree = () => (nextRef.current ?? headingRef.current)?.focus();

  return (
    <article className="topic" aria-labelledby="topic-title">
      <p className="eyebrow">{GROUP_TITLES[topic.group]}</p>
      <h2 id="topic-title" tabIndex={-1} ref={headingRef}>
        {topic.title}
      </h2>
      <section className="guidance" aria-label="What is recommended">
        <p>{topic.summary}</p>
        <p className="source">Source: {topic.sources.map((s) => s.name).join("; ")}.</p>
      </section>

      {!topic.coversParties && (
        <fieldset className="include">
          <legend className="sr-only">Is this topic part of the MOU?</legend>
          <label className="option">
            <input
              type="radio"
              name={`included-${topic.id}`}
              checked={included}
              onChange={() => apply((p, s) => setIncluded(p, s, topic.id, true))}
              disabled={readOnly}
            />
            The MOU addresses this topic{topic.required ? " (recommended)" : " (optional topic)"}
          </label>
          <label className="option">
            <input
              type="radio"
              name={`included-${topic.id}`}
              checked={!included}
              onChange={() => apply((p, s) => setIncluded(p, s, topic.id, false))}
              disabled={readOnly}
            />
            Not addressed in this MOU: the topic is left out of the document
          </label>
          {!included && topic.required && (
            <p className="help">
              Leaving a recommended topic out needs both Parties&rsquo; agreement, like any text. A law or
              grant chosen for the MOU that needs the topic keeps it open.
            </p>
          )}
        </fieldset>
      )}

      {items.length > 0 && (
        <section className="topic-open" aria-labelledby="topic-open-title">
          <h3 id="topic-open-title">Open items in this topic ({items.length})</h3>
          <ul>
            {items.map((i, n) => (
              <li key={n}>
                <strong>{REASON_LABELS[i.reason]}:</strong> {i.message}
                <ProfileSource source={i.source} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {included && (
        <>
          {items.length === 0 && (
            <p className="topic-done">
              <span aria-hidden="true">✓ </span>Nothing open: both parties agree to this topic.
            </p>
          )}

          {topic.coversParties && <PartiesEditor project={project} apply={apply} readOnly={readOnly} />}

          <div className="topic-columns">
            <div className="topic-main">
              <section aria-labelledby="answers-title">
                <div className="section-head">
                  <h3 id="answers-title">Answers</h3>
                  {hasRecommendation && !readOnly && (
                    <button
                      type="button"
                      onClick={() => {
                        apply((p, s) =>
                          setAnswers(p, s, topic.id, recommended, "Used the recommended values."),
                        );
                        setFormVersion((v) => v + 1);
                      }}
                    >
                      Use the recommended values
                    </button>
                  )}
                </div>
                <TopicFields
                  key={formKey}
                  topic={topic}
                  project={project}
                  apply={apply}
                  readOnly={readOnly}
                />
              </section>

              <Departures
                topic={topic}
                departures={departures}
                acknowledged={acknowledged}
                apply={apply}
                readOnly={readOnly}
              />

              <section aria-labelledby="custom-title">
                <h3 id="custom-title">
                  <label htmlFor={`custom-${topic.id}`}>Custom clause (optional)</label>
                </h3>
                <p className="help" id={`custom-${topic.id}-help`}>
                  Wording for anything the answers above do not cover. Each line becomes a clause of this
                  topic; start a line with “- ” for a sub-clause.
                </p>
                <textarea
                  id={`custom-${topic.id}`}
                  aria-describedby={[`custom-${topic.id}-help`, customText.describedBy]
                    .filter(Boolean)
                    .join(" ")}
                  rows={3}
                  defaultValue={state?.customClause ?? ""}
                  // journaled as it is typed, made a change when the field is left
                  onChange={(e) => {
                    const text = customText.clean(e.target);
                    apply((p, s) => setCustomClause(p, s, topic.id, text), "draft");
                  }}
                  onBlur={(e) => apply((p, s) => setCustomClause(p, s, topic.id, e.target.value))}
                  maxLength={20_000}
                  disabled={readOnly}
                />
                <PrintableMessage id={customText.messageId} message={customText.message} />
              </section>
            </div>
            <ErrorBoundary>
              <Suspense fallback={<p role="status">Loading the clauses…</p>}>
                <TopicClauses project={project} topicId={topic.id} />
              </Suspense>
            </ErrorBoundary>
          </div>

          {project.review && (
            <section className="review-decision" aria-labelledby="review-decision-title">
              <h3 id="review-decision-title">Annual review</h3>
              <p>
                Decision: <strong>{decisionMade(project.review.decisions[topic.id])}</strong>
              </p>
              {!readOnly && (
                <div className="row">
                  {(["kept", "revised", "open"] as const).map((d) => (
                    <button
                      key={d}
                      type="button"
                      aria-pressed={project.review?.decisions[topic.id] === d}
                      onClick={() => apply((p, s) => setReviewDecision(p, s, topic.id, d))}
                    >
                      {DECISION_ACTIONS[d]}
                    </button>
                  ))}
                </div>
              )}
            </section>
          )}
        </>
      )}
      {(included || topic.required || items.length > 0) && (
        <Positions
          topic={topic}
          project={project}
          side={side}
          apply={apply}
          readOnly={readOnly}
          onAgreed={afterAgree}
        />
      )}
      <Conversation project={project} topicId={topic.id} side={side} apply={apply} readOnly={readOnly} />
      <TopicHistory project={project} topicId={topic.id} />

      <nav className="prev-next" aria-label="Topics">
        {previous && (
          <button type="button" onClick={() => go(previous.id)}>
            ← Previous: {previous.title}
          </button>
        )}
        {next && (
          <button type="button" ref={nextRef} onClick={() => go(next.id)}>
            Next: {next.title} →
          </button>
        )}
      </nav>
    </article>
  );
}
