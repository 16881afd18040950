package org.sahifa.quote.attribution;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;
import org.sahifa.quote.SpeechWords;

/**
 * Who holds the role the rules gave as a speaker: «قال الرئيس التركي: «…»» after «الرئيس التركي رجب طيب أردوغان»
 * earlier in the article. Every person named right after the rules' phrase (up to {@value #GAP} words between: «العاهل
 * المغربي الملك محمد السادس») becomes a candidate marked {@link Pool#holdsRulesRole}, even when named far from the
 * quotation (docs/speaker-model.md, "Round 12").
 */
final class RoleHolders {
    /** Words allowed between the role and the name (a title: «الملك», «الشيخ»). */
    static final int GAP = 2;
    /** Characters before a mention searched for the role (a bounded look). */
    static final int REACH = 120;
    /** Mentions looked at per quotation, at most: an article dense with names and quotations stays linear. */
    static final int MAX_LOOKS = 300;

    private RoleHolders() {}

    /**
     * Marks every person of {@code entities} named right after {@code phrase} (the rules' answer, a phrase no entity
     * stands for), adding it to {@code pools} through {@code poolOf} when it is not yet a candidate.
     */
    static void mark(
            ArticleText text,
            List<Entity> entities,
            Map<Entity, MentionIndex> index,
            String phrase,
            Map<String, Pool> pools,
            Function<Entity, Pool> poolOf) {
        String[] role = words(phrase);
        if (role.length == 0) {
            return;
        }
        int looks = 0;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : index.get(e).all()) {
                if (++looks > MAX_LOOKS) {
                    return;
                }
                if (m.block() < text.blockCount() && follows(text.source(m.block()), m.start(), role)) {
                    pools.computeIfAbsent(SpeakerCandidates.key(e.name()), k -> poolOf.apply(e)).holdsRulesRole = true;
                    break;
                }
            }
        }
    }

    /** The words of {@code role} stand before offset {@code at} of {@code block}, at most {@value #GAP} words before it. */
    static boolean follows(String block, int at, String[] role) {
        String[] before = words(block.substring(Math.max(0, at - REACH), at));
        for (int gap = 0; gap <= GAP; gap++) {
            int end = before.length - gap;
            int start = end - role.length;
            if (start >= 0 && Arrays.equals(Arrays.copyOfRange(before, start, end), role)) {
                return true;
            }
        }
        return false;
    }

    /** The folded words of {@code s}, punctuation dropped. */
    static String[] words(String s) {
        String folded =
                SpeechWords.fold(s).replaceAll("[^\\p{L}\\p{Nd}\\s]", " ").strip();
        return folded.isEmpty() ? new String[0] : folded.split("\\s+");
    }
}
