/*
 * What the app does with whole projects (read, check, save, merge, back up), loaded on first use:
 * the start page shows without it, so the first screen needs only the list of projects.
 * App.tsx imports it through `projectOps()`; nothing here is new, it gathers one bundle's worth.
 */
export { parseProjectFile } from "../project/file";
export { newId, newProjectFrom } from "../project/new-project";
export { startReview } from "../project/review";
export { arrival } from "../project/arrival";
export { deleteProject, readProject, saveProject } from "../storage/db";
export { clearJournal } from "../storage/journal";
export { openProject } from "../storage/open";
export { backUpEverything, restoreEarlier, restoreFromBackup, saveStoredToFile } from "./backup-actions";
