package org.sahifa.load;

/**
 * Hides the password of an address written with credentials ({@code https://user:secret@host/} becomes
 * {@code https://user:***@host/}) wherever an address is shown: messages, the JSON {@code source}, the log.
 */
public final class Credentials {
    static final String MASK = "***";

    private Credentials() {}

    /** {@code text} with the password of every {@code scheme://user:password@} in it replaced by {@link #MASK}; a scan, linear in the text. */
    public static String masked(String text) {
        if (text == null || !text.contains("://")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
            int start = at + 3;
            int colon = -1;
            int userEnd = -1;
            int end = start;
            for (;
                    end < text.length()
                            && "/?#".indexOf(text.charAt(end)) < 0
                            && !Character.isWhitespace(text.charAt(end));
                    end++) {
                char c = text.charAt(end);
                if (c == ':' && colon < 0) {
                    colon = end;
                } else if (c == '@') {
                    userEnd = end;
                }
            }
            if (colon >= 0 && colon < userEnd && copied <= colon) {
                out.append(text, copied, colon + 1).append(MASK);
                copied = userEnd;
            }
            at = Math.max(at, end - 3); // the authority is read once
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }
}
