export { createCalendar, HolidayDataSchema, parseHolidaysFile, uncoveredMessage, UncoveredDateError, type HolidayData, type WorkCalendar } from './calendar';
