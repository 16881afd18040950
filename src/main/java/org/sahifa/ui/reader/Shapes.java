package org.sahifa.ui.reader;

import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;

/** Small helpers for the path elements that text range shapes are made of. */
final class Shapes {
    private Shapes() {}

    /** A copy of a {@code MoveTo}, {@code LineTo} or {@code ClosePath} moved by (dx, dy). */
    static PathElement translate(PathElement element, double dx, double dy) {
        if (element instanceof MoveTo m) {
            return new MoveTo(m.getX() + dx, m.getY() + dy);
        }
        if (element instanceof LineTo l) {
            return new LineTo(l.getX() + dx, l.getY() + dy);
        }
        if (element instanceof ClosePath) {
            return new ClosePath();
        }
        throw new IllegalArgumentException("text range shapes hold only MoveTo, LineTo and ClosePath, not " + element);
    }

    /** A copy of a {@code MoveTo}, {@code LineTo} or {@code ClosePath} reflected about the vertical line x = axis / 2. */
    static PathElement mirrorX(PathElement element, double axis) {
        if (element instanceof MoveTo m) {
            return new MoveTo(axis - m.getX(), m.getY());
        }
        if (element instanceof LineTo l) {
            return new LineTo(axis - l.getX(), l.getY());
        }
        return translate(element, 0, 0);
    }

    /** The end point of a {@code MoveTo} or {@code LineTo}, or null. */
    static double[] point(PathElement element) {
        if (element instanceof MoveTo m) {
            return new double[] {m.getX(), m.getY()};
        }
        if (element instanceof LineTo l) {
            return new double[] {l.getX(), l.getY()};
        }
        return null;
    }
}
