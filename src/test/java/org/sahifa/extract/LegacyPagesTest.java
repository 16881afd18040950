package org.sahifa.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahifa.extract.eval.ExtractionEval;
import org.sahifa.load.DocumentKind;
import org.sahifa.load.RawDocument;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;

/**
 * Issue 15 §6: older Arabic news pages (layout tables, {@code <font>}, {@code <br><br>} paragraphs,
 * windows-1256 and ISO-8859-6), written for the project under {@code extract/legacy/}, one folder
 * per page in the layout of Readability's tests ({@code source.html}, {@code expected.html},
 * {@code expected-metadata.json}).
 */
class LegacyPagesTest {
    static final double MIN_F1 = 0.97;
    /** Page furniture each page carries and none may keep: breadcrumbs, the print/send row, the comments. */
    static final List<String> FURNITURE = List.of(
            "الرئيسية",
            "طباعة",
            "اطبع",
            "لصديق",
            "تكبير الخط",
            "تعليق",
            "سعاد",
            "منير",
            "كمال يوسف",
            "هالة",
            "جورج",
            "أم خالد",
            "طارق");

    static Path legacyPages() {
        try {
            return Path.of(LegacyPagesTest.class.getResource("/extract/legacy").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Article extract(String page) throws IOException {
        byte[] bytes = Files.readAllBytes(legacyPages().resolve(page).resolve("source.html"));
        return ArticleExtractor.extract(
                new RawDocument(page, "http://example.org/" + page, bytes, null, DocumentKind.HTML));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bank-table-windows-1256", "theatre-br-iso-8859-6", "hospital-hijri-undeclared"})
    void theArticleAndItsMetadataComeOutWithoutTheFurniture(String page) throws IOException {
        ExtractionEval.PageResult result = ExtractionEval.run(legacyPages()).page(page);
        assertNotNull(result, page);
        for (String field : List.of("title", "siteName", "publishedTime", "readerable", "dir", "lang")) {
            ExtractionEval.FieldCheck check = result.fields().get(field);
            assertTrue(
                    check.right(field),
                    page + " " + field + ": expected " + check.expected() + ", got " + check.actual());
        }
        assertTrue(result.text().f1() >= MIN_F1, page + " F1 " + result.text().f1());

        Article article = extract(page);
        String text = Fixtures.allText(article);
        for (String furniture : FURNITURE) {
            assertFalse(text.contains(furniture), page + " keeps «" + furniture + "»:\n" + text);
        }
    }

    /** A bold line alone in its paragraph is the article's sub-heading. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "bank-table-windows-1256:توقعات المحللين",
                "theatre-br-iso-8859-6:ماذا تغير في العرض؟",
                "hospital-hijri-undeclared:كوادر محلية"
            })
    void aBoldLineAloneIsAHeading(String pageAndHeading) throws IOException {
        String[] parts = pageAndHeading.split(":");
        Article article = extract(parts[0]);
        List<Block> headings = article.blocks().stream()
                .filter(b -> b.type() == BlockType.HEADING)
                .toList();
        assertEquals(1, headings.size(), headings.toString());
        assertEquals(parts[1], headings.get(0).text());
    }
}
