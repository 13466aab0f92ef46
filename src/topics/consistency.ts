import type { CrossTopicRule } from "./types";

/**
 * Contradictions between topics, as data: each names the two topics whose clauses can say
 * different things about one point. Open items come from here, so a signature-ready MOU holds
 * none of them.
 */
export const CROSS_TOPIC_RULES: readonly CrossTopicRule[] = [];
