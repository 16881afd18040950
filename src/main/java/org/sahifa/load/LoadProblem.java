package org.sahifa.load;

/** Why a document could not be loaded; the UI turns each into a message in the user's language. */
public enum LoadProblem {
    NOT_FOUND, NOT_A_FILE, UNREADABLE, UNSUPPORTED_TYPE, TOO_LARGE, EMPTY, BINARY,
    BAD_URL, UNSUPPORTED_SCHEME, HTTP_STATUS, UNSUPPORTED_CONTENT_TYPE, NETWORK, TIMEOUT, CANCELLED
}
