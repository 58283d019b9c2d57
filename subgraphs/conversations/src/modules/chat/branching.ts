/**
 * Branching. Messages form a tree through parent_message_id; a branch is the path from a root
 * to a leaf. thread_id names the branch a message was written on: the conversation's id on the
 * first path, and on a fork the id of the message that started it. Every message after a fork
 * inherits its parent's thread, so one thread is one run of messages with no fork inside.
 */
export interface ParentInfo {
  id: string;
  threadId: string | null;
}

/**
 * The thread of a new message. `parent` null means a new root: the first message continues the
 * conversation's thread, a later root (editing the very first message) forks. A parent that
 * already has a child forks too: re-sending from an earlier message starts a new branch.
 */
export function threadOf(input: { conversationId: string; newMessageId: string; parent: ParentInfo | null; parentHasChildren: boolean; conversationHasMessages: boolean }): string {
  if (!input.parent) return input.conversationHasMessages ? input.newMessageId : input.conversationId;
  if (input.parentHasChildren) return input.newMessageId;
  return input.parent.threadId ?? input.conversationId;
}

export interface TreeNode {
  id: string;
  parentMessageId: string | null;
  sequenceNumber: number;
}

/** The path from the root to `leafId`, oldest first (pure; the store does the same in SQL). */
export function pathTo<T extends TreeNode>(nodes: readonly T[], leafId: string): T[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const path: T[] = [];
  const seen = new Set<string>();
  for (let node = byId.get(leafId); node && !seen.has(node.id); node = node.parentMessageId ? byId.get(node.parentMessageId) : undefined) {
    seen.add(node.id);
    path.unshift(node);
  }
  return path;
}

/** Messages nobody replied to: the ends of the branches, newest first. */
export function leavesOf<T extends TreeNode>(nodes: readonly T[]): T[] {
  const parents = new Set(nodes.map((n) => n.parentMessageId).filter((id): id is string => id !== null));
  return nodes.filter((n) => !parents.has(n.id)).sort((a, b) => b.sequenceNumber - a.sequenceNumber);
}
