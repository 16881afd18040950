package org.sahifa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahifa.LogSetup;
import org.sahifa.analysis.AnalysisJson;
import org.sahifa.analysis.Analyzer;
import org.sahifa.export.ExportFormat;
import org.sahifa.export.HighlightExport;
import org.sahifa.export.LibraryExport;
import org.sahifa.extract.ArticleExtractor;
import org.sahifa.library.EntityArticle;
import org.sahifa.library.Highlight;
import org.sahifa.library.Library;
import org.sahifa.library.LibraryException;
import org.sahifa.library.LibraryNotice;
import org.sahifa.library.Original;
import org.sahifa.library.SavedArticle;
import org.sahifa.library.SearchFilter;
import org.sahifa.library.SearchHit;
import org.sahifa.load.LoadException;
import org.sahifa.load.RawDocument;
import org.sahifa.load.SourceLoader;
import org.sahifa.model.Analysis;

/**
 * {@code library [--dir DIR] add SOURCE... | search QUERY | entity NAME | list}: one JSON object per line on
 * {@code out}. Notices about opening (a damaged library set aside, the index rebuilt) go to {@code err} and do
 * not fail the command; a failure is one sentence on {@code err} and exit {@link Cli#FAILED}.
 */
final class LibraryCommand {
    static final String USAGE_TEXT =
            "usage: sahifa library [--dir DIR] add SOURCE... | search QUERY | entity NAME | list"
                    + " | export FOLDER [md|html] | highlights [SOURCE] [--format md|csv]";
    /** Search hits printed. */
    static final int SEARCH_LIMIT = 20;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Logger LOG = Logger.getLogger(LibraryCommand.class.getName());

    private final PrintStream out;
    private final PrintStream err;
    private final Duration sourceTimeLimit;

    LibraryCommand(PrintStream out, PrintStream err, Duration sourceTimeLimit) {
        this.out = out;
        this.err = err;
        this.sourceTimeLimit = sourceTimeLimit;
    }

    /** {@code args} after the word {@code library}; throws the sentence to print on failure. */
    int run(List<String> args) throws LibraryException {
        List<String> rest = new ArrayList<>(args);
        Path dir = LogSetup.dataDirectory();
        if (rest.size() >= 2 && rest.get(0).equals("--dir")) {
            dir = Path.of(rest.get(1));
            rest = rest.subList(2, rest.size());
        }
        boolean ownOptions = !rest.isEmpty() && rest.get(0).equals("highlights");
        if (rest.isEmpty()
                || !ownOptions && rest.stream().anyMatch(a -> a.startsWith("--"))
                || (!List.of("list", "highlights").contains(rest.get(0)) && rest.size() < 2)) {
            err.println(USAGE_TEXT);
            return Cli.USAGE;
        }
        String command = rest.get(0);
        List<String> operands = rest.subList(1, rest.size());
        if (!List.of("add", "search", "entity", "list", "export", "highlights").contains(command)) {
            err.println(USAGE_TEXT);
            return Cli.USAGE;
        }
        HighlightsRequest highlights = null;
        if (ownOptions) {
            highlights = HighlightsRequest.parse(operands);
            if (highlights == null) {
                err.println(USAGE_TEXT);
                return Cli.USAGE;
            }
        }
        try (Library library = Library.open(dir)) {
            for (LibraryNotice notice : library.notices()) {
                err.println(notice.sentence());
            }
            int code = switch (command) {
                case "add" -> add(library, operands);
                case "search" -> search(library, String.join(" ", operands));
                case "entity" -> entity(library, String.join(" ", operands));
                case "export" -> export(library, operands);
                case "highlights" -> highlights(library, highlights);
                default -> list(library);
            };
            out.flush();
            return code;
        }
    }

    private int add(Library library, List<String> sources) throws LibraryException {
        Analyzer analyzer = Analyzer.standard();
        int code = Cli.OK;
        for (String source : sources) {
            try {
                Saving saving = analyzeInTime(analyzer, source);
                long id = library.save(saving.analysis(), saving.original());
                print(MAPPER.createObjectNode()
                        .put("source", source)
                        .put("id", id)
                        .put("title", saving.analysis().article().title()));
            } catch (LoadException | CliFailure e) {
                out.println(AnalysisJson.errorLine(source, Cli.oneLine(e.getMessage())));
                LOG.log(Level.INFO, "library add failed for " + source, e);
                code = Cli.FAILED;
            }
        }
        return code;
    }

    private record Saving(Analysis analysis, Original original) {}

    /** Loads, extracts and analyses on a worker so a source that takes too long is given up, as {@code analyze} does. */
    private Saving analyzeInTime(Analyzer analyzer, String source) throws LoadException, CliFailure {
        return TimeLimitedSource.run(source, sourceTimeLimit, "sahifa-library-add", () -> {
            RawDocument raw = SourceLoader.load(source);
            return new Saving(
                    analyzer.analyze(ArticleExtractor.extract(raw)),
                    new Original(raw.kind().name(), raw.declaredCharset(), raw.bytes()));
        });
    }

    private int search(Library library, String query) throws LibraryException {
        for (SearchHit hit : library.search(query, SearchFilter.NONE, SEARCH_LIMIT)) {
            print(MAPPER.createObjectNode()
                    .put("source", hit.source())
                    .put("title", hit.title())
                    .put("score", hit.score())
                    .put("snippet", hit.snippet().marked("<b>", "</b>")));
        }
        return Cli.OK;
    }

    private int entity(Library library, String name) throws LibraryException {
        for (EntityArticle article : library.articlesMentioning(name)) {
            print(MAPPER.createObjectNode()
                    .put("source", article.source())
                    .put("title", article.title())
                    .put("mentions", article.mentions()));
        }
        return Cli.OK;
    }

    /** {@code export FOLDER [md|html]}: prints {@code {"folder","articles"}}. */
    private int export(Library library, List<String> operands) throws LibraryException {
        String kind = operands.size() > 1 ? operands.get(1) : "md";
        ExportFormat format = ExportFormat.forFileName("x." + kind).orElse(null);
        if (operands.size() > 2 || format == null || format == ExportFormat.TEXT) {
            err.println(USAGE_TEXT);
            return Cli.USAGE;
        }
        Path folder = Path.of(operands.get(0));
        try {
            int written = LibraryExport.export(library, folder, format);
            print(MAPPER.createObjectNode().put("folder", folder.toString()).put("articles", written));
            return Cli.OK;
        } catch (java.io.IOException e) {
            throw new LibraryException("Sahifa could not write the export to " + folder + ".", e);
        }
    }

    /** {@code highlights [SOURCE] [--format md|csv]}: the operands read, or null when they are not that. */
    private record HighlightsRequest(String source, boolean csv) {
        static HighlightsRequest parse(List<String> operands) {
            String source = null;
            String format = "md";
            for (int i = 0; i < operands.size(); i++) {
                String operand = operands.get(i);
                if (operand.equals("--format") && i + 1 < operands.size()) {
                    format = operands.get(++i);
                } else if (operand.startsWith("--") || source != null) {
                    return null;
                } else {
                    source = operand;
                }
            }
            return List.of("md", "csv").contains(format) ? new HighlightsRequest(source, format.equals("csv")) : null;
        }
    }

    /** Prints the highlights of one saved article, or of the whole library, as Markdown or CSV. */
    private int highlights(Library library, HighlightsRequest request) throws LibraryException {
        List<Highlight> highlights;
        if (request.source() == null) {
            highlights = library.allHighlights();
        } else {
            long id = library.idOf(request.source())
                    .orElseThrow(() ->
                            new LibraryException("The library holds no article from " + request.source() + ".", null));
            highlights = library.highlights(id);
        }
        out.print(request.csv() ? HighlightExport.csv(highlights) : HighlightExport.markdown(highlights));
        return Cli.OK;
    }

    private int list(Library library) throws LibraryException {
        for (SavedArticle a : library.list()) {
            ObjectNode line = MAPPER.createObjectNode()
                    .put("id", a.id())
                    .put("source", a.source())
                    .put("title", a.title())
                    .put("site", a.site())
                    .put("published", a.published())
                    .put("readAt", a.readAt())
                    .put("words", a.wordCount());
            a.tags().forEach(line.putArray("tags")::add);
            print(line);
        }
        return Cli.OK;
    }

    private void print(ObjectNode line) {
        try {
            out.println(MAPPER.writeValueAsString(line));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
