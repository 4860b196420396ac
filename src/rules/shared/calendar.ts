import { createCalendar, WorkCalendar } from '../../calendar';
import type { RuleContext } from '../rule';

/** The official working-day calendar, with any year the user supplied, built once per check. */
export function calendarOf(ctx: RuleContext): WorkCalendar {
  return ctx.memo('calendar', () => createCalendar(ctx.options.holidays));
}
