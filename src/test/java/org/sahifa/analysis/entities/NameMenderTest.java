package org.sahifa.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sahifa.analysis.entities.NameExtensionTest.block;
import static org.sahifa.analysis.entities.NameExtensionTest.listed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;

/**
 * The name mender trained on made-up articles: a family name written after a first name completes it, a verb after a
 * name does not (docs/entity-filter.md, "Round 12").
 */
class NameMenderTest {
    /** Made-up sentences: a first name, the family name the gold would include, then a function word or a mark. */
    private static final String[][] FAMILY = {
        {"قال سعيد الغامدي إن الاجتماع انتهى.", "سعيد"},
        {"وأكد فهد العتيبي أن الفريق جاهز.", "فهد"},
        {"وذكرت نورة القحطاني في حديثها أن المعرض كبير.", "نورة"},
        {"وأوضح ماجد الدوسري: الموسم طويل.", "ماجد"},
        {"وأشار بندر الشهري إلى أن العمل مستمر.", "بندر"},
        {"وكشف ناصر المطيري عن خطة جديدة.", "ناصر"},
    };
    /** Made-up sentences: a listed name followed by a verb. */
    private static final String[][] VERB = {
        {"وصل خالد يحمل رسالة من أخيه.", "خالد"},
        {"جلس سلمان يقرأ الصحيفة.", "سلمان"},
        {"عاد محمد يركض نحو البيت.", "محمد"},
        {"وقف عمر يتأمل البحر.", "عمر"},
        {"خرج علي يبحث عن صديقه.", "علي"},
        {"ظل يوسف ينتظر الحافلة.", "يوسف"},
    };

    private static NameMender trained() {
        List<List<String>> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (String[][] set : new String[][][] {FAMILY, VERB}) {
            for (String[] s : set) {
                List<Block> blocks = List.of(block(s[0]));
                Entity e = listed(EntityType.PERSON, s[1], blocks);
                for (NameExtension x : NameExtension.of(e, blocks)) {
                    features.add(x.features(List.of(e)));
                    // right only for the family name right after a first name
                    labels.add(set == FAMILY && !x.before() && x.words().size() == 1);
                }
            }
        }
        return NameMender.train(features, labels, 1).withThreshold(0.5);
    }

    @Test
    void aNameCutShortIsCompletedAtEveryMentionThatCarriesTheFamilyName() {
        List<Block> blocks = List.of(
                block("قالت المهندسة هاجر التاروتي إن المعرض يفتح غدا."), block("وأضافت هاجر التاروتي أن الزوار كثر."));
        Entity cut = listed(EntityType.PERSON, "هاجر", blocks);
        Entity city = listed(EntityType.LOCATION, "الرياض", blocks);
        List<Entity> mended = trained().mend(blocks, List.of(cut, city));
        assertEquals("هاجر التاروتي", mended.get(0).name());
        assertEquals(2, mended.get(0).mentions().size());
        mended.get(0).mentions().forEach(m -> assertEquals("هاجر التاروتي", m.text()));
        assertEquals(city, mended.get(1), "a place is never completed");
    }

    @Test
    void aNameFollowedByAVerbIsNotExtended() {
        List<Block> blocks = List.of(block("ومشى حسن يغني في الشارع."));
        Entity person = listed(EntityType.PERSON, "حسن", blocks);
        assertEquals(List.of(person), trained().mend(blocks, List.of(person)));
    }

    @Test
    void theCompletedNameMergesWithTheSameNameListedAlready() {
        List<Block> blocks = List.of(block("قال سامي الحربي إن الطقس حار."), block("وأكد سامي الحربي أن الموسم بدأ."));
        Entity full = new Entity(
                EntityType.PERSON,
                "سامي الحربي",
                listed(EntityType.PERSON, "سامي الحربي", blocks).mentions().subList(1, 2));
        Entity cut = new Entity(
                EntityType.PERSON,
                "سامي",
                listed(EntityType.PERSON, "سامي", blocks).mentions().subList(0, 1));
        List<Entity> mended = trained().mend(blocks, List.of(cut, full));
        assertEquals(1, mended.size(), "one row for the person");
        assertEquals("سامي الحربي", mended.get(0).name());
        assertEquals(2, mended.get(0).mentions().size());
    }

    @Test
    void theFamilyNameRuleTakesAKnownFamilyNameBeforeAMarkAndNothingElse() {
        List<Block> blocks = List.of(
                block("وقال المدرب بتال العتيبي، إن المعسكر يسير حسب الخطة."),
                block("وصل بتال يحمل رسالة من الاتحاد."));
        Entity cut = listed(EntityType.PERSON, "بتال", blocks);
        List<Entity> mended = NameMender.familyNameRule().mend(blocks, List.of(cut));
        assertEquals("بتال العتيبي", mended.get(0).name());
        assertEquals("بتال العتيبي", mended.get(0).mentions().get(0).text());
        assertEquals("بتال", mended.get(0).mentions().get(1).text(), "the mention followed by a verb stays as written");
    }

    @Test
    void trainingTwiceWritesTheSameBytes(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.bin");
        Path b = dir.resolve("b.bin");
        trained().write(a);
        trained().write(b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        try (InputStream in = Files.newInputStream(a)) {
            NameMender read = NameMender.read(in, 0.5);
            List<Block> blocks = List.of(block("قال سعيد الغامدي إن الاجتماع انتهى."));
            Entity e = listed(EntityType.PERSON, "سعيد", blocks);
            NameExtension x = NameExtension.of(e, blocks).get(0);
            assertEquals(
                    trained().probability(x.features(List.of(e))), read.probability(x.features(List.of(e))), 1e-12);
        }
    }
}
