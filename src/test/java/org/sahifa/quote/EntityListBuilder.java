package org.sahifa.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;

/**
 * Builds the entity list a recogniser would give for hand-written test text: every whole-word
 * occurrence of a name or alias (a clitic و، ف، ب، ل، ك may stand before it), longest forms first,
 * so that «كيم» inside «كيم إيل سونغ» is not a mention of «كيم جونغ أون».
 */
final class EntityListBuilder {
    private record Wanted(EntityType type, String name, String[] forms) {}

    private final List<Block> blocks;
    private final List<Wanted> wanted = new ArrayList<>();

    EntityListBuilder(List<Block> blocks) {
        this.blocks = blocks;
    }

    EntityListBuilder person(String name, String... aliases) {
        return add(EntityType.PERSON, name, aliases);
    }

    EntityListBuilder organization(String name, String... aliases) {
        return add(EntityType.ORGANIZATION, name, aliases);
    }

    EntityListBuilder location(String name, String... aliases) {
        return add(EntityType.LOCATION, name, aliases);
    }

    private EntityListBuilder add(EntityType type, String name, String... aliases) {
        String[] forms = new String[aliases.length + 1];
        forms[0] = name;
        System.arraycopy(aliases, 0, forms, 1, aliases.length);
        wanted.add(new Wanted(type, name, forms));
        return this;
    }

    List<Entity> build() {
        List<String[]> byLength = new ArrayList<>();
        for (int w = 0; w < wanted.size(); w++) {
            for (String form : wanted.get(w).forms()) {
                byLength.add(new String[] {form, String.valueOf(w)});
            }
        }
        byLength.sort(Comparator.comparingInt((String[] f) -> f[0].length()).reversed());
        List<List<Mention>> mentions = new ArrayList<>();
        wanted.forEach(w -> mentions.add(new ArrayList<>()));
        List<List<int[]>> taken = new ArrayList<>();
        blocks.forEach(b -> taken.add(new ArrayList<>()));
        for (String[] f : byLength) {
            String form = f[0];
            int owner = Integer.parseInt(f[1]);
            for (int b = 0; b < blocks.size(); b++) {
                String text = blocks.get(b).text();
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    int end = at + form.length();
                    if (isWordStart(text, at)
                            && (end == text.length() || !Character.isLetter(text.charAt(end)))
                            && free(taken.get(b), at, end)) {
                        taken.get(b).add(new int[] {at, end});
                        mentions.get(owner).add(new Mention(b, at, end, form));
                    }
                }
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (int w = 0; w < wanted.size(); w++) {
            List<Mention> list = mentions.get(w);
            list.sort(Comparator.comparingInt(Mention::block).thenComparingInt(Mention::start));
            if (!list.isEmpty()) {
                entities.add(new Entity(wanted.get(w).type(), wanted.get(w).name(), list));
            }
        }
        return entities;
    }

    private static boolean isWordStart(String text, int at) {
        if (at == 0 || !Character.isLetter(text.charAt(at - 1))) {
            return true;
        }
        boolean clitic = "وفبلك".indexOf(text.charAt(at - 1)) >= 0;
        return clitic && (at == 1 || !Character.isLetter(text.charAt(at - 2)));
    }

    private static boolean free(List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (t[0] < end && start < t[1]) {
                return false;
            }
        }
        return true;
    }
}
