package org.sahifa.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pagination of measured items, without a printer or JavaFX. */
class PagePlanTest {
    /** An item of {@code lines} lines of height {@code lineHeight} with {@code gap} between lines. */
    private static PagePlan.Item item(int lines, double lineHeight, double gap, double spaceAfter, boolean heading) {
        double[] tops = new double[lines];
        double[] bottoms = new double[lines];
        for (int i = 0; i < lines; i++) {
            tops[i] = i * (lineHeight + gap);
            bottoms[i] = tops[i] + lineHeight;
        }
        return new PagePlan.Item(tops, bottoms, spaceAfter, heading);
    }

    /** Every line of every item once, in order; pieces inside the page and not overlapping. */
    static void assertSound(List<PagePlan.Item> items, List<List<PagePlan.Piece>> pages, double pageHeight) {
        int item = 0;
        int line = 0;
        for (List<PagePlan.Piece> page : pages) {
            assertTrue(!page.isEmpty(), "no empty page");
            double bottom = 0;
            for (PagePlan.Piece piece : page) {
                while (item < items.size() && line == items.get(item).lines()) {
                    item++;
                    line = 0;
                }
                assertEquals(item, piece.item(), "items in order");
                assertEquals(line, piece.fromLine(), "lines in order, none left out or repeated");
                assertTrue(piece.toLine() > piece.fromLine());
                assertTrue(piece.y() >= bottom - 1e-9, "pieces do not overlap");
                bottom = piece.y() + items.get(piece.item()).height(piece.fromLine(), piece.toLine());
                assertTrue(bottom <= pageHeight + 1e-9, "piece ends at " + bottom + " on a page of " + pageHeight);
                line = piece.toLine();
            }
        }
        while (item < items.size() && line == items.get(item).lines()) {
            item++;
            line = 0;
        }
        assertEquals(items.size(), item, "every item is printed");
    }

    @Test
    void shortItemsShareAPage() {
        List<PagePlan.Item> items = List.of(item(2, 10, 4, 8, false), item(3, 10, 4, 8, false));
        List<List<PagePlan.Piece>> pages = PagePlan.paginate(items, 200);
        assertEquals(1, pages.size());
        assertEquals(0, pages.get(0).get(0).y());
        assertEquals(24 + 8, pages.get(0).get(1).y(), "second item starts after the first and its space");
        assertSound(items, pages, 200);
    }

    @Test
    void aLongParagraphIsSplitAcrossPagesAtLineBoundaries() {
        List<PagePlan.Item> items = List.of(item(25, 10, 4, 8, false));
        List<List<PagePlan.Piece>> pages = PagePlan.paginate(items, 100);
        // 100 points hold 7 lines: 7 * 10 + 6 * 4 = 94
        assertEquals(7, pages.get(0).get(0).toLine());
        assertEquals(4, pages.size());
        assertSound(items, pages, 100);
    }

    @Test
    void aLoneLineIsNotLeftAtTheFootOfAPage() {
        // The first item fills 80 of 100: one more line of the second would fit, but not two.
        List<PagePlan.Item> items = List.of(item(6, 10, 4, 6, false), item(5, 10, 4, 0, false));
        List<List<PagePlan.Piece>> pages = PagePlan.paginate(items, 100);
        assertEquals(1, pages.get(0).size(), "the second paragraph starts on the next page");
        assertSound(items, pages, 100);
    }

    @Test
    void aHeadingStaysWithWhatFollowsIt() {
        List<PagePlan.Item> items =
                List.of(item(6, 10, 4, 6, false), item(1, 12, 0, 4, true), item(3, 10, 4, 0, false));
        List<List<PagePlan.Piece>> pages = PagePlan.paginate(items, 100);
        assertEquals(2, pages.size());
        assertEquals(1, pages.get(1).get(0).item(), "the heading moves to the page of its paragraph");
        assertSound(items, pages, 100);
    }

    @Test
    void aLineTallerThanThePageGetsAPageOfItsOwn() {
        List<PagePlan.Item> items =
                List.of(item(1, 10, 0, 0, false), item(1, 150, 0, 0, false), item(1, 10, 0, 0, false));
        List<List<PagePlan.Piece>> pages = PagePlan.paginate(items, 100);
        assertEquals(3, pages.size());
        assertEquals(1, pages.get(1).get(0).item());
    }

    @Test
    void randomArticlesAlwaysPaginateSoundly() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<PagePlan.Item> items = new ArrayList<>();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                boolean heading = random.nextInt(8) == 0;
                items.add(item(
                        heading ? 1 + random.nextInt(2) : 1 + random.nextInt(30),
                        10 + random.nextInt(10),
                        random.nextInt(8),
                        random.nextInt(12),
                        heading));
            }
            double pageHeight = 120 + random.nextInt(600);
            assertSound(items, PagePlan.paginate(items, pageHeight), pageHeight);
        }
    }
}
