package org.sahifa.nlp;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.EntityType;
import org.sahifa.model.Mention;

/**
 * Finds the people, places and organisations an article names.
 *
 * <p>First version: country names from CLDR (through ICU4J) as places. The trained recogniser replaces it.
 */
public final class EntityRecognizer {
    private final List<String> countryNames;

    private EntityRecognizer(List<String> countryNames) {
        this.countryNames = countryNames;
    }

    /** Loads the recogniser's resources; call once and share. */
    public static EntityRecognizer load() {
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(new ULocale("ar"));
        List<String> countries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            String name = names.regionDisplayName(code);
            if (name != null && !name.equals(code)) {
                countries.add(name);
            }
        }
        countries.sort((a, b) -> b.length() - a.length());
        return new EntityRecognizer(countries);
    }

    public List<Entity> recognize(List<Block> blocks) {
        Map<String, List<Mention>> found = new LinkedHashMap<>();
        for (int b = 0; b < blocks.size(); b++) {
            String text = blocks.get(b).text();
            for (String country : countryNames) {
                Matcher m = Pattern.compile("(?<![\\p{L}])[وفبلك]?(" + Pattern.quote(country) + ")(?![\\p{L}])").matcher(text);
                while (m.find()) {
                    found.computeIfAbsent(country, k -> new ArrayList<>())
                            .add(new Mention(b, m.start(1), m.end(1), m.group(1)));
                }
            }
        }
        List<Entity> entities = new ArrayList<>();
        found.forEach((name, mentions) -> entities.add(new Entity(EntityType.LOCATION, name, mentions)));
        return entities;
    }

    /** BIO tags (types PERS, LOC, ORG, MISC) for the tokens of one sentence. */
    public List<String> tagTokens(List<String> tokens) {
        List<String> tags = new ArrayList<>();
        for (String token : tokens) {
            tags.add(countryNames.contains(token) ? "B-LOC" : "O");
        }
        return tags;
    }
}
