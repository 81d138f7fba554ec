package dev.overlap.workload.animals;

import dev.overlap.measure.Recorder;
import dev.overlap.measure.ThreadCensus;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The {@link HttpClient} the grader hands to a submission: a real client that also records every
 * request in a {@link Recorder}, on the thread that sent it (virtual or not, and its carrier), from
 * the call to {@code send} until it returned or threw. The service sees requests; this sees threads.
 */
public final class RecordingHttpClient extends HttpClient {

    private final HttpClient delegate;
    private final Recorder recorder;
    private final Predicate<URI> recorded;
    private final Duration lingerOnInterrupt;
    private final Set<Thread> sending = ConcurrentHashMap.newKeySet();

    private RecordingHttpClient(HttpClient delegate, Recorder recorder, Predicate<URI> recorded,
                                Duration lingerOnInterrupt) {
        this.delegate = delegate;
        this.recorder = recorder;
        this.recorded = recorded;
        this.lingerOnInterrupt = lingerOnInterrupt;
    }

    /** A client recording every request into {@code recorder}, sharing one client's connections per JVM. */
    public static RecordingHttpClient on(Recorder recorder) {
        return on(recorder, uri -> true);
    }

    /** A client recording only the requests to the matching URIs; the others are sent all the same. */
    public static RecordingHttpClient on(Recorder recorder, Predicate<URI> recorded) {
        return new RecordingHttpClient(Shared.CLIENT, recorder, recorded, Duration.ZERO);
    }

    /**
     * This client, but a request interrupted in {@code send} lets go of its thread only {@code linger} later, as a
     * client winding down a connection may. The mirror still sees the request cancelled at once; the thread stays in
     * {@code send} a while: code that returns without waiting for the threads it interrupted then surely leaves them
     * behind, instead of only when the scheduler happens to run them late.
     */
    public RecordingHttpClient lingeringOnInterrupt(Duration linger) {
        return new RecordingHttpClient(delegate, recorder, recorded, linger);
    }

    /**
     * The threads inside {@code send} right now, as a learner reads them ("an unnamed virtual thread"): after a
     * method returns, requests it left running.
     */
    public List<String> threadsStillSending() {
        return sending.stream().map(thread -> ThreadCensus.describe(thread.getName(), thread.isVirtual())).toList();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        if (!recorded.test(request.uri())) {
            return delegate.send(request, handler);
        }
        Thread thread = Thread.currentThread();
        sending.add(thread);
        try {
            return recorder.record(label(request), () -> delegate.send(request, handler));
        } catch (InterruptedException e) {
            linger();
            throw e;
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        } finally {
            sending.remove(thread);
        }
    }

    /** Stays {@link #lingerOnInterrupt} in {@code send}; the interrupt it ends with is the one already thrown. */
    private void linger() {
        long until = System.nanoTime() + lingerOnInterrupt.toNanos();
        for (long left = lingerOnInterrupt.toNanos(); left > 0; left = until - System.nanoTime()) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException again) {
                // Interrupted once more while winding down: the InterruptedException about to be thrown says so.
            }
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                                                            HttpResponse.BodyHandler<T> handler) {
        return sendAsync(request, handler, null);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushes) {
        if (!recorded.test(request.uri())) {
            return delegate.sendAsync(request, handler, pushes);
        }
        Recorder.OpenCall call = recorder.begin(label(request));
        CompletableFuture<HttpResponse<T>> response = delegate.sendAsync(request, handler, pushes);
        // The delegate's own future goes back, so that cancelling it still cancels the request.
        response.whenComplete((answer, failure) -> call.end());
        return response;
    }

    // The client belongs to the grader and serves every check: a submission closing it closes nothing.
    @Override
    public void close() {
    }

    @Override
    public void shutdown() {
    }

    @Override
    public void shutdownNow() {
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    private static String label(HttpRequest request) {
        return request.method() + " " + request.uri();
    }

    /**
     * One client for the whole checks JVM, HTTP/1.1 (one request per connection at a time, as the
     * service counts them) with a virtual thread per exchange, so no platform thread pool grows with
     * the number of requests a submission sends. It lives as long as the JVM, which halts after its checks.
     */
    private static final class Shared {
        static final HttpClient CLIENT = HttpClient.newBuilder()
                .version(Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }
}
