package org.sahifa.quote;

import java.util.List;

/**
 * Where a role without a name starts and ends in the subject the phrase reader walks, so that «وقال المتحدث باسم
 * الوزارة في الرياض أمس إن …» can be given as the role as written, «المتحدث باسم الوزارة»: the role word, its
 * complement (bodies, words with the article, «باسم», «لدى»/«إلى» and where the role is held, a body after «في»),
 * never «في» before a place or a date, a time word, «إن»/«أن», a colon, a mark or a verb (the reader stops there).
 */
final class RoleExtent {
    private int first = -1;
    private int last = -1;
    private boolean closed;
    private boolean possessive;

    /** The role word at token {@code j}; the first one opens the extent. */
    void start(List<Token> toks, int j) {
        if (first < 0) {
            first = j;
            last = j;
            possessive = WordLists.isPossessedRole(toks.get(j).folded());
        } else {
            extend(toks, j);
        }
    }

    /**
     * Token {@code j} still belongs to the role, unless the role was closed by «في» before a place or date, or the
     * word at {@code j} closes it: a preposition joined to the article («للصحفيين», «بالمنطقة»: an addressee or a
     * place after the role), or «و» and the article («الرئيس والحكومة»: a second subject, not one role).
     */
    void extend(List<Token> toks, int j) {
        String w = toks.get(j).folded();
        if (w.startsWith("لل") || w.startsWith("بال") || w.startsWith("كال") || w.startsWith("وال")) {
            closed = true;
        }
        if (first >= 0 && !closed) {
            last = Math.max(last, j);
        }
    }

    /**
     * A word that continues the role for the reader (see {@link PhraseWords#continuesRole}): «في» before anything
     * but a body («كلية», «صندوق») closes the written role, which the reader may still walk past to a name.
     */
    void continueOver(List<Token> toks, int j) {
        boolean bodyAfterIn = j + 1 < toks.size()
                && toks.get(j + 1).isWord()
                && WordLists.isBody(toks.get(j + 1).folded());
        if (toks.get(j).folded().equals("في") && !bodyAfterIn) {
            closed = true;
        } else {
            extend(toks, j);
        }
    }

    /**
     * The role as written in block {@code b}, or null when there is none or it points back to someone through a
     * possessive («مديرها»: whose director the article says, not a source).
     */
    String text(NameReader names, int b) {
        return first < 0 || possessive ? null : names.textOf(b, first, last);
    }
}
