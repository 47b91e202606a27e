package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;

/**
 * A Chart.js chart (npm {@code chart.js}, wrapped by {@code vaadin-frontend/components/voiceorder-chart.js}):
 * bars or lines over labelled points, one or more series, an optional second axis for money.
 */
@Tag("voiceorder-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./components/voiceorder-chart.js")
public class ChartView extends Component implements HasSize {

    /** One series: its label, chart type ("bar" or "line"), values, and whether it uses the right-hand axis. */
    public record Series(String label, String type, List<? extends Number> values, boolean rightAxis) {
    }

    public ChartView() {
        setHeight("16rem");
        setWidthFull();
    }

    public void show(List<String> labels, List<Series> series) {
        JsonObject data = Json.createObject();
        data.put("labels", strings(labels));
        JsonArray datasets = Json.createArray();
        boolean right = false;
        for (Series one : series) {
            JsonObject dataset = Json.createObject();
            dataset.put("label", one.label());
            dataset.put("type", one.type());
            JsonArray values = Json.createArray();
            one.values().forEach(v -> values.set(values.length(), v.doubleValue()));
            dataset.put("data", values);
            if (one.rightAxis()) {
                dataset.put("yAxisID", "right");
                right = true;
            }
            datasets.set(datasets.length(), dataset);
        }
        data.put("datasets", datasets);
        JsonObject config = Json.createObject();
        config.put("type", "bar");
        config.put("data", data);
        JsonObject scales = Json.createObject();
        JsonObject left = Json.createObject();
        left.put("beginAtZero", true);
        scales.put("y", left);
        if (right) {
            JsonObject rightAxis = Json.createObject();
            rightAxis.put("beginAtZero", true);
            rightAxis.put("position", "right");
            JsonObject grid = Json.createObject();
            grid.put("drawOnChartArea", false);
            rightAxis.put("grid", grid);
            scales.put("right", rightAxis);
        }
        JsonObject options = Json.createObject();
        options.put("scales", scales);
        config.put("options", options);
        getElement().setPropertyJson("config", config);
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = Json.createArray();
        values.forEach(v -> array.set(array.length(), v));
        return array;
    }
}
