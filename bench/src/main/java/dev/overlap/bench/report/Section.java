package dev.overlap.bench.report;

import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/** One part of the lessons: its Markdown (heading, sentences, table) and its charts. */
record Section(String markdown, List<Chart<?, ?>> charts) {
}
