package dev.overlap.isolate;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.overlap.check.Inputs;
import dev.overlap.checks.training.TrainingChecks;
import dev.overlap.measure.Cores;
import dev.overlap.rules.SubmissionClasses;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one exercise's checks inside the JVM the grading JVM forked for it. Arguments: the check class, the most
 * platform threads allowed, the check methods to run (commas between them), whether to measure the cores first and
 * whether to warm up before it says it is ready.
 * Standard input brings the nonce and the seed, so the submission, which runs in this JVM, cannot read them from the
 * command line or a system property.
 */
public final class ForkedMain {

    static final int OUTPUT_LIMIT = 64 * 1024;

    /** How often the watchdog counts threads; a thread bomb starts a few hundred threads at most in between. */
    private static final long WATCH_MILLIS = 10;

    private ForkedMain() {
    }

    public static void main(String[] args) throws Exception {
        String checkClass = args[0];
        int maxPlatformThreads = Integer.parseInt(args[1]);
        List<String> checks = List.of(args[2].split(","));
        boolean measuresCores = Boolean.parseBoolean(args[3]);
        boolean warmsUp = Boolean.parseBoolean(args[4]);
        // The launcher loads only the kit's classes (the submission's folder holds no service files: only its Java
        // sources are compiled): made before the nonce arrives, so a JVM started ahead of its grade, as the watch
        // starts one, runs the checks as soon as it is handed them.
        Launcher launcher = LauncherFactory.create();
        if (warmsUp) {
            warmUp(launcher);
        }
        // Before the nonce too: loading the management classes took 0.1 s of the wait for the first check.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // Says it is ready, before any submission class is loaded: the grading JVM starts the next checks only once
        // every JVM started ahead has stopped using a core (Fork.Started#awaitReady).
        System.out.println(Fork.READY);
        System.out.flush();
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String nonce = stdin.readLine();
        Inputs.seed(Long.parseLong(stdin.readLine()));
        // Before any class of the submission is loaded: its code cannot yet make the machine look busy.
        if (measuresCores) {
            Cores.calibrate();
        } else {
            Cores.neverInThisJvm();
        }
        SubmissionClasses.pinLocation();

        Channel channel = new Channel(nonce, new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                StandardCharsets.UTF_8));
        Halt halt = new Halt(channel);
        CappedOutput captured = new CappedOutput(OUTPUT_LIMIT, kept -> halt.after(ForkMessage.limit("The code"
                + " printed more than " + OUTPUT_LIMIT / 1024 + " KiB while its checks ran, so they were stopped."
                + " Printing in a loop slows the code down and buries the feedback; remove the prints or print a"
                + " summary once.", kept), ExitCodes.LIMIT));
        System.setOut(captured.printStream());
        System.setErr(captured.printStream());
        watchPlatformThreads(threads, maxPlatformThreads, halt, captured);

        try {
            launcher.execute(CheckRequests.of(checks.stream().map(check -> selectMethod(checkClass, check)).toList()),
                    new CheckListener(channel, halt, captured::text));
        } catch (RuntimeException | LinkageError e) {
            halt.after(ForkMessage.setupFailed("The checks could not start: " + e), ExitCodes.SETUP_FAILED);
        }
        halt.after(ForkMessage.done(captured.text()), 0);
    }

    /**
     * Runs one light training check through the launcher, its events heard by nobody: discovering a class, the
     * checks' extensions, a recorded run and its assertions then run compiled rather than interpreted when the
     * grade's checks come. In watch mode the first check of 01 started 0.5 s after the nonce without it, 0.04 s
     * with it. No submission class exists yet, and the training check touches nothing a check reads later: the
     * seed comes after it, and the evidence is each check's own.
     */
    private static void warmUp(Launcher launcher) {
        launcher.execute(CheckRequests.of(List.of(selectMethod(TrainingChecks.class, "waits"))),
                CheckListener.unheard());
    }

    /** Ends the JVM when a submission starts more platform threads than the exercise allows. */
    private static void watchPlatformThreads(ThreadMXBean threads, int max, Halt halt, CappedOutput output) {
        Thread watchdog = Thread.ofPlatform().daemon().name("overlap-thread-watchdog").unstarted(() -> {
            while (true) {
                int alive = threads.getThreadCount();
                if (alive > max) {
                    halt.after(ForkMessage.limit(alive + " platform threads were alive at once; the exercise allows "
                            + max + ". Virtual threads do not count towards this limit: start one per task with"
                            + " Thread.ofVirtual() or Executors.newVirtualThreadPerTaskExecutor().", output.text()),
                            ExitCodes.LIMIT);
                }
                try {
                    Thread.sleep(WATCH_MILLIS);
                } catch (InterruptedException e) {
                    // Deliberately not restored: only the submission can interrupt this thread, and it must not be
                    // able to end the watch. The next count follows at once.
                }
            }
        });
        watchdog.setPriority(Thread.MAX_PRIORITY);
        watchdog.start();
    }
}
