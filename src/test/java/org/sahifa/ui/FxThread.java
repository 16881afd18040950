package org.sahifa.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs test code on the JavaFX thread (headless Monocle in the test run) and returns its result. */
public final class FxThread {
    private FxThread() {}

    public static void start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    public static <T> T call(Callable<T> work) throws Exception {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw new AssertionError(e.getCause());
        }
    }
}
