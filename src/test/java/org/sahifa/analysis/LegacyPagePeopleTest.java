package org.sahifa.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahifa.load.LoadException;
import org.sahifa.model.Analysis;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;

/**
 * Issue 15 §6: readers' comments under an old news page stay out of the article, so their
 * writers' names do not reach the People list; the article's own people do.
 */
class LegacyPagePeopleTest {
    private static Analyzer analyzer;

    @BeforeAll
    static void loadModel() {
        analyzer = Analyzer.standard();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bank-table-windows-1256|فؤاد السعدي|سعاد الخطيب;منير حداد",
                "theatre-br-iso-8859-6|سليم العطار;ريم الحلو|كمال يوسف;هالة عيسى;جورج نصار",
                "hospital-hijri-undeclared|عادل الزين;باسم القاضي|أم خالد;طارق منصور",
            })
    void thePeopleListHasTheArticlesPeopleAndNoCommenters(String page, String people, String commenters)
            throws LoadException, URISyntaxException {
        Path source = Path.of(LegacyPagePeopleTest.class
                .getResource("/extract/legacy/" + page + "/source.html")
                .toURI());
        Analysis analysis = analyzer.analyzeSource(source.toString());
        List<String> names = analysis.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON)
                .map(Entity::name)
                .toList();
        for (String person : people.split(";")) {
            assertTrue(names.contains(person), person + " missing from " + names);
        }
        for (String commenter : commenters.split(";")) {
            assertTrue(
                    names.stream().noneMatch(n -> n.contains(commenter) || commenter.contains(n)),
                    commenter + " listed: " + names);
        }
    }
}
