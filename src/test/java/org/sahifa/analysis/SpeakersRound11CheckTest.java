package org.sahifa.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.nlp.Gazetteer;

/**
 * Round 11 (issue 14, docs/quotations.md "Round 11: speakers"): a speaker phrase holding a found person's name with a
 * role, its complement or other words around it is that person; a name after a preposition stays a complement.
 * Made-up names and phrases.
 */
class SpeakersRound11CheckTest {
    private final Gazetteer gazetteer = Gazetteer.shared();

    private static Entity person(String name, String... mentions) {
        List<Mention> all = new java.util.ArrayList<>();
        all.add(new Mention(0, 0, name.length(), name));
        for (String m : mentions) {
            all.add(new Mention(0, 0, m.length(), m));
        }
        return new Entity(EntityType.PERSON, name, all);
    }

    private String checked(String speaker, List<Entity> entities) {
        return SpeakerCheck.checked(List.of(), entities, List.of(Quote.inBlock("نص", speaker, 0, 0, 2)), gazetteer)
                .get(0)
                .speaker();
    }

    @Test
    void aRoleWithItsComplementBeforeTheNameGivesThePerson() {
        List<Entity> entities = List.of(person("سالم العتيبي"));
        assertEquals("سالم العتيبي", checked("رئيس جامعة المدينة الدكتور سالم العتيبي", entities));
        assertEquals("سالم العتيبي", checked("نادي الشباب سالم العتيبي", entities));
        assertEquals("سالم العتيبي", checked("الأسير سالم العتيبي", entities));
    }

    @Test
    void aShortMentionEndingThePhraseGivesTheWholeName() {
        List<Entity> entities = List.of(person("خالد بن سالم العتيبي", "العتيبي"));
        assertEquals("خالد بن سالم العتيبي", checked("مدرب الفريق العتيبي", entities));
    }

    @Test
    void wordsReadOnAfterTheNameAreDropped() {
        List<Entity> entities = List.of(person("منيرة الخالدي"), person("ناصر القحطاني"));
        assertEquals("منيرة الخالدي", checked("منيرة الخالدي زميلها ناصر القحطاني", entities));
    }

    @Test
    void aNameTheRecogniserMissedIsReadAfterATitleOfAddress() {
        assertEquals("سالم بن حمد العتيبي", checked("عميد كلية العلوم الدكتور سالم بن حمد العتيبي", List.of()));
        assertEquals("منيرة الخالدي", checked("مديرة المدرسة الأستاذة منيرة الخالدي", List.of()));
        assertEquals("مصدر قريب من الشيخ سالم العتيبي", checked("مصدر قريب من الشيخ سالم العتيبي", List.of()));
    }

    @Test
    void aOneWordPersonInsideAnUnnamedSourceLeavesTheSource() {
        assertEquals("باحث يمني", checked("باحث يمني", List.of(person("يمني"))));
    }

    @Test
    void aNameAfterAPrepositionIsAComplementNotTheSpeaker() {
        List<Entity> entities = List.of(person("سالم العتيبي"));
        assertEquals("مصدر مقرب من الوزير سالم العتيبي", checked("مصدر مقرب من الوزير سالم العتيبي", entities));
        assertEquals("مصدر مطلع على مواقف سالم العتيبي", checked("مصدر مطلع على مواقف سالم العتيبي", entities));
    }
}
