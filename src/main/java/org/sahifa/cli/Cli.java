package org.sahifa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahifa.analysis.AnalysisJson;
import org.sahifa.analysis.Analyzer;
import org.sahifa.load.LoadException;
import org.sahifa.model.Analysis;

/**
 * The command line: {@code analyze SOURCE...} and {@code tag-conll FILE}.
 * Results go to {@code out}; a failure is one sentence on {@code err} and a non-zero exit code.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    static final String USAGE_TEXT = "usage: sahifa analyze [--debug] FILE_OR_URL... | sahifa tag-conll [--debug] FILE";
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** True when the arguments name a CLI command rather than something for the app to open. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (args[0].equals("analyze") || args[0].equals("tag-conll"));
    }

    public int run(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean debug = rest.remove("--debug");
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
            return fail(e.getMessage(), e, debug);
        } catch (NoSuchFileException e) {
            return fail("File not found: " + e.getFile() + ".", e, debug);
        } catch (IOException e) {
            return fail("Could not read the file: " + e.getMessage() + ".", e, debug);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return fail("Sahifa could not analyse this input (" + e.getClass().getSimpleName() + ").", e, debug);
        }
    }

    private int fail(String sentence, Throwable cause, boolean debug) {
        err.println(sentence);
        LOG.log(Level.FINE, sentence, cause);
        if (debug) {
            cause.printStackTrace(err);
        }
        return FAILED;
    }

    /** One source: pretty JSON. Several: JSON Lines, a failed source as an error line; exit 1 if any failed. */
    private int analyze(List<String> sources) throws LoadException {
        Analyzer analyzer = Analyzer.standard();
        if (sources.size() == 1) {
            out.println(AnalysisJson.write(analyzer.analyzeSource(sources.get(0))));
            return OK;
        }
        int code = OK;
        for (String source : sources) {
            try {
                Analysis analysis = analyzer.analyzeSource(source);
                out.println(AnalysisJson.writeLine(analysis));
            } catch (LoadException e) {
                out.println(AnalysisJson.errorLine(source, e.getMessage()));
                code = FAILED;
            } catch (RuntimeException | StackOverflowError e) {
                out.println(AnalysisJson.errorLine(source, "Sahifa could not analyse this input."));
                LOG.log(Level.FINE, "analysis failed for " + source, e);
                code = FAILED;
            }
        }
        out.flush();
        return code;
    }

    /** Reads CoNLL (token first on each line, blank line between sentences) and prints token and predicted tag. */
    private int tagConll(List<String> files) throws IOException {
        if (files.size() != 1) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        List<String> lines = Files.readAllLines(Path.of(files.get(0)), StandardCharsets.UTF_8);
        new ConllTagging(Analyzer.standard().recognizer()).tag(lines, out);
        out.flush();
        return OK;
    }
}
