package righttool;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

/**
 * The zoo's yearly checkup: fetch every animal's record from the Animals API, then examine each one.
 * Two halves of one job, and they are not the same kind of slow: fetching waits, examining computes.
 */
public final class Clinic {

    private Clinic() {
    }

    /**
     * Fetches every animal, never more than {@code maxInFlight} requests at once, and examines each one.
     * The result lists the animals in the order {@code GET /animals} gives them.
     */
    public static List<Examined> examineAll(HttpClient http, URI api, int maxInFlight, Checkup checkup)
            throws IOException, InterruptedException {
        AnimalsClient client = new AnimalsClient(http, api);

        // TODO(task 1): fetch the animals concurrently, at most maxInFlight requests at once.
        List<Animal> animals = new ArrayList<>();
        for (String id : client.ids()) {
            animals.add(client.animal(id));
        }

        // TODO(task 2): examine the animals on every core.
        List<Examined> examined = new ArrayList<>();
        for (Animal animal : animals) {
            examined.add(new Examined(animal, checkup.examine(animal)));
        }
        return examined;
    }
}
