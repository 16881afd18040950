package org.sahifa.cli;

/** A failure already put as one sentence for the user (stderr, or the error line of one source). */
final class CliFailure extends Exception {
    CliFailure(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
