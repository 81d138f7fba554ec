package animals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

/**
 * Exercise 03 may use the network, so the rules let it open a socket; this one tries to leave the machine, to
 * carry data out of the grading run. The sandbox's network has only a loopback interface, so there is no route
 * out. (192.0.2.1 is TEST-NET-1, documentation-only and never routed: even outside a sandbox nothing leaves.)
 */
public final class Zoo {

    static {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("192.0.2.1", 80), 2_000);
            System.out.println("connected to " + socket.getRemoteSocketAddress());
        } catch (IOException e) {
            System.out.println("could not connect out: " + e);
        }
    }

    private Zoo() {
    }

    public static ZooReport report(HttpClient http, URI api, int maxInFlight) throws IOException, InterruptedException {
        AnimalsClient client = new AnimalsClient(http, api);
        List<Animal> animals = new ArrayList<>();
        for (String id : client.ids()) {
            animals.add(client.animal(id));
        }
        return new ZooReport(animals);
    }
}
