/** The little of the Trusted Types API used here (TypeScript's DOM library does not have it). */
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL?: (input: string) => string | null },
  ): { createScriptURL(input: string): unknown };
}

/**
 * Where the host sends `require-trusted-types-for 'script'; trusted-types default` (see
 * public/_headers), a string reaches a script sink only through a policy. The one policy,
 * "default", lets script URLs of the app's own origin through (the service worker, the pdf.js
 * worker) and nothing else: no HTML, no script text, no script from elsewhere.
 */
export function installTrustedTypesPolicy(win: Window = window): void {
  const factory = (win as Window & { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return;
  try {
    factory.createPolicy("default", {
      createScriptURL: (input) =>
        new URL(input, win.document.baseURI).origin === win.location.origin ? input : null,
    });
  } catch {
    // the policy exists already (a second call, or a hot reload in development)
  }
}
