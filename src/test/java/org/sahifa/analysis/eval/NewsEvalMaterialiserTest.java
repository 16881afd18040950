package org.sahifa.analysis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The news evaluation gold stays honest: its offsets cut the quotations it says they cut. */
class NewsEvalMaterialiserTest {
    private static final String MARKS = "\"“”«»";
    private static NewsEvalMaterialiser set;

    @BeforeAll
    static void readCorpus() throws IOException {
        Path shared = Path.of(System.getProperty("sahifa.shared", "../shared"));
        Assumptions.assumeTrue(
                Files.isRegularFile(shared.resolve(NewsEvalMaterialiser.CORPUS)),
                "skipped: no SaudiNewsNet corpus under " + shared.toAbsolutePath());
        set = NewsEvalMaterialiser.open(shared);
    }

    private static String words(String s) {
        return String.join(" ", s.trim().split("\\s+"));
    }

    @Test
    void everyQuotationStartsWithItsRecordedFirstWords() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String split : NewsEvalMaterialiser.SPLITS) {
            for (NewsEvalMaterialiser.CutQuote q : set.quotes(split)) {
                checked++;
                if (q.text().isEmpty() || !words(q.text()).startsWith(words(q.firstWords()))) {
                    wrong.add(split + " line " + q.line() + " [" + q.start() + "," + q.end() + "): expected «"
                            + q.firstWords() + "…», cut «" + q.text() + "»");
                }
            }
        }
        assertTrue(checked >= 30, "only " + checked + " quotations in the gold");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** blind4 (the round's headline, scored only by the lead) is materialised and its marks stay outside its cuts. */
    @Test
    void blind4CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("blind4", 30);
    }

    /** blind5 (drawn for articles with speech in marks, scored only by the lead): the same checks as blind4. */
    @Test
    void blind5CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("blind5", 35);
    }

    /**
     * blind7 (round 5's headline with blind6, scored only by the lead): the same checks. Not every blind7 article
     * holds a quotation: the draw filter also matches a speech verb inside a longer word («تابعة» before a quoted name).
     */
    @Test
    void blind7CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("blind7", 37);
    }

    /**
     * blind8 (drawn with a whole-word speech verb before a mark holding at least three words, scored only by the
     * lead): the same checks. Two of its articles still hold no quotation: their marks hold only names (a newspaper,
     * apps), which the filter's three-word test lets through when a closing mark is followed by more words.
     */
    @Test
    void blind8CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("blind8", 27);
        assertEquals(List.of(2471L, 11054L), articlesWithoutQuotation("blind8"));
    }

    /**
     * blind9 (drawn with a whole-word speech verb before a mark whose span holds three words before its closing mark,
     * scored only by the lead): the same checks. With the closing mark kept out of the three words, every article
     * holds a quotation.
     */
    @Test
    void blind9CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("blind9", 44);
        assertEquals(List.of(), articlesWithoutQuotation("blind9"));
    }

    /**
     * blind10 (drawn with a whole-word speech verb before a mark whose span holds three words that cannot run over a
     * closing mark, annotated by hand and never run, scored only by the lead): the same checks. One article still
     * holds no quotation: its marks hold a play's and a festival's names and a scare-quoted word (optional).
     */
    @Test
    void blind10CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("blind10", 38);
        assertEquals(List.of(4104L), articlesWithoutQuotation("blind10"));
    }

    /**
     * blind11 (drawn with a whole-word speech verb before an opening mark that follows a space or a colon and comes
     * before an Arabic letter, annotated by hand and never run, scored only by the lead): the same checks. With the
     * opening mark required, every article holds a quotation.
     */
    @Test
    void blind11CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("blind11", 32);
        assertEquals(List.of(), articlesWithoutQuotation("blind11"));
    }

    /**
     * blind12 (drawn with SPEECH_OPEN: the opening mark after a space or a colon and before an Arabic letter, annotated
     * by hand and never run, scored only by the lead): the same checks. Every article holds a quotation in marks.
     */
    @Test
    void blind12CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("blind12", 57);
        assertEquals(List.of(), articlesWithoutQuotation("blind12"));
    }

    /**
     * blind13 (round 10, drawn with SPEECH_OPEN like blind11 and blind12, annotated by hand and never run, scored only by
     * the lead): the same checks. Every article holds a quotation in marks.
     */
    @Test
    void blind13CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("blind13", 47);
        assertEquals(List.of(), articlesWithoutQuotation("blind13"));
    }

    /**
     * blind14 (round 10: the 12 after blind13's, drawn with SPEECH_OPEN as blind12, annotated by hand and never run,
     * scored only by the lead): the same checks. Every article holds a quotation in marks; one (a27788, a column
     * quoting readers' comments) has no named speaker.
     */
    @Test
    void blind14CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("blind14", 38);
        assertEquals(List.of(), articlesWithoutQuotation("blind14"));
    }

    /**
     * blind15 (round 11: the 12 after blind14's, drawn with SPEECH_OPEN as blind12, annotated by hand and never run,
     * scored only by the lead): the same checks. Every article holds a quotation in marks with a named speaker.
     */
    @Test
    void blind15CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("blind15", 38);
        assertEquals(List.of(), articlesWithoutQuotation("blind15"));
    }

    /**
     * blind16 (the 12 after blind15's, drawn with SPEECH_OPEN as blind12 to blind14, annotated by hand and never run,
     * scored only by the lead): the same checks. Every article holds a quotation in marks; two (a18810, a5801: columns
     * with an imagined voice in marks) have no named speaker.
     */
    @Test
    void blind16CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("blind16", 42);
        assertEquals(List.of(), articlesWithoutQuotation("blind16"));
    }

    /**
     * blind17 (round 12: the 12 after spk2's, drawn with SPEECH_OPEN, annotated by hand and never run, scored only by
     * the lead): the same checks. Every article holds a quotation in marks; one (a5652, a column quoting the writer's
     * own summary) has no named speaker.
     */
    @Test
    void blind17CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("blind17", 43);
        assertEquals(List.of(), articlesWithoutQuotation("blind17"));
    }

    /**
     * blind18 (round 12: the 12 after blind17's, drawn with SPEECH_OPEN as blind11 to blind16, annotated by hand and never
     * run, scored only by the lead): the same checks. Every article holds a quotation in marks; one (a7851, a column
     * quoting a hadith and a verse) has no named speaker.
     */
    @Test
    void blind18CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("blind18", 43);
        assertEquals(List.of(), articlesWithoutQuotation("blind18"));
    }

    /**
     * dev2 (round 12: the 12 after blind18's, drawn with SPEECH_OPEN, annotated by hand and never run; development data
     * for the learnt parts): the same checks. Every article holds a quotation in marks with a scored speaker.
     */
    @Test
    void dev2CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("dev2", 39);
        assertEquals(List.of(), articlesWithoutQuotation("dev2"));
    }

    /**
     * dev3 (round 12: the 12 after dev2's, drawn with SPEECH_OPEN, annotated by hand and never run; development data
     * for the learnt parts): the same checks. One article (a13871, the supercomputer story) holds marks only around
     * names (the computers, the ranking list, the university's acronym) and reported speech without marks, so it has
     * no quotation; every other article has one.
     */
    @Test
    void dev3CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("dev3", 47);
        assertEquals(List.of(13871L), articlesWithoutQuotation("dev3"));
    }

    /**
     * dev4 (round 13: the 12 after dev3's drawn with SPEECH_OPEN and a short span of one to three words in marks,
     * annotated by hand and never run; development data for the learnt parts): the same checks. Every article holds a
     * quotation; the short marked spans are names (a city, festivals, songs, a book's page counts, a council) or
     * a speaker's fragment («"ستستفيد"», «"على الأرجح"», ««مسؤولا سياسيا»»), and one scare quote is optional.
     */
    @Test
    void dev4CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("dev4", 76);
        assertEquals(List.of(), articlesWithoutQuotation("dev4"));
    }

    /**
     * dev5 (round 13: the next 12 after dev3's with SPEECH_OPEN that dev4 did not take, annotated by hand and never
     * run; development data for the learnt parts): the same checks. Two articles hold marks only around names and
     * reported speech without marks, so they have no quotation: a16801 (the newspaper «وول ستريت جورنال») and a7462
     * (the broker and the company, «السعودي الفرنسي كابيتال», «بتروكيم»); every other article has one.
     */
    @Test
    void dev5CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("dev5", 26);
        assertEquals(List.of(16801L, 7462L), articlesWithoutQuotation("dev5"));
    }

    /**
     * spk1 (round 11: the 15 articles after blind16's drawn with SPEECH_OPEN, annotated by hand for quotations and
     * speakers only, never run; development data for the speaker work): the same checks. One article (a76) quotes a
     * single relayed word; every article holds a quotation.
     */
    @Test
    void spk1CutsEveryQuotationInsideItsMarks() throws IOException {
        assertCutInsideMarks("spk1", 15, 63);
        assertEquals(List.of(), articlesWithoutQuotation("spk1"));
    }

    /**
     * spk2 (round 11: 15 articles drawn with SPEECH_OPEN after blind16's, annotated by hand for quotations and speakers
     * only, never run, scored only by the speaker engineer): the same checks, and every article holds a quotation.
     */
    @Test
    void spk2CutsEveryQuotationInsideItsMarks() throws IOException {
        assertCutInsideMarks("spk2", 15, 46);
        assertEquals(List.of(), articlesWithoutQuotation("spk2"));
    }

    /**
     * The speaker sets carry no entities: each article says so, its entity lists are empty, and every quotation's
     * speaker heads one of its speaker alias groups, which the scorer gold carries as people so aliases match.
     */
    @Test
    void speakerSetsCarrySpeakersAndNoEntities(@TempDir Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String split : List.of("spk1", "spk2")) {
            set.write(split, out);
            JsonNode scorerGold =
                    json.readTree(out.resolve(split).resolve("gold.json").toFile());
            for (JsonNode a : NewsEvalMaterialiser.gold(split).get("articles")) {
                String file = a.get("file").asText();
                assertEquals("not annotated", a.get("entities").asText(), file);
                for (String field : List.of("people", "locations", "organizations", "optional")) {
                    assertTrue(a.get(field).isEmpty(), split + " " + file + " has " + field);
                }
                List<String> heads = new ArrayList<>();
                a.get("speakers").forEach(group -> heads.add(group.get(0).asText()));
                for (JsonNode q : a.get("quotes")) {
                    JsonNode speaker = q.get("speaker");
                    assertTrue(speaker.isNull() || heads.contains(speaker.asText()), file + ": " + speaker);
                }
                assertEquals(a.get("speakers"), scorerGold.get(file).get("people"), file);
            }
        }
    }

    /**
     * A blind split has its 12 articles and at least {@code minQuotes} quotations, each cut trimmed, with no
     * quotation mark at either end and starting with its recorded first words.
     */
    private static void assertBlindSetCutInsideMarks(String split, int minQuotes) throws IOException {
        assertCutInsideMarks(split, 12, minQuotes);
    }

    /** A split has its {@code articles} articles and every quotation cut as {@link #assertBlindSetCutInsideMarks}. */
    private static void assertCutInsideMarks(String split, int articles, int minQuotes) throws IOException {
        assertTrue(NewsEvalMaterialiser.SPLITS.contains(split));
        assertEquals(articles, NewsEvalMaterialiser.gold(split).get("articles").size());
        List<NewsEvalMaterialiser.CutQuote> quotes = set.quotes(split);
        assertTrue(quotes.size() >= minQuotes, "only " + quotes.size() + " " + split + " quotations");
        List<String> wrong = new ArrayList<>();
        for (NewsEvalMaterialiser.CutQuote q : quotes) {
            String t = q.text();
            boolean trimmed = !t.isEmpty() && t.equals(t.strip());
            boolean marksOutside =
                    !t.isEmpty() && MARKS.indexOf(t.charAt(0)) < 0 && MARKS.indexOf(t.charAt(t.length() - 1)) < 0;
            if (!trimmed || !marksOutside || !words(t).startsWith(words(q.firstWords()))) {
                wrong.add(split + " line " + q.line() + " [" + q.start() + "," + q.end() + "): «" + t + "»");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Every blind5 article holds at least one quotation in marks: the reason its filter is stricter than blind4's. */
    @Test
    void everyBlind5ArticleHasAQuotation() throws IOException {
        List<Long> without = articlesWithoutQuotation("blind5");
        assertTrue(without.isEmpty(), "blind5 articles without a quotation: " + without);
    }

    /** blind6 (round 5's headline, scored only by the lead): the same checks as blind4 and blind5. */
    @Test
    void blind6CutsEveryQuotationInsideItsMarks() throws IOException {
        assertBlindSetCutInsideMarks("blind6", 23);
    }

    /**
     * blind6 was drawn with blind5's filter, so every article has a mark after a speech verb; in three of them the
     * marks hold only names (places, a heritage site, newspapers, a plane), which are not quotations, so the gold gives
     * those three none (docs/news-eval.md, "blind6").
     */
    @Test
    void blind6ArticlesHoldMarksAndOnlyThreeHaveNoQuotation() throws IOException {
        for (JsonNode a : NewsEvalMaterialiser.gold("blind6").get("articles")) {
            String text = set.text(a.get("line").asLong());
            assertTrue(text.chars().anyMatch(c -> MARKS.indexOf(c) >= 0), "no quotation mark in " + a.get("file"));
        }
        assertEquals(List.of(11854L, 28924L, 19848L), articlesWithoutQuotation("blind6"));
    }

    private static List<Long> articlesWithoutQuotation(String split) throws IOException {
        List<Long> without = new ArrayList<>();
        for (JsonNode a : NewsEvalMaterialiser.gold(split).get("articles")) {
            if (a.get("quotes").isEmpty()) {
                without.add(a.get("line").asLong());
            }
        }
        return without;
    }

    @Test
    void writesTheArticlesAndAScorerGoldPerSplit(@TempDir Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String split : NewsEvalMaterialiser.SPLITS) {
            set.write(split, out);
            JsonNode gold =
                    json.readTree(out.resolve(split).resolve("gold.json").toFile());
            assertEquals(NewsEvalMaterialiser.gold(split).get("articles").size(), gold.size(), split);
            assertTrue(gold.size() >= 8, split);
            gold.fields().forEachRemaining(article -> {
                Path txt = out.resolve(split).resolve(article.getKey());
                assertTrue(Files.isRegularFile(txt), txt.toString());
                for (JsonNode q : article.getValue().get("quotes")) {
                    String text = q.get("text").asText();
                    try {
                        assertTrue(Files.readString(txt).contains(text), "quotation not in " + txt + ": " + text);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                }
            });
        }
    }
}
