package org.sahifa.robust;

import java.lang.management.ManagementFactory;
import org.sahifa.model.Interruption;

/**
 * The work between consecutive {@link Interruption} checks of one run, weighed in bytes the thread allocates: a measure
 * of work that does not depend on how busy the machine is (HotSpot's thread allocation counter).
 */
record CheckpointGaps(int checks, long largestGap, long total, String where) {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Runs {@code work} on this thread, watching its checks; the stretch after the last check counts too. */
    static CheckpointGaps of(Runnable work) {
        long start = allocated();
        long[] last = {start};
        long[] largest = {0};
        int[] checks = {0};
        String[] previous = {"the start"};
        String[] where = {""};
        try (Interruption.Watch watch = Interruption.watch(() -> {
            long now = allocated();
            String here = caller();
            if (now - last[0] > largest[0]) {
                largest[0] = now - last[0];
                where[0] = "from " + previous[0] + " to " + here;
            }
            previous[0] = here;
            last[0] = now;
            checks[0]++;
        })) {
            work.run();
        }
        long end = allocated();
        if (end - last[0] > largest[0]) {
            return new CheckpointGaps(checks[0], end - last[0], end - start, "from " + previous[0] + " to the end");
        }
        return new CheckpointGaps(checks[0], largest[0], end - start, where[0]);
    }

    /** The method that made the check: the first frame outside this class and {@link Interruption}. */
    private static String caller() {
        return StackWalker.getInstance()
                .walk(frames -> frames.filter(f -> !f.getClassName().startsWith(CheckpointGaps.class.getName())
                                && !f.getClassName().equals(Interruption.class.getName()))
                        .findFirst()
                        .map(f -> f.getClassName().replace("org.sahifa.", "") + "." + f.getMethodName() + ":"
                                + f.getLineNumber())
                        .orElse("?"));
    }

    private static long allocated() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
