package org.sahifa.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;

/**
 * The recogniser's entities, looked up by place (which entity is named at this word?) and by
 * name (which entity is «لافروف»?). A name matches an entity when, folded and with a clitic
 * (و، ف، ب، ل) stripped, it equals the entity's name or a mention, or is a shorter form of the
 * name («لافروف» of «سيرغي لافروف»).
 */
final class EntityIndex {
    /** A mention with the entity it names. */
    record Located(Entity entity, Mention mention) {}

    /** Most mentions {@link #lastOrganisationHeaded} looks at, so that a huge paragraph keeps it linear. */
    private static final int MAX_MENTIONS_BACK = 300;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<Entity> entities;
    private final List<String[]> nameTokens = new ArrayList<>();
    /** For each entity, the blocks of its mentions in ascending order. */
    private final List<int[]> mentionBlocks = new ArrayList<>();

    private final Map<String, List<Integer>> byForm = new HashMap<>();
    private final Map<Integer, List<Located>> byBlock = new HashMap<>();
    /** Names already looked up: articles repeat their speakers. One index serves one call, on one thread. */
    private final Map<String, List<Integer>> candidatesByName = new HashMap<>();

    EntityIndex(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        for (int i = 0; i < this.entities.size(); i++) {
            Entity e = this.entities.get(i);
            String name = ArabicText.fold(e.name()).strip();
            nameTokens.add(WHITESPACE.split(name));
            mentionBlocks.add(
                    e.mentions().stream().mapToInt(Mention::block).sorted().toArray());
            addForm(name, i);
            for (Mention m : e.mentions()) {
                addForm(ArabicText.fold(m.text()).strip(), i);
                byBlock.computeIfAbsent(m.block(), k -> new ArrayList<>()).add(new Located(e, m));
            }
        }
        byBlock.values()
                .forEach(list -> list.sort((a, b) ->
                        Integer.compare(a.mention().start(), b.mention().start())));
    }

    private void addForm(String form, int entity) {
        List<Integer> list = byForm.computeIfAbsent(form, k -> new ArrayList<>());
        if (!list.contains(entity)) {
            list.add(entity);
        }
    }

    /** The mention in {@code block} that overlaps {@code [from, to)}, or null. */
    Located at(int block, int from, int to) {
        List<Located> list = byBlock.get(block);
        if (list == null) {
            return null;
        }
        for (Located l : list) {
            if (l.mention().start() < to && l.mention().end() > from) {
                return l;
            }
            if (l.mention().start() >= to) {
                break;
            }
        }
        return null;
    }

    /** Mentions of {@code block} in text order. */
    List<Located> inBlock(int block) {
        return byBlock.getOrDefault(block, List.of());
    }

    /**
     * The organisation named last before {@code offset} of {@code block}, at most {@code blocksBack} paragraphs back,
     * whose name opens with the folded word {@code head} («وزاره» for «الوزارة»), or null.
     */
    Entity lastOrganisationHeaded(String head, int block, int offset, int blocksBack) {
        int budget = MAX_MENTIONS_BACK;
        for (int b = block; b >= Math.max(0, block - blocksBack); b--) {
            List<Located> list = inBlock(b);
            for (int i = list.size() - 1; i >= 0 && budget-- > 0; i--) {
                Located l = list.get(i);
                if (l.entity().type() == EntityType.ORGANIZATION
                        && (b < block || l.mention().end() <= offset)
                        && ArabicText.fold(l.entity().name()).startsWith(head + " ")) {
                    return l.entity();
                }
            }
        }
        return null;
    }

    /** The entity whose name or a mention is exactly this text (folded, clitic stripped), or null. */
    Entity resolveExact(String surface) {
        String folded = ArabicText.fold(surface).strip();
        for (String form : new String[] {folded, stripFirstClitic(folded)}) {
            List<Integer> exact = byForm.get(form);
            if (exact != null) {
                return best(exact, Integer.MAX_VALUE);
            }
        }
        return null;
    }

    /**
     * The entity a name found in the text refers to, or null. When a short form fits several
     * entities («كيم»), the one that was itself mentioned with that form wins, then the one named
     * last before {@code block}, then people before organisations and places.
     */
    Entity resolve(String surface, int block) {
        List<Integer> candidates = candidatesByName.computeIfAbsent(surface, this::candidates);
        return candidates.isEmpty() ? null : best(candidates, block);
    }

    /** Entities whose name or mention is {@code surface}, else those it is a shorter or longer form of. */
    private List<Integer> candidates(String surface) {
        String folded = ArabicText.fold(surface).strip();
        if (folded.isEmpty()) {
            return List.of();
        }
        String[] forms = {folded, stripFirstClitic(folded)};
        for (String form : forms) {
            List<Integer> exact = byForm.get(form);
            if (exact != null) {
                return exact;
            }
        }
        for (String form : forms) {
            String[] tokens = WHITESPACE.split(form);
            List<Integer> containing = new ArrayList<>();
            for (int i = 0; i < entities.size(); i++) {
                if (entities.get(i).type() == EntityType.LOCATION) {
                    continue;
                }
                if (containsRun(nameTokens.get(i), tokens) || containsRun(tokens, nameTokens.get(i))) {
                    containing.add(i);
                }
            }
            if (!containing.isEmpty()) {
                return containing;
            }
        }
        return List.of();
    }

    private Entity best(List<Integer> candidates, int block) {
        Entity best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int i : candidates) {
            Entity e = entities.get(i);
            int lastBlockBefore = lastBlockAtOrBefore(mentionBlocks.get(i), block);
            int score = lastBlockBefore * 4 + typeRank(e.type());
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** The largest of the sorted {@code blocks} not after {@code block}, or -1. */
    private static int lastBlockAtOrBefore(int[] blocks, int block) {
        int i = Arrays.binarySearch(blocks, block);
        if (i >= 0) {
            return block;
        }
        int insertion = -i - 1;
        return insertion == 0 ? -1 : blocks[insertion - 1];
    }

    private static int typeRank(EntityType type) {
        return switch (type) {
            case PERSON -> 2;
            case ORGANIZATION -> 1;
            case LOCATION -> 0;
        };
    }

    private static String stripFirstClitic(String folded) {
        int space = folded.indexOf(' ');
        String first = space < 0 ? folded : folded.substring(0, space);
        String rest = space < 0 ? "" : folded.substring(space);
        return ArabicText.stripClitic(first) + rest;
    }

    /** True when {@code run} occurs as consecutive tokens of {@code tokens}. */
    static boolean containsRun(String[] tokens, String[] run) {
        if (run.length == 0 || run.length > tokens.length) {
            return false;
        }
        for (int i = 0; i + run.length <= tokens.length; i++) {
            if (Arrays.equals(tokens, i, i + run.length, run, 0, run.length)) {
                return true;
            }
        }
        return false;
    }
}
