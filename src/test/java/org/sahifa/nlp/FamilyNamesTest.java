package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.sahifa.model.EntityType.LOCATION;
import static org.sahifa.model.EntityType.ORGANIZATION;
import static org.sahifa.model.EntityType.PERSON;
import static org.sahifa.nlp.Articles.find;
import static org.sahifa.nlp.Articles.names;
import static org.sahifa.nlp.Articles.recognize;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Entity;

/** Issue 14 §1 class 4: a family name alone after the full name is that person, even when it is also a town. */
class FamilyNamesTest {
    @Test
    void aFamilyNameThatIsAlsoATownIsThePersonWhereASubjectStands() {
        List<Entity> entities =
                recognize("وقال المحامي يوسف الكرك إن موكله بريء، وأضاف الكرك أن المحكمة ستنظر في الطعن.");
        Entity lawyer = find(entities, PERSON, "يوسف الكرك");
        assertNotNull(lawyer, entities.toString());
        assertEquals(2, lawyer.mentions().size());
        assertEquals(List.of(), names(entities, LOCATION));
    }

    @Test
    void theTownStaysATownElsewhere() {
        List<Entity> entities = recognize("وقال المحامي يوسف الكرك إن موكله بريء.", "وزار الوفد الكرك يوم الأحد.");
        assertEquals(List.of("الكرك"), names(entities, LOCATION), entities.toString());
    }

    @Test
    void aFamilyNameTakenForAnOrganisationIsThePerson() {
        List<Entity> entities =
                recognize("وقال المدرب الفرنسي باتريك لوران إن فريقه جاهز.", "وأضاف لوران أن اللاعبين في حالة جيدة.");
        Entity coach = find(entities, PERSON, "باتريك لوران");
        assertNotNull(coach, entities.toString());
        assertEquals(2, coach.mentions().size());
        assertEquals(List.of(), names(entities, ORGANIZATION));
    }
}
