import { announceResource, retireResources, type EventBus, type RawExecutor } from '@atrium/kernel';
import type { Conversation } from '../../db.js';

/**
 * A conversation as a resource: owned by its user, under its organization (an administrator
 * scoped there reaches it), or standing alone when personal. Announced in the transaction of
 * every change of its row; a deleted one is retired.
 */
export const announceConversation = (events: EventBus, tx: RawExecutor, c: Conversation) =>
  announceResource(events, tx, { type: 'conversation', id: c.id, name: c.title, ownerId: c.userId, organizationId: c.organizationId, attributes: { state: c.conversationState } });

export const retireConversation = (events: EventBus, tx: RawExecutor, c: Pick<Conversation, 'id'>) => retireResources(events, tx, [{ type: 'conversation', id: c.id }]);
