package org.sahifa;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.sahifa.cli.Cli;
import org.sahifa.instance.SingleInstance;
import org.sahifa.ui.startup.SahifaApp;
import org.sahifa.ui.startup.StartupProbe;

/**
 * Entry point of {@code sahifa.jar}. Does not extend {@code Application}, so the JavaFX runtime
 * on the class path starts without the module path: CLI commands run headless, anything else opens the app.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] given) throws Exception {
        StartupProbe.mark("launcher");
        if (Utf8Relaunch.needed(given)) {
            System.exit(Utf8Relaunch.relaunch(given));
        }
        String[] args = Utf8Relaunch.arguments(given);
        LogSetup.configure();
        if (Cli.isCommand(args)) {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.exit(new Cli(out, err).run(args));
        }
        if (SingleInstance.handOverToRunningInstance(args)) {
            return;
        }
        StartupProbe.mark("singleInstanceChecked");
        SahifaApp.start(args);
    }
}
