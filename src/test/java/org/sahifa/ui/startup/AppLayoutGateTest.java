package org.sahifa.ui.startup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app, once started, lets no other thread lay text out: its start closes the start-up gate. */
class AppLayoutGateTest {
    @Test
    void startingTheAppClosesTheStartupGate() throws Exception {
        assertFalse(LayoutGate.STARTUP.isClosing(), "nothing has closed the gate before the app starts");
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(SahifaApp.class);
        try {
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(LayoutGate.STARTUP.isClosing(), "the app closed the gate");
            AtomicBoolean ran = new AtomicBoolean();
            assertFalse(LayoutGate.STARTUP.runUnlessClosed(() -> ran.set(true)), "measuring is refused from then on");
            assertFalse(ran.get());
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }
}
