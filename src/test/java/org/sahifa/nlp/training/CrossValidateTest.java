package org.sahifa.nlp.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link CrossValidate}'s folds and the pooling of their scores. */
class CrossValidateTest {
    @Test
    void foldsAreContiguousCoverEverySentenceOnceAndDifferInSizeByAtMostOne() {
        int size = 3712;
        int k = 5;
        int next = 0;
        for (int f = 0; f < k; f++) {
            int[] bounds = CrossValidate.foldBounds(size, k, f);
            assertEquals(next, bounds[0], "fold " + f + " starts where the one before ends");
            int length = bounds[1] - bounds[0];
            assertEquals(size / k, length, 1, "fold " + f + " length");
            next = bounds[1];
        }
        assertEquals(size, next);
        assertArrayEquals(new int[] {0, 2}, CrossValidate.foldBounds(10, 5, 0));
    }

    @Test
    void pooledCountsAddUpAndScoreTheWhole() {
        ChunkScore.Counts a = new ChunkScore.Counts(10, 8, 6);
        ChunkScore.Counts b = new ChunkScore.Counts(30, 32, 24);
        ChunkScore.Counts pooled = a.plus(b);
        assertEquals(new ChunkScore.Counts(40, 40, 30), pooled);
        assertEquals(75.0, pooled.precision(), 1e-9);
        assertEquals(75.0, pooled.f1(), 1e-9);
    }
}
