package org.sahifa.load;

/** A document could not be loaded. {@link #getMessage()} is one plain English sentence. */
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

    /** The value the message names (a path, URL, status code or size), for localised messages. */
    public String detail() {
        return detail;
    }
}
