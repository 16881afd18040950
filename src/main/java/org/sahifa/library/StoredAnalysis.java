package org.sahifa.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.UnicodeDecompressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * An analysis as the library keeps it. The current form ({@link #BINARY}): an {@link AnalysisRecord} deflated,
 * with a preset dictionary built from the user's own library when there is one ({@link CompressionDictionary}).
 * Earlier forms, still read: the CLI's analysis JSON ({@link AnalysisJson}) without the texts of mentions and
 * one-paragraph quotations, in SCSU and deflated ({@link #SCSU_DEFLATED}), or in UTF-8 and deflated (a zlib header
 * first). Reading gives the same {@link Analysis} (the lead image is not kept).
 */
final class StoredAnalysis {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** First byte of schema 2's form: the JSON in SCSU, then deflated. */
    private static final byte SCSU_DEFLATED = 1;
    /** First byte of the current form, then a varint dictionary id (0: none), then the deflated record. */
    static final byte BINARY = 2;

    /** The dictionaries rows name, by id. */
    interface Dictionaries {
        byte[] bytes(int id) throws IOException;
    }

    private StoredAnalysis() {}

    /** The analysis in the current form, deflated with {@code dictionary} (null for none). */
    static byte[] pack(Analysis analysis, CompressionDictionary dictionary) {
        byte[] record = AnalysisRecord.write(analysis, shownSource(analysis));
        byte[] packed = deflate(record, dictionary == null ? null : dictionary.bytes());
        int id = dictionary == null ? 0 : dictionary.id();
        ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length + 6);
        out.write(BINARY);
        for (int v = id; ; v >>>= 7) {
            if ((v & ~0x7F) == 0) {
                out.write(v);
                break;
            }
            out.write((v & 0x7F) | 0x80);
        }
        out.write(packed, 0, packed.length);
        return out.toByteArray();
    }

    /** The dictionary id a stored analysis was packed with; 0 for none or an earlier form. */
    static int dictionaryOf(byte[] packed) {
        if (packed.length == 0 || packed[0] != BINARY) {
            return 0;
        }
        int value = 0;
        for (int i = 1, shift = 0; i < packed.length && shift < 35; i++, shift += 7) {
            value |= (packed[i] & 0x7F) << shift;
            if ((packed[i] & 0x80) == 0) {
                return value;
            }
        }
        return 0;
    }

    /** Reads any stored form; the row gives the columns the binary record leaves out. */
    static Analysis unpack(byte[] packed, AnalysisRecord.Row row, Dictionaries dictionaries) throws IOException {
        if (packed.length > 0 && packed[0] == BINARY) {
            int at = 1;
            int id = 0;
            for (int shift = 0; ; shift += 7) {
                if (at >= packed.length || shift > 28) {
                    throw new IOException("stored analysis is damaged");
                }
                byte b = packed[at++];
                id |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            byte[] dictionary = id == 0 ? null : dictionaries.bytes(id);
            return AnalysisRecord.read(inflate(Arrays.copyOfRange(packed, at, packed.length), dictionary), row);
        }
        if (packed.length > 0 && packed[0] == SCSU_DEFLATED) {
            byte[] scsu = inflate(Arrays.copyOfRange(packed, 1, packed.length));
            return read(MAPPER.readTree(UnicodeDecompressor.decompress(scsu)));
        }
        return read(MAPPER.readTree(inflate(packed))); // written before SCSU: UTF-8 JSON, deflated
    }

    /** The source as the analysis JSON shows it (a password in an address masked). */
    private static String shownSource(Analysis analysis) {
        String source = analysis.article().source();
        if (source == null || !source.contains("@")) {
            return source; // no user:password@ in it: shown as it is
        }
        return AnalysisJson.toTree(new Analysis(analysis.article().withBlocks(List.of()), List.of(), List.of()))
                .path("source")
                .asText(null);
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
        return deflate(plain, null);
    }

    /** Deflated with a preset dictionary (null for none): the dictionary's strings cost a back-reference each. */
    static byte[] deflate(byte[] plain, byte[] dictionary) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            if (dictionary != null) {
                deflater.setDictionary(dictionary);
            }
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
        return inflate(packed, null);
    }

    static byte[] inflate(byte[] packed, byte[] dictionary) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
            byte[] chunk = new byte[16384];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && inflater.needsDictionary() && dictionary != null) {
                    inflater.setDictionary(dictionary); // fails on a dictionary other than the one used
                    continue;
                }
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("stored data is cut short");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new IOException("stored data is damaged", e);
        } finally {
            inflater.end();
        }
    }
}
