package org.sahifa.quote.attribution;

import java.util.ArrayList;
import java.util.List;

/** A candidate while it is gathered: its mentions near the quotation and what else is known of it. */
final class Pool {
    final String key;
    String name;
    final String kind;
    boolean fromRules;
    boolean previousSpeaker;
    final List<Place> places = new ArrayList<>();
    int mentionsBefore;
    int mentionsAll;

    Pool(String key, String name, String kind) {
        this.key = key;
        this.name = name;
        this.kind = kind;
    }

    /** The mention nearest the quotation (fewest words between), or null. */
    Place nearest() {
        Place best = null;
        for (Place p : places) {
            if (best == null || p.words() < best.words()) {
                best = p;
            }
        }
        return best;
    }
}
