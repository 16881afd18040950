package org.sahifa.quote.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.model.Quote;

class SpeakerModelTest {

    /** A tiny made-up training set: the subject of «قال» is the speaker, a person named earlier is not. */
    private static SpeakerModel tiny() {
        List<Candidate> candidates = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        String[][] people = {
            {"خالد العمري", "سامي الخطيب"}, {"منى العلي", "فهد السالم"}, {"ماجد الحربي", "ناصر الدوسري"}
        };
        for (String[] p : people) {
            Scene s = Scene.of("التقى " + p[1] + " الوفد. وقال " + p[0] + " «نعم»")
                    .person(p[0])
                    .person(p[1]);
            for (Candidate c : s.candidates().get(0)) {
                candidates.add(c);
                labels.add(c.name().equals(p[0]));
            }
        }
        return SpeakerModel.train(candidates, labels, 1);
    }

    @Test
    void trainingIsDeterministic(@TempDir Path dir) throws Exception {
        tiny().write(dir.resolve("a.bin"));
        tiny().write(dir.resolve("b.bin"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.bin")), Files.readAllBytes(dir.resolve("b.bin")));
        SpeakerModel read = SpeakerModel.read(Files.newInputStream(dir.resolve("a.bin")));
        Candidate c = Scene.of("وقال خالد العمري «نعم»").person("خالد العمري").candidate(0, "خالد العمري");
        assertEquals(tiny().score(c), read.score(c), 1e-12);
    }

    @Test
    void theBundledModelPicksTheSubjectOfQalaOverAPersonNamedEarlier() {
        Scene s = Scene.of(
                        "استقبل رئيس البلدية سامي الخطيب وفدا من التجار صباح أمس في مكتبه.",
                        "وقال عادل المنصور بعد لقائه سامي الخطيب «إن السوق ستفتح أبوابها الأسبوع المقبل»")
                .person("سامي الخطيب")
                .person("عادل المنصور");
        List<Quote> quotes = new SpeakerRanker(SpeakerModel.bundled(), 0.0).rerank(s.blocks, s.entities, s.quotes);
        assertEquals("عادل المنصور", quotes.get(0).speaker());
    }

    @Test
    void fillingGapsKeepsTheRulesAndNamesNobodyForADoubtedSpan() {
        Scene s = Scene.of(
                        "استقبل رئيس البلدية سامي الخطيب وفدا من التجار صباح أمس في مكتبه.",
                        "وقال عادل المنصور بعد لقائه سامي الخطيب «إن السوق ستفتح أبوابها الأسبوع المقبل»")
                .person("سامي الخطيب")
                .person("عادل المنصور");
        SpeakerRanker ranker = new SpeakerRanker(SpeakerModel.bundled(), 0.0);
        // no rules' answer, a span the classifier trusts: the subject of «قال»
        assertEquals(
                "عادل المنصور",
                ranker.fillGaps(s.blocks, s.entities, s.quotes, new double[] {0.95})
                        .get(0)
                        .speaker());
        // the same stretch doubted by the span classifier (a title, a term): nobody
        assertNull(ranker.fillGaps(s.blocks, s.entities, s.quotes, new double[] {0.5})
                .get(0)
                .speaker());
        // a speaker the rules named stays, even one the model would not choose
        Quote q = s.quotes.get(0);
        List<Quote> byRules = List.of(new Quote(q.text(), "سامي الخطيب", q.block(), q.start(), q.endBlock(), q.end()));
        assertEquals(
                "سامي الخطيب",
                ranker.fillGaps(s.blocks, s.entities, byRules, new double[] {1.0})
                        .get(0)
                        .speaker());
    }

    @Test
    void aQuotationTheRulesLeftWithoutASpeakerGetsOneOnlyAboveTheThreshold() {
        Candidate rules = new Candidate("أ", "PERSON", true, List.of("bias"));
        Candidate other = new Candidate("ب", "PERSON", false, List.of("bias"));
        assertEquals("ب", SpeakerRanker.choose("أ", List.of(rules, other), new double[] {0.2, 0.25}, 0.5));
        assertEquals("أ", SpeakerRanker.choose("أ", List.of(rules, other), new double[] {0.3, 0.25}, 0.5));
        assertEquals("أ", SpeakerRanker.choose("أ", List.of(), new double[0], 0.0));
        assertNull(SpeakerRanker.choose(null, List.of(other), new double[] {0.4}, 0.5));
        assertEquals("ب", SpeakerRanker.choose(null, List.of(other), new double[] {0.6}, 0.5));
    }
}
