package dev.overlap.checks.righttool;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.workload.CpuReferences;
import dev.overlap.workload.CpuTask;
import dev.overlap.workload.animals.AnimalsReferences;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The kit's own ways to do the job, against which a submission is timed in the same rounds. */
final class ClinicReferences {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClinicReferences() {
    }

    /** The baseline: each animal fetched once the previous one arrived, then each examined in turn. */
    static List<Long> oneAfterAnother(ClinicInput in) throws Exception {
        return CpuReferences.oneAfterAnother(checkups(in, AnimalsReferences.oneAtATime(in.http(), in.api())));
    }

    /** The reference: virtual threads under a semaphore for the waits, then a parallel stream for the checkups. */
    static List<Long> eachWithItsTool(ClinicInput in) throws Exception {
        return CpuReferences.inParallel(checkups(in, AnimalsReferences.atMost(in.limit(), in.http(), in.api())));
    }

    private static List<CpuTask> checkups(ClinicInput in, List<String> bodies) throws IOException {
        List<CpuTask> checkups = new ArrayList<>();
        for (String body : bodies) {
            checkups.add(in.tasks().get(JSON.readTree(body).get("id").asText()));
        }
        return checkups;
    }
}
