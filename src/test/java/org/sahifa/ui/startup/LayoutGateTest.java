package org.sahifa.ui.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The gate keeps start-up text layout and the JavaFX thread's text layout from overlapping. */
class LayoutGateTest {
    @Test
    void closeWaitsForWorkUnderWayAndNothingRunsAfterIt() throws Exception {
        LayoutGate gate = new LayoutGate();
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        Thread worker = new Thread(() -> gate.runUnlessClosed(() -> {
            working.countDown();
            await(mayFinish);
        }));
        worker.start();
        assertTrue(working.await(10, TimeUnit.SECONDS), "the work began");

        AtomicBoolean busyWhenClosed = new AtomicBoolean(true);
        Thread closer = new Thread(() -> {
            gate.close();
            busyWhenClosed.set(gate.isBusy());
        });
        closer.start();
        closer.join(300);
        assertTrue(closer.isAlive(), "close() waits while the work is under way");

        mayFinish.countDown();
        closer.join(10_000);
        assertFalse(closer.isAlive(), "close() returns once the work is done");
        assertFalse(busyWhenClosed.get(), "no work is running once close() has returned");

        AtomicInteger ranAfter = new AtomicInteger();
        assertFalse(gate.runUnlessClosed(ranAfter::incrementAndGet), "work offered after close() is refused");
        assertEquals(0, ranAfter.get());
        worker.join(10_000);
    }

    @Test
    void workUnderWaySeesTheGateClosingAndMayStopEarly() throws Exception {
        LayoutGate gate = new LayoutGate();
        CountDownLatch working = new CountDownLatch(1);
        AtomicInteger steps = new AtomicInteger();
        Thread worker = new Thread(() -> gate.runUnlessClosed(() -> {
            working.countDown();
            // Endless without the closing flag: close() would then never return.
            while (!gate.isClosing()) {
                steps.incrementAndGet();
                Thread.onSpinWait();
            }
        }));
        worker.start();
        assertTrue(working.await(10, TimeUnit.SECONDS));
        assertFalse(gate.isClosing());
        Thread closer = new Thread(gate::close);
        closer.start();
        closer.join(10_000);
        assertFalse(closer.isAlive(), "close() returned once the work saw it coming and stopped");
        assertTrue(gate.isClosing());
        assertFalse(gate.isBusy());
        worker.join(10_000);
    }

    @Test
    void workRunsOnTheCallersThreadWhileTheGateIsOpen() {
        LayoutGate gate = new LayoutGate();
        Thread caller = Thread.currentThread();
        AtomicBoolean sameThread = new AtomicBoolean();
        assertTrue(gate.runUnlessClosed(() -> sameThread.set(Thread.currentThread() == caller)));
        assertTrue(sameThread.get());
        assertFalse(gate.isBusy());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
