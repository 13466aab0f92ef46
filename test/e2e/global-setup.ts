import type { TestProject } from "vitest/node";
import { preview } from "vite";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves the built app (dist/) for the browser tests, the way a user's static host would: through
 * vite.config.ts, so with the security headers of public/_headers (build/security-headers.ts).
 */
export default async function setup(project: TestProject) {
  const server = await preview({
    preview: { port: 0, host: "127.0.0.1", strictPort: false },
    logLevel: "warn",
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === "string") throw new Error("preview server has no port");
  project.provide("baseUrl", `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
