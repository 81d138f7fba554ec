package dev.overlap.bench.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/** One look for every chart, and all of them in one PNG, two to a row. */
final class Charts {

    private Charts() {
    }

    static void style(Chart<?, ?> chart) {
        Styler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setSeriesColors(new Color[] {new Color(0x3B6EA5), new Color(0xC8553D), new Color(0x5B8E3E)});
    }

    /** The measured time of each way as a bar, and the physical limit as a line across them. */
    static CategoryChart againstLimit(String title, String yAxis, List<Tried> tried, String limitName, double limit) {
        CategoryChart chart = new CategoryChartBuilder().width(800).height(500).title(title).yAxisTitle(yAxis).build();
        style(chart);
        List<String> labels = tried.stream().map(way -> way.way().shortLabel()).toList();
        chart.addSeries("measured", labels, tried.stream().map(Tried::millis).toList());
        CategorySeries line = chart.addSeries(limitName, labels, labels.stream().map(label -> limit).toList());
        line.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        return chart;
    }

    static void save(List<Chart<?, ?>> charts, Path png) throws IOException {
        // The encoder fills every cell of its grid: two to a row when they pair up, else one column.
        int columns = charts.size() % 2 == 0 ? 2 : 1;
        int rows = (charts.size() + columns - 1) / columns;
        String name = png.toString();
        BitmapEncoder.saveBitmap(charts, rows, columns, name.substring(0, name.length() - ".png".length()),
                BitmapEncoder.BitmapFormat.PNG);
    }
}
