package org.sahifa.library;

/** A library operation that failed, put as one sentence the user can read. */
public class LibraryException extends Exception {
    public LibraryException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
