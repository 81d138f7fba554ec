package dev.overlap.bench.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
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

    static void save(List<Chart<?, ?>> charts, Path png) throws IOException {
        // The encoder fills every cell of its grid: two to a row when they pair up, else one column.
        int columns = charts.size() % 2 == 0 ? 2 : 1;
        int rows = (charts.size() + columns - 1) / columns;
        String name = png.toString();
        BitmapEncoder.saveBitmap(charts, rows, columns, name.substring(0, name.length() - ".png".length()),
                BitmapEncoder.BitmapFormat.PNG);
    }
}
