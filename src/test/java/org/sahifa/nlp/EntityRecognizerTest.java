package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.TextDirection;

/** Behaviour of the whole recogniser (bundled model, gazetteer, rules) on sentences written for these tests. */
class EntityRecognizerTest {
    private static EntityRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = EntityRecognizer.load();
    }

    private static List<Entity> recognize(String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(new Block(BlockType.PARAGRAPH, p, TextDirection.RTL));
        }
        List<Entity> entities = recognizer.recognize(blocks);
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                assertEquals(
                        blocks.get(m.block()).text().substring(m.start(), m.end()),
                        m.text(),
                        "mention text must equal the block substring");
            }
        }
        return entities;
    }

    private static Optional<Entity> find(List<Entity> entities, EntityType type, String name) {
        return entities.stream()
                .filter(e -> e.type() == type && e.name().equals(name))
                .findFirst();
    }

    private static boolean anyMentionIs(List<Entity> entities, EntityType type, String text) {
        return entities.stream()
                .filter(e -> e.type() == type)
                .anyMatch(e -> e.mentions().stream().anyMatch(m -> m.text().equals(text)));
    }

    @Test
    void shorterFormAfterLongerIsTheSamePerson() {
        List<Entity> entities = recognize(
                "قال وزير الداخلية هشام الدسوقي إن الحكومة ستعلن خطتها الجديدة الأسبوع المقبل.",
                "وأوضح الدسوقي أن الخطة تشمل المدن الكبرى.");
        Entity person = find(entities, EntityType.PERSON, "هشام الدسوقي").orElseThrow();
        assertEquals(2, person.mentions().size());
        assertEquals("الدسوقي", person.mentions().get(1).text());
        assertEquals(
                1, entities.stream().filter(e -> e.type() == EntityType.PERSON).count());
    }

    @Test
    void aListedGivenNameBeforeAPersonIsPartOfTheName() {
        List<Entity> entities =
                recognize("وقال رئيس جمعية المزارعين، خليل داود، إن الموسم الحالي أفضل من المواسم السابقة.");
        assertTrue(find(entities, EntityType.PERSON, "خليل داود").isPresent(), entities.toString());
        assertEquals(
                1, entities.stream().filter(e -> e.type() == EntityType.PERSON).count(), entities.toString());
    }

    @Test
    void nameFoundOnceIsFoundAtEveryOccurrence() {
        List<Entity> entities = recognize(
                "التقى الرئيس الفرنسي إيمانويل ماكرون نظيره المصري في القاهرة.",
                "وبعد اللقاء غادر ماكرون إلى باريس.",
                "ولم يعلق ماكرون على الأسئلة.");
        Entity person = find(entities, EntityType.PERSON, "إيمانويل ماكرون").orElseThrow();
        assertEquals(3, person.mentions().size());
        assertEquals(
                List.of(0, 1, 2), person.mentions().stream().map(Mention::block).toList());
    }

    @Test
    void cliticsNeverAppearInDisplayedNames() {
        List<Entity> entities = recognize(
                "وصل وزير الخارجية الروسي سيرغي لافروف إلى العاصمة الصينية بكين.",
                "واجتمع مسؤولون صينيون ولافروف في مقر الوزارة.",
                "وقال مسؤول إن العلاقات بين الصين وروسيا قوية.");
        Entity person = find(entities, EntityType.PERSON, "سيرغي لافروف").orElseThrow();
        assertTrue(person.mentions().stream()
                .anyMatch(m -> m.block() == 1 && m.text().equals("لافروف")));
        assertTrue(anyMentionIs(entities, EntityType.LOCATION, "روسيا"), "«وروسيا» shows as «روسيا»");
        for (Entity e : entities) {
            assertFalse(e.name().startsWith("و")
                    && e.name().length() > 1
                    && e.name().equals("ولافروف"));
            for (Mention m : e.mentions()) {
                assertFalse(m.text().equals("ولافروف") || m.text().equals("وروسيا"), m.text());
            }
        }
    }

    @Test
    void ambiguousWordsAreNamesOnlyInNameContext() {
        List<Entity> plain = recognize(
                "يعيش سكان المدينة على أمل عودة الكهرباء، ويتحدث الزوار عن جمال الطبيعة.",
                "ودعا المشاركون إلى سلام عادل ودائم في المنطقة.");
        for (String word : List.of("أمل", "جمال", "سلام", "عادل")) {
            assertFalse(anyMentionIs(plain, EntityType.PERSON, word), word + " is an everyday word here");
        }
        List<Entity> named = recognize("وقالت الوزيرة أمل حسن إن المدرب جمال سليمان سيقود الفريق.");
        assertTrue(
                named.stream()
                        .anyMatch(e -> e.type() == EntityType.PERSON && e.name().contains("أمل")),
                "after a title «أمل» is a name: " + named);
        assertTrue(
                named.stream()
                        .anyMatch(e -> e.type() == EntityType.PERSON && e.name().contains("جمال")),
                "after a title «جمال» is a name: " + named);
    }

    @Test
    void latinNamesInsideArabicText() {
        List<Entity> entities = recognize("وصرح الكاتب Thomas Friedman بأن الاقتصاد يتباطأ في London هذا العام.");
        assertTrue(anyMentionIs(entities, EntityType.PERSON, "Thomas Friedman"), entities.toString());
        assertTrue(anyMentionIs(entities, EntityType.LOCATION, "London"), entities.toString());
    }

    @Test
    void placeCuesAndMultiWordPlaces() {
        List<Entity> entities = recognize("توجه الوفد إلى مدينة بيونغ يانغ ثم زار الولايات المتحدة والمكسيك.");
        assertTrue(anyMentionIs(entities, EntityType.LOCATION, "بيونغ يانغ"), entities.toString());
        assertTrue(anyMentionIs(entities, EntityType.LOCATION, "الولايات المتحدة"), entities.toString());
        assertTrue(anyMentionIs(entities, EntityType.LOCATION, "المكسيك"), entities.toString());
    }

    @Test
    void nameParticlesJoinTheName() {
        List<Entity> entities = recognize("استقبل الملك ضيفه الشيخ محمد بن راشد في القصر.");
        Entity person = entities.stream()
                .filter(e -> e.type() == EntityType.PERSON)
                .filter(e -> e.name().contains("راشد"))
                .findFirst()
                .orElse(null);
        assertNotNull(person, entities.toString());
        assertEquals("محمد بن راشد", person.name());
    }

    @Test
    void quotedNameAfterAnOrganisationWordIsAnOrganisation() {
        List<Entity> entities = recognize("ونقلت صحيفة «الأخبار اليومية» عن مصادر حكومية أن الاجتماع تأجل.");
        assertTrue(anyMentionIs(entities, EntityType.ORGANIZATION, "الأخبار اليومية"), entities.toString());
    }

    @Test
    void lamLamKeepsItsTextButNamesTheEntityWithTheArticle() {
        List<Entity> entities = recognize("أرسلت مصر مساعدات للسودان.", "وقال مسؤول في السودان إن المساعدات وصلت.");
        Entity sudan = find(entities, EntityType.LOCATION, "السودان").orElseThrow(() -> new AssertionError(entities));
        assertEquals(
                List.of("للسودان", "السودان"),
                sudan.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void tagTokensGivesOneBioTagPerToken() {
        List<String> tokens = List.of("زار", "الرئيس", "الروسي", "فلاديمير", "بوتين", "العاصمة", "بكين", ".");
        List<String> tags = recognizer.tagTokens(tokens);
        assertEquals(tokens.size(), tags.size());
        assertEquals("B-PERS", tags.get(3));
        assertEquals("I-PERS", tags.get(4));
        assertEquals("B-LOC", tags.get(6));
        assertEquals("O", tags.get(1));
    }

    @Test
    void anEnglishParagraphGetsNoGuessesFromTheArabicModel() {
        List<Entity> entities = recognize(
                "وحاضر الباحث البريطاني Thomas Friedman عن تاريخ الطباعة في جامعة القاهرة.",
                "“The exhibition is a door between two worlds,” Friedman wrote in the English edition of the catalogue.");
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.block() == 1) {
                    assertEquals("Friedman", m.text(), "only the name already known is found there: " + entities);
                }
            }
        }
        assertTrue(
                find(entities, EntityType.PERSON, "Thomas Friedman")
                                .orElseThrow()
                                .mentions()
                                .size()
                        == 2,
                entities.toString());
    }

    @Test
    void theWordOpeningAQuotationIsNotAPersonWithoutNameEvidence() {
        List<Entity> entities = recognize(
                "من جهته، قال النحات اللبناني سامر الحلبي، الذي يزور المدينة للمرة الأولى، «جئنا لنرى أعمال زملائنا».");
        assertFalse(anyMentionIs(entities, EntityType.PERSON, "جئنا"), entities.toString());
        assertTrue(find(entities, EntityType.PERSON, "سامر الحلبي").isPresent(), entities.toString());
    }

    @Test
    void aShortFormOpeningWithANameParticleJoinsTheFullName() {
        List<Entity> entities = recognize(
                "افتتحت وزيرة الصحة الجزائرية سلمى بن علي المستشفى الجديد في مدينة وهران.",
                "وقالت بن علي في كلمتها إن المستشفى سيخدم آلاف المرضى.");
        Entity person =
                find(entities, EntityType.PERSON, "سلمى بن علي").orElseThrow(() -> new AssertionError(entities));
        assertEquals(
                List.of("سلمى بن علي", "بن علي"),
                person.mentions().stream().map(Mention::text).toList());
        assertEquals(
                1, entities.stream().filter(e -> e.type() == EntityType.PERSON).count(), entities.toString());
    }

    @Test
    void anArabicShortFormOfALatinScriptNameIsTheSamePerson() {
        List<Entity> entities = recognize(
                "ويشارك في الندوة الباحث الفرنسي Claude Renaud، أستاذ التاريخ في جامعة باريس.",
                "وقال رونو للصحفيين إن المخطوطات تحتاج إلى ترميم عاجل.",
                "كما تحدث الكاتب الأمريكي Thomas Friedman في الجلسة الثانية، وأشار فريدمان إلى دور الصحافة.");
        Entity renaud =
                find(entities, EntityType.PERSON, "Claude Renaud").orElseThrow(() -> new AssertionError(entities));
        assertTrue(renaud.mentions().stream().anyMatch(m -> m.text().equals("رونو")), entities.toString());
        Entity friedman = find(entities, EntityType.PERSON, "Thomas Friedman").orElseThrow();
        assertTrue(friedman.mentions().stream().anyMatch(m -> m.text().equals("فريدمان")), entities.toString());
        assertFalse(find(entities, EntityType.PERSON, "رونو").isPresent(), entities.toString());
    }

    @Test
    void aLatinShortFormStaysWithItsOwnNameWhenAnArabicNameSharesItsSkeleton() {
        // «عمر» and "Moreau" have the same consonants (m, r): the same-script match must win.
        List<Entity> entities = recognize(
                "افتتحت الوزيرة ليلى بن عمر المعرض، وقالت بن عمر إنه الأكبر. وتحدثت ليلى بن عمر عن الخط.",
                "ويشارك الباحث الفرنسي Jean-Luc Moreau في الندوة.",
                "“Calligraphy is memory,” Moreau said.");
        Entity moreau =
                find(entities, EntityType.PERSON, "Jean-Luc Moreau").orElseThrow(() -> new AssertionError(entities));
        assertTrue(moreau.mentions().stream().anyMatch(m -> m.text().equals("Moreau")), entities.toString());
        Entity leila = find(entities, EntityType.PERSON, "ليلى بن عمر").orElseThrow(() -> new AssertionError(entities));
        assertTrue(leila.mentions().stream().noneMatch(m -> m.text().equals("Moreau")), entities.toString());
    }

    @Test
    void skeletonsMatchAcrossScripts() {
        assertTrue(NameSkeleton.sameAcrossScripts("مورو", "Moreau"));
        assertTrue(NameSkeleton.sameAcrossScripts("فريدمان", "Friedman"));
        assertTrue(NameSkeleton.sameAcrossScripts("شيراك", "Chirac"));
        assertTrue(NameSkeleton.sameAcrossScripts("رونو", "Renaud"), "a silent final d");
        assertFalse(NameSkeleton.sameAcrossScripts("مورو", "Murdoch"));
        assertFalse(NameSkeleton.sameAcrossScripts("Moreau", "Moreau"), "same script: plain equality decides");
        assertFalse(NameSkeleton.sameAcrossScripts("مو", "Mo"), "one consonant is too little");
    }

    @Test
    void aCityFollowedByAMasculineNationalityIsAClub() {
        List<String> tokens = List.of("وفاز", "ليون", "الفرنسي", "على", "ضيفه", "في", "مدينة", "ليون", ".");
        List<String> tags = recognizer.tagTokens(tokens);
        assertEquals("B-ORG", tags.get(1), tags.toString());
        assertEquals("B-LOC", tags.get(7), tags.toString());
    }

    @Test
    void placesJoinedByAndAreTwoPlaces() {
        List<String> tokens = List.of("وقال", "إن", "بريطانيا", "وفرنسا", "اعترضتا", "على", "القرار", ".");
        List<String> tags = recognizer.tagTokens(tokens);
        assertEquals(List.of("B-LOC", "B-LOC"), tags.subList(2, 4), tags.toString());
    }

    @Test
    void tagDocumentCarriesANameToItsOtherSentences() {
        List<List<String>> sentences = List.of(
                List.of("قال", "وزير", "الداخلية", "هشام", "الدسوقي", "إن", "الخطة", "جاهزة", "."),
                List.of("وأضاف", "الدسوقي", "أن", "التنفيذ", "يبدأ", "غدا", "."));
        List<List<String>> tags = recognizer.tagDocument(sentences);
        assertEquals(List.of("B-PERS", "I-PERS"), tags.get(0).subList(3, 5), tags.toString());
        assertEquals("B-PERS", tags.get(1).get(1), tags.toString());
        assertEquals(sentences.get(1).size(), tags.get(1).size());
    }

    @Test
    void aClubPrefixMakesAnOrganisation() {
        List<String> tokens = List.of("وقلص", "دينامو", "كييف", "الفارق", "في", "الشوط", "الثاني", ".");
        List<String> tags = recognizer.tagTokens(tokens);
        assertEquals(List.of("B-ORG", "I-ORG"), tags.subList(1, 3), tags.toString());
    }

    @Test
    void basemAfterASpokesmanIsOnBehalfOf() {
        List<String> tokens = List.of("وقال", "المتحدث", "باسم", "الجيش", "إن", "الهجوم", "فشل", ".");
        List<String> tags = recognizer.tagTokens(tokens);
        assertEquals("O", tags.get(2), tags.toString());
        List<String> named =
                recognizer.tagTokens(List.of("وقال", "الوزير", "باسم", "عوض", "الله", "إن", "الخطة", "جاهزة", "."));
        assertEquals("B-PERS", named.get(2), named.toString());
    }

    @Test
    void aPersonAfterAnOrganisationIsNotPartOfIt() {
        List<Entity> entities = recognize("وقال رئيس الاتحاد الأفريقي باتريس موتسيبي إن البطولة ستقام في موعدها.");
        assertTrue(anyMentionIs(entities, EntityType.ORGANIZATION, "الاتحاد الأفريقي"), entities.toString());
        assertTrue(anyMentionIs(entities, EntityType.PERSON, "باتريس موتسيبي"), entities.toString());
        assertFalse(entities.stream().anyMatch(e -> e.name().contains("الأفريقي باتريس")), entities.toString());
    }

    @Test
    void jadMeaningSeriousIsNotAPerson() {
        List<Entity> entities = recognize("وقال جاد إن الوضع جاد للغاية، وإن الحوار جاد.");
        assertFalse(anyMentionIs(entities, EntityType.PERSON, "جاد"), entities.toString());
        List<Entity> named = recognize("وتحدث الفنان جاد شويري عن ألبومه الجديد.");
        assertTrue(find(named, EntityType.PERSON, "جاد شويري").isPresent(), named.toString());
    }

    @Test
    void theNeighbourhoodIsNotAPlaceName() {
        List<Entity> entities = recognize(
                "وانتشرت قوات الأمن في الحي بعد الاشتباكات، وقال أحد سكان الحي إن الوضع هادئ.",
                "وعاد الهدوء إلى الحي الشرقي من مدينة حلب.",
                "وزار الرئيس حي الشيخ جراح في القدس.");
        for (Entity e : entities) {
            assertFalse(e.name().equals("الحي") || e.name().equals("حي"), entities.toString());
        }
        assertTrue(find(entities, EntityType.LOCATION, "حلب").isPresent(), entities.toString());
    }

    @Test
    void theNameAfterAPlaceNounIsAPlace() {
        List<String> tokens =
                List.of("وداهمت", "القوات", "بلدتي", "عرابة", "ويعبد", "جنوب", "جنين", "فجر", "اليوم", ".");
        List<String> tags = recognizer.tagTokens(tokens);
        assertEquals(List.of("B-LOC", "B-LOC"), tags.subList(3, 5), tags.toString());
        List<String> adjective =
                recognizer.tagTokens(List.of("وقالت", "الشرطة", "إن", "منطقة", "عسكرية", "أغلقت", "."));
        assertEquals("O", adjective.get(4), adjective.toString());
        List<String> town = recognizer.tagTokens(List.of("وعاد", "الهدوء", "إلى", "المدينة", "بعد", "الظهر", "."));
        assertEquals("O", town.get(3), "«المدينة» alone is the town: " + town);
    }

    @Test
    void aPlaceNameAloneInGuillemetsIsANewspaper() {
        List<String> tokens = List.of("وقال", "مسؤول", "لـ", "«", "الشرق", "الأوسط", "»", "إن", "الاتفاق", "قريب", ".");
        List<String> tags = recognizer.tagTokens(tokens);
        assertEquals(List.of("B-ORG", "I-ORG"), tags.subList(4, 6), tags.toString());
        List<String> place = recognizer.tagTokens(List.of("وتشهد", "منطقة", "الشرق", "الأوسط", "توترا", "."));
        assertFalse(place.get(2).endsWith("ORG"), place.toString());
    }

    @Test
    void theNameAfterTheCapitalAndItsAdjectiveOrACompassWordIsAPlace() {
        List<String> tags = recognizer.tagTokens(List.of("ووصل", "الوفد", "إلى", "العاصمة", "الإريترية", "أسمرا", "."));
        assertEquals("B-LOC", tags.get(5), tags.toString());
        assertEquals("O", tags.get(4), tags.toString());
    }

    @Test
    void verbShapesAreRecognised() {
        assertTrue(NameWords.looksLikeVerb("فسيجد"));
        assertTrue(NameWords.looksLikeVerb("ستعود"));
        assertTrue(NameWords.looksLikeVerb("لجاوا"));
        assertFalse(NameWords.looksLikeVerb("بغداد"));
        assertFalse(NameWords.looksLikeVerb("اسوان"));
    }

    @Test
    void aPlaceNamedWithATitleOrAnEverydayHeadWordAfterAPlaceNounIsOnePlace() {
        List<Entity> entities = recognize(
                "اقتحمت قوات الاحتلال حي الشيخ جراح في القدس المحتلة صباح اليوم.",
                "وفي قرية عين الصفا شمال الخليل، قال المزارع خليل داود إن الأرض لم تعد آمنة.");
        assertTrue(find(entities, EntityType.LOCATION, "الشيخ جراح").isPresent(), entities.toString());
        assertTrue(find(entities, EntityType.LOCATION, "عين الصفا").isPresent(), entities.toString());
        assertTrue(
                entities.stream()
                        .noneMatch(
                                e -> e.type() == EntityType.PERSON && e.name().contains("جراح")),
                entities.toString());
        assertTrue(find(entities, EntityType.PERSON, "خليل داود").isPresent(), entities.toString());
    }

    @Test
    void aPlaceNamedWithATitleEndsBeforeAWordWithAProclitic() {
        List<Entity> entities = recognize("وفي حي الشيخ جراح بالقدس اعتقلت القوات ثلاثة شبان.");
        assertTrue(find(entities, EntityType.LOCATION, "الشيخ جراح").isPresent(), entities.toString());
        assertTrue(find(entities, EntityType.LOCATION, "القدس").isPresent(), entities.toString());
    }

    @Test
    void aTitleAfterAPlaceNounWithNoNameAfterItIsNoPlace() {
        List<Entity> entities = recognize("وقال الشيخ في منطقة الشيخ نفسه إن الوضع هادئ.");
        assertTrue(
                entities.stream()
                        .noneMatch(
                                e -> e.type() == EntityType.LOCATION && e.name().contains("نفسه")),
                entities.toString());
    }

    @Test
    void multiWordPlacesTheTrainingTextTagsArePlacesInAnArticle() {
        List<Entity> entities = recognize(
                "وتتواصل المواجهات في الضفة الغربية منذ أسابيع.", "ويزور المبعوث عواصم عدة بالشرق الأوسط هذا الشهر.");
        assertTrue(find(entities, EntityType.LOCATION, "الضفة الغربية").isPresent(), entities.toString());
        assertTrue(find(entities, EntityType.LOCATION, "الشرق الأوسط").isPresent(), entities.toString());
    }

    @Test
    void corpusPlacesAreOnePlaceEachInTheBundledGazetteer() {
        Gazetteer g = Gazetteer.shared();
        assertEquals(2, g.corpusPlaceLength(new String[] {"في", "الضفه", "الغربيه"}, 1));
        assertEquals(
                0,
                g.corpusPlaceLength(new String[] {"ايطاليا", "وفرنسا"}, 0),
                "two places joined by «و» are not one corpus place");
        assertEquals(
                0,
                g.placeLength(new String[] {"الضفه", "الغربيه"}, 0),
                "corpus places stay out of the place list the model's features read");
    }
}
