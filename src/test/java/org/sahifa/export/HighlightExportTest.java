package org.sahifa.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahifa.library.Highlight;

class HighlightExportTest {
    private static final Instant WHEN = Instant.parse("2026-12-04T10:00:00Z");
    private static final Highlight FIRST = new Highlight(
            1, 7, "https://example.org/a", "لقاء *مهم*", 0, 5, 0, 14, "المفاوضات", "سطر أول\nسطر ثان", WHEN);
    private static final Highlight SECOND =
            new Highlight(2, 7, "https://example.org/a", "لقاء *مهم*", 0, 20, 1, 4, "أمس.\n\nوانته", null, WHEN);
    private static final Highlight OTHER =
            new Highlight(3, 8, "/home/u/b.txt", "", 2, 0, 2, 3, "قال \"لا\", ثم ذهب", "ملاحظة", WHEN);

    @Test
    void markdownGroupsByArticleWithItsLinkThenQuotesEachHighlightAndItsNote() {
        String md = HighlightExport.markdown(List.of(FIRST, SECOND, OTHER));
        assertTrue(
                md.startsWith("## لقاء \\*مهم\\*\n\n<https://example.org/a>\n\n> المفاوضات\n\nسطر أول\nسطر ثان\n\n"),
                md);
        assertTrue(md.contains("> أمس.\n> وانته\n"), "each paragraph of a highlight stays in the quote: " + md);
        assertEquals(2, md.lines().filter(l -> l.startsWith("## ")).count(), md);
        assertTrue(
                md.contains("## /home/u/b.txt\n\n/home/u/b.txt\n\n> قال \"لا\", ثم ذهب\n\nملاحظة\n"),
                "untitled: the source stands in: " + md);
        assertEquals("", HighlightExport.markdown(List.of()));
    }

    @Test
    void csvHasAHeaderAndReadsBackToTheSameFieldsQuotesCommasAndNewlinesIncluded() throws Exception {
        String csv = HighlightExport.csv(List.of(FIRST, SECOND, OTHER));
        assertTrue(csv.startsWith("source,title,block,start,end_block,end,text,note,created\n"), csv);
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            List<Map<String, String>> all = rows.readAll();
            assertEquals(3, all.size());
            assertEquals("سطر أول\nسطر ثان", all.get(0).get("note"));
            assertEquals("أمس.\n\nوانته", all.get(1).get("text"));
            assertEquals("", all.get(1).get("note"));
            assertEquals("قال \"لا\", ثم ذهب", all.get(2).get("text"));
            assertEquals("1", all.get(1).get("end_block"));
            assertEquals(WHEN.toString(), all.get(2).get("created"));
        }
    }
}
