package vn.mtbbe.reports.domain;

import java.util.List;

/**
 * A chart drawn from a report table's figures (never from other data): a category per label and one series per
 * figure. Shares are given from 0 to 1; the page draws them as percentages.
 *
 * @param type   BAR or LINE
 * @param title  the chart's translated title (also its accessible name)
 * @param labels the categories, in order
 * @param series the series, each with one value per label (null: no figure, or suppressed)
 * @param change  the values are changes or differences (percentage points, maybe negative): the axis fits them, where
 *                shares are drawn on a full 0–100 axis
 */
public record ReportChart(Type type, String title, List<String> labels, List<Series> series, boolean change) {

    public enum Type { BAR, LINE }

    public record Series(String label, List<Double> values) {
    }

    public ReportChart {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    public ReportChart(Type type, String title, List<String> labels, List<Series> series) {
        this(type, title, labels, series, false);
    }
}
