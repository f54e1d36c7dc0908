package vn.mtbbe.reports.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import vn.mtbbe.reports.domain.ReportChart;

/**
 * A report chart as PrimeFaces' {@code p:chart} (Chart.js) takes it: shares drawn as percentages (one decimal) on an
 * axis from 0 to 100 (changes on an axis that fits them), a bar or line per series in colours that keep a 3:1
 * contrast on white.
 */
public final class ChartJson {

    static final String[] COLOURS = {"#1565c0", "#b45309", "#2e7d32", "#6a1b9a", "#ad1457", "#00695c"};

    /** The pages' own served fonts, so that Chinese and Khmer labels drawn on the canvas show on any machine. */
    static final String FONTS = "'Noto Sans', 'Noto Sans SC', 'Noto Sans Khmer', sans-serif";

    private ChartJson() {
    }

    private static JsonObjectBuilder font(int size) {
        return Json.createObjectBuilder().add("family", FONTS).add("size", size);
    }

    public static String of(ReportChart chart, String axisTitle) {
        if (chart == null || chart.labels().isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        chart.labels().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (ReportChart.Series s : chart.series()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Double v : s.values()) {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(Math.round(v * 1000) / 10.0);
                }
            }
            String colour = COLOURS[i++ % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("borderColor", colour).add("backgroundColor", colour).add("spanGaps", true).add("tension", 0));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                .add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("ticks", Json.createObjectBuilder().add("font", font(12))))
                        .add("y", (chart.change() ? Json.createObjectBuilder() : Json.createObjectBuilder().add("min", 0).add("max", 100))
                                .add("ticks", Json.createObjectBuilder().add("font", font(12)))
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", axisTitle)
                                        .add("font", font(12)))))
                .add("plugins", Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", chart.title())
                                .add("font", font(14)))
                        .add("legend", Json.createObjectBuilder().add("labels", Json.createObjectBuilder().add("font", font(12))))
                        .add("tooltip", Json.createObjectBuilder().add("titleFont", font(12)).add("bodyFont", font(12))));
        return Json.createObjectBuilder().add("type", chart.type() == ReportChart.Type.LINE ? "line" : "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
