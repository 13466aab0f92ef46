import { useId, useState } from "react";
import {
  MESSAGE_KIND_LABELS,
  MessageError,
  addMessage,
  author,
  openQuestions,
  otherSide,
  thread,
} from "../project/conversation";
import type { MessageKind, Project, Side } from "../project/schema";
import { MESSAGE_KINDS, SIDE_NAMES } from "../project/schema";
import type { Apply } from "./useProject";
import { keep, recall } from "./remembered";

const draftKey = (projectId: string, topicId: string) => `sro-mou-message:${projectId}:${topicId}`;

/** A message being written survives a reload, like every other keystroke. */
const readDraft = (projectId: string, topicId: string): string => recall(draftKey(projectId, topicId)) ?? "";
const writeDraft = (projectId: string, topicId: string, text: string): void =>
  keep(draftKey(projectId, topicId), text);

const KIND_HELP: Record<MessageKind, string> = {
  reply: "A reply or comment; it changes no text and no position.",
  counter: "A counter-proposal: say what you would agree to (change the answers above to make it the text).",
  question: "A question to the other side; it stays open for them until they answer it.",
};

const when = (at: string) =>
  new Date(at).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });

/**
 * The topic's conversation between the offices: replies, counter-proposal notes and questions,
 * each with side, person and time; a question to this side can be answered in place.
 */
export function Conversation({
  project,
  topicId,
  side,
  apply,
  readOnly,
}: {
  project: Project;
  topicId: string;
  side: Side;
  apply: Apply;
  readOnly: boolean;
}) {
  const id = useId();
  const messages = thread(project, topicId);
  const open = new Set(openQuestions(project, topicId).map((m) => m.id));
  const [kind, setKind] = useState<MessageKind>("reply");
  const [text, setText] = useState(() => readDraft(project.id, topicId));
  const [answering, setAnswering] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState("");
  const question = messages.find((m) => m.id === answering);
  const them = SIDE_NAMES[otherSide(side)];

  const send = () => {
    const message = { topicId, kind, text, answers: answering };
    try {
      // checked here first, so a refusal is a message on the form
      addMessage(project, side, "", message);
    } catch (e) {
      if (e instanceof MessageError) {
        setError(e.message);
        return;
      }
      throw e;
    }
    apply((p, s, by) => addMessage(p, s, by, message));
    setText("");
    writeDraft(project.id, topicId, "");
    setAnswering(null);
    setError(null);
    setSent(answering ? "Answer sent." : `${MESSAGE_KIND_LABELS[kind]} sent.`);
  };

  return (
    <section className="conversation" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        Conversation with the {them} ({messages.length})
      </h3>
      {messages.length === 0 ? (
        <p className="help">No messages on this topic yet.</p>
      ) : (
        <ol className="messages">
          {messages.map((m) => {
            const toMe = open.has(m.id) && m.side !== side;
            const answered = messages.find((a) => a.answers === m.id);
            return (
              <li key={m.id} className={`message ${m.side}${toMe ? " to-me" : ""}`}>
                <p className="message-head">
                  <strong>{MESSAGE_KIND_LABELS[m.kind]}</strong> from {author(m)}, {when(m.at)}
                  {m.answers && (
                    <span className="message-answers">
                      {" "}
                      — answers the question of {when(messages.find((q) => q.id === m.answers)?.at ?? m.at)}
                    </span>
                  )}
                </p>
                <p className="message-text">{m.text}</p>
                {m.kind === "question" && (
                  <p className="message-state">
                    {answered
                      ? `Answered by ${author(answered)}.`
                      : m.side === side
                        ? `Waiting for the ${them} to answer.`
                        : "Open: waiting for your answer."}
                    {toMe && !readOnly && (
                      <>
                        {" "}
                        <button
                          type="button"
                          onClick={() => {
                            setAnswering(m.id);
                            setKind("reply");
                            document.getElementById(`${id}-text`)?.focus();
                          }}
                        >
                          Answer this question
                        </button>
                      </>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {!readOnly && (
        <form
          className="message-form"
          onSubmit={(e) => {
            e.preventDefault();
            send();
          }}
          aria-labelledby={`${id}-write`}
        >
          <h4 id={`${id}-write`}>{question ? "Answer the question" : `Write to the ${them}`}</h4>
          {question && (
            <p className="answering">
              Answering: “{question.text}”{" "}
              <button type="button" onClick={() => setAnswering(null)}>
                Not an answer
              </button>
            </p>
          )}
          <fieldset className="message-kinds">
            <legend>Kind of message</legend>
            {MESSAGE_KINDS.filter((k) => !(question && k === "question")).map((k) => (
              <label key={k} className="option">
                <input
                  type="radio"
                  name={`${id}-kind`}
                  value={k}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                />
                {MESSAGE_KIND_LABELS[k]}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-text`} className="field-label">
            Message
          </label>
          <p className="help" id={`${id}-help`}>
            {KIND_HELP[kind]}
          </p>
          <textarea
            id={`${id}-text`}
            rows={3}
            maxLength={5_000}
            value={text}
            aria-describedby={[`${id}-help`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}
            aria-invalid={error !== null}
            onChange={(e) => {
              setText(e.target.value);
              setSent("");
              writeDraft(project.id, topicId, e.target.value);
            }}
          />
          {error && (
            <p id={`${id}-error`} className="error" role="alert">
              {error}
            </p>
          )}
          <div className="row">
            <button type="submit">
              {question ? "Send the answer" : `Send ${MESSAGE_KIND_LABELS[kind].toLowerCase()}`}
            </button>
            <span role="status" className="help">
              {sent}
            </span>
          </div>
        </form>
      )}
    </section>
  );
}
