package org.sahifa.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.TextDirection;

/** The seed article, a plain-text save of a news page, gets its structure (issue 2's acceptance check). */
class SeedArticleStructureTest {
    static Path seed() {
        Path path = Path.of(System.getProperty("sahifa.shared", "../shared"), "samples", "seed-article.txt");
        assumeTrue(Files.exists(path), "../shared/samples is not beside the checkout: " + path);
        return path;
    }

    @Test
    void headingCaptionAndNoTrailingBoilerplate() throws IOException {
        Article article =
                PlainTextExtractor.extract(Files.readString(seed(), StandardCharsets.UTF_8), "seed-article.txt");
        List<Block> blocks = article.blocks();
        assertNull(article.title(), "the first line is a full paragraph, not a title");
        assertEquals(List.of("مخاوف مشتركة"), textsOf(blocks, BlockType.HEADING));
        assertEquals(List.of("بوتين استقبل كيم جونغ أون الشهر الماضي (رويترز)"), textsOf(blocks, BlockType.CAPTION));
        for (Block block : blocks) {
            assertTrue(
                    !block.text().equals("شاركها.")
                            && !block.text().equals("اترك تعليقاً")
                            && !block.text().equals("Exit mobile version"),
                    "boilerplate kept: " + block.text());
            assertEquals(TextDirection.RTL, block.dir());
        }
        assertTrue(
                blocks.get(blocks.size() - 1).text().startsWith("وأثارت القمة"),
                blocks.get(blocks.size() - 1).text());
        assertEquals(15, blocks.size());
    }

    private static List<String> textsOf(List<Block> blocks, BlockType type) {
        return blocks.stream().filter(b -> b.type() == type).map(Block::text).toList();
    }
}
