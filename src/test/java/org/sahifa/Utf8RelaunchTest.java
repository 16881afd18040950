package org.sahifa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 §5: an Arabic file name given under {@code LC_ALL=C} is still found. */
class Utf8RelaunchTest {
    @TempDir
    Path dir;

    @Test
    void argumentsComeBackFromTheirHexForm() {
        System.setProperty(Utf8Relaunch.ARGUMENTS_PROPERTY, "616e616c797a65,d985d982d8a7d984,");
        try {
            assertArrayEquals(new String[] {"analyze", "مقال", ""}, Utf8Relaunch.arguments(new String[] {"?"}));
        } finally {
            System.clearProperty(Utf8Relaunch.ARGUMENTS_PROPERTY);
        }
    }

    /**
     * The command is written into a shell script as UTF-8 bytes, so that the name reaches the child exactly as a user
     * would type it, whatever the locale of this test's own JVM.
     */
    @Test
    void anArabicFileNameIsFoundUnderTheCLocale() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/self/cmdline")) && Files.exists(Path.of("/bin/sh")), "Linux");
        Files.writeString(
                dir.resolve("مقال.txt"),
                "قال الرئيس في القاهرة إن الحكومة ستواصل العمل.\n\nوأكد الوزير أن الاجتماع سيعقد.\n");
        Path script = dir.resolve("run.sh");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.write(
                script,
                ("cd '" + dir + "' && LC_ALL=C LANG=C exec '" + java + "' -Dsahifa.data='" + dir.resolve("data")
                                + "' -cp '" + System.getProperty("java.class.path")
                                + "' org.sahifa.Launcher analyze مقال.txt\n")
                        .getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder("/bin/sh", script.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        assertEquals(0, p.exitValue(), Files.readString(err));
        assertTrue(Files.readString(out).contains("\"source\" : \"مقال.txt\""), Files.readString(out));
    }
}
