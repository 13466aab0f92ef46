import { Workbox } from "workbox-window";
import { setUpdateReady } from "./update-state";

let workbox: Workbox | null = null;
let registration: ServiceWorkerRegistration | undefined;
let reloadAsked = false;

const HOUR = 60 * 60 * 1000;

/**
 * Registers the service worker of a production build (none in development: `vite` serves no
 * sw.js). A new version installs in the background and waits; the page says so and reloads only
 * when the user asks (never on its own, e.g. while someone types, nor when another tab of the app
 * takes the update first).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const wb = new Workbox(new URL("sw.js", document.baseURI).href);
  workbox = wb;
  wb.addEventListener("waiting", () => setUpdateReady(true));
  // the first visit's worker taking control is no new version; any later change of controller is
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloadAsked) window.location.reload();
    // taken by another tab of the app: this page still runs the old version's code
    else if (controlled) setUpdateReady(true);
    controlled = true;
  });
  void wb
    .register()
    .then((r) => {
      registration = r;
      // a tab left open for days still hears of a new version
      window.setInterval(() => void r?.update().catch(() => undefined), HOUR);
    })
    .catch((error: unknown) => {
      console.warn("The service worker could not be registered; the app works, but not offline.", error);
    });
}

/** Reloads the page, into the new version when one is waiting. */
export function reloadApp(): void {
  reloadAsked = true;
  if (workbox && registration?.waiting) workbox.messageSkipWaiting();
  else window.location.reload();
}
