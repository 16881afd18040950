package org.sahifa.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.sahifa.analysis.AnalysisJson;
import org.sahifa.model.Analysis;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;

/** What must hold for any analysis, whatever the input: the JSON contract's offsets and shape. */
final class PipelineInvariants {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PipelineInvariants() {}

    static void check(Analysis analysis) {
        List<Block> blocks = analysis.article().blocks();
        assertNotNull(analysis.article().dir(), "article direction");
        for (Block block : blocks) {
            assertFalse(block.text().isBlank(), "a block holds text");
        }
        for (Entity entity : analysis.entities()) {
            assertFalse(entity.mentions().isEmpty(), "an entity has mentions: " + entity.name());
            for (Mention m : entity.mentions()) {
                assertTrue(m.block() >= 0 && m.block() < blocks.size(), "mention block in range: " + m);
                String text = blocks.get(m.block()).text();
                assertTrue(
                        0 <= m.start() && m.start() < m.end() && m.end() <= text.length(),
                        "mention offsets in range: " + m);
                assertEquals(text.substring(m.start(), m.end()), m.text(), "mention text is its span");
            }
        }
        for (Quote q : analysis.quotes()) {
            assertTrue(q.block() >= 0 && q.block() < blocks.size(), "quote block in range: " + q);
            assertTrue(q.endBlock() >= q.block() && q.endBlock() < blocks.size(), "quote end block in range: " + q);
            assertTrue(
                    q.start() >= 0 && q.start() <= blocks.get(q.block()).text().length(), "quote start in range: " + q);
            assertTrue(
                    q.end() >= 0 && q.end() <= blocks.get(q.endBlock()).text().length(), "quote end in range: " + q);
            if (q.endBlock() == q.block()) {
                assertTrue(q.start() <= q.end(), "quote start before end: " + q);
            }
        }
        try {
            JsonNode json = MAPPER.readTree(AnalysisJson.write(analysis));
            assertEquals(blocks.size(), json.get("blocks").size(), "JSON carries every block");
        } catch (java.io.IOException e) {
            throw new AssertionError("the analysis JSON does not parse back", e);
        }
    }
}
