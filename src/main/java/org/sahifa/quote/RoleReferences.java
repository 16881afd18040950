package org.sahifa.quote;

import java.util.List;

/**
 * «وقال الوزير» with no name: the person the article gave that role before. Split from {@link PhraseReader},
 * whose phrase reading it calls back with {@code personOnly} set.
 */
final class RoleReferences {
    /** How many paragraphs back «الوزير» may look for where the minister was named. */
    static final int ROLE_REFERENCE_BLOCKS = 20;

    private final PhraseReader reader;
    private final NameReader names;
    private final List<List<Token>> tokens;
    private final EntityIndex entities;

    RoleReferences(PhraseReader reader, NameReader names, List<List<Token>> tokens, EntityIndex entities) {
        this.reader = reader;
        this.names = names;
        this.tokens = tokens;
        this.entities = entities;
    }

    /**
     * «وقال وزير الخارجية “…”» after «وزير الخارجية الروسي سيرغي لافروف»: the person named right after
     * the same role words earlier in the article, at most {@value #ROLE_REFERENCE_BLOCKS} paragraphs back.
     */
    Speaker namedEarlierWithRole(int b, int from, int to, Gender gender) {
        List<String> role = new java.util.ArrayList<>();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(b).get(k);
            if (t.isWord() && !WordLists.isTimeWord(t.folded())) {
                role.add(PhraseWords.bareRole(t.folded()));
            }
        }
        if (role.isEmpty()) {
            return null;
        }
        Speaker named = namedAfter(role, b, from, gender, true);
        if (named != null) {
            return named;
        }
        String apposed = SubjectShapes.personBeforeRole(tokens, entities, b, from, role, ROLE_REFERENCE_BLOCKS);
        if (apposed != null) {
            return new Speaker(apposed, gender);
        }
        boolean described = role.size() > 1 && adjectivesOnly(role.subList(1, role.size()));
        // «وتحدث المدرب الروماني» after «مدرب الاتحاد الجديد فلان»: the role word alone, any complement, a person only
        return described ? namedAfter(role.subList(0, 1), b, from, gender, false) : null;
    }

    /**
     * The person named after the words {@code role} earlier than token {@code from} of block {@code b}, or with
     * {@code sources} an unnamed source given that role («باحث مصري»); null when there is none.
     */
    private Speaker namedAfter(List<String> role, int b, int from, Gender gender, boolean sources) {
        for (int block = b; block >= Math.max(0, b - ROLE_REFERENCE_BLOCKS); block--) {
            List<Token> toks = tokens.get(block);
            int last = block == b ? from - role.size() : toks.size() - role.size();
            for (int k = last; k >= 0; k--) {
                if (!PhraseWords.sameRoleWords(toks, k, role)) {
                    continue;
                }
                int nisba = sources && role.size() == 1 ? SubjectShapes.nisbaEnd(toks, k, toks.size()) : -1;
                if (nisba > k) {
                    int described = UnnamedSources.descriptorEnd(toks, nisba, toks.size());
                    int end = UnnamedSources.throughPersonNamed(entities, block, toks, described, toks.size());
                    return new Speaker(names.textOf(block, k, end), gender);
                }
                Speaker named = reader.phraseAt(block, k + role.size(), toks.size(), true, false, gender, true);
                if (named != null && named.name() != null && !named.name().isEmpty()) {
                    return named.gender() == Gender.UNKNOWN ? named : new Speaker(named.name(), gender);
                }
            }
        }
        return null;
    }

    /** «الروماني», «الأمريكية»: words of a role that only describe it (adjectives of origin), no complement. */
    private static boolean adjectivesOnly(List<String> words) {
        for (String w : words) {
            if (!PhraseWords.isNisba(w.startsWith("ال") ? w.substring(2) : w)) {
                return false;
            }
        }
        return true;
    }
}
