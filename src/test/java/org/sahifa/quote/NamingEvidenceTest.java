package org.sahifa.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahifa.quote.Fixtures.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;

/** The naming-or-saying evidence of the span classifier (docs/quotations.md, "Round 12"), on made-up sentences. */
class NamingEvidenceTest {
    private static List<String> features(List<Block> blocks, List<Entity> entities, String span) {
        return new QuoteFinder()
                .markedSpans(blocks, entities).stream()
                        .filter(s -> s.text().equals(span))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no span «" + span + "»"))
                        .features();
    }

    private static List<String> features(String paragraph, String span) {
        return features(paragraphs(paragraph), List.of(), span);
    }

    @Test
    void aNamingWordOrAHeadNounBeforeTheMarkIsNamed() {
        assertTrue(features("وأطلق الناشطون حملة على مواقع التواصل تحت شعار \"لا للغلاء\" أمس.", "لا للغلاء")
                .contains("naming@1=naming"));
        assertTrue(features("وصلى المئات في مسجد \"النور\" بعد الظهر.", "النور").contains("naming@1=head"));
        // «بـ» written apart is skipped: «يسمى» is the first word before the mark
        assertTrue(features("وانتقد ما يسمى بـ\"الحل الوسط\" في المفاوضات.", "الحل الوسط")
                .contains("naming@1=naming"));
        // two words back, within the reach
        assertTrue(features("وتعاقدت الشركة مع طيران الخليج \"العربي\" للرحلات.", "العربي")
                .contains("naming@2-3=head"));
    }

    @Test
    void aSpeechCueBeforeTheMarkIsNotNaming() {
        List<String> said = features(
                "وقال الوزير إن الحكومة \"لن تتراجع عن قرارها مهما كانت الضغوط\".",
                "لن تتراجع عن قرارها مهما كانت الضغوط");
        assertTrue(said.stream().noneMatch(f -> f.startsWith("naming@")), said.toString());
        // a comma between the naming word and the mark ends the look back
        List<String> afterComma =
                features("أطلقت الوزارة حملة، وقال المدير: \"سنواصل العمل حتى النهاية\".", "سنواصل العمل حتى النهاية");
        assertTrue(afterComma.stream().noneMatch(f -> f.startsWith("naming@")), afterComma.toString());
    }

    @Test
    void aSpanThatIsOrHoldsANameTheAnalysisListsSaysSo() {
        String text = "وصرح أبو مازن للصحفيين أمس. ثم عاد \"أبو مازن\" إلى رام الله. وتابع \"سألتقي أبو مازن غدا\".";
        List<Block> blocks = paragraphs(text);
        List<Entity> entities = new EntityListBuilder(blocks).person("أبو مازن").build();
        assertTrue(features(blocks, entities, "أبو مازن").contains("listedName=PERSON"));
        assertTrue(features(blocks, entities, "سألتقي أبو مازن غدا").contains("holdsName=PERSON"));
        // no list, no name
        assertTrue(features(blocks, List.of(), "أبو مازن").stream().noneMatch(f -> f.contains("Name=")));
    }

    @Test
    void aSetPhraseInMarksIsASetPhrase() {
        assertTrue(features("وسيعود الفريق \"بإذن الله\" أقوى من قبل.", "بإذن الله")
                .contains("setPhrase"));
        assertTrue(features("وسيعود الفريق \"أقوى إن شاء الله\" في الموسم المقبل.", "أقوى إن شاء الله")
                .contains("holdsSetPhrase"));
        assertFalse(features("وقال المدرب: \"سنعود أقوى من قبل\".", "سنعود أقوى من قبل")
                .contains("setPhrase"));
    }

    @Test
    void aSpeechCueOrAColonAfterTheClosingMarkIsSeen() {
        assertTrue(features("\"سنعود أقوى من قبل\"، قال المدرب بعد المباراة.", "سنعود أقوى من قبل")
                .contains("cueAfter"));
        assertTrue(features("وكتب \"ملاحظة\": الاجتماع مؤجل.", "ملاحظة").contains("colonAfter"));
        List<String> name = features("وصلى المئات في مسجد \"النور\" بعد الظهر.", "النور");
        assertTrue(name.stream().noneMatch(f -> f.equals("cueAfter") || f.equals("colonAfter")), name.toString());
    }

    @Test
    void aOneWordSpanHasAShape() {
        assertEquals("oneWord=adverbA", NamingEvidence.oneWordShape(new String[] {"مطلقا"}));
        assertEquals("oneWord=definiteFeminine", NamingEvidence.oneWordShape(new String[] {"الخطيره"}));
        assertEquals("oneWord=definiteNisba", NamingEvidence.oneWordShape(new String[] {"الاسلاميه"}));
        assertEquals("oneWord=definite", NamingEvidence.oneWordShape(new String[] {"الرياض"}));
        assertEquals("oneWord=bare", NamingEvidence.oneWordShape(new String[] {"بوينج"}));
        assertNull(NamingEvidence.oneWordShape(new String[] {"الخط", "الاخضر"}));
        assertTrue(features("ووصف الوزير السياسة بأنها \"الخطيرة\" على المنطقة.", "الخطيرة")
                .contains("oneWord=definiteFeminine"));
    }
}
