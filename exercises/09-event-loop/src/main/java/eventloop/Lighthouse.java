package eventloop;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/** Run this from your IDE: a few ships call the lighthouse, and you see how late the lamp turned. */
public final class Lighthouse {

    private Lighthouse() {
    }

    public static void main(String[] args) throws InterruptedException {
        Harbour harbour = new Harbour() {
            @Override
            public String manifest(String ship) throws InterruptedException {
                Thread.sleep(500);
                return "40 crates of tea";
            }

            @Override
            public long plot(long sounding) {
                long x = sounding;
                for (int i = 0; i < 20_000_000; i++) {
                    x = x * 6364136223846793005L + 1442695040888963407L;
                }
                return Math.floorMod(x, 1000);
            }
        };
        List<Long> soundings = List.of(12L, 15L, 9L, 21L);
        long start = System.nanoTime();
        try (EventLoop loop = new EventLoop(Duration.ofMillis(10))) {
            Radio radio = new Radio(harbour, loop);
            CountDownLatch answered = new CountDownLatch(4);
            loop.execute(() -> print(radio.hail("Nautilus"), answered, start));
            loop.execute(() -> print(radio.manifest("Endeavour"), answered, start));
            loop.execute(() -> print(radio.course(soundings), answered, start));
            loop.execute(() -> print(radio.clearance("Beagle", soundings), answered, start));
            answered.await();
            System.out.println("The lamp's worst delay: " + loop.worstLag().toMillis() + " ms");
        }
    }

    private static void print(CompletableFuture<String> answer, CountDownLatch answered, long start) {
        answer.whenComplete((text, failure) -> {
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            System.out.println(millis + " ms  " + (failure == null ? text : "failed: " + failure));
            answered.countDown();
        });
    }
}
