package org.sahifa;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Arabic file names under a C locale. The JVM decodes arguments and file names with the encoding of the locale it
 * started in ({@code sun.jnu.encoding}), which cannot be changed once running: under {@code LANG=C} «مقال.txt»
 * arrives as «??????.txt» and no path can name it. Then Sahifa starts itself again with {@code LC_ALL=C.UTF-8},
 * passing the arguments as they were typed (their raw bytes, from {@code /proc/self/cmdline}) in hexadecimal, which
 * survives any encoding. Only when an argument is not ASCII, only on Linux.
 */
final class Utf8Relaunch {
    /** Set in the started copy: the arguments, each hex-encoded UTF-8, comma-separated. */
    static final String ARGUMENTS_PROPERTY = "sahifa.utf8Arguments";

    private static final Logger LOG = Logger.getLogger(Utf8Relaunch.class.getName());

    private Utf8Relaunch() {}

    /** The arguments passed by a relaunch, or {@code args} as they came. */
    static String[] arguments(String[] args) {
        String encoded = System.getProperty(ARGUMENTS_PROPERTY);
        if (encoded == null) {
            return args;
        }
        if (encoded.isEmpty()) {
            return new String[0];
        }
        HexFormat hex = HexFormat.of();
        return java.util.Arrays.stream(encoded.split(",", -1))
                .map(a -> new String(hex.parseHex(a), StandardCharsets.UTF_8))
                .toArray(String[]::new);
    }

    /** True when file names are not decoded as UTF-8 and an argument needs it: then {@link #relaunch} helps. */
    static boolean needed(String[] args) {
        String jnu = System.getProperty("sun.jnu.encoding", "");
        if (jnu.equalsIgnoreCase("UTF-8") || System.getProperty(ARGUMENTS_PROPERTY) != null) {
            return false;
        }
        List<byte[]> raw = rawArguments(args.length);
        return raw != null && raw.stream().anyMatch(Utf8Relaunch::hasNonAscii);
    }

    /** Runs Sahifa again in a UTF-8 locale with the same JVM options and arguments; returns its exit code. */
    static int relaunch(String[] args) throws IOException, InterruptedException {
        List<byte[]> raw = rawArguments(args.length);
        HexFormat hex = HexFormat.of();
        List<String> encoded = new ArrayList<>();
        for (byte[] a : raw) {
            encoded.add(hex.formatHex(a));
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-D" + ARGUMENTS_PROPERTY + "=" + String.join(",", encoded));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("LC_ALL", "C.UTF-8");
        LOG.fine("relaunching in a UTF-8 locale for a non-ASCII argument");
        return builder.start().waitFor();
    }

    /** The last {@code count} arguments of this process as the bytes it was given, or null where that cannot be read. */
    static List<byte[]> rawArguments(int count) {
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            List<byte[]> all = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < cmdline.length; i++) {
                if (cmdline[i] == 0) {
                    all.add(java.util.Arrays.copyOfRange(cmdline, start, i));
                    start = i + 1;
                }
            }
            return all.size() < count ? null : all.subList(all.size() - count, all.size());
        } catch (IOException | SecurityException e) {
            LOG.log(Level.FINE, "no /proc/self/cmdline", e);
            return null;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
