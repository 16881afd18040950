package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Quote;

class QuoteExportTest {
    private static final Quote SAID = Quote.inBlock("نعارض هذا النهج", "سيرغي لافروف", 9, 6, 21);
    private static final Quote UNKNOWN = Quote.inBlock("نرفض أي تدخل", null, 3, 10, 22);
    private static final Quote LONG = new Quote("لقد مررنا بسنوات صعبة.\nلكننا اليوم نقف.", "كمال عادل", 0, 40, 1, 15);

    @Test
    void attributionPutsTheSpeakerAfterTheQuotation() {
        assertEquals("«نعارض هذا النهج» — سيرغي لافروف", QuoteExport.attribution(SAID));
        assertEquals("«نرفض أي تدخل»", QuoteExport.attribution(UNKNOWN));
    }

    @Test
    void markdownQuotesEveryParagraphAndNamesTheSpeaker() {
        String md = QuoteExport.toMarkdown("لافروف في بيونغ يانغ", List.of(LONG, UNKNOWN));
        assertEquals(
                "# لافروف في بيونغ يانغ\n\n"
                        + "> لقد مررنا بسنوات صعبة.\n> لكننا اليوم نقف.\n>\n> — كمال عادل\n\n"
                        + "> نرفض أي تدخل\n\n",
                md);
    }

    @Test
    void markdownEscapesFormatting() {
        String md = QuoteExport.toMarkdown(null, List.of(Quote.inBlock("# ليس *عنوانا*", null, 0, 0, 14)));
        assertEquals("> \\# ليس \\*عنوانا\\*\n\n", md);
    }

    @Test
    void csvRoundTripsCommasQuotesAndLineBreaks() {
        Quote tricky = new Quote("قال “نعم”, ثم \"لا\"\nوسكت", null, 2, 5, 3, 7);
        String csv = QuoteExport.toCsv(List.of(SAID, tricky));
        List<List<String>> rows = parseCsv(csv);
        assertEquals(
                List.of(QuoteExport.CSV_HEADER.split(",")), List.of(rows.get(0).toArray(String[]::new)));
        assertEquals(List.of("نعارض هذا النهج", "سيرغي لافروف", "9", "6", "9", "21"), rows.get(1));
        assertEquals(List.of(tricky.text(), "", "2", "5", "3", "7"), rows.get(2));
        assertEquals(3, rows.size());
    }

    @Test
    void csvDefusesSpreadsheetFormulas() {
        assertEquals("'=1+1", QuoteExport.csvField("=1+1"));
        assertEquals("نص عادي", QuoteExport.csvField("نص عادي"));
    }

    /** A small RFC 4180 reader, written for this test to check the writer independently. */
    private static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
