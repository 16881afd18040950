package org.sahifa.nlp.training;

import java.util.Random;

/**
 * Spherical k-means over unit-length vectors (flat, or nested in a coarser clustering by {@link #refine}): each vector joins the centroid it has the largest dot product with,
 * centroids are the normalised means. Starts from k distinct vectors drawn with a fixed seed (k-means++ seeding costs
 * as much as k passes, too much at k = 4,096), so the same input gives the same clusters.
 */
final class KMeans {
    private KMeans() {}

    /** The cluster of each of the {@code vectors.length / dimensions} vectors. */
    static int[] cluster(float[] vectors, int dimensions, int k, int iterations, long seed) {
        int n = vectors.length / dimensions;
        float[] centroids = new float[k * dimensions];
        int[] order = new Random(seed).ints(0, n).distinct().limit(k).toArray();
        for (int c = 0; c < k; c++) {
            System.arraycopy(vectors, order[c] * dimensions, centroids, c * dimensions, dimensions);
        }
        int[] assignment = new int[n];
        for (int it = 0; it < iterations; it++) {
            for (int v = 0; v < n; v++) {
                assignment[v] = nearest(vectors, v * dimensions, centroids, k, dimensions);
            }
            double[] sums = new double[k * dimensions];
            int[] sizes = new int[k];
            for (int v = 0; v < n; v++) {
                int c = assignment[v];
                sizes[c]++;
                for (int d = 0; d < dimensions; d++) {
                    sums[c * dimensions + d] += vectors[v * dimensions + d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (sizes[c] == 0) {
                    continue; // an empty cluster keeps its centroid
                }
                double norm = 0;
                for (int d = 0; d < dimensions; d++) {
                    norm += sums[c * dimensions + d] * sums[c * dimensions + d];
                }
                norm = norm > 0 ? Math.sqrt(norm) : 1;
                for (int d = 0; d < dimensions; d++) {
                    centroids[c * dimensions + d] = (float) (sums[c * dimensions + d] / norm);
                }
            }
        }
        for (int v = 0; v < n; v++) {
            assignment[v] = nearest(vectors, v * dimensions, centroids, k, dimensions);
        }
        return assignment;
    }

    /**
     * Splits each of the {@code parentK} clusters of {@code parent} into up to {@code split} by k-means over its own
     * members: child cluster {@code parent * split + sub}. Each level is nested in the one above (as Brown clusters'
     * prefixes are) and costs n x split distances per iteration instead of n x k.
     */
    static int[] refine(
            float[] vectors, int dimensions, int[] parent, int parentK, int split, int iterations, long seed) {
        int n = parent.length;
        int[] child = new int[n];
        for (int p = 0; p < parentK; p++) {
            int size = 0;
            for (int v = 0; v < n; v++) {
                size += parent[v] == p ? 1 : 0;
            }
            int[] members = new int[size];
            float[] own = new float[size * dimensions];
            for (int v = 0, m = 0; v < n; v++) {
                if (parent[v] == p) {
                    members[m] = v;
                    System.arraycopy(vectors, v * dimensions, own, m++ * dimensions, dimensions);
                }
            }
            int[] sub = size <= split
                    ? java.util.stream.IntStream.range(0, size).toArray()
                    : cluster(own, dimensions, split, iterations, seed + p);
            for (int m = 0; m < size; m++) {
                child[members[m]] = p * split + sub[m];
            }
        }
        return child;
    }

    private static int nearest(float[] vectors, int offset, float[] centroids, int k, int dimensions) {
        int best = 0;
        float bestDot = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            float dot = 0;
            int base = c * dimensions;
            for (int d = 0; d < dimensions; d++) {
                dot += vectors[offset + d] * centroids[base + d];
            }
            if (dot > bestDot) {
                bestDot = dot;
                best = c;
            }
        }
        return best;
    }
}
