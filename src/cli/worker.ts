import { parentPort } from "node:worker_threads";
import type { RenderJob } from "./job";
import { runRenderJob } from "./job";

/** A worker of `mou render`: renders each job it is sent and answers with the result. */
const port = parentPort;
if (!port) throw new Error("worker.js runs as a worker thread of mou.js");
port.on("message", (job: RenderJob) => {
  void runRenderJob(job).then((result) => port.postMessage(result));
});
