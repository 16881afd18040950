package org.sahifa.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sahifa.load.Credentials;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;

/** Writes an {@link Analysis} as the CLI's JSON contract (see README, "The analysis JSON"). */
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {}

    public static ObjectNode toTree(Analysis analysis) {
        Article a = analysis.article();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("source", Credentials.masked(a.source()));
        root.put("title", a.title());
        root.put("byline", a.byline());
        root.put("published", a.published());
        root.put("site", a.site());
        root.put("lang", a.lang());
        root.put("dir", a.dir().jsonName());
        root.put("readerable", a.readerable());
        ArrayNode blocks = root.putArray("blocks");
        for (Block block : a.blocks()) {
            blocks.addObject()
                    .put("type", block.type().jsonName())
                    .put("text", block.text())
                    .put("dir", block.dir().jsonName());
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity entity : analysis.entities()) {
            ObjectNode e =
                    entities.addObject().put("type", entity.type().name()).put("name", entity.name());
            ArrayNode mentions = e.putArray("mentions");
            for (Mention m : entity.mentions()) {
                mentions.addObject()
                        .put("block", m.block())
                        .put("start", m.start())
                        .put("end", m.end())
                        .put("text", m.text());
            }
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : analysis.quotes()) {
            ObjectNode o = quotes.addObject()
                    .put("text", q.text())
                    .put("speaker", q.speaker())
                    .put("block", q.block())
                    .put("start", q.start())
                    .put("end", q.end());
            if (q.endBlock() != q.block()) {
                o.put("endBlock", q.endBlock());
            }
        }
        return root;
    }

    /** The analysis as pretty-printed JSON. */
    public static String write(Analysis analysis) {
        return toString(toTree(analysis), true);
    }

    /** One line of JSON, for JSON Lines output. */
    public static String writeLine(Analysis analysis) {
        return toString(toTree(analysis), false);
    }

    /** The JSON Lines record of a source that failed. */
    public static String errorLine(String source, String message) {
        return toString(
                MAPPER.createObjectNode()
                        .put("source", Credentials.masked(source))
                        .put("error", Credentials.masked(message)),
                false);
    }

    private static String toString(ObjectNode node, boolean pretty) {
        try {
            return pretty
                    ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node)
                    : MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
