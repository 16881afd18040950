package org.sahifa.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahifa.model.EntityType;

/**
 * One person across scripts: a Latin and an Arabic name join when their consonant skeletons agree (family name, and
 * first name when both give one). Made-up names both ways, and people with near skeletons that must stay apart.
 */
class CrossScriptNamesTest {
    @TempDir
    Path dir;

    private static boolean same(String a, String b) {
        return EntityNames.sameAcrossScripts(EntityNames.fold(a), EntityNames.fold(b));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "Sergei Lavrov, سيرغي لافروف",
        "Lavrov, سيرغي لافروف",
        "Sergei Lavrov, لافروف",
        "Sergey Lavrov, سيرغي لافروف",
        // made-up names: the classes g/gh/q/k, s/c/ts, v/f/w, sh/ch, th, kh, doubled letters, ة and «ال»
        "Boris Qarnetsov, بوريس غارنيتسوف",
        "Tariq Bouzghiba, طارق بوزغيبة",
        "Walid Shammakh, وليد شماخ",
        "Yasser al-Khattabi, ياسر الخطابي",
        "Cyril Vashkov, سيريل فاشكوف",
        "Marwan Dahhan, مروان دهان",
        "Igor Tchelnokov, إيغور تشيلنوكوف",
        "Fatimah Zahrawi, فاطمة الزهراوي",
    })
    void aLatinAndAnArabicSpellingOfOneNameJoinBothWays(String latin, String arabic) {
        assertTrue(same(latin, arabic), latin + " / " + arabic);
        assertTrue(same(arabic, latin), arabic + " / " + latin);
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
        // same family name, another first name: another person
        "Alexander Lavrov, سيرغي لافروف",
        "Sergei Lavrov, ألكسندر لافروف",
        // family names a consonant apart
        "Sergei Lavrov, سيرغي لافيروفسكي",
        "Lavrov, لفوف",
        "Karim Haddad, كريم حداد الخطيب",
        "Nabil Qassem, نبيل قاسمي زاده",
        "Omar Basri, عمر بصيري",
        "Omar Basri, عمر نصري",
        // a family name of one consonant says too little: "Lee" and «علي»
        "Lee, علي",
        // the same script is not this rule's business (folding and word endings handle it)
        "Sergei Lavrov, Lavrov",
    })
    void peopleWithNearSkeletonsStayApart(String a, String b) {
        assertFalse(same(a, b), a + " / " + b);
        assertFalse(same(b, a), b + " / " + a);
    }

    @Test
    void skeletonsDropVowelsAndDoubledLettersAndKeepConsonantClasses() {
        assertEquals("LFRF", NameSkeleton.of("lavrov"));
        assertEquals("LFRF", NameSkeleton.of("لافروف"));
        assertEquals("MHMD", NameSkeleton.of("mohammed"));
        assertEquals("MHMD", NameSkeleton.of("محمد"));
        assertEquals("KSM", NameSkeleton.of("qassem"));
        assertEquals("KSM", NameSkeleton.of("قاسم"));
        assertEquals("FTM", NameSkeleton.of(EntityNames.fold("فاطمة")), "a final ة (folded to ه) is dropped");
        assertEquals(List.of("اسد"), NameSkeleton.nameWords(EntityNames.fold("الأسد")));
        assertEquals(List.of("bashar", "assad"), NameSkeleton.nameWords("bashar al-assad"));
    }

    @Test
    void theLibraryFindsAndCountsOnePersonWrittenInBothScripts() throws Exception {
        try (Library library = Library.open(dir)) {
            Articles.saveLavrovInFullAndShort(library);
            library.save(
                    Articles.withPerson(
                            "3", "Talks", "Sergei Lavrov", "we will talk", "Sergei Lavrov said «we will talk» today."),
                    Articles.original("3"));
            library.save(
                    Articles.withPerson(
                            "4", "Another", "Alexander Lavrov", "no comment", "Alexander Lavrov said «no comment»."),
                    Articles.original("4"));

            assertEquals(List.of("1", "2", "3"), sources(library.articlesMentioning("Sergei Lavrov")));
            assertEquals(List.of("1", "2", "3"), sources(library.articlesMentioning("سيرغي لافروف")));
            assertEquals(List.of("1", "2", "3", "4"), sources(library.articlesMentioning("لافروف")));
            assertEquals(
                    List.of("2", "4"),
                    sources(library.articlesMentioning("Alexander Lavrov")),
                    "not «سيرغي لافروف»; «لافروف» alone gives no first name, so it may be him");
            assertEquals(3, library.quotesBy("Sergei Lavrov").size());

            List<EntitySummary> people = library.entities();
            assertEquals(new EntitySummary(EntityType.PERSON, "سيرغي لافروف", 3), people.get(0));
            assertEquals(
                    List.of("Alexander Lavrov", "سيرغي لافروف"),
                    people.stream().map(EntitySummary::name).sorted().toList(),
                    "«لافروف» and \"Sergei Lavrov\" are counted with «سيرغي لافروف», \"Alexander Lavrov\" apart");
        }
    }

    /** Names saved after the cross-script index was read ahead are still joined: it catches up at the look-up. */
    @Test
    void namesSavedAfterTheIndexWasReadAheadStillJoin() throws Exception {
        try (Library library = Library.open(dir)) {
            library.save(
                    Articles.withPerson("1", "لقاء", "سيرغي لافروف", "سنواصل", "قال سيرغي لافروف: «سنواصل» اليوم."),
                    Articles.original("1"));
            library.prepareNameLookups();
            assertEquals(List.of("1"), sources(library.articlesMentioning("Sergei Lavrov")));
            library.save(
                    Articles.withPerson(
                            "2", "Talks", "Sergei Lavrov", "we will talk", "Sergei Lavrov said «we will talk»."),
                    Articles.original("2"));
            library.prepareNameLookups();
            library.save(
                    Articles.withPerson("3", "تصريح", "سيرغي لافروف", "لا تنازل", "وأضاف سيرغي لافروف: «لا تنازل»."),
                    Articles.original("3"));
            assertEquals(List.of("1", "2", "3"), sources(library.articlesMentioning("Sergei Lavrov")));
            assertEquals(List.of("1", "2", "3"), sources(library.articlesMentioning("سيرغي لافروف")));
        }
    }

    private static List<String> sources(List<EntityArticle> articles) {
        return articles.stream().map(EntityArticle::source).sorted().toList();
    }
}
