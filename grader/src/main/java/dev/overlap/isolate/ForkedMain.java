package dev.overlap.isolate;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.overlap.check.Inputs;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one exercise's checks inside the JVM the grading JVM forked for it. Arguments: the check
 * class and the most platform threads allowed. Standard input brings the nonce and the seed, so the
 * submission, which runs in this JVM, cannot read them from the command line or a system property.
 */
public final class ForkedMain {

    static final int OUTPUT_LIMIT = 64 * 1024;

    private ForkedMain() {
    }

    public static void main(String[] args) throws Exception {
        String checkClass = args[0];
        int maxPlatformThreads = Integer.parseInt(args[1]);
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String nonce = stdin.readLine();
        Inputs.seed(Long.parseLong(stdin.readLine()));

        Channel channel = new Channel(nonce, new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                StandardCharsets.UTF_8));
        CappedOutput captured = new CappedOutput(OUTPUT_LIMIT);
        System.setOut(captured.printStream());
        System.setErr(captured.printStream());
        watchPlatformThreads(maxPlatformThreads, channel);

        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(checkClass))
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .build();
        LauncherFactory.create().execute(request, new CheckListener(channel));

        channel.send(ForkMessage.done(captured.text()));
        // Halt, not exit: threads or shutdown hooks the submission left behind must not keep this JVM up.
        Runtime.getRuntime().halt(0);
    }

    /** Ends the JVM when a submission starts more platform threads than the exercise allows. */
    private static void watchPlatformThreads(int max, Channel channel) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread watchdog = Thread.ofPlatform().daemon().name("overlap-thread-watchdog").unstarted(() -> {
            while (true) {
                int alive = threads.getThreadCount();
                if (alive > max) {
                    channel.send(ForkMessage.limit(alive + " platform threads were alive at once; the exercise"
                            + " allows " + max + ". Virtual threads do not count towards this limit."));
                    Runtime.getRuntime().halt(ExitCodes.THREAD_LIMIT);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        watchdog.setPriority(Thread.MAX_PRIORITY);
        watchdog.start();
    }
}
