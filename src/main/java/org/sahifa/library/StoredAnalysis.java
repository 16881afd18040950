package org.sahifa.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.text.UnicodeCompressor;
import com.ibm.icu.text.UnicodeDecompressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.sahifa.analysis.AnalysisJson;
import org.sahifa.model.Analysis;
import org.sahifa.model.Article;
import org.sahifa.model.Block;
import org.sahifa.model.BlockType;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.model.Quote;
import org.sahifa.model.TextDirection;

/**
 * An analysis as the library keeps it: the CLI's analysis JSON ({@link AnalysisJson}) in SCSU, deflated, without the texts
 * of mentions and one-paragraph quotations (they are spans of the blocks).
 * Reading it back gives the same {@link Analysis} (the lead image is not kept).
 */
final class StoredAnalysis {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * First byte of the current form: the JSON in SCSU (Unicode's Standard Compression Scheme: about one byte per
     * Arabic letter instead of UTF-8's two), then deflated. The earlier form, UTF-8 deflated, starts with a zlib
     * header byte (0x78) and is still read.
     */
    private static final byte SCSU_DEFLATED = 1;

    private StoredAnalysis() {}

    static byte[] pack(Analysis analysis) {
        ObjectNode tree = AnalysisJson.toTree(analysis);
        for (JsonNode entity : tree.path("entities")) {
            for (JsonNode mention : entity.path("mentions")) {
                ((ObjectNode) mention).remove("text");
            }
        }
        for (JsonNode quote : tree.path("quotes")) {
            if (!quote.has("endBlock")) {
                ((ObjectNode) quote).remove("text");
            }
        }
        try {
            byte[] packed = deflate(UnicodeCompressor.compress(MAPPER.writeValueAsString(tree)));
            byte[] marked = new byte[packed.length + 1];
            marked[0] = SCSU_DEFLATED;
            System.arraycopy(packed, 0, marked, 1, packed.length);
            return marked;
        } catch (IOException e) {
            throw new UncheckedIOException("a tree of plain values always serialises", e);
        }
    }

    static Analysis unpack(byte[] packed) throws IOException {
        if (packed.length > 0 && packed[0] == SCSU_DEFLATED) {
            byte[] scsu = inflate(Arrays.copyOfRange(packed, 1, packed.length));
            return read(MAPPER.readTree(UnicodeDecompressor.decompress(scsu)));
        }
        return read(MAPPER.readTree(inflate(packed))); // written before SCSU: UTF-8 JSON, deflated
    }

    /** The analysis JSON contract read back into the model. */
    static Analysis read(JsonNode root) {
        List<Block> blocks = new ArrayList<>();
        for (JsonNode b : root.path("blocks")) {
            blocks.add(new Block(
                    BlockType.valueOf(upper(b, "type")),
                    b.path("text").asText(),
                    TextDirection.valueOf(upper(b, "dir"))));
        }
        Article article = new Article(
                text(root, "source"),
                text(root, "title"),
                text(root, "byline"),
                text(root, "published"),
                text(root, "site"),
                text(root, "lang"),
                TextDirection.valueOf(upper(root, "dir")),
                blocks,
                root.path("readerable").asBoolean(true));
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : root.path("entities")) {
            List<Mention> mentions = new ArrayList<>();
            for (JsonNode m : e.path("mentions")) {
                int block = m.path("block").asInt();
                int start = m.path("start").asInt();
                int end = m.path("end").asInt();
                String text = m.has("text")
                        ? m.get("text").asText()
                        : blocks.get(block).text().substring(start, end);
                mentions.add(new Mention(block, start, end, text));
            }
            entities.add(new Entity(
                    EntityType.valueOf(e.path("type").asText()), e.path("name").asText(), mentions));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : root.path("quotes")) {
            int block = q.path("block").asInt();
            int start = q.path("start").asInt();
            int end = q.path("end").asInt();
            String text = q.has("text")
                    ? q.get("text").asText()
                    : blocks.get(block).text().substring(start, end);
            quotes.add(new Quote(
                    text, text(q, "speaker"), block, start, q.path("endBlock").asInt(block), end));
        }
        return new Analysis(article, entities, quotes);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String upper(JsonNode node, String field) {
        return node.path(field).asText().toUpperCase(Locale.ROOT);
    }

    static byte[] deflate(byte[] plain) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
            byte[] chunk = new byte[8192];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static byte[] inflate(byte[] packed) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
            byte[] chunk = new byte[16384];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("stored data is cut short");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IOException("stored data is damaged", e);
        } finally {
            inflater.end();
        }
    }
}
