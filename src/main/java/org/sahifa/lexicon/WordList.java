package org.sahifa.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One list of the lexicon as read from its TSV file: lines starting with {@code #} are the header (what the list is
 * for; a {@code # columns:} line names the columns, tab-separated), blank lines are skipped, every other line is one
 * entry with its columns separated by tabs.
 *
 * <pre>{@code
 * WordList roles = WordList.load("roles");
 * Set<String> words = roles.folded(0);   // the first column, folded for comparison
 * }</pre>
 */
public final class WordList {
    private static final String RESOURCE_DIR = "/lexicon/";
    private static final String COLUMNS_PREFIX = "columns:";

    private final String name;
    private final List<String> header;
    private final List<String> columns;
    private final List<List<String>> rows;

    private WordList(String name, List<String> header, List<String> columns, List<List<String>> rows) {
        this.name = name;
        this.header = List.copyOf(header);
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    /** Reads {@code resources/lexicon/NAME.tsv} from the class path. */
    public static WordList load(String name) {
        try (InputStream in = WordList.class.getResourceAsStream(RESOURCE_DIR + name + ".tsv")) {
            if (in == null) {
                throw new IllegalArgumentException("No lexicon list named " + name);
            }
            return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lexicon list " + name, e);
        }
    }

    /** Parses a list from {@code reader}; an entry with more columns than the header names is refused. */
    static WordList parse(String name, BufferedReader reader) throws IOException {
        List<String> header = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.startsWith("#")) {
                String comment = line.substring(1).strip();
                header.add(comment);
                if (comment.startsWith(COLUMNS_PREFIX) && columns.isEmpty()) {
                    columns.addAll(Arrays.asList(
                            comment.substring(COLUMNS_PREFIX.length()).strip().split("\t")));
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> row = Arrays.asList(line.split("\t", -1));
            if (!columns.isEmpty() && row.size() > columns.size()) {
                throw new IllegalArgumentException("Lexicon list " + name + ", line " + lineNumber + ": " + row.size()
                        + " columns where the header names " + columns.size());
            }
            rows.add(row.stream().map(String::strip).toList());
        }
        return new WordList(name, header, columns, rows);
    }

    public String name() {
        return name;
    }

    /** The header comment lines, without their {@code #}. */
    public List<String> header() {
        return header;
    }

    /** The column names of the {@code # columns:} header line (empty when the file has none). */
    public List<String> columns() {
        return columns;
    }

    /** Every entry, each a list of its columns (a trailing empty column may be missing). */
    public List<List<String>> rows() {
        return rows;
    }

    /** Column {@code index} of the entry, or "" when the entry leaves it out. */
    public static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }

    /** Column {@code index} of every entry, folded ({@link Lexicon#fold}), in file order without repeats. */
    public Set<String> folded(int index) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> row : rows) {
            out.add(Lexicon.fold(cell(row, index)));
        }
        return out;
    }

    /** The first column of the entries whose column {@code column} equals {@code value}, folded. */
    public Set<String> foldedWhere(int column, String value) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> row : rows) {
            if (cell(row, column).equals(value)) {
                out.add(Lexicon.fold(cell(row, 0)));
            }
        }
        return out;
    }
}
