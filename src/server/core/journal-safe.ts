// Text from Rescue (what a customer or technician typed) becomes part of a journal entry (work notes). The platform
// shows and sends journal entries as blocks that each start with a header line — the timestamp, the writer's display
// name and the field label, e.g. "2026-03-05 10:29:02 - Beth Anderson (Work notes)" — and joins entries with a blank
// line (Scoped GlideElement getJournalEntry, "field label, timestamp, and user display name … delimited by \n\n":
// https://www.servicenow.com/docs/r/yokohama/api-reference/server-api-reference/c_GlideElementScopedAPI.html;
// notifications include journal entries, Journal field type: https://www.servicenow.com/docs/r/yokohama/platform-administration/c_JournalFields.html).
// So a value that is one line by nature becomes one line, and no line of a note may start like such a header:
// a customer cannot make one work note read as several entries by other people, in the form or in an email.

/** Every line terminator a browser or mail client breaks a line at. */
const LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g

/** Characters that show as nothing (or as space) at the start of a line. */
const INVISIBLE_LEAD = /^[\s\u00a0\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]*/

// A date in any of the platform's date formats (numbers with - / . or space between, or a month name), then a time.
const HEADER_START =
    /^(?:\d{1,4}[-./ ]\d{1,2}[-./ ]\d{1,4}|\d{1,2}[-./ ][A-Za-z\u00c0-\u024f]{3,12}\.?[-./ ]\d{2,4}|[A-Za-z\u00c0-\u024f]{3,12}\.?[-./ ]\d{1,2},?[-./ ]\d{2,4})[ T]+\d{1,2}[:.]\d{2}/

/** What a line starting like a journal header is prefixed with: it still reads as the text that was typed. */
export const QUOTED_LINE_MARK = '\u203a '

/** A single-line value (a name, a custom field, the platform): its line breaks become single spaces. */
export function oneLine(value: string): string {
    return value.replace(/(?:\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029])+/g, ' ')
}

/** Whether a line would read as the header of a journal entry (ignoring what shows as nothing in front of it). */
export function startsLikeJournalHeader(line: string): boolean {
    return HEADER_START.test(line.replace(INVISIBLE_LEAD, ''))
}

/** A note's text with every line break as \n and every line that starts like a journal entry header marked as quoted. */
export function unforgeableLines(text: string): string {
    return text
        .replace(LINE_BREAKS, '\n')
        .split('\n')
        .map((line) => (startsLikeJournalHeader(line) ? QUOTED_LINE_MARK + line : line))
        .join('\n')
}
