package org.sahifa.quote;

import java.util.List;
import org.sahifa.model.Quote;

/**
 * Quotations as text to copy or save: one quotation with its attribution, all quotations of an
 * article as Markdown or as CSV. Pure functions; the UI decides where the text goes.
 *
 * <p>For example {@code attribution(q)} gives {@code «نعارض هذا النهج» — سيرغي لافروف}.
 */
public final class QuoteExport {
    /** Put before CSV text written to a file so that spreadsheet programs read it as UTF-8. */
    public static final String UTF8_BOM = "\uFEFF";
    /** Header row of {@link #toCsv}. Block numbers count from 0, offsets are Java string indices, as in the analysis JSON. */
    public static final String CSV_HEADER = "text,speaker,block,start,endBlock,end";

    private static final String OPEN = "«";
    private static final String CLOSE = "»";
    private static final String DASH = " — ";

    private QuoteExport() {}

    /** The quotation in guillemets followed by its speaker, or the quotation alone when nobody is known. */
    public static String attribution(Quote quote) {
        String quoted = OPEN + quote.text() + CLOSE;
        return quote.speaker() == null ? quoted : quoted + DASH + quote.speaker();
    }

    /**
     * All quotations as Markdown: an optional title as heading, then each quotation as a block
     * quote (every paragraph of it quoted) with its speaker on a last line.
     *
     * @param title the article's title, or null for none
     */
    public static String toMarkdown(String title, List<Quote> quotes) {
        StringBuilder out = new StringBuilder();
        if (title != null && !title.isBlank()) {
            out.append("# ").append(escapeMarkdown(title.strip())).append("\n\n");
        }
        for (Quote q : quotes) {
            for (String line : q.text().split("\n")) {
                out.append("> ").append(escapeMarkdown(line.strip())).append('\n');
            }
            if (q.speaker() != null) {
                out.append(">\n> —")
                        .append(' ')
                        .append(escapeMarkdown(q.speaker()))
                        .append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** All quotations as CSV (RFC 4180, lines ending CRLF) with the {@link #CSV_HEADER} row. */
    public static String toCsv(List<Quote> quotes) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (Quote q : quotes) {
            out.append(csvField(q.text()))
                    .append(',')
                    .append(csvField(q.speaker() == null ? "" : q.speaker()))
                    .append(',')
                    .append(q.block())
                    .append(',')
                    .append(q.start())
                    .append(',')
                    .append(q.endBlock())
                    .append(',')
                    .append(q.end())
                    .append("\r\n");
        }
        return out.toString();
    }

    /**
     * A CSV field, quoted when it holds a comma, quote or line break. A field that a spreadsheet
     * would run as a formula (starting with = + - @) gets a leading apostrophe.
     */
    static String csvField(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** Backslash before the characters Markdown would read as formatting, so the text shows as written. */
    static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>#|".indexOf(c) >= 0 || (i == 0 && "+-".indexOf(c) >= 0)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
