package channels;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Run this from your IDE: it "fetches" twelve pages through {@link Pipeline#run} and says how long it took. */
public final class Crawler {

    private Crawler() {
    }

    public static void main(String[] args) throws Exception {
        List<String> addresses = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            addresses.add("https://example.org/page/" + i);
        }
        AtomicInteger next = new AtomicInteger();
        Source<String> source = () -> next.get() < addresses.size()
                ? Optional.of(addresses.get(next.getAndIncrement())) : Optional.empty();
        Worker<String, String> fetcher = address -> {
            Thread.sleep(Duration.ofMillis(50));
            return "<html>" + address + "</html>";
        };
        List<String> index = new ArrayList<>();

        long start = System.nanoTime();
        Pipeline.run(source, fetcher, index::add, 4, 2);
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        System.out.println("Indexed " + index.size() + " pages in " + elapsedMillis + " ms");
    }
}
