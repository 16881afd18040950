package org.sahifa.ui.startup;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sahifa.ui.settings.Theme;

/**
 * What the app was started with: {@code [--screenshot FILE] [--size WxH] [--theme light|sepia|dark] [--lang ar|en] [SOURCE]}.
 *
 * @param source     path or URL to open, or null for the bundled sample
 * @param screenshot where to write a PNG of the window before exiting, or null to run normally
 * @param theme      theme asked for, or null for the saved one
 * @param language   interface language asked for, or null for the saved or the system's
 */
public record LaunchOptions(String source, Path screenshot, int width, int height, Theme theme, Locale language) {
    static final int DEFAULT_WIDTH = 1280;
    static final int DEFAULT_HEIGHT = 800;

    public static LaunchOptions parse(List<String> args) {
        String source = null;
        Path screenshot = null;
        int width = DEFAULT_WIDTH;
        int height = DEFAULT_HEIGHT;
        Theme theme = null;
        Locale language = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--screenshot" -> screenshot = Path.of(value(args, ++i, arg));
                case "--theme" -> theme = parseTheme(value(args, ++i, arg));
                case "--lang" -> {
                    String lang = value(args, ++i, arg);
                    if (!lang.equals("ar") && !lang.equals("en")) {
                        throw new IllegalArgumentException("--lang takes ar or en, not " + lang + ".");
                    }
                    language = Locale.forLanguageTag(lang);
                }
                case "--size" -> {
                    String size = value(args, ++i, arg);
                    String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x");
                    try {
                        width = Integer.parseInt(wh[0].trim());
                        height = Integer.parseInt(wh[1].trim());
                    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                        throw new IllegalArgumentException(
                                "--size takes WIDTHxHEIGHT, such as 1280x800, not " + size + ".");
                    }
                    if (width < 200 || height < 150 || width > 10000 || height > 10000) {
                        throw new IllegalArgumentException(
                                "--size must be between 200x150 and 10000x10000, not " + size + ".");
                    }
                }
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("Unknown option " + arg + ".");
                    }
                    source = arg;
                }
            }
        }
        return new LaunchOptions(source, screenshot, width, height, theme, language);
    }

    private static Theme parseTheme(String name) {
        try {
            return Theme.parse(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--theme takes light, sepia or dark, not " + name + ".");
        }
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value.");
        }
        return args.get(i);
    }
}
