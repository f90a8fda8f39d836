import type { EventName } from '@lit/react';
import { OperatorErrorEvent, OperatorUnauthorizedEvent } from '../shared/events.js';

/** One of our event classes: its `type`, and what it constructs. */
interface EventClass<E extends Event> {
  readonly type: string;
  new (...args: never[]): E;
}

/**
 * The `events` entry of `createComponent` for an event class: its type, typed with the class, so
 * that the React handler gets the class's `detail`.
 */
export const eventName = <E extends Event>(event: EventClass<E>) => event.type as EventName<E>;

/** The events of a failed request, which every element with a client fires. */
export const requestEvents = {
  onUnauthorized: eventName(OperatorUnauthorizedEvent),
  onError: eventName(OperatorErrorEvent),
};
