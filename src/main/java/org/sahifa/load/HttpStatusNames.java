package org.sahifa.load;

/** The reason phrases of the HTTP status codes users meet, for messages (HTTP/2 and the JDK client send none). */
final class HttpStatusNames {
    private HttpStatusNames() {}

    /** " (Not Found)" for 404, and so on; empty for codes without a common name. */
    static String nameOf(int status) {
        String name = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 451 -> "Unavailable For Legal Reasons";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> null;
        };
        return name == null ? "" : " (" + name + ")";
    }
}
