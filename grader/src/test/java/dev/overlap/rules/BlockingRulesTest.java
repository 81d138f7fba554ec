package dev.overlap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way of reaching a blocking call from an async path has a fixture that must be caught, with
 * its route, and a harmless twin of the same shape that must not be.
 */
@DisplayName("The blocking rule follows every way code runs on the async path's thread")
class BlockingRulesTest {

    @ParameterizedTest(name = "{0} is caught: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Direct$Caught                    | Direct.Caught.handle -> Thread.sleep (Direct.java:9)
            Helpers$Caught                   | Helpers.Caught.handle -> Helpers.Caught.first (Helpers.java:14) -> Helpers.Store.second (Helpers.java:18) -> BlockingQueue.take (Helpers.java:24)
            Helpers$CaughtInRecursion        | Helpers.CaughtInRecursion.handle -> Helpers.CaughtInRecursion.ping (Helpers.java:53) -> Helpers.CaughtInRecursion.pong (Helpers.java:58) -> Pause.sleep (Helpers.java:64) -> Thread.sleep (Pause.java:11)
            Lambdas$CaughtInForEach          | Lambdas.CaughtInForEach.handle -> lambda in Lambdas.CaughtInForEach.handle (Lambdas.java:13) -> Pause.sleep (Lambdas.java:13)
            Lambdas$CaughtInVariable         | Lambdas.CaughtInVariable.handle -> lambda in Lambdas.CaughtInVariable.handle (Lambdas.java:27) -> Pause.sleep (Lambdas.java:27)
            Lambdas$CaughtCaptured           | Lambdas.CaughtCaptured.handle -> lambda in Lambdas.CaughtCaptured.handle (Lambdas.java:45) -> Pause.sleep (Lambdas.java:45)
            References$CaughtJdk             | References.CaughtJdk.handle -> method reference CompletableFuture::join (References.java:13)
            References$CaughtOwn             | References.CaughtOwn.handle -> method reference References.CaughtOwn::slow (References.java:27) -> Pause.sleep (References.java:31)
            Classes$CaughtAnonymous          | Classes.CaughtAnonymous.handle -> Classes.CaughtAnonymous$1.accept of the object made (Classes.java:14) -> Pause.sleep (Classes.java:17)
            Classes$CaughtInner              | Classes.CaughtInner.handle -> Classes.CaughtInner.Worker.work (Classes.java:38) -> Pause.sleep (Classes.java:43)
            Classes$CaughtCallback           | Classes.CaughtCallback.handle -> Classes.CaughtCallback.Printer.accept of the object made (Classes.java:72) -> Pause.sleep (Classes.java:78)
            Classes$CaughtDispatch           | Classes.CaughtDispatch.handle -> Classes.CaughtDispatch.SlowStep.run (Classes.java:104) -> Pause.sleep (Classes.java:114)
            HandOffs$CaughtOnUnknownExecutor | HandOffs.CaughtOnUnknownExecutor.handle -> lambda in HandOffs.CaughtOnUnknownExecutor.handle (HandOffs.java:24) -> Pause.sleep (HandOffs.java:24)
            HandOffs$CaughtInContinuation    | HandOffs.CaughtInContinuation.handle -> method reference HandOffs.CaughtInContinuation::lookup (HandOffs.java:40) -> Pause.sleep (HandOffs.java:44)
            HandOffs$CaughtThroughHelper     | HandOffs.CaughtThroughHelper.handle -> lambda in HandOffs.CaughtThroughHelper.handle (HandOffs.java:66) -> Pause.sleep (HandOffs.java:66)
            HandOffs$CaughtReturned          | HandOffs.CaughtReturned.handle -> lambda in HandOffs.CaughtReturned.task (HandOffs.java:92) -> Pause.sleep (HandOffs.java:92)
            Declared$Caught                  | Declared.Caught.handle -> Declared.Service.fetch (Declared.java:35)
            """)
    void catches(String fixture, String route) {
        List<Route<BlockingCall>> routes = Fixtures.routes(withHelpers(fixture));

        assertThat(routes).as("routes found in %s", fixture).isNotEmpty();
        assertThat(routes).extracting(Route::route).as("routes found in %s", fixture)
                .anySatisfy(found -> assertThat(found).contains(route));
    }

    @ParameterizedTest(name = "{0} is not caught")
    @ValueSource(strings = {"Direct$Harmless", "Helpers$Harmless", "Helpers$HarmlessRecursion",
            "Lambdas$HarmlessOnVirtualThread", "Lambdas$HarmlessInVariable", "Lambdas$HarmlessCaptured",
            "References$HarmlessJdk", "References$HarmlessOwn", "Classes$HarmlessAnonymous", "Classes$HarmlessInner",
            "Classes$HarmlessCallback", "Classes$HarmlessDispatch", "HandOffs$HarmlessOnThreadPerTask",
            "HandOffs$HarmlessInAsyncContinuation", "HandOffs$HarmlessThroughHelper", "HandOffs$HarmlessReturned",
            "Declared$Harmless", "Catalogue$Harmless"})
    void spares(String fixture) {
        assertThat(Fixtures.routes(withHelpers(fixture))).extracting(Route::route).isEmpty();
    }

    @Test
    @DisplayName("every kind of blocking call in the catalogue is caught")
    void catchesEveryKindInTheCatalogue() {
        List<String> leaves = Fixtures.routes("Catalogue$Caught").stream()
                .map(path -> path.last().what()).toList();

        assertThat(leaves).containsExactlyInAnyOrder("Thread.sleep", "Thread.join", "TimeUnit.sleep", "Future.get",
                "CompletableFuture.join", "ForkJoinTask.join", "ExecutorService.close", "BlockingQueue.put",
                "BlockingDeque.takeFirst", "Lock.lock", "Condition.await", "Object.wait", "CountDownLatch.await",
                "CyclicBarrier.await", "Phaser.arriveAndAwaitAdvance", "Semaphore.acquire", "Exchanger.exchange",
                "LockSupport.park", "InputStream.read", "BufferedReader.readLine", "OutputStream.write",
                "Writer.write", "Files.readString", "Socket.connect", "ServerSocket.accept", "DatagramSocket.receive",
                "SocketChannel.read", "URL.openStream", "HttpClient.send", "Process.waitFor", "ReferenceQueue.remove");
    }

    @Test
    @DisplayName("every method of a class annotated as an async path is an entry point")
    void annotatedClassMakesEveryMethodAnEntry() {
        assertThat(Fixtures.routes(withHelpers("Declared$CaughtWholeClass"))).extracting(Route::route)
                .singleElement().asString().startsWith("Declared.CaughtWholeClass.slow -> Declared.Service.fetch");
    }

    @Test
    @DisplayName("a check can name the entry points, so removing the annotation does not take them out")
    void entryPointsNamedByTheCheck() {
        var bytecode = Fixtures.bytecode("Declared$Unmarked");
        AsyncPaths named = AsyncPaths.annotatedWith("NonBlocking")
                .orPublicMethodsOf(Fixtures.PACKAGE + ".Declared$Unmarked");

        assertThat(BlockingRules.routes(AsyncPaths.annotatedWith("NonBlocking"), bytecode)).isEmpty();
        assertThat(BlockingRules.routes(named, bytecode)).extracting(Route::route)
                .singleElement().asString().startsWith("Declared.Unmarked.handle -> Pause.sleep");
    }

    @Test
    @DisplayName("a violation names the route, what the call waits for, and the fix")
    void violationExplainsRouteAndFix() {
        String explained = BlockingRules.explain(Fixtures.routes(withHelpers("Helpers$Caught")).getFirst());

        assertThat(explained).contains("Helpers.Caught.handle -> Helpers.Caught.first (Helpers.java:14)")
                .contains("BlockingQueue.take (Helpers.java:24). BlockingQueue.take waits for room or for an element")
                .contains("tryLock(), tryAcquire(), offer(), poll()");
    }

    /** The declared service of a fixture is part of it, as the exercise's interfaces are part of a submission. */
    private static String[] withHelpers(String fixture) {
        String outer = fixture.substring(0, fixture.indexOf('$'));
        return outer.equals("Declared") ? new String[] {fixture, "Declared$Service", "Declared$Slow"}
                : outer.equals("Helpers") ? new String[] {fixture, "Helpers$Store"} : new String[] {fixture};
    }
}
