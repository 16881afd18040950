package org.sahifa.quote.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerFeaturesTest {

    private static List<String> features(Scene s, String name) {
        return s.candidate(0, name).features();
    }

    @Test
    void theSubjectOfASpeechVerbRightBeforeItOrAfterARole() {
        Scene s = Scene.of("وقال وزير النقل خالد العمري بعد لقاء سامي الخطيب «إن الطريق جاهز»")
                .person("خالد العمري")
                .person("سامي الخطيب");
        assertTrue(
                features(s, "خالد العمري").contains("verbBefore=1-3&rel=S0B"),
                features(s, "خالد العمري").toString());
        assertFalse(features(s, "سامي الخطيب").stream().anyMatch(f -> f.startsWith("verbBefore")));
        Scene right = Scene.of("وقالت منى العلي «نعم»").person("منى العلي");
        assertTrue(features(right, "منى العلي").contains("verbBefore=0&rel=S0B"));
    }

    @Test
    void aSpeechVerbOrAColonRightAfterTheName() {
        Scene verb = Scene.of("خالد العمري قال للصحفيين «إن الطريق جاهز»").person("خالد العمري");
        assertTrue(features(verb, "خالد العمري").contains("verbAfter&rel=S0B"));
        Scene colon = Scene.of("خالد العمري: «الطريق جاهز»").person("خالد العمري");
        assertTrue(features(colon, "خالد العمري").contains("colonAfter&rel=S0B"));
        assertTrue(features(colon, "خالد العمري").contains("colonBetween=true"));
    }

    @Test
    void anBetweenTheNameAndTheQuotation() {
        Scene s = Scene.of("وأكد خالد العمري أن «الطريق جاهز»").person("خالد العمري");
        assertTrue(features(s, "خالد العمري").contains("anBetween=true"));
        assertTrue(features(s, "خالد العمري").contains("colonBetween=false"));
    }

    @Test
    void thePersonNamedLastBeforeTheQuotation() {
        Scene s = Scene.of("وقال خالد العمري بعد لقاء سامي الخطيب «إن الطريق جاهز»")
                .person("خالد العمري")
                .person("سامي الخطيب");
        assertTrue(features(s, "سامي الخطيب").contains("lastPerson"));
        assertFalse(features(s, "خالد العمري").contains("lastPerson"));
        assertTrue(
                features(s, "خالد العمري").contains("rel=S0B&dist=3-4"),
                features(s, "خالد العمري").toString());
    }

    @Test
    void theVerbsGenderBesideTheNamesGuessedOne() {
        Scene s = Scene.of("وقالت فاطمة العلي ووزارة النقل وخالد العمري «نعم»")
                .person("فاطمة العلي")
                .person("خالد العمري")
                .organization("وزارة النقل");
        assertTrue(features(s, "فاطمة العلي").contains("gender=FEMININE&F&PERSON"));
        assertTrue(features(s, "خالد العمري").contains("gender=FEMININE&M&PERSON"));
        assertTrue(features(s, "وزارة النقل").contains("gender=FEMININE&F&ORGANIZATION"));
    }

    @Test
    void aNameInsideAnotherQuotation() {
        Scene s = Scene.of("ردد الحضور «عاش خالد العمري» ثم قال «نعم»").person("خالد العمري");
        assertTrue(s.candidates().get(1).get(0).features().contains("inQuote=true"));
    }

    @Test
    void mentionCountsAndTheNamesHead() {
        Scene s = Scene.of("زار خالد العمري المدينة.", "والتقى خالد العمري المتحدث الرسمي. وقال «نعم»")
                .person("خالد العمري")
                .rules(0, "المتحدث الرسمي");
        assertTrue(features(s, "خالد العمري").contains("soFar=2"));
        assertTrue(
                features(s, "المتحدث الرسمي").contains("head=role"),
                features(s, "المتحدث الرسمي").toString());
        assertTrue(features(s, "المتحدث الرسمي").contains("rules&kind=PHRASE"));
    }

    @Test
    void wordCountBuckets() {
        assertEquals("0", SpeakerFeatures.bucket(0));
        assertEquals("3-4", SpeakerFeatures.bucket(4));
        assertEquals("5-8", SpeakerFeatures.bucket(5));
        assertEquals("17+", SpeakerFeatures.bucket(40));
    }
}
