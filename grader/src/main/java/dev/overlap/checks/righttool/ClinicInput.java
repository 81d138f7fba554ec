package dev.overlap.checks.righttool;

import dev.overlap.workload.CpuTask;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;

/** What one timed run gets: a recording client, the API, its limit, and the recorded checkups by animal id. */
record ClinicInput(HttpClient http, URI api, int limit, Map<String, CpuTask> tasks) {
}
