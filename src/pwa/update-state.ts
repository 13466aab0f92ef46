/** Whether a new version of the app is installed and waits for the user to reload into it. */
let ready = false;
const listeners = new Set<() => void>();

export function isUpdateReady(): boolean {
  return ready;
}

export function setUpdateReady(value: boolean): void {
  if (ready === value) return;
  ready = value;
  for (const listener of listeners) listener();
}

export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
