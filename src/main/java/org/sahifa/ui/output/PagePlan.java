package org.sahifa.ui.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article's items (title, header line, blocks), measured line by line, into printed pages.
 * Pure arithmetic, no JavaFX: {@link PrintPages} measures and draws.
 *
 * <p>Rules: an item goes on the current page with as many of its lines as fit; a paragraph does not leave
 * fewer than {@link #MIN_LINES_AT_PAGE_FOOT} lines at the foot of a page; a heading is kept with the first
 * line of what follows it; space after an item is dropped at the foot of a page. Only a single line taller
 * than a whole page can overflow it (it is placed alone and clipped).
 */
final class PagePlan {
    static final int MIN_LINES_AT_PAGE_FOOT = 2;

    /**
     * One measured item. {@code lineTops[i]} and {@code lineBottoms[i]} are line {@code i}'s vertical extent
     * in the item's own coordinates, top to bottom.
     */
    record Item(double[] lineTops, double[] lineBottoms, double spaceAfter, boolean keepWithNext) {
        int lines() {
            return lineTops.length;
        }

        /** Height of lines {@code [from, to)}. */
        double height(int from, int to) {
            return lineBottoms[to - 1] - lineTops[from];
        }
    }

    /** Lines {@code [fromLine, toLine)} of item {@code item}, drawn with their top at {@code y} on the page. */
    record Piece(int item, int fromLine, int toLine, double y) {}

    private PagePlan() {}

    /** The pages, each a list of pieces from top to bottom; every line of every item is on exactly one page, in order. */
    static List<List<Piece>> paginate(List<Item> items, double pageHeight) {
        List<List<Piece>> pages = new ArrayList<>();
        List<Piece> page = new ArrayList<>();
        double y = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int from = 0;
            while (from < item.lines()) {
                int fit = linesThatFit(item, from, pageHeight - y);
                boolean rest = fit == item.lines() - from;
                if (!rest && fit < MIN_LINES_AT_PAGE_FOOT && item.lines() - from > fit) {
                    fit = 0; // do not leave a lone line of a paragraph at the foot of the page
                }
                if (fit > 0 && rest && item.keepWithNext() && i + 1 < items.size()) {
                    Item next = items.get(i + 1);
                    double withNext = y + item.height(from, item.lines()) + item.spaceAfter() + next.height(0, 1);
                    if (withNext > pageHeight && !page.isEmpty()) {
                        fit = 0;
                    }
                }
                if (fit == 0) {
                    if (!page.isEmpty()) {
                        pages.add(page);
                        page = new ArrayList<>();
                        y = 0;
                        continue;
                    }
                    fit = Math.max(1, linesThatFit(item, from, pageHeight)); // a line taller than a page
                }
                page.add(new Piece(i, from, from + fit, y));
                y += item.height(from, from + fit);
                from += fit;
                if (from < item.lines()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = 0;
                }
            }
            y += item.spaceAfter();
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private static int linesThatFit(Item item, int from, double available) {
        int fit = 0;
        while (from + fit < item.lines() && item.height(from, from + fit + 1) <= available) {
            fit++;
        }
        return fit;
    }
}
