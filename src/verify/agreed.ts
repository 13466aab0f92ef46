import { buildDocument } from "../document/build";
import { formatDate } from "../format/values";
import { openItems } from "../project/open-items";
import type { Project } from "../project/schema";
import type { AgreedVersion } from "./compare";

/**
 * The versions of this MOU a signed copy may rightly hold, as the app prints them signature-ready:
 * the agreed text as it stands (when nothing is open, or once signed), and in an annual review the
 * MOU signed last time (the baseline). A version with open items was never printed for signing.
 */
export function agreedVersions(project: Project): AgreedVersion[] {
  const versions: AgreedVersion[] = [];
  const baseline = project.baseline;
  if (baseline) {
    // the project as it was signed: the agreement the baseline holds, without this review
    const signed: Project = {
      ...project,
      ...baseline.agreement,
      review: null,
      baseline: null,
      signed: {
        signedOn: baseline.signedOn,
        signedBy: baseline.signedBy,
        recordedAt: null,
        recordedBy: "",
        finalExportedAt: null,
      },
      conflicts: [],
    };
    if (openItems(signed).length === 0)
      versions.push({
        label: `the MOU signed on ${formatDate(baseline.signedOn)}`,
        doc: buildDocument(signed, { mode: "final" }),
      });
  }
  if (openItems(project).length === 0) {
    const doc = buildDocument(project, { mode: "final" });
    // a review that has changed nothing yet prints the signed text: named as the signed MOU
    if (!versions.some((v) => v.doc.meta.fingerprint?.short === doc.meta.fingerprint?.short))
      versions.push({
        label: project.signed
          ? `the MOU signed on ${formatDate(project.signed.signedOn)}`
          : project.baseline
            ? "the amended MOU as agreed in this review"
            : "the agreed text",
        doc,
      });
  }
  return versions;
}

/** Whether a project has any version to check a copy against, without building its documents. */
export function hasAgreedVersion(project: Project): boolean {
  return project.baseline !== null || openItems(project).length === 0;
}
