export { createCalendar, parseHolidaysFile, uncoveredMessage, UncoveredDateError, type HolidayData, type WorkCalendar } from './calendar';
