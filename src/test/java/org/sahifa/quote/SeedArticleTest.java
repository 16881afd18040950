package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahifa.extract.PlainTextExtractor;
import org.sahifa.model.Article;
import org.sahifa.model.Entity;
import org.sahifa.model.Quote;

/**
 * The seed article (../shared/samples) against its hand annotation, scored as
 * ../shared/tools/score-analysis.py scores it, with the entity list the recogniser should give.
 */
class SeedArticleTest {
    private static final String SEED = "seed-article.txt";
    private static Article article;
    private static JsonNode gold;

    @BeforeAll
    static void readSeed() throws IOException {
        Path samples = Path.of(System.getProperty("sahifa.shared", "../shared"), "samples");
        Assumptions.assumeTrue(Files.isDirectory(samples), "../shared/samples is absent: seed article test skipped");
        String text = Files.readString(samples.resolve(SEED), StandardCharsets.UTF_8);
        article = PlainTextExtractor.extract(text, SEED);
        gold = new ObjectMapper()
                .readTree(samples.resolve("gold.json").toFile())
                .get(SEED);
    }

    private static List<Entity> expectedEntities() {
        EntityListBuilder builder = new EntityListBuilder(article.blocks());
        addGroups(builder, "people");
        addGroups(builder, "organizations");
        addGroups(builder, "locations");
        return builder.build();
    }

    private static void addGroups(EntityListBuilder builder, String key) {
        for (JsonNode group : gold.get(key)) {
            String name = group.get(0).asText();
            String[] aliases = new String[group.size() - 1];
            for (int i = 1; i < group.size(); i++) {
                aliases[i - 1] = group.get(i).asText();
            }
            switch (key) {
                case "people" -> builder.person(name, aliases);
                case "organizations" -> builder.organization(name, aliases);
                default -> builder.location(name, aliases);
            }
        }
    }

    private static GoldScorer.Score score(List<Quote> quotes) {
        List<GoldScorer.GoldQuote> goldQuotes = new ArrayList<>();
        gold.get("quotes")
                .forEach(q -> goldQuotes.add(new GoldScorer.GoldQuote(
                        q.get("text").asText(), q.get("speaker").asText())));
        Map<String, List<String>> aliases = new HashMap<>();
        for (String key : List.of("people", "organizations", "locations")) {
            for (JsonNode group : gold.get(key)) {
                List<String> forms = new ArrayList<>();
                group.forEach(n -> forms.add(n.asText()));
                aliases.put(forms.get(0), forms);
            }
        }
        return GoldScorer.score(quotes, goldQuotes, aliases);
    }

    @Test
    void findsTheGoldQuotationsWithTheirSpeakers() {
        GoldScorer.Score s = score(new QuoteFinder().find(article.blocks(), expectedEntities()));
        assertTrue(s.f1() >= 0.95, "quotation F1 " + s.f1() + " " + s.errors());
        assertTrue(s.speakerAccuracy() >= 0.9, "speaker accuracy " + s.speakerAccuracy() + " " + s.errors());
    }

    @Test
    void theSpanClassifierKeepsEveryGoldQuotation() {
        // the app's finder: the rules, then the trained filter (docs/quotations.md, "Round 10")
        QuoteFinder filtered = new QuoteFinder(SpanClassifier.bundledFilter());
        GoldScorer.Score s = score(filtered.find(article.blocks(), expectedEntities()));
        assertEquals(1.0, s.f1(), 1e-9, "quotation F1 " + s.f1() + " " + s.errors());
        assertTrue(s.speakerAccuracy() >= 0.9, "speaker accuracy " + s.speakerAccuracy() + " " + s.errors());
    }

    @Test
    void findsSpeakersByNameWithoutTheRecogniser() {
        GoldScorer.Score s = score(new QuoteFinder().find(article.blocks(), List.of()));
        assertTrue(s.f1() >= 0.95, "quotation F1 " + s.f1() + " " + s.errors());
        assertTrue(s.speakerAccuracy() >= 0.9, "speaker accuracy " + s.speakerAccuracy() + " " + s.errors());
    }

    @Test
    void theAgencyNameIsNotAQuotation() {
        List<Quote> quotes = new QuoteFinder().find(article.blocks(), expectedEntities());
        for (JsonNode notQuote : gold.get("not_quotes")) {
            assertFalse(quotes.stream().anyMatch(q -> q.text().equals(notQuote.asText())), notQuote.asText());
        }
    }

    @Test
    void everyOneParagraphQuotationIsItsBlockText() {
        for (Quote q : new QuoteFinder().find(article.blocks(), expectedEntities())) {
            if (q.endBlock() == q.block()) {
                assertTrue(
                        article.blocks()
                                .get(q.block())
                                .text()
                                .substring(q.start(), q.end())
                                .equals(q.text()),
                        q.toString());
            }
        }
    }

    @Test
    void withoutTheRecogniserOnePersonKeepsTheLongestNameReadForHim() {
        List<Quote> quotes = new QuoteFinder().find(article.blocks(), List.of());
        assertTrue(
                quotes.stream()
                        .filter(q -> q.speaker() != null && q.speaker().contains("لافروف"))
                        .allMatch(q -> q.speaker().equals("سيرغي لافروف")),
                quotes.toString());
    }
}
