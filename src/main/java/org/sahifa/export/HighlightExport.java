package org.sahifa.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sahifa.library.Highlight;

/**
 * Highlights written out: Markdown (per article a heading with its title and source link, then each highlight as a
 * block quote followed by its note) or CSV (one row per highlight, a header row first, RFC 4180 quoting).
 */
public final class HighlightExport {
    private static final List<String> COLUMNS =
            List.of("source", "title", "block", "start", "end_block", "end", "text", "note", "created");
    private static final CsvMapper CSV = new CsvMapper();

    private HighlightExport() {}

    /** Markdown, article by article in the order given. */
    public static String markdown(List<Highlight> highlights) {
        StringBuilder out = new StringBuilder();
        Long article = null;
        for (Highlight h : highlights) {
            if (!Objects.equals(article, h.articleId())) {
                article = h.articleId();
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                String title = h.title() == null || h.title().isBlank() ? h.source() : h.title();
                out.append("## ").append(MarkdownArticle.escape(title)).append("\n\n");
                if (h.source().startsWith("http://") || h.source().startsWith("https://")) {
                    out.append('<')
                            .append(h.source().replace(">", "%3E").replace(" ", "%20"))
                            .append(">\n\n");
                } else {
                    out.append(MarkdownArticle.escape(h.source())).append("\n\n");
                }
            }
            for (String paragraph : h.text().split("\n\n")) {
                out.append("> ").append(MarkdownArticle.escape(paragraph)).append('\n');
            }
            if (h.note() != null) {
                out.append('\n');
                for (String line : h.note().split("\\R")) {
                    out.append(MarkdownArticle.escape(line)).append('\n');
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** CSV with a header row. */
    public static String csv(List<Highlight> highlights) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<List<String>> rows = new ArrayList<>();
        for (Highlight h : highlights) {
            rows.add(java.util.Arrays.asList(
                    h.source(),
                    h.title(),
                    String.valueOf(h.block()),
                    String.valueOf(h.start()),
                    String.valueOf(h.endBlock()),
                    String.valueOf(h.end()),
                    h.text(),
                    h.note() == null ? "" : h.note(),
                    h.created().toString()));
        }
        try {
            return CSV.writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rows of strings always serialise", e);
        }
    }
}
