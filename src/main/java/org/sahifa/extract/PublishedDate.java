package org.sahifa.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A page's publication date as ISO-8601, as the analysis contract wants it. Pages write dates in
 * many ways («2024-10-21T09:30:00+0300», «2024-10-21 09:30:00», «Mon, 21 Oct 2024 09:30:00 GMT»,
 * «2024/10/21»); what cannot be read as a date gives null rather than a string a reader of the JSON
 * would have to guess at.
 */
public final class PublishedDate {
    /** Date-time with an offset written without a colon («+0300») or as «Z». */
    private static final DateTimeFormatter OFFSET_NO_COLON = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffset("+HHMM", "Z")
            .toFormatter(Locale.ROOT);
    /** «2024-10-21 09:30:00», «2024-10-21 09:30», «2017-11-03 03:01:00.000000». */
    private static final DateTimeFormatter SPACED = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral(' ')
            .appendPattern("HH:mm")
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT);

    /** Readers tried in turn, each giving the ISO text or throwing. ISO text itself is kept as written. */
    private static final List<Function<String, String>> READERS = List.of(
            s -> keep(s, OffsetDateTime.parse(s)),
            s -> keep(s, LocalDateTime.parse(s)),
            s -> keep(s, LocalDate.parse(s)),
            s -> iso(ZonedDateTime.parse(s).toOffsetDateTime()),
            s -> iso(OffsetDateTime.parse(s, OFFSET_NO_COLON)),
            s -> iso(
                    ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()),
            s -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.parse(s, SPACED)),
            s -> LocalDate.parse(s, SLASHED).toString());

    private PublishedDate() {}

    private static String keep(String written, Object parsed) {
        return written;
    }

    private static String iso(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    /** The date as ISO-8601 (keeping the page's offset), the text itself when it already is, or null. */
    public static String normalise(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String s = written.strip();
        for (Function<String, String> reader : READERS) {
            try {
                return reader.apply(s);
            } catch (DateTimeParseException e) {
                // not this form: try the next
            }
        }
        return null;
    }
}
