package org.sahifa.load;

/**
 * A document could not be loaded. {@link #getMessage()} is one plain English sentence for the CLI and the log;
 * the UI builds its own message from {@link #problem()} and {@link #detail()}.
 */
public class LoadException extends Exception {
    private final LoadProblem problem;
    private final String detail;

    public LoadException(LoadProblem problem, String detail, String message) {
        super(message);
        this.problem = problem;
        this.detail = detail;
    }

    public LoadException(LoadProblem problem, String detail, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.detail = detail;
    }

    public LoadProblem problem() {
        return problem;
    }

    /** The value the message names (a path, URL, status code, size...), as listed on each {@link LoadProblem}. */
    public String detail() {
        return detail;
    }

    /** Nothing visible to read in {@code shown} (a path or an http(s) address): the same sentence whichever step found it. */
    public static LoadException empty(String shown) {
        boolean page = shown.regionMatches(true, 0, "http://", 0, 7) || shown.regionMatches(true, 0, "https://", 0, 8);
        return new LoadException(
                LoadProblem.EMPTY, shown, page ? "The page at " + shown + " is empty." : shown + " is empty.");
    }

    static LoadException cancelled(String shown) {
        return new LoadException(LoadProblem.CANCELLED, shown, "Loading " + shown + " was cancelled.");
    }

    static LoadException tooLarge(String shown, long maxBytes) {
        long mb = Limits.megabytes(maxBytes);
        String limit = mb > 0 ? mb + " MB" : maxBytes + " bytes";
        return new LoadException(
                LoadProblem.TOO_LARGE, String.valueOf(mb), shown + " is larger than the " + limit + " Sahifa opens.");
    }
}
