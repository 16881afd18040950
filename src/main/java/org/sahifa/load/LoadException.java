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

    static LoadException cancelled(String shown) {
        return new LoadException(LoadProblem.CANCELLED, shown, "Loading " + shown + " was cancelled.");
    }

    static LoadException tooLarge(String shown, long maxBytes) {
        long mb = Limits.megabytes(maxBytes);
        String limit = mb > 0 ? mb + " MB" : maxBytes + " bytes";
        return new LoadException(LoadProblem.TOO_LARGE, String.valueOf(mb),
                shown + " is larger than the " + limit + " Sahifa opens.");
    }
}
