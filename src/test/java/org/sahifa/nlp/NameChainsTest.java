package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahifa.model.EntityType.PERSON;
import static org.sahifa.nlp.Articles.names;
import static org.sahifa.nlp.Articles.recognize;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Entity;

/**
 * Issue 14 §1.4, people round 8: a name written without its grandfather («محمد بن نايف») is the person named with the
 * whole lineage, and a family name alone joins the person its longer forms joined. Sentences made up for this test.
 */
class NameChainsTest {
    @Test
    void aNameCutBeforeALineageParticleIsAShortForm() {
        assertTrue(NameForms.isShortFormOf("محمد بن نايف", "محمد بن نايف بن عبدالعزيز", "PERS", false));
        assertFalse(NameForms.isShortFormOf("محمد بن نايف", "محمد بن نايف الشمري", "PERS", false));
    }

    @Test
    void theShortLineageIsOnePersonInAnArticle() {
        List<Entity> entities = recognize(
                "استقبل الأمير فيصل بن خالد بن عبدالعزيز أمير المنطقة الوفد أمس.",
                "وأكد الأمير فيصل بن خالد خلال اللقاء أهمية التعاون.");
        assertEquals(List.of("فيصل بن خالد بن عبدالعزيز"), names(entities, PERSON), entities.toString());
    }

    @Test
    void aFamilyNameAloneJoinsThePersonItsLongerFormJoined() {
        // «الغامدي» → «سعيد الغامدي» (the most mentioned longer form) → «خالد سعيد الغامدي»
        List<Entity> entities = recognize(
                "وقال المهندس خالد سعيد الغامدي إن المشروع تأخر.",
                "وأضاف سعيد الغامدي أن العمل مستمر، وأكد سعيد الغامدي أن الموعد قريب.",
                "يذكر أن الغامدي يعمل في الشركة منذ سنوات.");
        assertEquals(List.of("خالد سعيد الغامدي"), names(entities, PERSON), entities.toString());
    }
}
