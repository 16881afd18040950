package org.sahifa.nlp.training;

import java.util.Arrays;

/**
 * A sparse matrix stored by rows (compressed sparse rows), with the two products a randomised SVD needs: by a dense
 * matrix on the right, and its transpose by a dense matrix. Dense matrices are row-major {@code double[]}.
 */
final class SparseRows {
    final int rows;
    /** Row r's entries are at [start[r], start[r + 1]). */
    private final int[] start;

    private final int[] column;
    private final float[] value;

    private SparseRows(int rows, int[] start, int[] column, float[] value) {
        this.rows = rows;
        this.start = start;
        this.column = column;
        this.value = value;
    }

    int nonZeros() {
        return start[rows];
    }

    /** This matrix times {@code dense} ({@code columns} x {@code width}): rows x width. */
    double[] times(double[] dense, int width) {
        double[] out = new double[rows * width];
        for (int r = 0; r < rows; r++) {
            int o = r * width;
            for (int e = start[r]; e < start[r + 1]; e++) {
                int d = column[e] * width;
                double v = value[e];
                for (int k = 0; k < width; k++) {
                    out[o + k] += v * dense[d + k];
                }
            }
        }
        return out;
    }

    /** The transpose of this matrix times {@code dense} (rows x width): columns x width. */
    double[] transposeTimes(double[] dense, int width, int columns) {
        double[] out = new double[columns * width];
        for (int r = 0; r < rows; r++) {
            int d = r * width;
            for (int e = start[r]; e < start[r + 1]; e++) {
                int o = column[e] * width;
                double v = value[e];
                for (int k = 0; k < width; k++) {
                    out[o + k] += v * dense[d + k];
                }
            }
        }
        return out;
    }

    /** Builds the matrix row by row. */
    static final class Builder {
        private final int[] start;
        private int row;
        private int[] column = new int[1 << 16];
        private float[] value = new float[1 << 16];
        private int size;

        Builder(int rows) {
            start = new int[rows + 1];
        }

        void add(int c, float v) {
            if (size == column.length) {
                column = Arrays.copyOf(column, size * 2);
                value = Arrays.copyOf(value, size * 2);
            }
            column[size] = c;
            value[size++] = v;
        }

        void endRow() {
            start[++row] = size;
        }

        SparseRows build() {
            return new SparseRows(row, start, Arrays.copyOf(column, size), Arrays.copyOf(value, size));
        }
    }
}
