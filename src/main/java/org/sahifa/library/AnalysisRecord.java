package org.sahifa.library;

import com.ibm.icu.text.UnicodeCompressor;
import com.ibm.icu.text.UnicodeDecompressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * An analysis as a compact binary record, before compression: a stream of varints (counts, codes, offsets, string
 * lengths) followed by every string of the record, joined, in SCSU (about one byte per Arabic letter). Mentions and
 * one-block quotations are offsets into the block text (their texts are substrings of it); a quotation's speaker
 * is the index of an entity of the same record when it is one. The article's source, title, site and date are
 * columns of the article row, so the record leaves them out and {@link #read} takes them from the row.
 */
final class AnalysisRecord {
    /** Persisted codes: the position in these lists, never an enum's ordinal (an enum may be reordered). */
    private static final List<String> BLOCK_TYPES =
            List.of("HEADING", "PARAGRAPH", "CAPTION", "BLOCKQUOTE", "LISTITEM");

    private static final List<String> DIRECTIONS = List.of("RTL", "LTR");
    private static final List<String> ENTITY_TYPES = List.of("PERSON", "LOCATION", "ORGANIZATION");

    private static final int READERABLE = 1;
    private static final int NO_TITLE = 2;
    /** The article's source differs from the row's: the record holds the source as shown (its password masked). */
    private static final int OWN_SOURCE = 4;

    /** The article row's columns that the record does not repeat. */
    record Row(String source, String title, String site, String published) {}

    private AnalysisRecord() {}

    /** {@code shownSource} is the source as the analysis JSON shows it (a password masked). */
    static byte[] write(Analysis analysis, String shownSource) {
        Writer out = new Writer();
        Article article = analysis.article();
        boolean ownSource = !Objects.equals(shownSource, article.source());
        out.number((article.readerable() ? READERABLE : 0)
                | (article.title() == null ? NO_TITLE : 0)
                | (ownSource ? OWN_SOURCE : 0));
        if (ownSource) {
            out.string(shownSource);
        }
        out.string(article.byline());
        out.string(article.lang());
        out.code(DIRECTIONS, article.dir().name());
        List<Block> blocks = article.blocks();
        out.number(blocks.size());
        for (Block block : blocks) {
            out.code(BLOCK_TYPES, block.type().name());
            out.code(DIRECTIONS, block.dir().name());
            out.string(block.text());
        }
        Map<String, Integer> entityIndex = new HashMap<>();
        out.number(analysis.entities().size());
        for (Entity entity : analysis.entities()) {
            entityIndex.putIfAbsent(entity.name(), entityIndex.size());
            out.code(ENTITY_TYPES, entity.type().name());
            out.string(entity.name());
            out.number(entity.mentions().size());
            int block = 0;
            int start = 0;
            for (Mention m : entity.mentions()) {
                boolean substring = m.block() < blocks.size()
                        && m.end() <= blocks.get(m.block()).text().length()
                        && blocks.get(m.block())
                                .text()
                                .substring(m.start(), m.end())
                                .equals(m.text());
                out.signed(m.block() - block);
                out.signed(m.block() == block ? m.start() - start : m.start());
                out.number((m.end() - m.start()) << 1 | (substring ? 0 : 1));
                if (!substring) {
                    out.string(m.text());
                }
                block = m.block();
                start = m.start();
            }
        }
        out.number(analysis.quotes().size());
        for (Quote q : analysis.quotes()) {
            Integer speaker = q.speaker() == null ? null : entityIndex.get(q.speaker());
            // 0: no speaker, 1: a speaker that is no entity of the record (written out), 2 + i: entity i
            out.number(q.speaker() == null ? 0 : speaker == null ? 1 : 2 + speaker);
            if (q.speaker() != null && speaker == null) {
                out.string(q.speaker());
            }
            boolean substring = q.endBlock() == q.block()
                    && q.block() < blocks.size()
                    && q.end() <= blocks.get(q.block()).text().length()
                    && blocks.get(q.block())
                            .text()
                            .substring(q.start(), q.end())
                            .equals(q.text());
            out.number(q.block());
            out.number(q.start());
            out.number((q.endBlock() - q.block()) << 1 | (substring ? 0 : 1));
            out.number(q.endBlock() == q.block() ? q.end() - q.start() : q.end());
            if (!substring) {
                out.string(q.text());
            }
        }
        return out.toBytes();
    }

    static Analysis read(byte[] record, Row row) throws IOException {
        Reader in = new Reader(record);
        int flags = in.number();
        String source = (flags & OWN_SOURCE) != 0 ? in.string() : row.source();
        String byline = in.string();
        String lang = in.string();
        TextDirection dir = TextDirection.valueOf(in.code(DIRECTIONS));
        int blockCount = in.number();
        List<Block> blocks = new ArrayList<>(blockCount);
        for (int i = 0; i < blockCount; i++) {
            BlockType type = BlockType.valueOf(in.code(BLOCK_TYPES));
            TextDirection blockDir = TextDirection.valueOf(in.code(DIRECTIONS));
            blocks.add(new Block(type, in.string(), blockDir));
        }
        Article article = new Article(
                source,
                (flags & NO_TITLE) != 0 ? null : row.title(),
                byline,
                row.published(),
                row.site(),
                lang,
                dir,
                blocks,
                (flags & READERABLE) != 0);
        int entityCount = in.number();
        List<Entity> entities = new ArrayList<>(entityCount);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < entityCount; i++) {
            EntityType type = EntityType.valueOf(in.code(ENTITY_TYPES));
            String name = in.string();
            if (!names.contains(name)) {
                names.add(name);
            }
            int mentionCount = in.number();
            List<Mention> mentions = new ArrayList<>(mentionCount);
            int block = 0;
            int start = 0;
            for (int m = 0; m < mentionCount; m++) {
                int mentionBlock = block + in.signed();
                int delta = in.signed();
                start = mentionBlock == block ? start + delta : delta;
                block = mentionBlock;
                int lengthAndFlag = in.number();
                int end = start + (lengthAndFlag >>> 1);
                String text = (lengthAndFlag & 1) != 0 ? in.string() : in.cut(blocks, block, start, end);
                mentions.add(new Mention(block, start, end, text));
            }
            entities.add(new Entity(type, name, mentions));
        }
        int quoteCount = in.number();
        List<Quote> quotes = new ArrayList<>(quoteCount);
        for (int i = 0; i < quoteCount; i++) {
            int speakerCode = in.number();
            String speaker =
                    speakerCode == 0 ? null : speakerCode == 1 ? in.string() : in.entry(names, speakerCode - 2);
            int block = in.number();
            int start = in.number();
            int spanAndFlag = in.number();
            int endBlock = block + (spanAndFlag >>> 1);
            int end = endBlock == block ? start + in.number() : in.number();
            String text = (spanAndFlag & 1) != 0 ? in.string() : in.cut(blocks, block, start, end);
            quotes.add(new Quote(text, speaker, block, start, endBlock, end));
        }
        in.expectEnd();
        return new Analysis(article, entities, quotes);
    }

    /** Varints into one stream, strings into another; {@link #toBytes} joins them. */
    private static final class Writer {
        private final ByteArrayOutputStream numbers = new ByteArrayOutputStream(256);
        private final StringBuilder strings = new StringBuilder(4096);

        void number(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative value " + value);
            }
            varint(numbers, value);
        }

        void signed(int value) {
            varint(numbers, (value << 1) ^ (value >> 31)); // zigzag: small magnitudes stay small
        }

        void code(List<String> names, String name) {
            int code = names.indexOf(name);
            if (code < 0) {
                throw new IllegalStateException("no stored code for " + name + ": add it to AnalysisRecord");
            }
            number(code);
        }

        /** Length + 1, or 0 for null. */
        void string(String s) {
            number(s == null ? 0 : s.length() + 1);
            if (s != null) {
                strings.append(s);
            }
        }

        byte[] toBytes() {
            byte[] text = UnicodeCompressor.compress(strings.toString());
            ByteArrayOutputStream out = new ByteArrayOutputStream(numbers.size() + text.length + 5);
            varint(out, numbers.size());
            out.writeBytes(numbers.toByteArray());
            out.write(text, 0, text.length);
            return out.toByteArray();
        }

        private static void varint(ByteArrayOutputStream out, int value) {
            while ((value & ~0x7F) != 0) {
                out.write((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            out.write(value);
        }
    }

    /** Reads what {@link Writer} wrote; any inconsistency is an {@link IOException} (a damaged record). */
    private static final class Reader {
        private final byte[] bytes;
        private final int numbersEnd;
        private final String strings;
        private int at;
        private int stringAt;

        Reader(byte[] bytes) throws IOException {
            this.bytes = bytes;
            int length = varint(bytes.length);
            this.numbersEnd = at + length;
            if (length < 0 || numbersEnd > bytes.length) {
                throw new IOException("stored analysis is damaged");
            }
            try {
                this.strings = new String(UnicodeDecompressor.decompress(bytes, numbersEnd, bytes.length));
            } catch (RuntimeException e) {
                throw new IOException("stored analysis is damaged", e);
            }
        }

        int number() throws IOException {
            return varint(numbersEnd);
        }

        int signed() throws IOException {
            int zigzag = varint(numbersEnd);
            return (zigzag >>> 1) ^ -(zigzag & 1);
        }

        String code(List<String> names) throws IOException {
            return entry(names, number());
        }

        <T> T entry(List<T> list, int index) throws IOException {
            if (index >= list.size()) {
                throw new IOException("stored analysis is damaged");
            }
            return list.get(index);
        }

        String string() throws IOException {
            int lengthPlusOne = number();
            if (lengthPlusOne == 0) {
                return null;
            }
            int end = stringAt + lengthPlusOne - 1;
            if (end > strings.length()) {
                throw new IOException("stored analysis is damaged");
            }
            String s = strings.substring(stringAt, end);
            stringAt = end;
            return s;
        }

        String cut(List<Block> blocks, int block, int start, int end) throws IOException {
            if (block >= blocks.size()
                    || start < 0
                    || end > blocks.get(block).text().length()
                    || end < start) {
                throw new IOException("stored analysis is damaged");
            }
            return blocks.get(block).text().substring(start, end);
        }

        void expectEnd() throws IOException {
            if (at != numbersEnd || stringAt != strings.length()) {
                throw new IOException("stored analysis is damaged");
            }
        }

        private int varint(int limit) throws IOException {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                if (at >= limit) {
                    throw new IOException("stored analysis is cut short");
                }
                byte b = bytes[at++];
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IOException("stored analysis is damaged");
        }
    }
}
