package org.sahifa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahifa.analysis.AnalysisJson;
import org.sahifa.analysis.Analyzer;
import org.sahifa.load.Credentials;
import org.sahifa.load.Limits;
import org.sahifa.load.LoadException;
import org.sahifa.model.Analysis;

/**
 * The command line: {@code analyze SOURCE...}, {@code tag-conll FILE} and {@code library …} ({@link LibraryCommand}).
 *
 * <p>Results go to {@code out}. A failure is one sentence on {@code err} naming the problem and exit code
 * {@link #FAILED}; wrong arguments print the usage and give {@link #USAGE}. Stack traces go to the log, and to
 * {@code err} only with {@code --debug}. Each source gets at most {@link #SOURCE_TIME_LIMIT}: loading has its own
 * timeouts, and this bounds extraction and analysis of a hostile input too.
 */
public final class Cli {
    public static final int OK = 0;
    /** A source could not be loaded or analysed (or, with several sources, at least one). */
    public static final int FAILED = 1;

    public static final int USAGE = 2;
    /** Longest time one source may take, loading included; a little more than the download limit. */
    public static final Duration SOURCE_TIME_LIMIT = Limits.TOTAL_TIMEOUT.plusSeconds(60);
    /** Longest sentence printed; a hostile path or address cannot flood the terminal. */
    static final int MAX_SENTENCE_CHARS = 400;

    static final String USAGE_TEXT =
            "usage: sahifa analyze [--debug] [--] FILE_OR_URL... | sahifa tag-conll [--debug] [--] FILE"
                    + " | sahifa library [--debug] [--dir DIR] add SOURCE... | search QUERY | entity NAME | list";
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private final PrintStream out;
    private final PrintStream err;
    private final Duration sourceTimeLimit;
    private boolean debug;

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, SOURCE_TIME_LIMIT);
    }

    /** For tests: a shorter limit per source. */
    public static Cli withSourceTimeLimit(PrintStream out, PrintStream err, Duration sourceTimeLimit) {
        return new Cli(out, err, sourceTimeLimit);
    }

    Cli(PrintStream out, PrintStream err, Duration sourceTimeLimit) {
        this.out = out;
        this.err = err;
        this.sourceTimeLimit = sourceTimeLimit;
    }

    /** True when the arguments name a CLI command rather than something for the app to open. */
    public static boolean isCommand(String[] args) {
        return args.length > 0
                && (args[0].equals("analyze") || args[0].equals("tag-conll") || args[0].equals("library"));
    }

    public int run(String[] args) {
        // Options come before "--"; after it every argument is a source, even one that starts with "--".
        int separator = List.of(args).indexOf("--");
        List<String> rest = new ArrayList<>(List.of(args).subList(0, separator < 0 ? args.length : separator));
        debug = rest.remove("--debug");
        if (!rest.isEmpty() && rest.get(0).equals("library")) {
            List<String> libraryArgs = new ArrayList<>(rest.subList(1, rest.size()));
            if (separator >= 0) {
                libraryArgs.addAll(List.of(args).subList(separator + 1, args.length));
            }
            return library(libraryArgs);
        }
        if (rest.stream().anyMatch(a -> a.startsWith("--"))) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (separator >= 0) {
            rest.addAll(List.of(args).subList(separator + 1, args.length));
        }
        if (rest.size() < 2) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String command = rest.remove(0);
        try {
            return switch (command) {
                case "analyze" -> analyze(rest);
                case "tag-conll" -> tagConll(rest);
                default -> {
                    err.println(USAGE_TEXT);
                    yield USAGE;
                }
            };
        } catch (LoadException e) {
            return fail(e.getMessage(), e);
        } catch (CliFailure e) {
            return fail(e.getMessage(), e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Last resort, e.g. the bundled model failed to load: still one sentence, never a bare stack trace.
            return fail("Sahifa could not run " + command + " (" + e.getClass().getSimpleName() + ").", e);
        }
    }

    private int library(List<String> args) {
        try {
            return new LibraryCommand(out, err, sourceTimeLimit).run(args);
        } catch (org.sahifa.library.LibraryException e) {
            return fail(e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return fail("Sahifa could not run library (" + e.getClass().getSimpleName() + ").", e);
        }
    }

    private int fail(String sentence, Throwable cause) {
        err.println(oneLine(sentence));
        LOG.log(Level.INFO, Credentials.masked(sentence), cause); // the stack trace for the log file
        if (debug) {
            cause.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }

    /** One source: pretty JSON. Several: JSON Lines, a failed source as an error line; exit 1 if any failed. */
    private int analyze(List<String> sources) throws LoadException, CliFailure {
        Analyzer analyzer = Analyzer.standard();
        if (sources.size() == 1) {
            out.println(AnalysisJson.write(analyzeInTime(analyzer, sources.get(0))));
            out.flush();
            return OK;
        }
        int code = OK;
        for (String source : sources) {
            try {
                out.println(AnalysisJson.writeLine(analyzeInTime(analyzer, source)));
            } catch (LoadException | CliFailure e) {
                out.println(AnalysisJson.errorLine(source, oneLine(e.getMessage())));
                LOG.log(Level.INFO, "analysis failed for " + Credentials.masked(source), e);
                code = FAILED;
            }
        }
        out.flush();
        return code;
    }

    /** Analyses on a worker thread so that a source that takes too long is given up (and interrupted). */
    private Analysis analyzeInTime(Analyzer analyzer, String source) throws LoadException, CliFailure {
        return TimeLimitedSource.run(
                source, sourceTimeLimit, "sahifa-cli-analysis", () -> analyzer.analyzeSource(source));
    }

    /** Reads CoNLL (token first on each line, blank line between sentences) and prints token and predicted tag. */
    private int tagConll(List<String> files) throws CliFailure {
        if (files.size() != 1) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String name = files.get(0);
        List<String> lines;
        try {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                throw new CliFailure(name + " is a folder, not a file.", null);
            }
            if (Files.size(path) > Limits.MAX_BYTES) {
                throw new CliFailure(
                        name + " is larger than the " + Limits.MAX_BYTES / (1024 * 1024) + " MB Sahifa reads.", null);
            }
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CliFailure("File not found: " + name + ".", e);
        } catch (AccessDeniedException e) {
            throw new CliFailure("Sahifa is not allowed to read " + name + ".", e);
        } catch (CharacterCodingException e) {
            throw new CliFailure(name + " is not UTF-8 text.", e);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new CliFailure("Could not read " + name + ".", e);
        }
        try {
            new ConllTagging(Analyzer.standard().recognizer()).tag(lines, out);
        } catch (RuntimeException | StackOverflowError e) {
            throw new CliFailure(TimeLimitedSource.failureSentence(e, name), e);
        }
        out.flush();
        return OK;
    }

    /** The sentence on one line: line breaks and control characters become spaces, and it is cut if very long. */
    static String oneLine(String sentence) {
        String s = sentence == null ? "Sahifa failed." : Credentials.masked(sentence);
        StringBuilder line = new StringBuilder(Math.min(s.length(), MAX_SENTENCE_CHARS + 1));
        for (int i = 0; i < s.length() && line.length() < MAX_SENTENCE_CHARS; i++) {
            char c = s.charAt(i);
            line.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (line.length() < s.length() && line.length() >= MAX_SENTENCE_CHARS) {
            line.append('…');
        }
        return line.toString().strip();
    }
}
