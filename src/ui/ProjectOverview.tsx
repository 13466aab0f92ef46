import { TOPICS } from "../topics";
import { GROUP_TITLES, TOPIC_GROUPS } from "../topics/types";
import { REASON_LABELS } from "../project/open-items";
import type { Project } from "../project/schema";
import { STATUS_LABELS, progress } from "../project/status";

export function ProjectOverview({ project }: { project: Project }) {
  const p = progress(project);
  const { agency, district } = project.parties;
  return (
    <>
      <section aria-labelledby="project-title">
        <h2 id="project-title">{project.name}</h2>
        <p>
          Between <strong>{agency.name || "[Agency]"}</strong> and <strong>{district.name || "[District]"}</strong>,
          covering {project.schools.length} {project.schools.length === 1 ? "school" : "schools"}.
        </p>
        <p role="status">
          {p.agreed} of {p.included} topics agreed · {p.open} open {p.open === 1 ? "item" : "items"}
        </p>
      </section>
      {TOPIC_GROUPS.map((group) => {
        const topics = TOPICS.filter((t) => t.group === group);
        return (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h3 id={`group-${group}`}>{GROUP_TITLES[group]}</h3>
            <ul className="topic-list">
              {topics.map((t) => {
                const items = p.items.filter((i) => i.topicId === t.id);
                const status = p.statuses.get(t.id) ?? "not-started";
                return (
                  <li key={t.id}>
                    <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span> {t.title}
                    {items.length > 0 && (
                      <ul>
                        {items.map((i, n) => (
                          <li key={n}>
                            {REASON_LABELS[i.reason]}: {i.message}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
