import { useEffect, useState } from "react";
import type { LoadResult } from "../project/load";
import { loadProject } from "../project/load";
import { ProjectOverview } from "./ProjectOverview";

export const SAMPLE_URL = "./sample.mou.json";

async function fetchSample(): Promise<LoadResult> {
  try {
    const response = await fetch(SAMPLE_URL);
    if (!response.ok) return { ok: false, problems: [{ path: SAMPLE_URL, message: `The sample could not be fetched (HTTP ${response.status}).` }] };
    return loadProject(await response.json());
  } catch (error) {
    return { ok: false, problems: [{ path: SAMPLE_URL, message: `The sample could not be read: ${String(error)}` }] };
  }
}

export function App() {
  const [result, setResult] = useState<LoadResult | null>(null);
  useEffect(() => {
    void fetchSample().then(setResult);
  }, []);

  return (
    <>
      <header className="app-header">
        <h1>SRO MOU Wizard</h1>
        <p className="tagline">Draft and review the School Resource Officer program MOU, topic by topic.</p>
      </header>
      <main id="main">
        {result === null && <p role="status">Loading the sample MOU…</p>}
        {result?.ok === false && (
          <section aria-labelledby="load-error">
            <h2 id="load-error">The sample MOU could not be opened</h2>
            <ul>
              {result.problems.map((p) => (
                <li key={`${p.path}:${p.message}`}>
                  <code>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          </section>
        )}
        {result?.ok === true && <ProjectOverview project={result.project} />}
      </main>
    </>
  );
}
