package org.sahifa.ui.startup;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.sahifa.ui.AppFonts;

/**
 * The start-up race on its own, many times over (docs/rendering.md, "A scrambled title"): in each round the JavaFX
 * thread lays out and draws the title in a bold size no text has used yet while another thread measures the same
 * title in the same font, as EarlyText did; each drawing is compared with Java2D's ({@link TitleCheck}'s test).
 * With {@code gated} the two take turns through a {@link LayoutGate}, as they do now.
 *
 * <p>Run: {@code mvn -o -q -B test-compile exec:exec -Dexec.executable=xvfb-run -Dexec.args="-a java -cp
 * %classpath org.sahifa.ui.startup.TitleRaceStress 200 concurrent"} (or {@code gated}).
 */
public final class TitleRaceStress {
    static final String TITLE = "مكتبة الإسكندرية تفتح أبوابها ليلا";
    /** The title's size in the app (21 px × title scale 1.3 × heading scale 1.25), nudged per round. */
    static final double TITLE_SIZE = 34.125;

    private TitleRaceStress() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        boolean gated = args.length > 1 && args[1].equals("gated");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        runOnFx(AppFonts::load);
        java.awt.Font reference =
                ReferenceText.face(AppFonts.READING_FAMILY, true).orElseThrow();
        int bad = 0;
        for (int round = 0; round < rounds; round++) {
            double size = TITLE_SIZE + 0.001 * (round + 1);
            Font font = Font.font(AppFonts.READING_FAMILY, FontWeight.BOLD, size);
            LayoutGate gate = new LayoutGate();
            CountDownLatch go = new CountDownLatch(2);
            Thread measurer = new Thread(() -> {
                go.countDown();
                awaitQuietly(go);
                Runnable measure = () -> {
                    Text text = new Text(TITLE);
                    text.setFont(font);
                    text.getLayoutBounds();
                };
                if (gated) {
                    gate.runUnlessClosed(measure);
                } else {
                    measure.run();
                }
            });
            measurer.start();
            BufferedImage[] drawn = new BufferedImage[1];
            runOnFx(() -> {
                go.countDown();
                awaitQuietly(go);
                if (gated) {
                    gate.close();
                }
                Text text = new Text(TITLE);
                text.setFont(font);
                text.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
                StackPane pane = new StackPane(text);
                pane.setStyle("-fx-background-color: white; -fx-padding: 20;");
                Scene scene = new Scene(pane);
                drawn[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
            });
            measurer.join();
            double score = InkMatch.score(drawn[0], ReferenceText.draw(TITLE, reference, size, true));
            if (score < TitleCheck.MIN_SCORE) {
                bad++;
                javax.imageio.ImageIO.write(drawn[0], "png", new java.io.File("/tmp/title-race-" + round + ".png"));
            }
        }
        System.out.printf(
                Locale.ROOT, "%s: %d of %d titles drawn wrong%n", gated ? "gated" : "concurrent", bad, rounds);
        Platform.exit();
    }

    private static void runOnFx(Runnable work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                work.run();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX thread did not answer");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
