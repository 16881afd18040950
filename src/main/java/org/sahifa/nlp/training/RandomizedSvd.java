package org.sahifa.nlp.training;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Word vectors from a sparse word-by-context matrix A by randomised truncated SVD (Halko, Martinsson and Tropp
 * 2011): a seeded Gaussian sketch of A's range, refined by power iterations, orthonormalised to Q; then the small
 * matrix B = Q^T A is decomposed through the eigenvectors of B B^T (commons-math). A word's vector is its row of
 * U S^(1/2) (singular values weighted down, as Levy, Goldberg and Dagan 2015 found works better for similarity),
 * scaled to unit length.
 */
final class RandomizedSvd {
    /** Extra sketch columns beyond the dimensions kept. */
    static final int OVERSAMPLING = 20;

    static final int POWER_ITERATIONS = 2;

    private RandomizedSvd() {}

    /** Unit-length vectors of {@code dimensions} for the rows of {@code a}, row-major. */
    static float[] wordVectors(SparseRows a, int columns, int dimensions, long seed) {
        int width = dimensions + OVERSAMPLING;
        Random random = new Random(seed);
        double[] omega = new double[columns * width];
        for (int i = 0; i < omega.length; i++) {
            omega[i] = random.nextGaussian();
        }
        double[] q = orthonormalize(a.times(omega, width), a.rows, width);
        for (int p = 0; p < POWER_ITERATIONS; p++) {
            double[] z = orthonormalize(a.transposeTimes(q, width, columns), columns, width);
            q = orthonormalize(a.times(z, width), a.rows, width);
        }
        double[] bt = a.transposeTimes(q, width, columns); // B^T: columns x width
        double[][] gram = new double[width][width]; // B B^T
        for (int c = 0; c < columns; c++) {
            for (int i = 0; i < width; i++) {
                double x = bt[c * width + i];
                if (x != 0) {
                    for (int j = 0; j < width; j++) {
                        gram[i][j] += x * bt[c * width + j];
                    }
                }
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(gram, false));
        // commons-math returns eigenvalues of a symmetric matrix in descending order.
        RealMatrix u = eigen.getV();
        double[] weight = new double[dimensions];
        for (int k = 0; k < dimensions; k++) {
            weight[k] = Math.pow(Math.max(eigen.getRealEigenvalue(k), 0), 0.25); // sqrt of the singular value
        }
        float[] vectors = new float[a.rows * dimensions];
        for (int r = 0; r < a.rows; r++) {
            double norm = 0;
            double[] v = new double[dimensions];
            for (int k = 0; k < dimensions; k++) {
                double s = 0;
                for (int i = 0; i < width; i++) {
                    s += q[r * width + i] * u.getEntry(i, k);
                }
                v[k] = s * weight[k];
                norm += v[k] * v[k];
            }
            norm = norm > 0 ? Math.sqrt(norm) : 1;
            for (int k = 0; k < dimensions; k++) {
                vectors[r * dimensions + k] = (float) (v[k] / norm);
            }
        }
        return vectors;
    }

    /** Orthonormalises the columns of the row-major {@code rows} x {@code width} matrix in place (modified Gram-Schmidt). */
    static double[] orthonormalize(double[] m, int rows, int width) {
        for (int j = 0; j < width; j++) {
            for (int i = 0; i < j; i++) {
                double dot = 0;
                for (int r = 0; r < rows; r++) {
                    dot += m[r * width + i] * m[r * width + j];
                }
                for (int r = 0; r < rows; r++) {
                    m[r * width + j] -= dot * m[r * width + i];
                }
            }
            double norm = 0;
            for (int r = 0; r < rows; r++) {
                norm += m[r * width + j] * m[r * width + j];
            }
            norm = norm > 0 ? Math.sqrt(norm) : 1;
            for (int r = 0; r < rows; r++) {
                m[r * width + j] /= norm;
            }
        }
        return m;
    }
}
