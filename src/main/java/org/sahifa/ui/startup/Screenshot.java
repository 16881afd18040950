package org.sahifa.ui.startup;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a PNG of a whole scene, as laid out on screen. */
final class Screenshot {
    private Screenshot() {}

    /** Writes the PNG and returns the image written. */
    static BufferedImage write(Scene scene, Path file) throws IOException {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        WritableImage image = scene.snapshot(null);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BufferedImage shot = SwingFXUtils.fromFXImage(image, null);
        if (!ImageIO.write(shot, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
        return shot;
    }
}
